#include "storage/RecordHistory.h"

#include "domain/Labels.h"
#include "storage/ConflictStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace score {

namespace {
struct RecordHistoryTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordHistory)
};

// A value from the change log's JSON, back in the storage class of its field.
FieldValue fromJson(const FieldSpec& field, const QJsonValue& json)
{
    if (json.isNull() || json.isUndefined())
        return {};
    if (json.isString())
        return json.toString();
    if (json.isBool())
        return qint64(json.toBool() ? 1 : 0);
    if (json.isDouble()) {
        if (field.type == FieldType::Integer || field.type == FieldType::Bool)
            return static_cast<qint64>(json.toDouble());
        return json.toDouble();
    }
    return QString::fromUtf8(QJsonDocument::fromVariant(json.toVariant()).toJson(QJsonDocument::Compact));
}

// Names the records that references point to, loading each one once.
class ValueNames {
public:
    explicit ValueNames(Workspace& ws) : m_ws(&ws) {}

    QString shown(const FieldSpec& field, const FieldValue& value)
    {
        if (std::holds_alternative<std::monostate>(value))
            return RecordHistoryTr::tr("—");
        if (const auto* i = std::get_if<qint64>(&value)) {
            if (field.type == FieldType::Bool)
                return *i ? RecordHistoryTr::tr("Yes") : RecordHistoryTr::tr("No");
            return QLocale().toString(*i);
        }
        if (const auto* d = std::get_if<double>(&value))
            return QLocale().toString(*d, 'g', 12);
        const QString text = std::get<QString>(value);
        switch (field.type) {
        case FieldType::Enum: return valueLabel(field.name, text);
        case FieldType::Ref: return recordName(field.refEntity, text);
        default: return text;
        }
    }

private:
    QString recordName(const QString& entity, const QString& id)
    {
        const QString key = entity + u'/' + id;
        auto known = m_names.constFind(key);
        if (known != m_names.constEnd())
            return *known;
        QString name = id.left(8);
        if (const EntitySpec* spec = EntitySchema::instance().entity(entity)) {
            auto record = m_ws->store().load(*spec, id);
            if (record && record->has_value()) {
                const FieldValue& label = (*record)->value(spec->labelField);
                if (const auto* s = std::get_if<QString>(&label); s && !s->isEmpty())
                    name = *s;
            }
        }
        m_names.insert(key, name);
        return name;
    }

    Workspace* m_ws;
    QHash<QString, QString> m_names;
};

// The manager's review of an improvement action keeps one set of fields for approving and for
// returning (approved_by, approval_date, approval_comment), labelled for approving: a return
// read "Approved by". Each entry is named for the approval it leaves, read from the entries up
// to it (`history` newest first).
void nameTheReview(std::vector<HistoryEntry>& history)
{
    QString approval;
    for (auto entry = history.rbegin(); entry != history.rend(); ++entry) {
        for (const HistoryFieldChange& c : entry->changes)
            if (c.field == u"approval")
                approval = std::holds_alternative<QString>(c.value) ? std::get<QString>(c.value) : QString();
        if (approval != u"returned")
            continue;
        for (HistoryFieldChange& c : entry->changes) {
            if (c.field == u"approved_by")
                c.label = RecordHistoryTr::tr("Returned by");
            else if (c.field == u"approval_date")
                c.label = RecordHistoryTr::tr("Returned on");
            else if (c.field == u"approval_comment")
                c.label = RecordHistoryTr::tr("Reason for returning");
        }
    }
}
}  // namespace

QString historyOperationLabel(QStringView operation)
{
    if (operation == u"create")
        return RecordHistoryTr::tr("Created");
    if (operation == u"delete")
        return RecordHistoryTr::tr("Deleted");
    if (operation == u"restore")
        return RecordHistoryTr::tr("Restored");
    return RecordHistoryTr::tr("Changed");
}

Result<std::vector<HistoryEntry>> recordHistory(Workspace& ws, const QString& entity, const QString& id)
{
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    if (!spec)
        return Error::invalid(RecordHistoryTr::tr("There is no kind of record called \"%1\".").arg(entity));

    auto stmt = ws.db().prepare(u"SELECT op, hlc, device_id, coalesce(author, ''), coalesce(fields, ''), via_device FROM change_log "
                                u"WHERE record_id = ?1 AND entity = ?2 ORDER BY hlc DESC, id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, entity);

    QHash<QUuid, QString> deviceNames;
    const auto deviceName = [&](const QUuid& device) {
        auto known = deviceNames.constFind(device);
        if (known == deviceNames.constEnd())
            known = deviceNames.insert(device, describeDevice(ws, device));
        return *known;
    };
    ValueNames names(ws);

    std::vector<HistoryEntry> history;
    bool sawCreation = false;
    while (stmt->next()) {
        HistoryEntry e;
        e.operation = stmt->text(0);
        e.when = QDateTime::fromMSecsSinceEpoch(hlcMillis(static_cast<Hlc>(stmt->integer(1))), Qt::UTC);
        e.device = QUuid::fromString(stmt->text(2));
        e.author = stmt->text(3);
        if (!stmt->isNull(5))
            e.relayedBy = QUuid::fromString(stmt->text(5));
        const QJsonObject fields = QJsonDocument::fromJson(stmt->text(4).toUtf8()).object();
        for (const FieldSpec& f : spec->fields) {
            const auto it = fields.constFind(f.name);
            if (f.meta || it == fields.constEnd())
                continue;
            HistoryFieldChange c;
            c.field = f.name;
            c.label = fieldLabel(entity, f.name);
            c.value = fromJson(f, *it);
            c.shownValue = names.shown(f, c.value);
            e.changes.push_back(std::move(c));
        }
        sawCreation = sawCreation || e.operation == u"create";
        history.push_back(std::move(e));
    }
    if (!stmt->ok())
        return Error::io(stmt->error());

    // Records created elsewhere (imported, demo, built-in) carry their own creation.
    if (!sawCreation) {
        auto record = ws.store().load(*spec, id);
        if (!record)
            return record.error();
        if (record->has_value()) {
            const RecordState& r = **record;
            HistoryEntry e;
            e.operation = QStringLiteral("create");
            const int createdAt = spec->fieldIndex(u"created_at");
            const Stamp stamp = createdAt >= 0 ? r.stamps[static_cast<size_t>(createdAt)] : Stamp();
            if (const auto* at = std::get_if<QString>(&r.value(u"created_at")))
                e.when = QDateTime::fromString(*at, Qt::ISODateWithMs).toUTC();
            if (!e.when.isValid() && !stamp.isNull())
                e.when = QDateTime::fromMSecsSinceEpoch(hlcMillis(stamp.hlc), Qt::UTC);
            if (const auto* by = std::get_if<QString>(&r.value(u"created_by")))
                e.author = *by;
            e.device = stamp.device;
            history.push_back(std::move(e));
        }
    }

    for (HistoryEntry& e : history)
        e.deviceName = e.device.isNull() ? QString() : deviceName(e.device);
    for (HistoryEntry& e : history)
        e.relayedByName = e.relayedBy.isNull() ? QString() : deviceName(e.relayedBy);
    std::stable_sort(history.begin(), history.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.when > b.when; });
    if (entity == u"improvement_action")
        nameTheReview(history);
    return history;
}

}  // namespace score
