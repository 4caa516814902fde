#include "models/VisitListModel.h"

#include "models/RowIds.h"

#include "domain/Labels.h"

#include <QLocale>

namespace score {

namespace {
// The log is narrow: a word for the type; the full label is in the tooltip and the heading.
QString shortType(const QString& type)
{
    if (type == u"classroom")
        return VisitListModel::tr("Classroom");
    if (type == u"baseline")
        return VisitListModel::tr("Baseline");
    if (type == u"factory_visit")
        return VisitListModel::tr("Factory");
    if (type == u"follow_up")
        return VisitListModel::tr("Follow-up");
    if (type == u"final")
        return VisitListModel::tr("Final");
    return valueLabel(u"type", type);
}
}  // namespace

VisitListModel::VisitListModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &VisitListModel::reload);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"visit" || entity == u"person" || entity == u"module")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &VisitListModel::reload);
}

void VisitListModel::reload()
{
    std::vector<VisitRow> rows;
    if (!m_session->currentEnterprise().isEmpty()) {
        auto loaded = m_session->queries().visits(m_session->currentEnterprise());
        if (loaded)
            rows = std::move(*loaded);
    }
    // The same visits in the same order (a field was edited): update in place, so that the
    // selection and the scroll position stay where the counsellor left them.
    const bool sameRows = sameIds(rows, m_rows);
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int VisitListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int VisitListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int VisitListModel::rowOf(const QString& id) const { return rowOfId(m_rows, id); }

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const VisitRow& v = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return v.id;
    const bool anyParticipants = v.participantsWomen || v.participantsMen;
    const qint64 women = v.participantsWomen.value_or(0);
    const qint64 men = v.participantsMen.value_or(0);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return v.date.isValid() ? QLocale().toString(v.date, QLocale::ShortFormat) : QString();
        case Type: return shortType(v.type);
        case Module: return v.moduleCode.isEmpty() ? QString() : moduleShortName(v.moduleCode);
        case Counsellor: return v.counsellorName;
        case Participants: return anyParticipants ? tr("%1 / %2").arg(women).arg(men) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Type: return valueLabel(u"type", v.type);
        case Module: return v.moduleName;
        case Participants:
            if (!anyParticipants)
                return tr("Nobody recorded as taking part.");
            return tr("%1 women and %2 men took part (%3 % women).")
                .arg(women)
                .arg(men)
                .arg(women + men > 0 ? qRound(100.0 * static_cast<double>(women) / static_cast<double>(women + men)) : 0);
        default: return v.observations.isEmpty() ? QVariant() : QVariant(v.observations.left(300));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Participants)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::AccessibleTextRole && index.column() == Participants && anyParticipants)
        return tr("%1 women, %2 men").arg(women).arg(men);
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Participants)
        return tr("Participants: women / men");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Type: return tr("Type");
    case Module: return tr("Module");
    case Counsellor: return tr("Counsellor");
    case Participants: return tr("W / M");
    default: return {};
    }
}

}  // namespace score
