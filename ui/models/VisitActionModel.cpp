#include "models/VisitActionModel.h"

#include "models/RowIds.h"

#include "domain/Labels.h"

#include <QColor>
#include <QLocale>

namespace score {

VisitActionModel::VisitActionModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentVisitChanged, this, &VisitActionModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"improvement_action" || entity == u"person")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &VisitActionModel::reload);
}

void VisitActionModel::reload()
{
    std::vector<ActionRow> rows;
    if (!m_session->currentVisit().isEmpty()) {
        if (auto loaded = m_session->queries().visitActions(m_session->currentVisit()))
            rows = std::move(*loaded);
    }
    const bool sameRows = sameIds(rows, m_rows);
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int VisitActionModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int VisitActionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int VisitActionModel::rowOf(const QString& id) const { return rowOfId(m_rows, id); }

QVariant VisitActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const ActionRow& a = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return a.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title: return a.title;
        case Owner: return a.ownerName;
        case Due: return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        case Priority: return valueLabel(u"priority", a.priority);
        case Status: return valueLabel(u"status", a.status);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = a.title;
        if (!a.description.isEmpty())
            tip += QStringLiteral("\n\n") + a.description.left(400);
        tip += u'\n' + tr("Approval: %1").arg(valueLabel(u"approval", a.approval));
        return tip;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Due && a.isOverdue(m_session->workspace().clock().today()))
            return QColor(0xb0, 0x2a, 0x1a);
        if (index.column() == Priority && a.priority == u"high")
            return QColor(0xb0, 0x2a, 0x1a);
    }
    return {};
}

QVariant VisitActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Action agreed");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Priority: return tr("Priority");
    case Status: return tr("Status");
    default: return {};
    }
}

}  // namespace score
