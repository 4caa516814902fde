#include "views/plan/ActionDetail.h"

#include "domain/Labels.h"
#include "edit/Attachments.h"
#include "edit/Edits.h"
#include "models/ActionTableModel.h"
#include "models/AttachmentListModel.h"
#include "models/CommentListModel.h"
#include "storage/BlobStore.h"
#include "storage/ContentQueries.h"
#include "views/plan/ActionEdits.h"
#include "views/plan/ReturnActionDialog.h"
#include "widgets/FileDialogs.h"
#include "widgets/FormColumns.h"
#include "widgets/HistoryPanel.h"
#include "widgets/Icons.h"
#include "widgets/RecordForm.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace score {

namespace {
const QString kEntity = QStringLiteral("improvement_action");

QString longDate(const QDate& d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }

std::optional<QString> askReturnComment(QWidget* parent, const QString& title)
{
    ReturnActionDialog dialog(title, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}
}  // namespace

ActionDetail::ActionDetail(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(&session), m_prompt(askReturnComment)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select an action in the plan to see and change its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 0, 0, 0);
    m_heading = new QLabel(m_content);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(m_content);
    m_subheading->setWordWrap(true);
    m_subheading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    // The manager's review, shown to every role; only managers get the buttons.
    auto* review = new QFrame(m_content);
    review->setObjectName(QStringLiteral("review"));
    m_review = review;
    auto* reviewLayout = new QHBoxLayout(review);
    reviewLayout->setContentsMargins(8, 6, 8, 6);
    m_reviewIcon = new QLabel(review);
    m_reviewIcon->setFixedSize(22, 22);
    m_approval = new QLabel(review);
    m_approval->setWordWrap(true);
    m_approval->setTextFormat(Qt::RichText);
    m_approval->setAccessibleName(tr("Approval"));
    m_approve = new QPushButton(appIcon("approve"), tr("&Approve"), review);
    m_approve->setToolTip(tr("Approve this action for the enterprise's plan"));
    m_return = new QPushButton(appIcon("return"), tr("&Return…"), review);
    m_return->setToolTip(tr("Send the action back with a comment on what should change"));
    reviewLayout->addWidget(m_reviewIcon, 0, Qt::AlignTop);
    reviewLayout->addWidget(m_approval, 1);
    reviewLayout->addWidget(m_approve, 0, Qt::AlignVCenter);
    reviewLayout->addWidget(m_return, 0, Qt::AlignVCenter);
    connect(m_approve, &QPushButton::clicked, this, &ActionDetail::approve);
    connect(m_return, &QPushButton::clicked, this, &ActionDetail::returnForRework);
    layout->addWidget(review);

    m_money = new QLabel(m_content);
    m_money->setWordWrap(true);
    m_money->setTextFormat(Qt::RichText);
    layout->addWidget(m_money);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDetails(), tr("Details"));
    m_tabs->addTab(buildEvidence(), appIcon("photo"), tr("Evidence"));
    m_tabs->addTab(buildComments(), tr("Comments"));
    m_history = new HistoryPanel(session, m_tabs);
    m_tabs->addTab(m_history, appIcon("history"), tr("History"));
    layout->addWidget(m_tabs, 1);
    outer->addWidget(m_content, 1);

    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == kEntity || entity == u"person" || entity == u"enterprise")
            refresh();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, [this] { refresh(); });
    connect(&session, &WorkspaceSession::roleChanged, this, &ActionDetail::refresh);
    setAction(QString());
}

