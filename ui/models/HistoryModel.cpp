#include "models/HistoryModel.h"

#include "widgets/Icons.h"

#include <QLocale>

namespace score {

namespace {
// A long text as one line of the tree; the tooltip has it whole.
QString oneLine(const QString& text)
{
    constexpr qsizetype kShown = 200;
    QString line = text.size() > kShown ? text.left(kShown - 1) + QChar(0x2026) : text;
    return line.replace(u'\n', u' ');
}
}  // namespace

HistoryModel::HistoryModel(QObject* parent) : QAbstractItemModel(parent) {}

void HistoryModel::setEntries(std::vector<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kChangeRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex HistoryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kChangeRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kChangeRow);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_entries.size());
    if (parent.internalId() != kChangeRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_entries[static_cast<size_t>(parent.row())].changes.size());
}

int HistoryModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kChangeRow)
        return changeData(m_entries[static_cast<size_t>(index.row())], index.column(), role);
    const HistoryEntry& entry = m_entries[static_cast<size_t>(index.internalId() - 1)];
    return fieldData(entry.changes[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant HistoryModel::changeData(const HistoryEntry& entry, int column, int role) const
{
    if (column == When) {
        switch (role) {
        case Qt::DisplayRole:
            return entry.when.isValid() ? QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat) : tr("unknown time");
        case Qt::ToolTipRole: return entry.when.isValid() ? tr("%1 UTC").arg(entry.when.toString(Qt::ISODate)) : QVariant();
        case Qt::DecorationRole:
            if (entry.operation == u"create")
                return appIcon("add");
            if (entry.operation == u"delete")
                return appIcon("remove");
            return appIcon("history");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString who = entry.author.isEmpty() ? tr("someone") : entry.author;
    const QString done = tr("%1 by %2").arg(historyOperationLabel(entry.operation), who);
    if (entry.deviceName.isEmpty())
        return done;
    if (!entry.relayedBy.isNull()) {
        // Brought by another device's bundle: its signature does not vouch for the author.
        if (role == Qt::ToolTipRole)
            return tr("%1 by %2 on %3, as relayed by %4: its bundle's signature proves that %4 sent the change, not that %3 "
                      "made it")
                .arg(historyOperationLabel(entry.operation), who, entry.deviceName, entry.relayedByName);
        return tr("%1 · %2 · relayed by %3").arg(done, entry.deviceName, entry.relayedByName);
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 by %2 on %3").arg(historyOperationLabel(entry.operation), who, entry.deviceName);
    return tr("%1 · %2").arg(done, entry.deviceName);
}

QVariant HistoryModel::fieldData(const HistoryFieldChange& change, int column, int role)
{
    if (column == When)
        return role == Qt::DisplayRole ? QVariant(change.label) : QVariant();
    if (role == Qt::DisplayRole)
        return oneLine(change.shownValue);
    if (role == Qt::ToolTipRole)
        return change.shownValue;
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == When ? tr("When") : tr("What");
}

}  // namespace score
