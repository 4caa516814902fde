#include "storage/ChangeJournal.h"

#include "util/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace score {

QString conflictKindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Field: return QStringLiteral("field");
    case MergeConflict::Kind::DeletedElsewhere: return QStringLiteral("deleted");
    case MergeConflict::Kind::RestoredByEdit: return QStringLiteral("restored");
    }
    return QStringLiteral("field");
}

void ChangeJournal::clearCache()
{
    m_log = Statement();
    m_conflict = Statement();
}

Status ChangeJournal::logChange(const RecordState& after, const QString& op, const std::vector<int>& fields, const Stamp& stamp,
                                const QString& author, const QUuid& relayedBy)
{
    if (!m_log.isValid()) {
        auto s = m_db->prepare(u"INSERT INTO change_log (entity, record_id, op, hlc, device_id, author, fields, via_device) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!s)
            return s.error();
        m_log = std::move(*s);
    }
    QJsonObject changed;
    for (int f : fields) {
        const FieldSpec& spec = after.spec->fields[static_cast<size_t>(f)];
        if (spec.meta)
            continue;
        changed.insert(spec.name, jsonValue(after.values[static_cast<size_t>(f)]));
    }
    // An import that relays a whole workspace logs a row per record: what repeats is made once.
    if (m_deviceText.first != stamp.device)
        m_deviceText = {stamp.device, uuidText(stamp.device)};
    if (m_relayedText.first != relayedBy)
        m_relayedText = {relayedBy, relayedBy.isNull() ? QString() : uuidText(relayedBy)};
    static const QString noFields = QStringLiteral("{}");
    m_log.bind(1, after.spec->name)
        .bind(2, after.id)
        .bind(3, op)
        .bind(4, static_cast<qint64>(stamp.hlc))
        .bind(5, m_deviceText.second)
        .bind(6, author)
        .bind(7, changed.isEmpty() ? noFields : QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)));
    if (relayedBy.isNull())
        m_log.bindNull(8);
    else
        m_log.bind(8, m_relayedText.second);
    return m_log.exec();
}

Status ChangeJournal::recordConflict(const RecordState& record, const MergeConflict& c, const QString& bundleId, const QString& detectedAt)
{
    if (!m_conflict.isValid()) {
        auto s = m_db->prepare(u"INSERT INTO conflict (detected_at, entity, record_id, field, kind, kept_value, kept_hlc, kept_device, "
                               u"lost_value, lost_hlc, lost_device, bundle_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        if (!s)
            return s.error();
        m_conflict = std::move(*s);
    }
    const QString field = c.field >= 0 ? record.spec->fields[static_cast<size_t>(c.field)].name : QString();
    m_conflict.bind(1, detectedAt)
        .bind(2, record.spec->name)
        .bind(3, record.id)
        .bind(4, field)
        .bind(5, conflictKindName(c.kind))
        .bind(6, canonicalValue(c.keptValue))
        .bind(7, static_cast<qint64>(c.keptStamp.hlc))
        .bind(8, uuidText(c.keptStamp.device))
        .bind(9, canonicalValue(c.lostValue))
        .bind(10, static_cast<qint64>(c.lostStamp.hlc))
        .bind(11, uuidText(c.lostStamp.device));
    if (bundleId.isEmpty())
        m_conflict.bindNull(12);
    else
        m_conflict.bind(12, bundleId);
    return m_conflict.exec();
}

}  // namespace score
