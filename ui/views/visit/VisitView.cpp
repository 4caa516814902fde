#include "views/visit/VisitView.h"

#include "domain/Labels.h"
#include "edit/Attachments.h"
#include "edit/Edits.h"
#include "models/AttachmentListModel.h"
#include "models/FindingListModel.h"
#include "models/VisitActionModel.h"
#include "models/VisitListModel.h"
#include "storage/ContentQueries.h"
#include "views/visit/ActionDialog.h"
#include "views/visit/FindingDialog.h"
#include "views/visit/NewVisitDialog.h"
#include "widgets/FileDialogs.h"
#include "widgets/FillColumn.h"
#include "widgets/FormColumns.h"
#include "widgets/Icons.h"
#include "widgets/PhotoViewer.h"
#include "widgets/RecordForm.h"
#include "widgets/RecordTable.h"
#include "widgets/VerticalScrollArea.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace score {

namespace {
// A table tall enough for `rows` rows without scrolling, and no taller.
void fitRows(QTableView* table, int rows)
{
    const int height = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * rows
                       + 2 * table->frameWidth() + 2;
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

QPushButton* makeButton(const QIcon& icon, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(icon, text, parent);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

// A small square button for an action on the selected row; named for screen readers.
QToolButton* makeIconButton(const QIcon& icon, const QString& name, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(name);
    button->setAccessibleName(name);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const int side = QPushButton(parent).sizeHint().height();
    button->setFixedSize(side, side);
    return button;
}

QString selectedId(const QAbstractItemView* view, int role)
{
    const QModelIndex index = view->selectionModel() ? view->selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() && view->selectionModel()->isSelected(index) ? index.data(role).toString() : QString();
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

const QKeySequence kNewVisit(QStringLiteral("Ctrl+Shift+N"));
const QKeySequence kNewFinding(QStringLiteral("Ctrl+Shift+F"));
const QKeySequence kAddPhoto(QStringLiteral("Ctrl+Shift+P"));
const QKeySequence kAddAction(QStringLiteral("Ctrl+Shift+A"));
}  // namespace

VisitView::VisitView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_visits(new VisitListModel(session, this)), m_findings(new FindingListModel(session, this)),
      m_photos(new AttachmentListModel(session, this)), m_actions(new VisitActionModel(session, this))
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(buildLog());
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
        if (entity.isEmpty() || entity == u"visit")
            updateTotals();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, [this] { showVisit(this->session().currentVisit()); });
    connect(m_photos, &AttachmentListModel::problem, this, [this](const QString& message) { report(Error::invalid(message)); });

    followVisitList();
    showVisit(session.currentVisit());
}

VisitView::~VisitView() = default;

QIcon VisitView::icon() { return appIcon("visit"); }

// ---- building ---------------------------------------------------------------------------------

QWidget* VisitView::buildLog()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_logHeading = new QLabel(panel);
    m_logHeading->setWordWrap(true);
    QFont bold = m_logHeading->font();
    bold.setBold(true);
    m_logHeading->setFont(bold);
    layout->addWidget(m_logHeading);

    m_log = makeRecordTable(panel, tr("Visit log"));
    m_log->setModel(m_visits);
    QHeaderView* header = m_log->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_log, VisitListModel::Module);
    m_log->setTextElideMode(Qt::ElideRight);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            session().setCurrentVisit(current.data(VisitListModel::IdRole).toString());
    });
    layout->addWidget(m_log, 1);

    auto* buttons = new QHBoxLayout;
    auto* newVisit = makeButton(appIcon("add"), tr("New visit…"), tr("Record a new visit (%1)").arg(keys(kNewVisit)), panel);
    m_deleteVisit = makeButton(appIcon("remove"), tr("Delete visit"), tr("Delete the selected visit with its findings and photos (Delete)"), panel);
    connect(newVisit, &QPushButton::clicked, this, &VisitView::newVisitDialog);
    connect(m_deleteVisit, &QPushButton::clicked, this, &VisitView::confirmDeleteVisit);
    buttons->addWidget(newVisit);
    buttons->addWidget(m_deleteVisit);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* deleteKey = new QAction(tr("Delete visit"), m_log);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &VisitView::confirmDeleteVisit);
    m_log->addAction(deleteKey);
    return panel;
}

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

    layout->addWidget(buildVisitRecord(page));
    auto* evidence = new QHBoxLayout;
    evidence->addWidget(buildFindings(page), 1, Qt::AlignTop);
    evidence->addWidget(buildPhotos(page), 1, Qt::AlignTop);
    // Side by side, the findings table and the film strip line up.
    m_findingTable->setFixedHeight(m_photoList->maximumHeight());
    layout->addLayout(evidence);
    layout->addWidget(buildActions(page));
    layout->addStretch(1);

    // Up and down only: the pane is never narrower than the record (it scrolled sideways on a
    // small laptop's screen, with the fields cut at the right).
    m_scroll = new VerticalScrollArea(page, m_right);
    m_right->addWidget(m_scroll);
    return m_right;
}

