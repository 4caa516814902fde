#pragma once
// The Enterprise Improvement Team of the current enterprise: name, role in the team, side,
// gender, employment, job title, since when.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class EitMemberModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Role, Side, Gender, Employment, JobTitle, Joined, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, PersonIdRole };

    explicit EitMemberModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<EitMemberRow>& members() const { return m_rows; }
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<EitMemberRow> m_rows;
};

}  // namespace score
