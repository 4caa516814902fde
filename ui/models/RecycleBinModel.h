#pragma once
// The recycle bin: deleted records, newest delete first, with their kind, name, enterprise,
// when and by whom they were deleted, and how many owned records went with them.

#include "session/WorkspaceSession.h"
#include "storage/RecycleBin.h"

#include <QAbstractTableModel>

namespace score {

class RecycleBinModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Record, Kind, Enterprise, Deleted, DeletedBy, With, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, EntityRole, SortRole };
    static constexpr int kLimit = 1000;

    explicit RecycleBinModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DeletedRecord* recordAt(int row) const;
    int rowOf(const QString& entity, const QString& id) const;
    // "Improvement action “Fix the compressor leak”".
    static QString describe(const DeletedRecord& r);
    // The name a person reads: enum labels and dates formatted.
    static QString labelText(const DeletedRecord& r);

    // While inactive (its page hidden), changes only mark the model stale; reading every
    // table's tombstones after each edit would cost more than the bin is looked at.
    void setActive(bool active);
    void reload();

private:
    void changed();

    WorkspaceSession* m_session;
    std::vector<DeletedRecord> m_rows;
    bool m_active = false;
    bool m_stale = true;
};

}  // namespace score