QWidget* VisitView::buildVisitRecord(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Visit record"), parent);
    auto* boxLayout = new QVBoxLayout(box);

    auto modules = [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto loaded = loadModules(session().workspace()))
            for (const ModuleInfo& m : *loaded)
                choices.push_back({m.id, tr("%1. %2").arg(m.number).arg(m.name)});
        return choices;
    };
    auto counsellors = [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto people = session().queries().counsellors())
            for (const PersonRow& p : *people)
                choices.push_back({p.id, p.name});
        return choices;
    };

    const QString visit = QStringLiteral("visit");
    m_leftForm = new RecordForm(session(), visit, box);
    m_leftForm->addField(QStringLiteral("type"));
    m_leftForm->addField(QStringLiteral("visit_date"));
    m_leftForm->addField(QStringLiteral("module_id"), {}, modules);
    m_leftForm->addField(QStringLiteral("counsellor_id"), {}, counsellors);
    m_leftForm->addField(QStringLiteral("duration_hours"));
    m_leftForm->addField(QStringLiteral("next_visit_date"));
    m_leftForm->addField(QStringLiteral("counsellor_signed_on"), tr("Counsellor signed on"));

    m_rightForm = new RecordForm(session(), visit, box);
    m_rightForm->addField(QStringLiteral("participants_women"), tr("Women"));
    m_rightForm->addField(QStringLiteral("participants_men"), tr("Men"));
    m_rightForm->addField(QStringLiteral("managers_present"));
    m_rightForm->addField(QStringLiteral("workers_present"));
    m_rightForm->addField(QStringLiteral("eit_met"));
    m_rightForm->addField(QStringLiteral("projects_reviewed"));
    m_rightForm->addField(QStringLiteral("manager_signed_on"), tr("Manager signed on"));
    m_rightForm->addField(QStringLiteral("manager_signed_by"), tr("Manager's name"));

    // Long module names must not widen the form beyond the pane.
    for (auto* combo : m_leftForm->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    m_totals = new QLabel(box);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Participants in total"));

    m_observations = new RecordForm(session(), visit, box);
    m_observations->addTextArea(QStringLiteral("observations"), {}, 4);

    // The dates and names beside the counts when the pane has room for both; one above the
    // other on a small laptop's screen (side by side, the pane scrolled sideways there).
    auto* columns = new FormColumns(m_leftForm, m_rightForm, box);
    columns->alignLabelsWith(m_observations);
    boxLayout->addWidget(columns);
    boxLayout->addWidget(m_totals);
    boxLayout->addWidget(m_observations);

    // The total follows the typing, before the numbers are saved.
    const QStringList counted = {tr("Women"), tr("Men"), fieldLabel(u"visit", u"managers_present"), fieldLabel(u"visit", u"workers_present")};
    for (auto* line : m_rightForm->findChildren<QLineEdit*>())
        if (counted.contains(line->accessibleName()))
            connect(line, &QLineEdit::textChanged, this, &VisitView::updateTotals);
    return box;
}

