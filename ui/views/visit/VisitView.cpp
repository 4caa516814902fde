#include "views/visit/VisitView.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "models/AttachmentListModel.h"
#include "models/FindingListModel.h"
#include "models/VisitActionModel.h"
#include "models/VisitListModel.h"
#include "views/visit/AgreedActionsPanel.h"
#include "views/visit/FindingsPanel.h"
#include "views/visit/NewVisitDialog.h"
#include "views/visit/VisitLogPanel.h"
#include "views/visit/VisitPanelParts.h"
#include "views/visit/VisitPhotosPanel.h"
#include "views/visit/VisitRecordPanel.h"
#include "widgets/Icons.h"
#include "widgets/VerticalScrollArea.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace score {

using namespace visitpanel;

namespace {
QString shortDate(const QDate& date) { return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString(); }
}  // namespace

VisitView::VisitView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_visits(new VisitListModel(session, this)), m_findings(new FindingListModel(session, this)),
      m_photos(new AttachmentListModel(session, this)), m_actions(new VisitActionModel(session, this))
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_log = new VisitLogPanel(session, m_visits, this);
    connect(m_log, &VisitLogPanel::newVisitRequested, this, &VisitView::newVisitDialog);
    connect(m_log, &VisitLogPanel::deleteVisitRequested, this, &VisitView::confirmDeleteVisit);
    m_splitter->addWidget(m_log);
    m_splitter->addWidget(buildEditor());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    addShortcuts();

    connect(m_visits, &QAbstractItemModel::modelReset, this, &VisitView::followVisitList);
    connect(m_visits, &QAbstractItemModel::dataChanged, this, &VisitView::updateHeading);
    connect(&session, &WorkspaceSession::currentVisitChanged, this, &VisitView::showVisit);
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &VisitView::updateHeading);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"visit" || entity == u"assessment" || entity == u"enterprise")
            updateHeading();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, [this] { showVisit(this->session().currentVisit()); });
    connect(m_photos, &AttachmentListModel::problem, this, [this](const QString& message) { report(Error::invalid(message)); });

    followVisitList();
    showVisit(session.currentVisit());
}

VisitView::~VisitView() = default;

QIcon VisitView::icon() { return appIcon("visit"); }

// ---- building ---------------------------------------------------------------------------------

QWidget* VisitView::buildEditor()
{
    m_right = new QStackedWidget(this);
    m_empty = new QLabel(m_right);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setEnabled(false);
    m_right->addWidget(m_empty);

    auto* page = new QWidget(m_right);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 0, 6, 6);

    m_heading = new QLabel(page);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_subheading = new QLabel(page);
    m_subheading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    m_record = new VisitRecordPanel(session(), page);
    layout->addWidget(m_record);
    m_findingsPanel = new FindingsPanel(session(), *this, m_findings, page);
    m_photosPanel = new VisitPhotosPanel(session(), *this, m_photos, page);
    // New photos go to the chosen finding; the photos' button says so.
    connect(m_findingsPanel, &FindingsPanel::selectedFindingChanged, m_photosPanel, &VisitPhotosPanel::setFindingChosen);
    auto* evidence = new QHBoxLayout;
    evidence->addWidget(m_findingsPanel, 1, Qt::AlignTop);
    evidence->addWidget(m_photosPanel, 1, Qt::AlignTop);
    // Side by side, the findings table and the film strip line up.
    m_findingsPanel->setTableHeight(m_photosPanel->stripHeight());
    layout->addLayout(evidence);
    m_actionsPanel = new AgreedActionsPanel(session(), *this, m_actions, page);
    layout->addWidget(m_actionsPanel);
    layout->addStretch(1);

    // Up and down only: the pane is never narrower than the record (it scrolled sideways on a
    // small laptop's screen, with the fields cut at the right).
    m_scroll = new VerticalScrollArea(page, m_right);
    m_right->addWidget(m_scroll);
    return m_right;
}

