#include "views/sync/ConflictsPage.h"

#include "edit/Edits.h"
#include "models/ConflictModel.h"
#include "storage/ConflictStore.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"
#include "widgets/VerticalScrollArea.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace score {

namespace {
QString when(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat); }

QPlainTextEdit* valueBox(QWidget* parent, const QString& name)
{
    auto* box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setAccessibleName(name);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 3 + 12);
    return box;
}
}  // namespace

ConflictsPage::ConflictsPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(&session), m_prompter(&prompter), m_model(new ConflictModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    syncui::addPageHeading(layout, this, "warning", tr("Conflicts"),
                           tr("When the same value was changed on two devices before they exchanged bundles, the later "
                              "change wins everywhere; the other one is kept here so that nothing is lost unseen."));

    m_showReviewed = new QCheckBox(tr("Show &reviewed conflicts too"), this);
    layout->addWidget(m_showReviewed);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* listPane = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = syncui::makeEmptyNote(tr("No conflicts to review. If a bundle brings a change that clashes with one made here, "
                                       "both values will be shown here."),
                                    listPane);
    m_table = makeRecordTable(listPane, tr("Conflicts"));
    m_table->setModel(m_model);
    // The list names the clash; the times and the values in full are in the detail below.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    FillColumn::install(m_table, ConflictModel::Record);
    m_table->setColumnHidden(ConflictModel::KeptWhen, true);
    m_table->setColumnHidden(ConflictModel::OtherWhen, true);
    m_table->setColumnHidden(ConflictModel::Detected, true);
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ConflictModel::Field, unit * 14);
    m_table->setColumnWidth(ConflictModel::KeptValue, unit * 18);
    m_table->setColumnWidth(ConflictModel::KeptBy, unit * 17);
    m_table->setColumnWidth(ConflictModel::OtherValue, unit * 18);
    m_table->setColumnWidth(ConflictModel::OtherBy, unit * 17);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_table, 1);
    splitter->addWidget(listPane);

    // Both values in full scroll in their pane; the buttons below stay in view however short
    // the window (on a small laptop they were under the screen's edge).
    m_detail = new QWidget;
    auto* detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = syncui::makeText(QString(), m_detail);
    m_detailTitle->setTextFormat(Qt::RichText);
    detail->addWidget(m_detailTitle);
    auto* values = new QHBoxLayout;
    auto* keptBox = new QGroupBox(tr("Kept — the value now"), m_detail);
    auto* keptLayout = new QVBoxLayout(keptBox);
    m_keptHeading = syncui::makeNote(QString(), keptBox);
    m_kept = valueBox(keptBox, tr("Kept value"));
    keptLayout->addWidget(m_keptHeading);
    keptLayout->addWidget(m_kept, 1);
    auto* otherBox = new QGroupBox(tr("Other value — not applied"), m_detail);
    auto* otherLayout = new QVBoxLayout(otherBox);
    m_otherHeading = syncui::makeNote(QString(), otherBox);
    m_other = valueBox(otherBox, tr("Other value"));
    otherLayout->addWidget(m_otherHeading);
    otherLayout->addWidget(m_other, 1);
    values->addWidget(keptBox, 1);
    values->addWidget(otherBox, 1);
    detail->addLayout(values, 1);
    splitter->addWidget(new VerticalScrollArea(m_detail, splitter));
    // Half each: on a short screen the values need the room more than the list of clashes.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 300});
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(syncui::makeNote(tr("Applying the other value is a new change made here; it reaches other devices "
                                           "with your next bundle."),
                                        this),
                       1);
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setToolTip(tr("Keep the value as it is and mark this conflict as reviewed."));
    m_apply = new QPushButton(appIcon("history"), tr("&Apply the other value"), this);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    setTabOrder(m_showReviewed, m_table);
    setTabOrder(m_table, m_kept);
    setTabOrder(m_kept, m_other);
    setTabOrder(m_other, m_dismiss);
    setTabOrder(m_dismiss, m_apply);

    connect(m_showReviewed, &QCheckBox::toggled, m_model, &ConflictModel::setShowReviewed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::listChanged);
    connect(m_apply, &QPushButton::clicked, this, &ConflictsPage::applyOther);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsPage::dismiss);
    listChanged();
}