QWidget* VisitView::buildFindings(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Findings"), parent);
    auto* layout = new QVBoxLayout(box);
    m_findingTable = makeRecordTable(box, tr("Findings of the visit"));
    m_findingTable->setModel(m_findings);
    QHeaderView* header = m_findingTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_findingTable, FindingListModel::Title, kMinSentenceCharacters);
    m_findingTable->setColumnHidden(FindingListModel::Area, true);
    fitRows(m_findingTable, 5);
    connect(m_findingTable, &QTableView::activated, this, &VisitView::editSelectedFinding);
    connect(m_findingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitView::updateButtons);
    connect(m_findings, &QAbstractItemModel::modelReset, this, &VisitView::updateButtons);
    layout->addWidget(m_findingTable);

    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(appIcon("add"), tr("Add…"), tr("Add a finding (%1)").arg(keys(kNewFinding)), box);
    add->setAccessibleName(tr("Add finding"));
    m_editFinding = makeIconButton(appIcon("edit"), tr("Edit finding"), tr("Change the selected finding (Enter)"), box);
    m_removeFinding = makeIconButton(appIcon("remove"), tr("Remove finding"), tr("Remove the selected finding and its photos (Delete)"), box);
    connect(add, &QPushButton::clicked, this, &VisitView::newFindingDialog);
    connect(m_editFinding, &QAbstractButton::clicked, this, &VisitView::editSelectedFinding);
    connect(m_removeFinding, &QAbstractButton::clicked, this, &VisitView::removeSelectedFinding);
    buttons->addWidget(add);
    buttons->addWidget(m_editFinding);
    buttons->addWidget(m_removeFinding);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* deleteKey = new QAction(tr("Remove finding"), m_findingTable);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &VisitView::removeSelectedFinding);
    m_findingTable->addAction(deleteKey);
    return box;
}

QWidget* VisitView::buildPhotos(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Photos"), parent);
    auto* layout = new QVBoxLayout(box);
    m_photoList = new QListView(box);
    m_photoList->setAccessibleName(tr("Photos of the visit and its findings"));
    m_photoList->setModel(m_photos);
    m_photoList->setViewMode(QListView::IconMode);
    m_photoList->setIconSize(AttachmentListModel::thumbnailSize());
    const QSize grid(AttachmentListModel::thumbnailSize().width() + 16,
                     AttachmentListModel::thumbnailSize().height() + m_photoList->fontMetrics().lineSpacing() * 2 + 14);
    m_photoList->setGridSize(grid);
    m_photoList->setUniformItemSizes(true);
    m_photoList->setWordWrap(true);
    m_photoList->setTextElideMode(Qt::ElideRight);
    // A film strip: one row, scrolled sideways, so the box keeps its height.
    m_photoList->setFlow(QListView::LeftToRight);
    m_photoList->setWrapping(false);
    m_photoList->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_photoList->setResizeMode(QListView::Adjust);
    m_photoList->setMovement(QListView::Static);
    m_photoList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_photoList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_photoList->setDragDropMode(QAbstractItemView::NoDragDrop);
    const int listHeight = grid.height() + m_photoList->horizontalScrollBar()->sizeHint().height() + 2 * m_photoList->frameWidth() + 4;
    m_photoList->setMinimumHeight(listHeight);
    m_photoList->setMaximumHeight(listHeight);
    m_photoList->viewport()->setAcceptDrops(true);
    m_photoList->viewport()->installEventFilter(this);
    connect(m_photoList, &QListView::activated, this, &VisitView::viewSelectedPhoto);
    connect(m_photoList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitView::updateButtons);
    connect(m_photos, &QAbstractItemModel::modelReset, this, &VisitView::updateButtons);
    layout->addWidget(m_photoList);

    auto* buttons = new QHBoxLayout;
    m_addPhoto = makeButton(appIcon("photo"), tr("Add…"), QString(), box);
    QPushButton* add = m_addPhoto;
    m_caption = makeIconButton(appIcon("edit"), tr("Edit caption"), tr("Edit the caption of the selected photo (F2)"), box);
    m_removePhoto = makeIconButton(appIcon("remove"), tr("Remove photo"), tr("Remove the selected photo (Delete)"), box);
    add->setAccessibleName(tr("Add photo"));
    connect(add, &QPushButton::clicked, this, &VisitView::choosePhotos);
    connect(m_caption, &QAbstractButton::clicked, this, &VisitView::editSelectedCaption);
    connect(m_removePhoto, &QAbstractButton::clicked, this, &VisitView::removeSelectedPhoto);
    buttons->addWidget(add);
    buttons->addWidget(m_caption);
    buttons->addWidget(m_removePhoto);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* deleteKey = new QAction(tr("Remove photo"), m_photoList);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &VisitView::removeSelectedPhoto);
    m_photoList->addAction(deleteKey);
    return box;
}

