#pragma once
// Checklist: the assessment editor a counsellor uses during a factory visit. The current
// enterprise's assessments (one is the session's current assessment), the template's sections
// and items with live section scores and the previous assessment's answers beside each item,
// and the detail of the chosen item with its guidance, answer, comment and photos.
//
// Keyboard first: in the list, Y / P / N / A (or 1–5) answer the current item and move to the
// next one; every answer is saved at once and can be undone.

#include "views/WorkspaceView.h"

class QComboBox;
class QCheckBox;
class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace score {

class ChecklistItemPanel;
class ChecklistModel;

class ChecklistView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit ChecklistView(WorkspaceSession& session, QWidget* parent = nullptr);

    static QString viewName() { return QStringLiteral("checklist"); }
    static QString title() { return tr("Checklist"); }
    static QIcon icon();
    void prepareForScreenshot() override;

    // Test seams.
    ChecklistModel* model() const { return m_model; }
    QTreeView* list() const { return m_list; }
    ChecklistItemPanel* panel() const { return m_panel; }
    QComboBox* assessmentBox() const { return m_assessments; }
    QString currentItemKey() const;
    void selectItem(const QString& itemKey);
    // The message shown under the bar: the last refusal, or a notice (empty when none).
    QString problem() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildBar();
    void enterpriseChanged();
    void fillAssessments();
    void showAssessment(const QString& id);
    void updateSummary();
    void keepPanelWhole();
    void fitColumns();
    void setCurrent(const QModelIndex& index);
    bool handleListKey(QKeyEvent* event);
    void answerCurrent(const QString& answer, bool advance);
    void moveBy(int step);
    void goToNextUnanswered();
    void returnToList();
    void newAssessment();
    void setComplete(bool complete);
    void showProblem(const QString& message);
    void showNotice(const QString& message);

    ChecklistModel* m_model;
    QComboBox* m_assessments;
    QPushButton* m_new;
    QCheckBox* m_complete;
    QLabel* m_score;
    QProgressBar* m_answered;
    QLabel* m_problem;
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QTreeView* m_list;
    QLabel* m_keys;
    QScrollArea* m_panelScroll;
    ChecklistItemPanel* m_panel;
    bool m_filling = false;
};

}  // namespace score