void ConflictsPage::listChanged()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (!empty && !m_table->currentIndex().isValid())
        select(0);
    showCurrent();
}

void ConflictsPage::setActive(bool active) { m_model->setActive(active); }

void ConflictsPage::select(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

qint64 ConflictsPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ConflictModel::IdRole).toLongLong() : 0;
}

void ConflictsPage::showCurrent()
{
    const ConflictEntry* c = m_model->conflictAt(m_table->currentIndex().row());
    m_detail->setEnabled(c != nullptr);
    if (!c) {
        m_detailTitle->setText(tr("Choose a conflict to see both values in full."));
        m_keptHeading->clear();
        m_otherHeading->clear();
        m_kept->clear();
        m_other->clear();
        m_apply->setEnabled(false);
        m_dismiss->setEnabled(false);
        return;
    }
    const QDateTime found = QDateTime::fromString(c->detectedAt, Qt::ISODateWithMs);
    m_detailTitle->setText(tr("<b>%1</b> · %2 · found %3")
                               .arg(ConflictModel::recordText(*c).toHtmlEscaped(), ConflictModel::fieldText(*c).toHtmlEscaped(),
                                    QLocale().toString(found.toLocalTime(), QLocale::ShortFormat)));
    m_keptHeading->setText(tr("Set by %1 · %2").arg(c->keptBy, when(c->keptMs)));
    m_otherHeading->setText(tr("Set by %1 · %2").arg(c->lostBy, when(c->lostMs)));
    m_kept->setPlainText(m_model->valueText(*c, true, true));
    m_other->setPlainText(m_model->valueText(*c, false, true));
    const bool open = c->status == u"open";
    m_apply->setEnabled(open);
    m_dismiss->setEnabled(open);
    if (!open)
        m_detailTitle->setText(m_detailTitle->text() + u' '
                               + (c->status == u"reapplied" ? tr("(the other value was applied)") : tr("(dismissed)")));
}

namespace {
// Applying the other value of a conflict, as one undo step: undone, the record has its kept
// value again and the conflict is open for review again.
class ReapplyCommand final : public QUndoCommand {
public:
    ReapplyCommand(WorkspaceSession& session, qint64 conflictId, const QString& text)
        : QUndoCommand(text), m_session(&session), m_conflict(conflictId)
    {
    }
    void redo() override
    {
        QUndoCommand::redo();  // the record edits (skipped when pushed: they ran already)
        if (std::exchange(m_pushed, false))
            return;
        review(QStringLiteral("reapplied"));
    }
    void undo() override
    {
        review(QStringLiteral("open"));
        QUndoCommand::undo();
    }

private:
    void review(const QString& status)
    {
        if (const Status s = ConflictStore(m_session->workspace()).setStatus(m_conflict, status); !s)
            emit m_session->editFailed(s.message());
        m_session->notifySyncStatusChanged();
    }

    WorkspaceSession* m_session;
    qint64 m_conflict;
    bool m_pushed = true;
};
}  // namespace

bool ConflictsPage::applyOther()
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    const int row = m_table->currentIndex().row();
    ConflictStore conflicts(m_session->workspace());
    const Status s = edit::recorded(
        *m_session, [&] { return conflicts.reapply(id, m_session->editor()); },
        new ReapplyCommand(*m_session, id, tr("Apply the other value")));
    if (!s) {
        m_prompter->showError(this, s.message());
        return false;
    }
    select(std::min(row, m_model->rowCount() - 1));
    return true;
}

bool ConflictsPage::dismiss()
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    const int row = m_table->currentIndex().row();
    const Status s = ConflictStore(m_session->workspace()).dismiss(id);
    if (!s) {
        m_prompter->showError(this, s.message());
        return false;
    }
    m_session->notifySyncStatusChanged();
    select(std::min(row, m_model->rowCount() - 1));
    return true;
}

}  // namespace score
