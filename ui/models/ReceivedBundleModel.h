#pragma once
// The bundles imported into this workspace, most recent first: who sent each, when it was made
// and imported, what kind of bundle it was and what it changed here.

#include "session/WorkspaceSession.h"
#include "storage/SyncState.h"

#include <QAbstractTableModel>

namespace score {

class ReceivedBundleModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { From, Made, Imported, Kind, Changes, File, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };
    static constexpr int kLimit = 200;

    explicit ReceivedBundleModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 new · 3 changed · 2 conflicts" from the summary stored with the bundle.
    static QString changesText(const QString& summaryJson);
    void reload();

private:
    struct Row {
        ReceivedBundle bundle;
        QString from;
    };
    WorkspaceSession* m_session;
    std::vector<Row> m_rows;
};

}  // namespace score
