#include "models/RecycleBinModel.h"

#include "domain/Labels.h"

#include <QLocale>

namespace score {

namespace {
QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}
}  // namespace

RecycleBinModel::RecycleBinModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    // Loaded when first shown (setActive): searching a large workspace for deleted records
    // must not delay the start of the app.
    connect(&session, &WorkspaceSession::recordsChanged, this, &RecycleBinModel::changed);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &RecycleBinModel::changed);
}

void RecycleBinModel::changed()
{
    if (m_active)
        reload();
    else
        m_stale = true;
}

void RecycleBinModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void RecycleBinModel::reload()
{
    m_stale = false;
    beginResetModel();
    auto rows = deletedRecords(m_session->workspace(), kLimit);
    m_rows = rows ? std::move(*rows) : std::vector<DeletedRecord>();
    endResetModel();
}

int RecycleBinModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int RecycleBinModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const DeletedRecord* RecycleBinModel::recordAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int RecycleBinModel::rowOf(const QString& entity, const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].entity == entity && m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString RecycleBinModel::labelText(const DeletedRecord& r)
{
    const EntitySpec* spec = EntitySchema::instance().entity(r.entity);
    const FieldSpec* field = spec ? spec->field(spec->labelField) : nullptr;
    QString text = r.label;
    if (field && field->type == FieldType::Enum)
        text = valueLabel(field->name, r.label);
    else if (field && field->type == FieldType::Date) {
        const QDate d = QDate::fromString(r.label, Qt::ISODate);
        if (d.isValid())
            text = QLocale().toString(d, QLocale::ShortFormat);
    }
    text = text.section(u'\n', 0, 0);
    if (text.size() > 100)
        text = text.left(97) + QStringLiteral("…");
    return text.isEmpty() ? tr("(no name)") : text;
}

QString RecycleBinModel::describe(const DeletedRecord& r)
{
    return tr("%1 “%2”").arg(capitalised(entityDisplayName(r.entity)), labelText(r));
}

QVariant RecycleBinModel::data(const QModelIndex& index, int role) const
{
    const DeletedRecord* r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole: return r->id;
    case EntityRole: return r->entity;
    case SortRole:
        switch (index.column()) {
        case Deleted: return r->deletedMs;
        case With: return r->deletedWith;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Record: return labelText(*r);
        case Kind: return capitalised(entityDisplayName(r->entity));
        case Enterprise: return r->enterpriseName;
        case Deleted: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->deletedMs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        case DeletedBy: return r->deletedBy;
        case With: return r->deletedWith > 0 ? tr("+ %1 more").arg(r->deletedWith) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == With && r->deletedWith > 0)
            return tr("Deleted together with this %1; restoring it brings them back too.").arg(entityDisplayName(r->entity));
        if (index.column() == Record)
            return r->label;
        if (index.column() == Enterprise)
            return r->enterpriseName;
        if (index.column() == DeletedBy)
            return r->deletedBy;
        return {};
    default: return {};
    }
}

QVariant RecycleBinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record: return tr("Record");
    case Kind: return tr("Kind");
    case Enterprise: return tr("Enterprise");
    case Deleted: return tr("Deleted");
    case DeletedBy: return tr("By");
    case With: return tr("With it");
    default: return {};
    }
}

}  // namespace score
