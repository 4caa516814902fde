#pragma once
// Visits: the log of the current enterprise's visits (newest first) and the record of the
// chosen one — who came and how long, what was observed, the findings with their photos, and
// the actions agreed. Everything saves as it is typed or chosen and can be undone.

#include "views/WorkspaceView.h"
#include "views/visit/VisitEdits.h"

class QAbstractButton;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace score {

class AttachmentListModel;
class FindingListModel;
class RecordForm;
class VisitActionModel;
class VisitListModel;

class VisitView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit VisitView(WorkspaceSession& session, QWidget* parent = nullptr);
    ~VisitView() override;

    static QString viewName() { return QStringLiteral("visit"); }
    static QString title() { return tr("Visits"); }
    static QIcon icon();
    void prepareForScreenshot() override;

    // What the buttons do once their dialog has been answered; also the seams for tests.
    Result<CreatedVisit> createVisit(const NewVisit& visit);  // selects the new visit
    Status deleteVisit(const QString& id);                     // no question asked
    Result<QString> addFinding(const NewFinding& finding);     // to the shown visit; selects it
    Status removeFinding(const QString& id);
    // To the selected finding, else to the visit. Several files are one undo step.
    Result<QStringList> addPhotos(const QStringList& paths);
    Status setPhotoCaption(const QString& attachmentId, const QString& caption);
    Status removePhoto(const QString& attachmentId);
    Result<QString> addAgreedAction(const NewAction& action);  // to the shown visit
    Status removeAgreedAction(const QString& id);

    QString shownVisit() const;
    QString selectedFinding() const;
    void selectFinding(const QString& id);
    VisitListModel* visitModel() const { return m_visits; }
    FindingListModel* findingModel() const { return m_findings; }
    AttachmentListModel* photoModel() const { return m_photos; }
    VisitActionModel* actionModel() const { return m_actions; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildLog();
    QWidget* buildEditor();
    QWidget* buildVisitRecord(QWidget* parent);
    QWidget* buildFindings(QWidget* parent);
    QWidget* buildPhotos(QWidget* parent);
    QWidget* buildActions(QWidget* parent);
    void addShortcuts();

    void showVisit(const QString& id);
    void followVisitList();
    void updateHeading();
    void updateTotals();
    void updateButtons();
    // Saves what is being typed in the visit's form before the form changes record or a dialog
    // opens (a dialog would take the focus without the field noticing).
    void commitTyping();
    void report(const Status& status);
    void tell(const QString& message);

    void newVisitDialog();
    void confirmDeleteVisit();
    void newFindingDialog();
    void editSelectedFinding();
    void removeSelectedFinding();
    void choosePhotos();
    void editSelectedCaption();
    void removeSelectedPhoto();
    void viewSelectedPhoto();
    void newActionDialog();
    void removeSelectedAction();

    VisitListModel* m_visits;
    FindingListModel* m_findings;
    AttachmentListModel* m_photos;
    VisitActionModel* m_actions;

    QSplitter* m_splitter = nullptr;
    QLabel* m_logHeading = nullptr;
    QTableView* m_log = nullptr;
    QPushButton* m_deleteVisit = nullptr;
    QStackedWidget* m_right = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    RecordForm* m_leftForm = nullptr;
    RecordForm* m_rightForm = nullptr;
    RecordForm* m_observations = nullptr;
    QLabel* m_totals = nullptr;
    QTableView* m_findingTable = nullptr;
    QAbstractButton* m_editFinding = nullptr;
    QAbstractButton* m_removeFinding = nullptr;
    QListView* m_photoList = nullptr;
    QPushButton* m_addPhoto = nullptr;
    QAbstractButton* m_caption = nullptr;
    QAbstractButton* m_removePhoto = nullptr;
    QTableView* m_actionTable = nullptr;
    QAbstractButton* m_removeAction = nullptr;
};

}  // namespace score