QWidget* VisitView::buildActions(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Actions agreed at this visit"), parent);
    auto* layout = new QVBoxLayout(box);
    m_actionTable = makeRecordTable(box, tr("Actions agreed at this visit"));
    m_actionTable->setModel(m_actions);
    QHeaderView* header = m_actionTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_actionTable, VisitActionModel::Title, kMinSentenceCharacters);
    fitRows(m_actionTable, 4);
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitView::updateButtons);
    connect(m_actions, &QAbstractItemModel::modelReset, this, &VisitView::updateButtons);
    layout->addWidget(m_actionTable);

    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(appIcon("add"), tr("Add action…"), tr("Record an action agreed with the enterprise (%1)").arg(keys(kAddAction)), box);
    m_removeAction = makeIconButton(appIcon("remove"), tr("Remove action"), tr("Remove the selected action (Delete)"), box);
    auto* hint = new QLabel(tr("Follow them up in the improvement plan."), box);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, &VisitView::newActionDialog);
    connect(m_removeAction, &QAbstractButton::clicked, this, &VisitView::removeSelectedAction);
    buttons->addWidget(add);
    buttons->addWidget(m_removeAction);
    buttons->addStretch(1);
    buttons->addWidget(hint);
    layout->addLayout(buttons);

    auto* deleteKey = new QAction(tr("Remove action"), m_actionTable);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &VisitView::removeSelectedAction);
    m_actionTable->addAction(deleteKey);
    return box;
}

