#pragma once
// Everyone in the workspace as a table: name, role, enterprise, gender, job title; archived
// people greyed. Reloads itself when people or enterprises change.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

#include <vector>

namespace score {

class PeopleModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Role, Enterprise, Gender, JobTitle, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, EnterpriseIdRole, ArchivedRole };

    explicit PeopleModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& id) const;
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<PersonRow> m_people;
};

}  // namespace score
