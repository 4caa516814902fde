#include "models/NavigationModel.h"

#include "domain/Labels.h"

#include <QColor>
#include <QFont>

namespace score {

namespace {
// Internal ids: 0 for cohort rows, cohort index + 1 for enterprise rows.
constexpr quintptr kCohortRow = 0;
}  // namespace

NavigationModel::NavigationModel(WorkspaceSession& session, QObject* parent) : QAbstractItemModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"enterprise" || entity == u"cohort" || entity == u"improvement_action")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &NavigationModel::reload);
    connect(&session, &WorkspaceSession::enterpriseCountsChanged, this, &NavigationModel::refreshCounts);
}

void NavigationModel::refreshCounts()
{
    QHash<QString, EnterpriseCounts> counts;
    for (const EnterpriseListRow& e : m_session->enterprises())
        counts.insert(e.id, e.counts);
    for (size_t c = 0; c < m_cohorts.size(); ++c) {
        std::vector<EnterpriseListRow>& enterprises = m_cohorts[c].enterprises;
        for (EnterpriseListRow& e : enterprises)
            e.counts = counts.value(e.id);
        if (!enterprises.empty()) {
            const QModelIndex cohort = index(static_cast<int>(c), 0);
            emit dataChanged(index(0, 0, cohort), index(static_cast<int>(enterprises.size()) - 1, ColumnCount - 1, cohort));
        }
    }
}

void NavigationModel::reload()
{
    beginResetModel();
    m_cohorts.clear();
    auto cohorts = m_session->queries().cohorts();
    const std::vector<EnterpriseListRow>& enterprises = m_session->enterprises();
    if (cohorts) {
        for (const CohortRow& c : *cohorts)
            if (!c.archived || m_session->showArchived())
                m_cohorts.push_back({c, {}});
        Cohort unassigned{CohortRow(), {}};
        unassigned.row.name = tr("Not in a cohort");
        for (const EnterpriseListRow& e : enterprises) {
            auto it = std::find_if(m_cohorts.begin(), m_cohorts.end(), [&](const Cohort& c) { return c.row.id == e.cohortId; });
            (it == m_cohorts.end() ? unassigned : *it).enterprises.push_back(e);
        }
        if (!unassigned.enterprises.empty())
            m_cohorts.push_back(std::move(unassigned));
    }
    endResetModel();
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_cohorts.size()) ? createIndex(row, column, kCohortRow) : QModelIndex();
    if (parent.internalId() != kCohortRow)
        return {};
    const auto& cohort = m_cohorts[static_cast<size_t>(parent.row())];
    if (row >= static_cast<int>(cohort.enterprises.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex NavigationModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCohortRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCohortRow);
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_cohorts.size());
    if (parent.internalId() == kCohortRow && parent.column() == 0)
        return static_cast<int>(m_cohorts[static_cast<size_t>(parent.row())].enterprises.size());
    return 0;
}

int NavigationModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kCohortRow) {
        const CohortRow& c = m_cohorts[static_cast<size_t>(index.row())].row;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return c.archived ? tr("%1 (archived)").arg(c.name) : c.name;
            return {};
        case Qt::ToolTipRole: return tr("%1 · %2 · %3 enterprises").arg(c.countryName, c.counterpart).arg(c.enterprises);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            f.setItalic(c.archived);
            return f;
        }
        case IdRole: return c.id;
        case KindRole: return QStringLiteral("cohort");
        case ArchivedRole: return c.archived;
        default: return {};
        }
    }
    const EnterpriseListRow& e = m_cohorts[index.internalId() - 1].enterprises[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return e.archived ? tr("%1 (archived)").arg(e.name) : e.name;
        if (index.column() == OpenActionsColumn)
            return e.counts.openActions > 0 ? QVariant(e.counts.openActions) : QVariant();
        return {};
    case Qt::ToolTipRole:
        return tr("%1, %2 · %3 open actions, %4 overdue")
            .arg(valueLabel(u"sector", e.sector), e.city)
            .arg(e.counts.openActions)
            .arg(e.counts.overdueActions);
    case Qt::ForegroundRole:
        if (index.column() == OpenActionsColumn && e.counts.overdueActions > 0)
            return QColor(0xb0, 0x2a, 0x1a);
        if (e.archived)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::FontRole:
        if (e.archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OpenActionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return e.id;
    case KindRole: return QStringLiteral("enterprise");
    case ArchivedRole: return e.archived;
    case OverdueRole: return e.counts.overdueActions;
    default: return {};
    }
}

QVariant NavigationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Cohorts and enterprises") : tr("Open");
}

QModelIndex NavigationModel::indexOfEnterprise(const QString& id) const
{
    for (size_t c = 0; c < m_cohorts.size(); ++c)
        for (size_t e = 0; e < m_cohorts[c].enterprises.size(); ++e)
            if (m_cohorts[c].enterprises[e].id == id)
                return createIndex(static_cast<int>(e), 0, static_cast<quintptr>(c) + 1);
    return {};
}

}  // namespace score