void VisitView::addShortcuts()
{
    auto add = [this](const QKeySequence& sequence, const QString& text, void (VisitView::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(kNewVisit, tr("New visit"), &VisitView::newVisitDialog);
    add(kNewFinding, tr("New finding"), &VisitView::newFindingDialog);
    add(kAddPhoto, tr("Add photo"), &VisitView::choosePhotos);
    add(kAddAction, tr("Add action"), &VisitView::newActionDialog);
}

// ---- following the session ---------------------------------------------------------------------

QString VisitView::shownVisit() const { return m_leftForm->record(); }

void VisitView::followVisitList()
{
    // The shown visit went away (deleted, undone, another enterprise): show the latest.
    const QString current = session().currentVisit();
    if (m_visits->rowOf(current) < 0)
        session().setCurrentVisit(m_visits->visits().empty() ? QString() : m_visits->visits().front().id);
    const int row = m_visits->rowOf(session().currentVisit());
    if (row >= 0 && m_log->currentIndex().row() != row) {
        m_log->setCurrentIndex(m_visits->index(row, 0));
        m_log->scrollTo(m_visits->index(row, 0));
    }
    updateHeading();
    updateButtons();
}

void VisitView::showVisit(const QString& id)
{
    if (id != m_leftForm->record())
        commitTyping();
    m_leftForm->setRecord(id);
    m_rightForm->setRecord(id);
    m_observations->setRecord(id);
    const int row = m_visits->rowOf(id);
    if (row >= 0 && m_log->currentIndex().row() != row) {
        m_log->setCurrentIndex(m_visits->index(row, 0));
        m_log->scrollTo(m_visits->index(row, 0));
    }
    m_scroll->verticalScrollBar()->setValue(0);
    updateHeading();
    updateTotals();
    updateButtons();
}

void VisitView::updateHeading()
{
    auto enterprise = session().queries().enterprise(session().currentEnterprise());
    const int count = m_visits->rowCount();
    if (!enterprise)
        m_logHeading->setText(tr("No enterprise chosen"));
    else
        m_logHeading->setText(tr("%1 · %n visit(s)", nullptr, count).arg(enterprise->name));

    auto visit = session().queries().visit(m_leftForm->record());
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

void VisitView::updateTotals()
{
    // From what is typed (it may not be saved yet), else from what is stored.
    auto number = [this](const QString& label) -> std::optional<qint64> {
        for (auto* line : m_rightForm->findChildren<QLineEdit*>()) {
            if (line->accessibleName() != label)
                continue;
            bool ok = false;
            const qint64 v = QLocale().toLongLong(line->text().trimmed(), &ok);
            return ok ? std::optional<qint64>(v) : std::nullopt;
        }
        return std::nullopt;
    };
    const auto women = number(tr("Women"));
    const auto men = number(tr("Men"));
    const auto managers = number(fieldLabel(u"visit", u"managers_present"));
    const auto workers = number(fieldLabel(u"visit", u"workers_present"));
    if (!women && !men) {
        m_totals->setText(tr("Participants: none recorded yet."));
        return;
    }
    const qint64 total = women.value_or(0) + men.value_or(0);
    QString text = total > 0 ? tr("Participants: %1 in total — women %2 (%3 %), men %4")
                                   .arg(total)
                                   .arg(women.value_or(0))
                                   .arg(qRound(100.0 * static_cast<double>(women.value_or(0)) / static_cast<double>(total)))
                                   .arg(men.value_or(0))
                             : tr("Participants: none");
    if (managers || workers) {
        text += tr(" · managers %1, workers %2").arg(managers.value_or(0)).arg(workers.value_or(0));
        if (managers.value_or(0) + workers.value_or(0) != total)
            text += tr(" (a different total: %1)").arg(managers.value_or(0) + workers.value_or(0));
    }
    m_totals->setText(text);
}

void VisitView::updateButtons()
{
    m_deleteVisit->setEnabled(!session().currentVisit().isEmpty());
    const QString finding = selectedFinding();
    m_editFinding->setEnabled(!finding.isEmpty());
    m_removeFinding->setEnabled(!finding.isEmpty());
    const bool photo = !selectedId(m_photoList, AttachmentListModel::IdRole).isEmpty();
    m_caption->setEnabled(photo);
    m_removePhoto->setEnabled(photo);
    m_removeAction->setEnabled(!selectedId(m_actionTable, VisitActionModel::IdRole).isEmpty());
    // The button says where new photos go: the selected finding, else the visit.
    if (finding.isEmpty()) {
        m_addPhoto->setText(tr("Add to visit…"));
        m_addPhoto->setToolTip(tr("Add photos or scanned documents to the visit (%1), or drop files on the strip. "
                                  "Select a finding first to add them to it.")
                                   .arg(keys(kAddPhoto)));
    } else {
        const int row = m_findings->rowOf(finding);
        const QString title = row >= 0 ? m_findings->findings()[static_cast<size_t>(row)].title : QString();
        m_addPhoto->setText(tr("Add to finding…"));
        m_addPhoto->setToolTip(tr("Add photos or scanned documents to the finding “%1” (%2), or drop files on the strip.")
                                   .arg(title, keys(kAddPhoto)));
    }
}

QString VisitView::selectedFinding() const { return selectedId(m_findingTable, FindingListModel::IdRole); }

void VisitView::selectFinding(const QString& id)
{
    const int row = m_findings->rowOf(id);
    if (row < 0) {
        m_findingTable->clearSelection();
        m_findingTable->setCurrentIndex(QModelIndex());
    } else {
        m_findingTable->selectRow(row);
    }
    updateButtons();
}

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

Result<QString> VisitView::addFinding(const NewFinding& finding)
{
    commitTyping();
    auto id = visitedit::addFinding(session(), shownVisit(), finding);
    if (id)
        selectFinding(*id);
    return id;
}

Status VisitView::removeFinding(const QString& id)
{
    const int row = m_findings->rowOf(id);
    const QString title = row >= 0 ? m_findings->findings()[static_cast<size_t>(row)].title : QString();
    SCORE_TRY(edit::remove(session(), QStringLiteral("finding"), id, tr("Remove finding “%1”").arg(title)));
    tell(tr("Finding removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

Result<QStringList> VisitView::addPhotos(const QStringList& paths)
{
    commitTyping();
    const QString visit = shownVisit();
    if (visit.isEmpty())
        return Error::invalid(tr("Choose or create a visit first."));
    const QString finding = selectedFinding();
    const QString ownerKind = finding.isEmpty() ? QStringLiteral("visit") : QStringLiteral("finding");
    const QString owner = finding.isEmpty() ? visit : finding;
    QStringList added;
    {
        std::optional<edit::Batch> batch;
        if (paths.size() > 1)
            batch.emplace(session(), tr("Add %n photo(s)", nullptr, static_cast<int>(paths.size())));
        for (const QString& path : paths) {
            auto id = edit::addAttachment(session(), ownerKind, owner, path);
            if (!id)
                return id.error();
            added << *id;
        }
    }
    if (!added.isEmpty()) {
        const int row = m_photos->rowOf(added.back());
        if (row >= 0) {
            m_photoList->setCurrentIndex(m_photos->index(row));
            m_photoList->scrollTo(m_photos->index(row));
        }
    }
    return added;
}

Status VisitView::setPhotoCaption(const QString& attachmentId, const QString& caption)
{
    const QString trimmed = caption.trimmed();
    return edit::setField(session(), QStringLiteral("attachment"), attachmentId, QStringLiteral("caption"),
                          trimmed.isEmpty() ? FieldValue() : FieldValue(trimmed), tr("Edit caption"));
}

Status VisitView::removePhoto(const QString& attachmentId)
{
    const int row = m_photos->rowOf(attachmentId);
    const QString name = row >= 0 ? m_photos->index(row).data().toString() : QString();
    SCORE_TRY(edit::remove(session(), QStringLiteral("attachment"), attachmentId, tr("Remove photo “%1”").arg(name)));
    tell(tr("Photo removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

Result<QString> VisitView::addAgreedAction(const NewAction& action)
{
    commitTyping();
    auto id = visitedit::addAction(session(), shownVisit(), action);
    if (id) {
        const int row = m_actions->rowOf(*id);
        if (row >= 0)
            m_actionTable->selectRow(row);
    }
    return id;
}

Status VisitView::removeAgreedAction(const QString& id)
{
    const int row = m_actions->rowOf(id);
    const QString title = row >= 0 ? m_actions->actions()[static_cast<size_t>(row)].title : QString();
    SCORE_TRY(edit::remove(session(), QStringLiteral("improvement_action"), id, tr("Remove action “%1”").arg(title)));
    tell(tr("Action removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

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
    if (auto* first = m_rightForm->findChild<QLineEdit*>())
        first->setFocus(Qt::OtherFocusReason);
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
    QString text = owned.isEmpty() ? tr("Delete the %1 of %2?").arg(valueLabel(u"type", visit->type).toLower(), shortDate(visit->date))
                                   : tr("Delete the %1 of %2 with %3?")
                                         .arg(valueLabel(u"type", visit->type).toLower(), shortDate(visit->date),
                                              QLocale().createSeparatedList(owned));
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

void VisitView::newFindingDialog()
{
    if (shownVisit().isEmpty())
        return;
    commitTyping();
    FindingDialog dialog(session(), shownVisit(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        selectFinding(dialog.createdId());
        m_findingTable->setFocus(Qt::OtherFocusReason);
    }
}

void VisitView::editSelectedFinding()
{
    const QString id = selectedFinding();
    if (id.isEmpty())
        return;
    commitTyping();
    FindingDialog dialog(session(), shownVisit(), id, this);
    dialog.exec();
}

void VisitView::removeSelectedFinding()
{
    const QString id = selectedFinding();
    if (!id.isEmpty())
        report(removeFinding(id));
}

void VisitView::choosePhotos()
{
    if (shownVisit().isEmpty())
        return;
    commitTyping();
    const QStringList paths = chooseFilesToOpen(
        this, FilePurpose::Photos, tr("Add photos"),
        tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)"));
    if (paths.isEmpty())
        return;
    auto added = addPhotos(paths);
    if (!added)
        report(added.error());
    else
        m_photoList->setFocus(Qt::OtherFocusReason);
}

void VisitView::editSelectedCaption()
{
    const QModelIndex index = m_photoList->currentIndex();
    if (!index.isValid())
        return;
    m_photoList->setFocus(Qt::OtherFocusReason);
    m_photoList->edit(index);
}

void VisitView::removeSelectedPhoto()
{
    const QString id = selectedId(m_photoList, AttachmentListModel::IdRole);
    if (!id.isEmpty())
        report(removePhoto(id));
}

void VisitView::viewSelectedPhoto()
{
    const QModelIndex index = m_photoList->currentIndex();
    if (!index.isValid())
        return;
    PhotoViewer viewer(session(), m_photos, index.row(), this);
    viewer.exec();
    const QModelIndex last = m_photos->index(viewer.currentRow());
    if (last.isValid())
        m_photoList->setCurrentIndex(last);
}

void VisitView::newActionDialog()
{
    if (shownVisit().isEmpty())
        return;
    commitTyping();
    ActionDialog dialog(session(), shownVisit(), selectedFinding(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_actions->rowOf(dialog.createdId());
        if (row >= 0)
            m_actionTable->selectRow(row);
    }
}

void VisitView::removeSelectedAction()
{
    const QString id = selectedId(m_actionTable, VisitActionModel::IdRole);
    if (!id.isEmpty())
        report(removeAgreedAction(id));
}

bool VisitView::eventFilter(QObject* watched, QEvent* event)
{
    // Photos dragged from the file manager onto the list are added like "Add photo…".
    if (m_photoList && watched == m_photoList->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDropEvent*>(event);
            if (drag->mimeData()->hasUrls() && !shownVisit().isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            QStringList paths;
            for (const QUrl& url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    paths << url.toLocalFile();
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                auto added = addPhotos(paths);
                if (!added)
                    report(added.error());
                return true;
            }
        }
    }
    return WorkspaceView::eventFilter(watched, event);
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
