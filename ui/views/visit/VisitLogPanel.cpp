#include "views/visit/VisitLogPanel.h"

#include "models/VisitListModel.h"
#include "session/WorkspaceSession.h"
#include "views/visit/VisitPanelParts.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

using namespace visitpanel;

VisitLogPanel::VisitLogPanel(WorkspaceSession& session, VisitListModel* visits, QWidget* parent) : QWidget(parent), m_visits(visits)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    m_log = makeRecordTable(this, tr("Visit log"));
    m_log->setModel(m_visits);
    QHeaderView* header = m_log->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_log, VisitListModel::Module);
    m_log->setTextElideMode(Qt::ElideRight);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [&session](const QModelIndex& current) {
        if (current.isValid())
            session.setCurrentVisit(current.data(VisitListModel::IdRole).toString());
    });
    layout->addWidget(m_log, 1);

    auto* buttons = new QHBoxLayout;
    auto* newVisit = makeButton(appIcon("add"), tr("New visit…"), tr("Record a new visit (%1)").arg(keys(kNewVisit)), this);
    m_deleteVisit = makeButton(appIcon("remove"), tr("Delete visit"), tr("Delete the selected visit with its findings and photos (Delete)"),
                               this);
    connect(newVisit, &QPushButton::clicked, this, &VisitLogPanel::newVisitRequested);
    connect(m_deleteVisit, &QPushButton::clicked, this, &VisitLogPanel::deleteVisitRequested);
    buttons->addWidget(newVisit);
    buttons->addWidget(m_deleteVisit);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    addDeleteKey(m_log, tr("Delete visit"), this, &VisitLogPanel::deleteVisitRequested);
}

void VisitLogPanel::showVisit(const QString& id)
{
    const int row = m_visits->rowOf(id);
    if (row >= 0 && m_log->currentIndex().row() != row) {
        m_log->setCurrentIndex(m_visits->index(row, 0));
        m_log->scrollTo(m_visits->index(row, 0));
    }
}

void VisitLogPanel::setEnterprise(const std::optional<QString>& name)
{
    if (!name)
        m_heading->setText(tr("No enterprise chosen"));
    else
        m_heading->setText(tr("%1 · %n visit(s)", nullptr, m_visits->rowCount()).arg(*name));
}

void VisitLogPanel::setDeleteEnabled(bool enabled) { m_deleteVisit->setEnabled(enabled); }

}  // namespace score
