#include "models/ModuleProgressModel.h"

#include "domain/Labels.h"

#include <QColor>
#include <QLocale>

namespace score {

ModuleProgressModel::ModuleProgressModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &ModuleProgressModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"visit" || entity == u"assessment" || entity == u"response" || entity == u"improvement_action"
            || entity == u"module_report")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &ModuleProgressModel::reload);
}

void ModuleProgressModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_session->currentEnterprise().isEmpty()) {
        auto rows = moduleProgress(m_session->workspace(), m_session->currentEnterprise(), m_session->workspace().clock().today());
        if (rows)
            m_rows = std::move(*rows);
    }
    endResetModel();
}

int ModuleProgressModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ModuleProgressModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ModuleProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const ModuleProgressRow& r = m_rows[static_cast<size_t>(index.row())];
    auto score = [](const std::optional<double>& s) { return s ? QVariant(QStringLiteral("%1 %").arg(qRound(*s))) : QVariant(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Module: return r.moduleName;
        case Visits: return r.started() ? QVariant(r.visits) : QVariant(tr("not started"));
        case LastVisit: return r.lastVisit.isValid() ? QLocale().toString(r.lastVisit, QLocale::ShortFormat) : QString();
        case FirstScore: return score(r.firstScore);
        case LatestScore: return r.assessments > 1 ? score(r.latestScore) : QVariant();
        case OpenActions: return r.started() ? QVariant(r.openActions) : QVariant();
        case DoneActions: return r.started() ? QVariant(r.doneActions) : QVariant();
        case Report: return r.reportStatus.isEmpty() ? QString() : valueLabel(u"status", r.reportStatus);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (!r.started())
            return QColor(0x80, 0x80, 0x80);
        if (index.column() == LatestScore && r.latestScore && r.firstScore)
            return *r.latestScore >= *r.firstScore ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xb0, 0x2a, 0x1a);
        if (index.column() == OpenActions && r.overdueActions > 0)
            return QColor(0xb0, 0x2a, 0x1a);
    }
    if (role == Qt::ToolTipRole && index.column() == OpenActions && r.overdueActions > 0)
        return tr("%n overdue", nullptr, r.overdueActions);
    if (role == Qt::TextAlignmentRole && index.column() != Module)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ModuleProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Module: return tr("Module");
    case Visits: return tr("Visits");
    case LastVisit: return tr("Last visit");
    case FirstScore: return tr("First score");
    case LatestScore: return tr("Latest score");
    case OpenActions: return tr("Open actions");
    case DoneActions: return tr("Done");
    case Report: return tr("Progress report");
    default: return {};
    }
}

}  // namespace score