void VisitView::addShortcuts()
{
    auto add = [this](const QKeySequence& sequence, const QString& text, auto* receiver, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, receiver, slot);
        addAction(action);
    };
    add(kNewVisit, tr("New visit"), this, &VisitView::newVisitDialog);
    add(kNewFinding, tr("New finding"), m_findingsPanel, &FindingsPanel::newFindingDialog);
    add(kAddPhoto, tr("Add photo"), m_photosPanel, &VisitPhotosPanel::choosePhotos);
    add(kAddAction, tr("Add action"), m_actionsPanel, &AgreedActionsPanel::newActionDialog);
}

// ---- following the session ---------------------------------------------------------------------

QString VisitView::shownVisit() const { return m_record->record(); }

void VisitView::followVisitList()
{
    // The shown visit went away (deleted, undone, another enterprise): show the latest.
    const QString current = session().currentVisit();
    if (m_visits->rowOf(current) < 0)
        session().setCurrentVisit(m_visits->visits().empty() ? QString() : m_visits->visits().front().id);
    m_log->showVisit(session().currentVisit());
    updateHeading();
    updateButtons();
}

void VisitView::showVisit(const QString& id)
{
    if (id != m_record->record())
        commitTyping();
    m_record->setRecord(id);
    m_log->showVisit(id);
    m_scroll->verticalScrollBar()->setValue(0);
    updateHeading();
    updateButtons();
}

void VisitView::updateHeading()
{
    auto enterprise = session().queries().enterprise(session().currentEnterprise());
    m_log->setEnterprise(enterprise ? std::optional<QString>(enterprise->name) : std::nullopt);

    auto visit = session().queries().visit(m_record->record());
    if (!visit) {
        if (!enterprise)
            m_empty->setText(tr("Choose an enterprise to see its visits."));
        else
            m_empty->setText(tr("No visits to %1 yet.\nRecord the first with New visit… (%2).").arg(enterprise->name, keys(kNewVisit)));
        m_right->setCurrentWidget(m_empty);
        return;
    }
    m_right->setCurrentWidget(m_scroll);
    m_heading->setText(tr("%1 · %2").arg(valueLabel(u"type", visit->type), QLocale().toString(visit->date, QLocale::LongFormat)));
    QStringList about;
    about << visit->enterpriseName;
    if (!visit->moduleName.isEmpty())
        about << visit->moduleName;
    if (!visit->counsellorName.isEmpty())
        about << tr("counsellor %1").arg(visit->counsellorName);
    if (auto assessments = session().queries().visitAssessments(visit->id); assessments && !assessments->empty()) {
        const AssessmentRow& a = assessments->back();
        about << tr("%1 checklist: %2").arg(valueLabel(u"kind", a.kind), valueLabel(u"status", a.status).toLower());
    }
    m_subheading->setText(about.join(QStringLiteral(" · ")));
}

void VisitView::updateButtons()
{
    m_log->setDeleteEnabled(!session().currentVisit().isEmpty());
    m_findingsPanel->updateButtons();
    m_photosPanel->updateButtons();
    m_actionsPanel->updateButtons();
}

QString VisitView::selectedFinding() const { return m_findingsPanel->selectedFinding(); }

void VisitView::selectFinding(const QString& id) { m_findingsPanel->selectFinding(id); }

void VisitView::commitTyping()
{
    QWidget* focused = QApplication::focusWidget();
    if (!focused || !m_scroll->isAncestorOf(focused))
        return;
    if (qobject_cast<QLineEdit*>(focused) || qobject_cast<QPlainTextEdit*>(focused) || qobject_cast<QAbstractSpinBox*>(focused)) {
        // Leaving the field is what saves it.
        focused->clearFocus();
        focused->setFocus(Qt::OtherFocusReason);
    }
}

void VisitView::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Visits"), status.message());
}

void VisitView::tell(const QString& message)
{
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(message, 6000);
}

// ---- edits ---------------------------------------------------------------------------------------

Result<CreatedVisit> VisitView::createVisit(const NewVisit& visit)
{
    commitTyping();
    auto created = visitedit::createVisit(session(), visit);
    if (!created)
        return created;
    session().setCurrentVisit(created->visitId);
    if (!created->assessmentId.isEmpty())
        session().setCurrentAssessment(created->assessmentId);
    return created;
}

