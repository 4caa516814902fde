#include "models/KpiReadingModel.h"

#include "domain/Labels.h"

#include <QLocale>

namespace score {

KpiReadingModel::KpiReadingModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &KpiReadingModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"kpi_reading")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &KpiReadingModel::reload);
}

void KpiReadingModel::setKpi(const QString& kpiId, int decimals)
{
    m_kpi = kpiId;
    m_decimals = decimals;
    reload();
}

void KpiReadingModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_kpi.isEmpty() && !m_session->currentEnterprise().isEmpty()) {
        auto rows = m_session->queries().kpiReadings(m_session->currentEnterprise());
        if (rows)
            for (KpiReadingRow& r : *rows)
                if (r.kpiId == m_kpi)
                    m_rows.push_back(std::move(r));
        std::reverse(m_rows.begin(), m_rows.end());
    }
    endResetModel();
}

int KpiReadingModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int KpiReadingModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KpiReadingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const KpiReadingRow& r = m_rows[static_cast<size_t>(index.row())];
    const QLocale locale;
    auto number = [&](std::optional<double> v, int decimals) { return v ? locale.toString(*v, 'f', decimals) : QString(); };
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Period: return locale.toString(QDate::fromString(r.period + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yyyy"));
        case Kind: return valueLabel(u"kind", r.kind);
        case Value: return number(r.value, m_decimals);
        case Numerator: return number(r.numerator, 0);
        case Denominator: return number(r.denominator, 0);
        case Note: return r.note;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Numerator || index.column() == Denominator))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant KpiReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period: return tr("Month");
    case Kind: return tr("Reading");
    case Value: return tr("Value");
    case Numerator: return tr("Numerator");
    case Denominator: return tr("Denominator");
    case Note: return tr("Note");
    default: return {};
    }
}

}  // namespace score
