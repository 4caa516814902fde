#pragma once
// What an import would change (or changed), one row per kind of record that it touches and a
// total: new, changed, deleted, restored, conflicts.

#include "sync/BundleImporter.h"

#include <QAbstractTableModel>

namespace score {

class ImportChangesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, New, Changed, Deleted, Restored, Conflicts, ColumnCount };

    explicit ImportChangesModel(QObject* parent = nullptr);

    void setSummary(const ImportSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString kind;  // empty: the total
        EntityImportCounts counts;
    };
    std::vector<Row> m_rows;
};

}  // namespace score
