#include "views/programme/PeopleDialog.h"

#include "models/PeopleModel.h"
#include "views/programme/ProgrammeActions.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

PeopleDialog::PeopleDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent), m_session(&session), m_model(new PeopleModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_table(makeRecordTable(this, tr("People"))), m_empty(new QLabel(this))
{
    setWindowTitle(tr("People"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter by name, role or enterprise"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter people"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, PeopleModel::Name);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No one yet. Add the programme's counsellors and trainers here; the people of an enterprise are "
                        "added from its profile (Enterprises ▸ Enterprise Improvement Team)."));

    auto* add = new QPushButton(appIcon("add"), tr("New person…"), this);
    m_change = new QPushButton(tr("Change…"), this);
    m_delete = new QPushButton(appIcon("remove"), tr("Delete…"), this);
    connect(add, &QPushButton::clicked, this, [this] { programme::newPerson(*m_session, this); });
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            programme::editPerson(*m_session, this, id);
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            programme::editPerson(*m_session, this, id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            programme::remove(*m_session, this, ProgrammeKind::Person, id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleDialog::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    updateButtons();
    resize(720, 420);
}

QString PeopleDialog::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PeopleModel::IdRole).toString() : QString();
}

void PeopleDialog::updateButtons()
{
    const bool chosen = m_table->selectionModel()->hasSelection();
    m_change->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_empty->setVisible(m_model->rowCount() == 0);
}

}  // namespace score