QWidget* ActionDetail::buildDetails()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 8, 8, 8);

    auto people = [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto rows = m_session->queries().people(m_enterprise))
            for (const PersonRow& p : *rows)
                choices.push_back({p.id, p.jobTitle.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.jobTitle)});
        return choices;
    };
    auto modules = [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto rows = loadModules(m_session->workspace()))
            for (const ModuleInfo& m : *rows)
                choices.push_back({m.id, moduleShortName(m.code)});
        return choices;
    };
    auto kpis = [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto rows = loadKpis(m_session->workspace()))
            for (const KpiInfo& k : *rows)
                if (m_moduleId.isEmpty() || k.moduleId == m_moduleId)
                    choices.push_back({k.id, k.unit.isEmpty() ? k.name : tr("%1 (%2)").arg(k.name, k.unit)});
        return choices;
    };

    auto* what = new RecordForm(*m_session, kEntity, page);
    what->addField(QStringLiteral("title"));
    what->addField(QStringLiteral("area"));
    what->addTextArea(QStringLiteral("root_cause"), {}, 2);
    what->addTextArea(QStringLiteral("description"), {}, 4);
    layout->addWidget(what);

    auto* plan = new RecordForm(*m_session, kEntity, page);
    plan->addField(QStringLiteral("module_id"), {}, modules);
    plan->addField(QStringLiteral("owner_id"), {}, people);
    plan->addField(QStringLiteral("start_date"), tr("Start"));
    plan->addField(QStringLiteral("due_date"), tr("Due"));
    plan->addField(QStringLiteral("status"));
    plan->addField(QStringLiteral("priority"));
    plan->addField(QStringLiteral("completed_on"), tr("Completed"));
    auto* results = new RecordForm(*m_session, kEntity, page);
    results->addField(QStringLiteral("cost"));
    results->addField(QStringLiteral("estimated_savings"), tr("Est. savings"));
    results->addField(QStringLiteral("verified_savings"), tr("Verified"));
    results->addField(QStringLiteral("kpi_id"), {}, kpis);
    results->addField(QStringLiteral("kpi_before"));
    results->addField(QStringLiteral("kpi_after"));
    // Side by side only when the combos can show their names ("Workplace Cooperation", owners).
    auto* columns = new FormColumns(plan, results, page);
    columns->alignLabelsWith(what);
    layout->addWidget(columns);
    layout->addStretch(1);
    m_forms = {what, plan, results};
    for (RecordForm* form : m_forms)
        connect(form, &RecordForm::saved, this, [this, form](const QString& field) {
            // KPIs offered follow the module; other forms show names that follow these fields.
            if (field == u"module_id")
                for (RecordForm* f : m_forms)
                    if (f != form)
                        f->reload();
        });
    scroll->setWidget(page);
    return scroll;
}

QWidget* ActionDetail::buildEvidence()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 8, 2, 2);
    // The model follows the attachments' changes itself; the action is set in setAction().
    m_evidenceModel = new AttachmentListModel(*m_session, this);
    m_evidenceModel->setOwner(kEntity, QString());
    connect(m_evidenceModel, &AttachmentListModel::problem, this, &ActionDetail::problem);
    connect(m_evidenceModel, &QAbstractItemModel::modelReset, this, &ActionDetail::updateEvidenceTab);
    m_evidence = new QListView(page);
    m_evidence->setModel(m_evidenceModel);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setViewMode(QListView::IconMode);
    m_evidence->setIconSize(AttachmentListModel::thumbnailSize());
    m_evidence->setGridSize(QSize(AttachmentListModel::thumbnailSize().width() + 16,
                                  AttachmentListModel::thumbnailSize().height() + m_evidence->fontMetrics().lineSpacing() * 2 + 14));
    m_evidence->setUniformItemSizes(true);
    m_evidence->setResizeMode(QListView::Adjust);
    m_evidence->setMovement(QListView::Static);
    m_evidence->setWordWrap(true);
    m_evidence->setTextElideMode(Qt::ElideRight);
    m_evidence->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double click or Enter opens; F2 edits the caption in place.
    m_evidence->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_evidence->setDragDropMode(QAbstractItemView::NoDragDrop);
    connect(m_evidence, &QListView::activated, this, &ActionDetail::openEvidence);
    layout->addWidget(m_evidence, 1);
    auto* buttons = new QHBoxLayout;
    m_addEvidence = new QPushButton(appIcon("add"), tr("Add e&vidence…"), page);
    m_addEvidence->setToolTip(tr("Attach photos or documents that show the action's result"));
    auto* open = new QPushButton(tr("&Open"), page);
    m_removeEvidence = new QPushButton(appIcon("remove"), tr("Remove"), page);
    connect(m_addEvidence, &QPushButton::clicked, this, &ActionDetail::addEvidence);
    connect(open, &QPushButton::clicked, this, &ActionDetail::openEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ActionDetail::removeEvidence);
    connect(m_evidence->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, open] {
        const bool selected = m_evidence->selectionModel()->hasSelection();
        open->setEnabled(selected);
        m_removeEvidence->setEnabled(selected);
    });
    open->setEnabled(false);
    m_removeEvidence->setEnabled(false);
    buttons->addWidget(m_addEvidence);
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(m_removeEvidence);
    layout->addLayout(buttons);
    return page;
}

