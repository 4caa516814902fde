#include "models/PeopleModel.h"

#include "domain/Labels.h"

#include <QFont>
#include <QPalette>

namespace score {

PeopleModel::PeopleModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"person" || entity == u"enterprise" || entity == u"eit_member")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &PeopleModel::reload);
    reload();
}

void PeopleModel::reload()
{
    beginResetModel();
    auto people = m_session->queries().everyone();
    m_people = people ? std::move(*people) : std::vector<PersonRow>();
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_people.size()); }

int PeopleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_people.size()))
        return {};
    const PersonRow& p = m_people[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return p.archived ? tr("%1 (archived)").arg(p.name) : p.name;
        case Role: return valueLabel(u"role", p.role);
        case Enterprise: return p.enterpriseName.isEmpty() ? tr("Programme") : p.enterpriseName;
        case Gender: return p.gender.isEmpty() ? QString() : valueLabel(u"gender", p.gender);
        case JobTitle: return p.jobTitle;
        }
        return {};
    case Qt::FontRole:
        if (p.archived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole: return p.archived ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case IdRole: return p.id;
    case EnterpriseIdRole: return p.enterpriseId;
    case ArchivedRole: return p.archived;
    default: return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Enterprise: return tr("Works for");
    case Gender: return tr("Gender");
    case JobTitle: return tr("Job title");
    }
    return {};
}

int PeopleModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_people.size(); ++i)
        if (m_people[i].id == id)
            return static_cast<int>(i);
    return -1;
}

}  // namespace score
