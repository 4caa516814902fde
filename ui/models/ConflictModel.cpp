#include "models/ConflictModel.h"

#include "domain/Labels.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace score {

namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat) : QString();
}

QString whenIso(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Conflict values are stored as JSON scalars (the canonical form).
std::optional<QJsonValue> parseCanonical(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'));
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}
}  // namespace

ConflictModel::ConflictModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    // Conflicts appear with imports and close with re-applies and dismissals; the session
    // announces all of them (and every edit) as a change of the sync status.
    connect(&session, &WorkspaceSession::syncStatusChanged, this, &ConflictModel::changed);
}

void ConflictModel::changed()
{
    if (m_active)
        reload();
    else
        m_stale = true;
}

void ConflictModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void ConflictModel::setShowReviewed(bool show)
{
    if (show == m_showReviewed)
        return;
    m_showReviewed = show;
    reload();
}

void ConflictModel::reload()
{
    m_stale = false;
    beginResetModel();
    auto rows = ConflictStore(m_session->workspace()).list(!m_showReviewed);
    m_rows = rows ? std::move(*rows) : std::vector<ConflictEntry>();
    // Newest first: the clashes of the last import are the ones a person is looking for.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ConflictEntry& a, const ConflictEntry& b) { return a.id > b.id; });
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ConflictModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const ConflictEntry* ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int ConflictModel::rowOf(qint64 conflictId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == conflictId)
            return static_cast<int>(i);
    return -1;
}

QString ConflictModel::recordText(const ConflictEntry& c)
{
    const QString kind = capitalised(entityDisplayName(c.entity));
    if (c.recordLabel.isEmpty())
        return kind;
    return tr("%1 “%2”").arg(kind, c.recordLabel.section(u'\n', 0, 0));
}

QString ConflictModel::fieldText(const ConflictEntry& c)
{
    if (c.kind == u"deleted")
        return tr("Deleted on one device, changed on another");
    if (c.kind == u"restored")
        return tr("Changed on one device after it was deleted on another");
    return fieldLabel(c.entity, c.field);
}

QString ConflictModel::valueText(const ConflictEntry& c, bool kept, bool full) const
{
    if (c.kind == u"deleted")
        return kept ? tr("Deleted") : tr("Kept, with a change");
    if (c.kind == u"restored")
        return kept ? tr("Kept, with a change") : tr("Deleted");
    const QString raw = kept ? c.keptValue : c.lostValue;
    const auto value = parseCanonical(raw);
    if (!value)
        return raw;
    if (value->isNull() || (value->isString() && value->toString().isEmpty()))
        return tr("(empty)");
    const EntitySpec* spec = EntitySchema::instance().entity(c.entity);
    const FieldSpec* field = spec ? spec->field(c.field) : nullptr;
    QString text;
    if (!field) {
        text = value->isString() ? value->toString() : raw;
    } else {
        switch (field->type) {
        case FieldType::Enum: text = valueLabel(field->name, value->toString()); break;
        case FieldType::Bool: text = value->toInteger() != 0 ? tr("Yes") : tr("No"); break;
        case FieldType::Integer: text = QLocale().toString(value->toInteger()); break;
        case FieldType::Real: text = QLocale().toString(value->toDouble(), 'g', 12); break;
        case FieldType::Date: {
            const QDate d = QDate::fromString(value->toString(), Qt::ISODate);
            text = d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : value->toString();
            break;
        }
        case FieldType::Ref: {
            // A reference means nothing as an id; show the name of the record it points to.
            text = value->toString();
            if (const EntitySpec* target = EntitySchema::instance().entity(field->refEntity)) {
                auto record = m_session->workspace().store().load(*target, text);
                if (record && record->has_value()) {
                    const QString label = canonicalValue((*record)->value(target->labelField)).remove(u'"');
                    if (!label.isEmpty())
                        text = label;
                }
            }
            break;
        }
        default: text = value->isString() ? value->toString() : raw; break;
        }
    }
    if (!full) {
        const qsizetype newline = text.indexOf(u'\n');
        if (newline >= 0)
            text = text.left(newline) + QStringLiteral(" …");
        if (text.size() > 120)
            text = text.left(117) + QStringLiteral("…");
    }
    return text;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    const ConflictEntry* c = index.isValid() ? conflictAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case IdRole: return c->id;
    case StatusRole: return c->status;
    case SortRole:
        switch (index.column()) {
        case KeptWhen: return c->keptMs;
        case OtherWhen: return c->lostMs;
        case Detected: return c->detectedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Record: return recordText(*c);
        case Field: return fieldText(*c);
        case KeptValue: return valueText(*c, true, false);
        case KeptBy: return c->keptBy;
        case KeptWhen: return when(c->keptMs);
        case OtherValue: return valueText(*c, false, false);
        case OtherBy: return c->lostBy;
        case OtherWhen: return when(c->lostMs);
        case Detected: return whenIso(c->detectedAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == KeptValue || index.column() == OtherValue)
            return valueText(*c, index.column() == KeptValue, true);
        if (index.column() == Record)
            return recordText(*c);
        if (index.column() == KeptBy)
            return tr("%1 · %2").arg(c->keptBy, when(c->keptMs));
        if (index.column() == OtherBy)
            return tr("%1 · %2").arg(c->lostBy, when(c->lostMs));
        return {};
    case Qt::ForegroundRole:
        if (c->status != u"open")
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::FontRole:
        if (index.column() == OtherValue && c->status == u"open") {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    case KeptValue: return tr("Kept value");
    case KeptBy: return tr("Kept from");
    case KeptWhen: return tr("Set on");
    case OtherValue: return tr("Other value");
    case OtherBy: return tr("Other from");
    case OtherWhen: return tr("Set on");
    case Detected: return tr("Found");
    default: return {};
    }
}

}  // namespace score
