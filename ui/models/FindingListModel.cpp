#include "models/FindingListModel.h"

#include "models/RowIds.h"

#include "domain/Labels.h"

#include <QColor>

namespace score {

FindingListModel::FindingListModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentVisitChanged, this, &FindingListModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"finding" || entity == u"attachment")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &FindingListModel::reload);
}

void FindingListModel::reload()
{
    std::vector<FindingRow> rows;
    std::vector<int> photos;
    if (!m_session->currentVisit().isEmpty()) {
        DomainQueries q = m_session->queries();
        if (auto loaded = q.findings(m_session->currentVisit()))
            rows = std::move(*loaded);
        for (const FindingRow& f : rows) {
            auto attachments = q.attachments(QStringLiteral("finding"), f.id);
            photos.push_back(attachments ? static_cast<int>(attachments->size()) : 0);
        }
    }
    // Same findings in the same order: update in place and keep the selection.
    const bool sameRows = sameIds(rows, m_rows);
    if (sameRows) {
        m_rows = std::move(rows);
        m_photos = std::move(photos);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_photos = std::move(photos);
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int FindingListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int FindingListModel::rowOf(const QString& id) const { return rowOfId(m_rows, id); }

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const auto row = static_cast<size_t>(index.row());
    const FindingRow& f = m_rows[row];
    if (role == IdRole)
        return f.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title: return f.title;
        case Severity: return valueLabel(u"severity", f.severity);
        case Area: return f.area;
        case Photos: return m_photos[row] > 0 ? QVariant(m_photos[row]) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return f.description.isEmpty() ? f.title : tr("%1\n\n%2").arg(f.title, f.description.left(600));
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        if (f.severity == u"high")
            return QColor(0xb0, 0x2a, 0x1a);
        if (f.severity == u"medium")
            return QColor(0x8a, 0x4b, 0x00);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Photos)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Photos)
        return tr("Photos of the finding");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Finding");
    case Severity: return tr("Severity");
    case Area: return tr("Area");
    case Photos: return tr("Photos");
    default: return {};
    }
}

}  // namespace score