QWidget* ActionDetail::buildComments()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 8, 2, 2);
    m_commentModel = new CommentListModel(*m_session, this);
    connect(m_commentModel, &CommentListModel::problem, this, &ActionDetail::problem);
    connect(m_commentModel, &QAbstractItemModel::modelReset, this, &ActionDetail::updateCommentsTab);
    m_comments = new QListView(page);
    m_comments->setModel(m_commentModel);
    m_comments->setAccessibleName(tr("Comments"));
    m_comments->setWordWrap(true);
    m_comments->setAlternatingRowColors(true);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    m_comments->setFocusPolicy(Qt::NoFocus);
    m_comments->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_comments, 1);
    m_noComments = new QLabel(tr("No comments yet."), page);
    m_noComments->setAlignment(Qt::AlignCenter);
    m_noComments->setEnabled(false);
    layout->addWidget(m_noComments, 1);
    m_newComment = new QPlainTextEdit(page);
    m_newComment->setAccessibleName(tr("New comment"));
    m_newComment->setPlaceholderText(tr("Write a comment… (Ctrl+Enter to add)"));
    m_newComment->setTabChangesFocus(true);
    m_newComment->setFixedHeight(m_newComment->fontMetrics().lineSpacing() * 3 + 14);
    layout->addWidget(m_newComment);
    auto* buttons = new QHBoxLayout;
    m_addComment = new QPushButton(tr("Add &comment"), page);
    buttons->addStretch(1);
    buttons->addWidget(m_addComment);
    layout->addLayout(buttons);
    const auto submit = [this] {
        const Status s = addComment(m_newComment->toPlainText());
        if (s)
            m_newComment->clear();
        else
            emit problem(s.message());
    };
    connect(m_addComment, &QPushButton::clicked, this, submit);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_newComment, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, submit);
    m_addComment->setEnabled(false);
    connect(m_newComment, &QPlainTextEdit::textChanged, this,
            [this] { m_addComment->setEnabled(!m_newComment->toPlainText().trimmed().isEmpty()); });
    return page;
}

void ActionDetail::setAction(const QString& id)
{
    const bool changed = id != m_id;
    m_id = id;
    refresh();
    if (changed) {
        for (RecordForm* form : m_forms)
            form->setRecord(m_id);
        m_history->setRecord(kEntity, m_id);
        m_newComment->clear();
    }
    m_evidenceModel->setOwner(kEntity, m_id);
    updateEvidenceTab();
    m_commentModel->setRecord(kEntity, m_id);
    updateCommentsTab();
}

void ActionDetail::showTab(Tab tab) { m_tabs->setCurrentIndex(static_cast<int>(tab)); }

void ActionDetail::focusTitle()
{
    showTab(DetailsTab);
    if (m_forms.empty())
        return;
    if (auto* title = m_forms.front()->findChild<QLineEdit*>()) {
        title->setFocus(Qt::OtherFocusReason);
        title->selectAll();
    }
}

