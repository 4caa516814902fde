#pragma once
// The history of one record as a two-level tree: each change, newest first (when; what, by whom,
// from which device), and under it the fields it set with their new values.

#include "storage/RecordHistory.h"

#include <QAbstractItemModel>

namespace score {

class HistoryModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { When, What, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(std::vector<HistoryEntry> entries);
    const std::vector<HistoryEntry>& entries() const { return m_entries; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A change's row has internal id 0; a field's row the row of its change plus one.
    static constexpr quintptr kChangeRow = 0;
    QVariant changeData(const HistoryEntry& entry, int column, int role) const;
    static QVariant fieldData(const HistoryFieldChange& change, int column, int role);

    std::vector<HistoryEntry> m_entries;
};

}  // namespace score
