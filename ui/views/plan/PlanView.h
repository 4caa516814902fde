#pragma once
// The improvement plan: the actions of the current enterprise (trainers may switch to every
// enterprise) as a sortable table or as a board by status, narrowed by typed words, module and
// status, with the selected action's details, evidence, comments and history beside them. The
// enterprise's manager approves or returns actions here.

#include "views/WorkspaceView.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace score {

class ActionBoard;
class ActionDetail;
class ActionFilterModel;
class ActionTableModel;

class PlanView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit PlanView(WorkspaceSession& session, QWidget* parent = nullptr);

    static QString viewName() { return QStringLiteral("plan"); }
    static QString title() { return tr("Improvement plan"); }
    static QIcon icon();
    void prepareForScreenshot() override;
    bool focusFilter() override;

    // What the controls do, callable from tests.
    void setFilterText(const QString& text);
    void setAllEnterprises(bool all);
    void showBoard(bool board);
    bool boardShown() const;
    // The detail panel beside the plan; the board starts without it, to give its columns room.
    void showDetail(bool shown);
    void selectAction(const QString& id);
    const QString& currentAction() const { return m_current; }
    void moveAction(const QString& id, const QString& status);
    void deleteCurrent();

    ActionTableModel* actions() const { return m_actions; }
    ActionFilterModel* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    ActionBoard* board() const { return m_board; }
    ActionDetail* detail() const { return m_detail; }

private:
    QWidget* buildToolbar();
    void fillModules();
    void applyRole(Role role);
    void showDefaultColumns();
    void followEnterprise(const QString& id);
    void afterReload();
    void updateSummary();
    void addNewAction();
    void showProblem(const QString& message);
    void showActionMenu(const QString& id, const QPoint& globalPos);
    void fillMoveMenu(QMenu* menu, const QString& id);

    ActionTableModel* m_actions;
    ActionFilterModel* m_filter;
    QString m_current;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_module = nullptr;
    QComboBox* m_status = nullptr;
    QToolButton* m_tableButton = nullptr;
    QToolButton* m_boardButton = nullptr;
    QToolButton* m_detailButton = nullptr;
    bool m_detailWithTable = true;
    bool m_detailWithBoard = false;
    QPushButton* m_add = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    ActionBoard* m_board = nullptr;
    QScrollArea* m_boardScroll = nullptr;  // holds the board
    ActionDetail* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_selecting = false;
};

}  // namespace score
