#pragma once
// Visits: the log of the current enterprise's visits (newest first) and the record of the
// chosen one — who came and how long, what was observed, the findings with their photos, and
// the actions agreed. Everything saves as it is typed or chosen and can be undone.

#include "views/WorkspaceView.h"
#include "views/visit/VisitEdits.h"
#include "views/visit/VisitPanelHost.h"

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace score {

class AgreedActionsPanel;
class AttachmentListModel;
class FindingListModel;
class FindingsPanel;
class VisitActionModel;
class VisitListModel;
class VisitLogPanel;
class VisitPhotosPanel;
class VisitRecordPanel;

// Composes the panels (log, record, findings, photos, actions) and is their host: it follows
// the session's current visit, heads the record, opens the visit's own dialogs, and keeps the
// one public face that the window and the tests use.
class VisitView final : public WorkspaceView, private VisitPanelHost {
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
    Status deleteVisit(const QString& id);                    // no question asked
    Result<QString> addFinding(const NewFinding& finding);    // to the shown visit; selects it
    Status removeFinding(const QString& id);
    // To the selected finding, else to the visit. Several files are one undo step.
    Result<QStringList> addPhotos(const QStringList& paths);
    Status setPhotoCaption(const QString& attachmentId, const QString& caption);
    Status removePhoto(const QString& attachmentId);
    Result<QString> addAgreedAction(const NewAction& action);  // to the shown visit
    Status removeAgreedAction(const QString& id);

    QString shownVisit() const override;
    QString selectedFinding() const override;
    void selectFinding(const QString& id);
    VisitListModel* visitModel() const { return m_visits; }
    FindingListModel* findingModel() const { return m_findings; }
    AttachmentListModel* photoModel() const { return m_photos; }
    VisitActionModel* actionModel() const { return m_actions; }

private:
    QWidget* buildEditor();
    void addShortcuts();

    void showVisit(const QString& id);
    void followVisitList();
    void updateHeading();
    void updateButtons();
    // Saves what is being typed in the visit's form before the form changes record or a dialog
    // opens (a dialog would take the focus without the field noticing).
    void commitTyping() override;
    void report(const Status& status) override;
    void tell(const QString& message) override;

    void newVisitDialog();
    void confirmDeleteVisit();

    VisitListModel* m_visits;
    FindingListModel* m_findings;
    AttachmentListModel* m_photos;
    VisitActionModel* m_actions;

    QSplitter* m_splitter = nullptr;
    VisitLogPanel* m_log = nullptr;
    QStackedWidget* m_right = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    VisitRecordPanel* m_record = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;
    VisitPhotosPanel* m_photosPanel = nullptr;
    AgreedActionsPanel* m_actionsPanel = nullptr;
};

}  // namespace score
