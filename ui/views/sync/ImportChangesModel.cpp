#include "views/sync/ImportChangesModel.h"

#include <QFont>
#include <QLocale>

namespace score {

ImportChangesModel::ImportChangesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportChangesModel::setSummary(const ImportSummary& summary)
{
    beginResetModel();
    m_rows.clear();
    // In the schema's order (content, cohorts, enterprises, then their records), as people think.
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        const auto it = summary.entities.constFind(spec.name);
        if (it == summary.entities.constEnd())
            continue;
        const EntityImportCounts& c = it.value();
        if (c.inserted + c.updated + c.deleted + c.restored + c.conflicts > 0)
            m_rows.push_back({spec.name, c});
    }
    if (m_rows.size() != 1)
        m_rows.push_back({QString(), summary.totals});
    endResetModel();
}

int ImportChangesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ImportChangesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const EntityImportCounts& c = r.counts;
    if (role == Qt::DisplayRole) {
        qint64 n = 0;
        switch (index.column()) {
        case Kind: {
            if (r.kind.isEmpty())
                return tr("Total");
            QString name = entityDisplayNamePlural(r.kind);
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            return name;
        }
        case New: n = c.inserted; break;
        case Changed: n = c.updated; break;
        case Deleted: n = c.deleted; break;
        case Restored: n = c.restored; break;
        case Conflicts: n = c.conflicts; break;
        default: return {};
        }
        return n > 0 ? QLocale().toString(n) : QStringLiteral("–");
    }
    if (role == Qt::TextAlignmentRole && index.column() != Kind)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.kind.isEmpty()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Records");
    case New: return tr("New");
    case Changed: return tr("Changed");
    case Deleted: return tr("Deleted");
    case Restored: return tr("Restored");
    case Conflicts: return tr("Conflicts");
    default: return {};
    }
}

}  // namespace score
