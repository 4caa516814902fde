#include "storage/ConflictStore.h"

#include "storage/BuiltinContent.h"
#include "storage/RecordEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace score {

namespace {
struct ConflictStoreTr {
    Q_DECLARE_TR_FUNCTIONS(score::ConflictStore)
};

const char16_t* const kColumns =
    u"id, detected_at, entity, record_id, field, kind, kept_value, kept_hlc, kept_device, lost_value, lost_hlc, "
    u"lost_device, status";

// Canonical values are JSON scalars; read one back as the field's value.
std::optional<FieldValue> parseCanonical(const FieldSpec& field, const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'));
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    const QJsonValue v = doc.array().at(0);
    if (v.isNull())
        return FieldValue();
    if (v.isString())
        return FieldValue(v.toString());
    if (field.type == FieldType::Real)
        return FieldValue(v.toDouble());
    return FieldValue(v.toInteger());
}
}  // namespace

QString describeDevice(Workspace& ws, const QUuid& device)
{
    if (device == ws.device().deviceId)
        return ConflictStoreTr::tr("%1 (this device)").arg(ws.device().userName);
    if (device == builtinDevice())
        return ConflictStoreTr::tr("SCORE Desk content");
    auto stmt = ws.db().prepare(u"SELECT device_name, user_name FROM peer_device WHERE device_id = ?1");
    if (stmt) {
        stmt->bind(1, uuidText(device));
        if (stmt->next())
            return ConflictStoreTr::tr("%1 (%2)").arg(stmt->text(1), stmt->text(0));
    }
    return ConflictStoreTr::tr("device %1").arg(uuidText(device).left(8));
}

Result<std::vector<ConflictEntry>> ConflictStore::list(bool openOnly)
{
    auto stmt = m_ws->db().prepare(QStringLiteral("SELECT %1 FROM conflict %2 ORDER BY id")
                                       .arg(QStringView(kColumns), openOnly ? QStringLiteral("WHERE status = 'open'") : QString()));
    if (!stmt)
        return stmt.error();
    std::vector<ConflictEntry> result;
    while (stmt->next()) {
        ConflictEntry c;
        c.id = stmt->integer(0);
        c.detectedAt = stmt->text(1);
        c.entity = stmt->text(2);
        c.recordId = stmt->text(3);
        c.field = stmt->text(4);
        c.kind = stmt->text(5);
        c.keptValue = stmt->text(6);
        c.keptMs = hlcMillis(static_cast<Hlc>(stmt->integer(7)));
        c.keptDevice = QUuid(stmt->text(8));
        c.lostValue = stmt->text(9);
        c.lostMs = hlcMillis(static_cast<Hlc>(stmt->integer(10)));
        c.lostDevice = QUuid(stmt->text(11));
        c.status = stmt->text(12);
        result.push_back(std::move(c));
    }
    if (!stmt->ok())
        return Error::io(stmt->error());
    for (ConflictEntry& c : result) {
        c.keptBy = describeDevice(*m_ws, c.keptDevice);
        c.lostBy = describeDevice(*m_ws, c.lostDevice);
        const EntitySpec* spec = EntitySchema::instance().entity(c.entity);
        if (!spec)
            continue;
        auto record = m_ws->store().load(*spec, c.recordId);
        if (record && record->has_value())
            c.recordLabel = canonicalValue((*record)->value(spec->labelField)).remove(u'"');
    }
    return result;
}

Result<qint64> ConflictStore::openCount() { return m_ws->db().scalar(u"SELECT count(*) FROM conflict WHERE status = 'open'"); }

Result<ConflictEntry> ConflictStore::get(qint64 conflictId)
{
    auto all = list(false);
    if (!all)
        return all.error();
    for (const ConflictEntry& c : *all)
        if (c.id == conflictId)
            return c;
    return Error::notFound(ConflictStoreTr::tr("There is no conflict number %1.").arg(conflictId));
}

Status ConflictStore::setStatus(qint64 conflictId, const QString& status)
{
    auto stmt = m_ws->db().prepare(u"UPDATE conflict SET status = ?2, resolved_at = ?3 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, conflictId).bind(2, status).bind(3, m_ws->clock().nowIso());
    return stmt->exec();
}

Status ConflictStore::dismiss(qint64 conflictId)
{
    auto c = get(conflictId);
    if (!c)
        return c.error();
    return setStatus(conflictId, QStringLiteral("dismissed"));
}

Status ConflictStore::reapply(qint64 conflictId, const QString& author)
{
    RecordEditor editor(*m_ws);
    editor.setAuthor(author);
    return inTransaction(*m_ws, [&] { return reapply(conflictId, editor); });
}

Status ConflictStore::reapply(qint64 conflictId, RecordEditor& editor)
{
    auto c = get(conflictId);
    if (!c)
        return c.error();
    const EntitySpec* spec = EntitySchema::instance().entity(c->entity);
    if (!spec)
        return Error::invalid(ConflictStoreTr::tr("This conflict concerns an unknown kind of record."));
    if (c->kind == u"deleted") {
        SCORE_TRY(editor.restore(spec->name, c->recordId));
    } else if (c->kind == u"restored") {
        SCORE_TRY(editor.remove(spec->name, c->recordId));
    } else {
        const FieldSpec* field = spec->field(c->field);
        if (!field)
            return Error::invalid(ConflictStoreTr::tr("This conflict concerns a field that no longer exists."));
        auto value = parseCanonical(*field, c->lostValue);
        if (!value)
            return Error::invalid(ConflictStoreTr::tr("The value kept for this conflict cannot be read back."));
        SCORE_TRY(editor.update(spec->name, c->recordId, {{field->name, *value}}));
    }
    return setStatus(conflictId, QStringLiteral("reapplied"));
}

}  // namespace score