void ActionDetail::refresh()
{
    auto action = m_id.isEmpty() ? Result<ActionRow>(Error::notFound(QString())) : m_session->queries().action(m_id);
    m_placeholder->setVisible(!action);
    m_content->setVisible(action.ok());
    if (!action) {
        m_enterprise.clear();
        return;
    }
    const ActionRow& a = *action;
    const QString previousModule = m_moduleId;
    m_enterprise = a.enterpriseId;
    m_moduleId = a.moduleId;
    if (previousModule != m_moduleId)
        for (RecordForm* form : m_forms)
            form->reload();

    m_heading->setText(a.title);
    const QDate today = m_session->workspace().clock().today();
    QStringList facts;
    if (m_session->role() == Role::Trainer || m_session->currentEnterprise() != a.enterpriseId)
        facts << a.enterpriseName.toHtmlEscaped();
    if (!a.moduleCode.isEmpty())
        facts << moduleShortName(a.moduleCode).toHtmlEscaped();
    facts << valueLabel(u"status", a.status).toHtmlEscaped();
    facts << (a.ownerName.isEmpty() ? tr("no owner") : tr("owner %1").arg(a.ownerName.toHtmlEscaped()));
    if (a.dueDate.isValid())
        facts << tr("due %1").arg(longDate(a.dueDate));
    if (a.isOverdue(today)) {
        const qint64 days = a.dueDate.daysTo(today);
        facts << QStringLiteral("<span style=\"color:#b02a1a\"><b>%1</b></span>")
                     .arg(days == 1 ? tr("overdue by 1 day") : tr("overdue by %1 days").arg(days));
    } else if (a.status == u"done" && a.completedOn.isValid())
        facts << tr("completed %1").arg(longDate(a.completedOn));
    m_subheading->setText(facts.join(QStringLiteral(" · ")));

    // The review.
    const QString approver = a.approvedByName.isEmpty() ? tr("the manager") : a.approvedByName.toHtmlEscaped();
    QString text;
    QString icon;
    QString colours;
    if (a.approval == u"approved") {
        text = a.approvalDate.isValid() ? tr("<b>Approved</b> by %1 on %2.").arg(approver, longDate(a.approvalDate))
                                        : tr("<b>Approved</b> by %1.").arg(approver);
        icon = QStringLiteral("approve");
        colours = QStringLiteral("background: #e8f4ec; border: 1px solid #b6d8c0;");
    } else if (a.approval == u"returned") {
        text = a.approvalDate.isValid() ? tr("<b>Returned</b> by %1 on %2 for rework.").arg(approver, longDate(a.approvalDate))
                                        : tr("<b>Returned</b> by %1 for rework.").arg(approver);
        icon = QStringLiteral("return");
        colours = QStringLiteral("background: #fff3df; border: 1px solid #ebcf9c;");
    } else {
        text = tr("<b>Waiting for approval</b> by the enterprise's manager.");
        icon = QStringLiteral("history");
        colours = QStringLiteral("background: #eef2f6; border: 1px solid #cdd6df;");
    }
    if (!a.approvalComment.isEmpty())
        text += QStringLiteral("<br><i>“%1”</i>").arg(a.approvalComment.toHtmlEscaped());
    m_approval->setText(text);
    m_reviewIcon->setPixmap(appIcon(icon.toLatin1().constData()).pixmap(QSize(20, 20)));
    m_review->setStyleSheet(
        QStringLiteral("QFrame#review { %1 border-radius: 4px; } QFrame#review QLabel { background: transparent; border: none; }")
            .arg(colours));
    const bool manager = m_session->role() == Role::Manager;
    m_approve->setVisible(manager);
    m_return->setVisible(manager);
    m_approve->setEnabled(a.approval != u"approved");

    // Money, in the enterprise's currency.
    QString currency;
    QString locale;
    if (auto e = m_session->queries().enterprise(a.enterpriseId)) {
        currency = e->currency;
        locale = e->locale;
    }
    QStringList money;
    const auto add = [&](const QString& label, const std::optional<double>& amount) {
        if (amount)
            money << tr("%1 <b>%2</b>").arg(label, formatMoney(*amount, currency, locale).toHtmlEscaped());
    };
    add(tr("Cost"), a.cost);
    add(tr("estimated savings"), a.estimatedSavings);
    add(tr("verified savings"), a.verifiedSavings);
    if (a.kpiBefore && a.kpiAfter && !a.kpiName.isEmpty())
        money << tr("%1: %2 → %3")
                     .arg(a.kpiName.toHtmlEscaped(), QLocale().toString(*a.kpiBefore, 'g', 6), QLocale().toString(*a.kpiAfter, 'g', 6));
    m_money->setText(money.join(QStringLiteral(" · ")));
    m_money->setVisible(!money.isEmpty());
    m_money->setToolTip(currency.isEmpty() ? QString() : tr("Amounts in %1").arg(currency));
}

