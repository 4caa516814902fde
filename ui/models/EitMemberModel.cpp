#include "models/EitMemberModel.h"

#include "domain/Labels.h"

#include <QLocale>

namespace score {

EitMemberModel::EitMemberModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &EitMemberModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"eit_member" || entity == u"person")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &EitMemberModel::reload);
}

void EitMemberModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_session->currentEnterprise().isEmpty()) {
        auto rows = m_session->queries().eitMembers(m_session->currentEnterprise());
        if (rows)
            m_rows = std::move(*rows);
    }
    endResetModel();
}

int EitMemberModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int EitMemberModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EitMemberModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const EitMemberRow& m = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return m.id;
    if (role == PersonIdRole)
        return m.personId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return m.name;
    case Role: return valueLabel(u"eit_role", m.role);
    case Side: return valueLabel(u"side", m.side);
    case Gender: return valueLabel(u"gender", m.gender);
    case Employment: return valueLabel(u"employment", m.employment);
    case JobTitle: return m.jobTitle;
    case Joined: return m.joinedOn.isValid() ? QLocale().toString(m.joinedOn, QLocale::ShortFormat) : QString();
    default: return {};
    }
}

QVariant EitMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Member");
    case Role: return tr("Role");
    case Side: return tr("Side");
    case Gender: return tr("Gender");
    case Employment: return tr("Employment");
    case JobTitle: return tr("Job title");
    case Joined: return tr("Joined");
    default: return {};
    }
}

}  // namespace score
