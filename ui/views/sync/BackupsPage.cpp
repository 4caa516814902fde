#include "views/sync/BackupsPage.h"

#include "models/BackupModel.h"
#include "storage/WorkspaceRestore.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace score {

BackupsPage::BackupsPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(&session), m_prompter(&prompter), m_model(new BackupModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    syncui::addPageHeading(layout, this, "backup", tr("Backups"),
                           tr("SCORE Desk copies this workspace before every import, upgrade and restore, and keeps the "
                              "%1 newest copies. If an import brought something you did not want, bring back the copy "
                              "taken before it.")
                               .arg(Backups::kDefaultKeep));
    m_folder = syncui::makeNote(QString(), this);
    layout->addWidget(m_folder);
    m_outcome = syncui::makeText(QString(), this);
    m_outcome->setMargin(8);
    m_outcome->setAccessibleName(tr("Result of the last restore"));
    m_outcome->hide();
    layout->addWidget(m_outcome);

    m_empty = syncui::makeEmptyNote(tr("No backup has been taken yet. The first one is made before the first import."), this);
    m_table = makeRecordTable(this, tr("Backups"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, BackupModel::Reason);
    // The note takes the room of the table it stands for; the heading keeps its lines together.
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open the folder"), this);
    m_open->setToolTip(tr("Show the backup files in the file manager, to copy one to a USB stick for example."));
    m_restore = new QPushButton(appIcon("restore"), tr("&Restore…"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_restore);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsPage::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(Backups(m_session->path()).folder())); });
    refresh();
}

void BackupsPage::refresh()
{
    m_model->reload();
    m_folder->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(Backups(m_session->path()).folder())));
}

void BackupsPage::select(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void BackupsPage::updateButtons()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty && !m_table->currentIndex().isValid())
        select(0);  // the newest: the one people come for after an unwanted import
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_open->setEnabled(!empty);
    m_restore->setEnabled(m_model->backupAt(m_table->currentIndex().row()) != nullptr);
}

bool BackupsPage::restoreSelected()
{
    const BackupInfo* chosen = m_model->backupAt(m_table->currentIndex().row());
    if (!chosen)
        return false;
    const BackupInfo backup = *chosen;
    if (!m_prompter->confirmRestore(this, backup))
        return false;
    Workspace& ws = m_session->workspace();
    if (ws.inTransaction()) {
        m_prompter->showError(this, tr("A restore cannot start while changes are being saved; try again in a moment."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = restoreBackup(ws, backup.path);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        m_prompter->showError(this, restored.message());
        refresh();
        return false;
    }
    // The commands on the undo stack describe edits of a state that no longer exists.
    m_session->undoStack()->clear();
    m_session->reloadAfterExternalChange();
    refresh();
    const QDateTime local = backup.createdAt.toLocalTime();
    showOutcome(tr("The workspace is back as it was on %1. What it was just before is kept as the newest backup. This "
                   "computer now works as a new device; colleagues will see it appear under that name with a new key.")
                    .arg(QLocale().toString(local, QLocale::ShortFormat)),
                false);
    return true;
}

void BackupsPage::showOutcome(const QString& text, bool problem)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(
        problem ? QStringLiteral("QLabel { background: #fbeee0; border: 1px solid #e3b98a; border-radius: 4px; color: #5a3200; }")
                : QStringLiteral("QLabel { background: #e9f2ea; border: 1px solid #a9cdb0; border-radius: 4px; color: #1d3d24; }"));
    m_outcome->show();
}

}  // namespace score
