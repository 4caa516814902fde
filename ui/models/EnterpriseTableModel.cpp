#include "models/EnterpriseTableModel.h"

#include "models/RowIds.h"

#include "domain/Labels.h"

#include <QColor>
#include <QLocale>

namespace score {

EnterpriseTableModel::EnterpriseTableModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"enterprise" || entity == u"visit" || entity == u"improvement_action" || entity == u"cohort")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &EnterpriseTableModel::reload);
    connect(&session, &WorkspaceSession::enterpriseCountsChanged, this, &EnterpriseTableModel::refreshCounts);
}

void EnterpriseTableModel::refreshCounts()
{
    const std::vector<EnterpriseListRow>& latest = m_session->enterprises();
    const bool sameRows = latest.size() == m_rows.size()
                          && std::equal(latest.begin(), latest.end(), m_rows.begin(),
                                        [](const EnterpriseListRow& a, const EnterpriseListRow& b) { return a.id == b.id; });
    if (!sameRows) {
        reload();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].counts = latest[i].counts;
    if (!m_rows.empty())
        emit dataChanged(index(0, Visits), index(rowCount() - 1, Overdue));
}

void EnterpriseTableModel::reload()
{
    beginResetModel();
    m_rows = m_session->enterprises();
    endResetModel();
}

int EnterpriseTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int EnterpriseTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int EnterpriseTableModel::rowOf(const QString& id) const { return rowOfId(m_rows, id); }

QVariant EnterpriseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const EnterpriseListRow& e = m_rows[static_cast<size_t>(index.row())];
    const std::optional<double> share = e.womenShare();
    const std::optional<double> women = share ? std::optional<double>(100.0 * *share) : std::nullopt;
    if (role == IdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Employees: return e.employees ? QVariant(*e.employees) : QVariant(-1);
        case WomenShare: return women ? QVariant(*women) : QVariant(-1.0);
        case Visits: return e.counts.visits;
        case LastVisit: return e.counts.lastVisit;
        case OpenActions: return e.counts.openActions;
        case Overdue: return e.counts.overdueActions;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return e.name;
        case Cohort: return e.cohortName;
        case Sector: return valueLabel(u"sector", e.sector);
        case Employees: return e.employees ? QVariant(*e.employees) : QVariant();
        case WomenShare: return women ? QVariant(QStringLiteral("%1 %").arg(qRound(*women))) : QVariant();
        case Visits: return e.counts.visits;
        case LastVisit: return e.counts.lastVisit.isValid() ? QLocale().toString(e.counts.lastVisit, QLocale::ShortFormat) : QString();
        case OpenActions: return e.counts.openActions;
        case Overdue: return e.counts.overdueActions > 0 ? QVariant(e.counts.overdueActions) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Employees)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Overdue && e.counts.overdueActions > 0)
        return QColor(0xb0, 0x2a, 0x1a);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("%1 · %2, %3").arg(e.name, e.city, e.countryName);
    return {};
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Enterprise");
    case Cohort: return tr("Cohort");
    case Sector: return tr("Sector");
    case Employees: return tr("Employees");
    case WomenShare: return tr("Women");
    case Visits: return tr("Visits");
    case LastVisit: return tr("Last visit");
    case OpenActions: return tr("Open actions");
    case Overdue: return tr("Overdue");
    default: return {};
    }
}

}  // namespace score