Status VisitView::deleteVisit(const QString& id)
{
    commitTyping();
    auto visit = session().queries().visit(id);
    if (!visit)
        return visit.error();
    // Afterwards show the visit next to it in the log.
    const int row = m_visits->rowOf(id);
    QString next;
    if (row >= 0 && m_visits->rowCount() > 1)
        next = m_visits->visits()[static_cast<size_t>(row + 1 < m_visits->rowCount() ? row + 1 : row - 1)].id;
    SCORE_TRY(edit::remove(session(), QStringLiteral("visit"), id,
                           tr("Delete the %1 of %2").arg(valueLabel(u"type", visit->type).toLower(), shortDate(visit->date))));
    session().setCurrentVisit(next);
    return {};
}

Result<QString> VisitView::addFinding(const NewFinding& finding) { return m_findingsPanel->addFinding(finding); }

Status VisitView::removeFinding(const QString& id) { return m_findingsPanel->removeFinding(id); }

Result<QStringList> VisitView::addPhotos(const QStringList& paths) { return m_photosPanel->addPhotos(paths); }

Status VisitView::setPhotoCaption(const QString& attachmentId, const QString& caption)
{
    return m_photosPanel->setPhotoCaption(attachmentId, caption);
}

Status VisitView::removePhoto(const QString& attachmentId) { return m_photosPanel->removePhoto(attachmentId); }

Result<QString> VisitView::addAgreedAction(const NewAction& action) { return m_actionsPanel->addAgreedAction(action); }

Status VisitView::removeAgreedAction(const QString& id) { return m_actionsPanel->removeAgreedAction(id); }

// ---- what the buttons and keys do -------------------------------------------------------------------

void VisitView::newVisitDialog()
{
    if (session().currentEnterprise().isEmpty()) {
        report(Error::invalid(tr("Choose an enterprise first, in the list of enterprises.")));
        return;
    }
    commitTyping();
    NewVisitDialog dialog(session(), session().currentEnterprise(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session().setCurrentVisit(dialog.created().visitId);
    if (!dialog.created().assessmentId.isEmpty())
        session().setCurrentAssessment(dialog.created().assessmentId);
    // Straight on to who took part.
    m_record->focusParticipants();
}

void VisitView::confirmDeleteVisit()
{
    const QString id = session().currentVisit();
    auto visit = session().queries().visit(id);
    if (!visit)
        return;
    commitTyping();
    QStringList owned;
    if (const int n = m_findings->rowCount(); n > 0)
        owned << tr("%n finding(s)", nullptr, n);
    if (const int n = m_photos->rowCount(); n > 0)
        owned << tr("%n photo(s)", nullptr, n);
    if (auto assessments = session().queries().visitAssessments(id); assessments && !assessments->empty())
        owned << tr("its checklist answers");
    QString text = owned.isEmpty()
                       ? tr("Delete the %1 of %2?").arg(valueLabel(u"type", visit->type).toLower(), shortDate(visit->date))
                       : tr("Delete the %1 of %2 with %3?")
                             .arg(valueLabel(u"type", visit->type).toLower(), shortDate(visit->date), QLocale().createSeparatedList(owned));
    if (const int n = m_actions->rowCount(); n > 0)
        text += u' ' + tr("The %n action(s) agreed stay in the improvement plan.", nullptr, n);
    QMessageBox box(QMessageBox::Question, tr("Delete visit"), text, QMessageBox::Cancel, this);
    box.setInformativeText(tr("%1 (Edit ▸ Undo) brings it back.").arg(keys(QKeySequence::Undo)));
    QPushButton* remove = box.addButton(tr("Delete visit"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    report(deleteVisit(id));
}

void VisitView::prepareForScreenshot()
{
    // The latest visit with findings (the latest of all when none has any), from the top.
    const std::vector<VisitRow>& visits = m_visits->visits();
    QString shown = visits.empty() ? QString() : visits.front().id;
    for (const VisitRow& v : visits) {
        auto findings = session().queries().findings(v.id);
        if (findings && !findings->empty()) {
            shown = v.id;
            break;
        }
    }
    session().setCurrentVisit(shown);
    showVisit(shown);
    m_splitter->setSizes({340, 680});
}

}  // namespace score
