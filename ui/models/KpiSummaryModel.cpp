#include "models/KpiSummaryModel.h"

#include "domain/Labels.h"
#include "reportdata/KpiTrends.h"

#include <QColor>

namespace score {

QString formatKpiValue(const KpiInfo& kpi, std::optional<double> value, const QLocale& locale)
{
    if (!value)
        return {};
    return locale.toString(*value, 'f', kpi.decimals);
}

KpiSummaryModel::KpiSummaryModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &KpiSummaryModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"kpi_reading" || entity == u"kpi_definition")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &KpiSummaryModel::reload);
}

void KpiSummaryModel::reload()
{
    beginResetModel();
    m_all.clear();
    if (!m_session->currentEnterprise().isEmpty()) {
        auto trends = enterpriseKpiTrends(m_session->workspace(), m_session->currentEnterprise());
        if (trends)
            m_all = std::move(*trends);
    }
    m_visible.clear();
    for (const KpiTrend& t : m_all)
        if (m_module.isEmpty() || t.kpi.moduleCode == m_module)
            m_visible.push_back(t);
    endResetModel();
}

void KpiSummaryModel::setModule(const QString& moduleCode)
{
    m_module = moduleCode;
    reload();
}

const KpiTrend* KpiSummaryModel::trend(const QString& kpiId) const
{
    for (const KpiTrend& t : m_visible)
        if (t.kpi.id == kpiId)
            return &t;
    return nullptr;
}

int KpiSummaryModel::rowOf(const QString& kpiId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_visible[i].kpi.id == kpiId)
            return static_cast<int>(i);
    return -1;
}

int KpiSummaryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_visible.size()); }
int KpiSummaryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KpiSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_visible.size()))
        return {};
    const KpiTrend& t = m_visible[static_cast<size_t>(index.row())];
    if (role == KpiIdRole)
        return t.kpi.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Baseline: return t.baseline ? QVariant(*t.baseline) : QVariant();
        case Latest: return t.latest ? QVariant(*t.latest) : QVariant();
        case Improvement: return t.improvement ? QVariant(*t.improvement) : QVariant(-1e9);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return t.kpi.name;
        case Module: return t.kpi.moduleCode;
        case Unit: return t.kpi.unit;
        case Baseline: {
            // The baseline is a mean: show one more decimal for whole-number KPIs.
            KpiInfo mean = t.kpi;
            mean.decimals = std::max(1, t.kpi.decimals);
            return formatKpiValue(mean, t.baseline);
        }
        case Latest: return formatKpiValue(t.kpi, t.latest);
        case Improvement:
            if (t.improvement)
                return QStringLiteral("%1%2 %").arg(*t.improvement > 0 ? QStringLiteral("+") : QString(),
                                                    QLocale().toString(*t.improvement, 'f', 0));
            return t.latest && t.baseline ? QVariant(tr("n/a")) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 (%2). %3 is better. %4")
            .arg(t.kpi.name, t.kpi.unit, t.kpi.lowerIsBetter ? tr("Lower") : tr("Higher"), t.kpi.description);
    }
    if (role == Qt::DecorationRole && index.column() == Name)
        return QVariant();
    if (role == Qt::ForegroundRole && index.column() == Improvement && t.improvement)
        return *t.improvement >= 0 ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xb0, 0x2a, 0x1a);
    if (role == Qt::TextAlignmentRole && index.column() >= Baseline)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant KpiSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("KPI");
    case Module: return tr("Module");
    case Unit: return tr("Unit");
    case Baseline: return tr("Baseline");
    case Latest: return tr("Latest");
    case Improvement: return tr("Improvement");
    default: return {};
    }
}

}  // namespace score