void ActionDetail::updateEvidenceTab()
{
    const int count = m_evidenceModel->rowCount();
    m_tabs->setTabText(EvidenceTab, count == 0 ? tr("Evidence") : tr("Evidence (%1)").arg(count));
    m_addEvidence->setEnabled(!m_id.isEmpty());
}

void ActionDetail::updateCommentsTab()
{
    const int count = m_commentModel->rowCount();
    m_comments->setVisible(count > 0);
    m_noComments->setVisible(count == 0);
    m_tabs->setTabText(CommentsTab, count == 0 ? tr("Comments") : tr("Comments (%1)").arg(count));
}

void ActionDetail::approve()
{
    if (m_id.isEmpty())
        return;
    const Status s = edit::approveAction(*m_session, m_id);
    if (!s)
        emit problem(s.message());
}

void ActionDetail::returnForRework()
{
    if (m_id.isEmpty())
        return;
    const std::optional<QString> comment = m_prompt(this, m_heading->text());
    if (!comment)
        return;
    const Status s = edit::returnAction(*m_session, m_id, *comment);
    if (!s)
        emit problem(s.message());
}

Status ActionDetail::addComment(const QString& body)
{
    if (m_id.isEmpty())
        return Error::invalid(tr("Select an action first."));
    if (body.trimmed().isEmpty())
        return Error::invalid(tr("Write something before adding the comment."));
    QString author = m_session->editor().author();
    if (author.isEmpty())
        author = m_session->workspace().device().userName;
    auto created = edit::create(*m_session, QStringLiteral("comment"),
                                {{QStringLiteral("target_kind"), kEntity},
                                 {QStringLiteral("target_id"), m_id},
                                 {QStringLiteral("author"), author},
                                 {QStringLiteral("body"), body.trimmed()}},
                                tr("Comment on “%1”").arg(m_heading->text()));
    if (!created)
        return created.error();
    return {};
}

void ActionDetail::addEvidence()
{
    if (m_id.isEmpty())
        return;
    const QStringList files = chooseFilesToOpen(
        this, FilePurpose::Photos, tr("Add evidence"),
        tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    edit::Batch batch(*m_session, tr("Add evidence to “%1”").arg(m_heading->text()));
    for (const QString& file : files) {
        auto added = edit::addAttachment(*m_session, kEntity, m_id, file);
        if (!added) {
            emit problem(added.message());
            break;
        }
    }
}

void ActionDetail::openEvidence()
{
    const QModelIndex item = m_evidence->currentIndex();
    if (!item.isValid())
        return;
    auto data = BlobStore(m_session->workspace()).get(item.data(AttachmentListModel::Sha256Role).toString());
    if (!data) {
        emit problem(data.message());
        return;
    }
    // A copy in the temporary folder, opened with the system's viewer.
    const QString folder = QDir::temp().filePath(QStringLiteral("score-desk-evidence"));
    QDir().mkpath(folder);
    QString name = item.data(AttachmentListModel::FileNameRole).toString();
    if (name.isEmpty())
        name = item.data(AttachmentListModel::Sha256Role).toString().left(16);
    QSaveFile file(QDir(folder).filePath(QFileInfo(name).fileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        emit problem(tr("The evidence could not be copied to %1 to open it.").arg(folder));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

void ActionDetail::removeEvidence()
{
    const QModelIndex item = m_evidence->currentIndex();
    if (!item.isValid())
        return;
    const Status s = edit::remove(*m_session, QStringLiteral("attachment"), item.data(AttachmentListModel::IdRole).toString(),
                                  tr("Remove evidence “%1”").arg(item.data().toString()));
    if (!s)
        emit problem(s.message());
}

}  // namespace score
