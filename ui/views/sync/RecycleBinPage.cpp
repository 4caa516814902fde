#include "views/sync/RecycleBinPage.h"

#include "edit/Edits.h"
#include "models/RecycleBinModel.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

RecycleBinPage::RecycleBinPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(&session), m_prompter(&prompter), m_model(new RecycleBinModel(session, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    syncui::addPageHeading(layout, this, "remove", tr("Recycle bin"),
                           tr("Deleted records stay here: a delete travels to other devices like any change, and can be "
                              "taken back. Restoring a record also brings back what was deleted together with it."));

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, kind, enterprise or person"));
    m_filter->setAccessibleName(tr("Filter the recycle bin"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RecycleBinModel::SortRole);
    m_empty = syncui::makeEmptyNote(tr("The recycle bin is empty."), this);
    m_table = makeRecordTable(this, tr("Deleted records"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecycleBinModel::Deleted, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    FillColumn::install(m_table, RecycleBinModel::Record);
    header->setSectionResizeMode(RecycleBinModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecycleBinModel::Deleted, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecycleBinModel::With, QHeaderView::ResizeToContents);
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(RecycleBinModel::Enterprise, unit * 19);
    m_table->setColumnWidth(RecycleBinModel::DeletedBy, unit * 16);
    // The note takes the room of the table it stands for; the heading keeps its lines together.
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_selection = syncui::makeNote(QString(), this);
    buttons->addWidget(m_selection, 1);
    m_restore = new QPushButton(appIcon("restore"), tr("&Restore"), this);
    m_restore->setToolTip(tr("Bring the record back (Ctrl+Z undoes it)."));
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_restore);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecycleBinPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &RecycleBinPage::restoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &RecycleBinPage::restoreSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool empty = m_model->rowCount() == 0;
        m_empty->setVisible(empty);
        m_table->setVisible(!empty);
        m_filter->setVisible(!empty);
        updateButtons();
    });
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_filter->setVisible(!empty);
    updateButtons();
}

void RecycleBinPage::setActive(bool active) { m_model->setActive(active); }

bool RecycleBinPage::focusFilter()
{
    if (m_filter->isHidden())
        return false;
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
    return true;
}

void RecycleBinPage::select(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void RecycleBinPage::updateButtons()
{
    const DeletedRecord* r = m_model->recordAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    m_restore->setEnabled(r != nullptr);
    if (!r) {
        m_selection->setText(m_model->rowCount() >= RecycleBinModel::kLimit
                                 ? tr("The %1 most recent deletions are shown.").arg(RecycleBinModel::kLimit)
                                 : QString());
        return;
    }
    m_selection->setText(r->deletedWith > 0 ? tr("Restoring %1 also brings back what was deleted with it (%2 more records).")
                                                  .arg(RecycleBinModel::describe(*r))
                                                  .arg(r->deletedWith)
                                            : QString());
}

bool RecycleBinPage::restoreSelected()
{
    const DeletedRecord* r = m_model->recordAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!r)
        return false;
    const QString entity = r->entity;
    const QString id = r->id;
    const Status s = edit::restore(*m_session, entity, id, tr("Restore %1").arg(RecycleBinModel::describe(*r)));
    if (!s) {
        m_prompter->showError(this, s.message());
        return false;
    }
    return true;
}

}  // namespace score
