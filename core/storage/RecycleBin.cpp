#include "storage/RecycleBin.h"

#include "storage/ConflictStore.h"

#include <QHash>

#include <algorithm>

namespace score {

namespace {

// One tombstone as read, before it is decided whether it is listed on its own.
struct Tombstone {
    DeletedRecord record;
    Stamp stamp;
    QList<std::pair<QString, QString>> owners;  // (kind, id) of the records that own it
    QString enterpriseId;
    qsizetype parent = -1;  // the owner deleted together with it, if any
};

QString key(const QString& entity, const QString& id) { return entity + u'/' + id; }

}  // namespace

Result<std::vector<DeletedRecord>> deletedRecords(Workspace& ws, int limit)
{
    std::vector<Tombstone> all;
    QHash<QString, qsizetype> byKey;

    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        // Table and column names come from the schema table, never from input.
        QStringList columns{QStringLiteral("id"), QStringLiteral("sync_stamps"), spec.labelField};
        const std::vector<int> ownerFields = spec.ownerFields();
        for (int f : ownerFields) {
            const FieldSpec& field = spec.fields[static_cast<size_t>(f)];
            columns << field.name << (field.type == FieldType::AnyRef ? field.kindField : QStringLiteral("NULL"));
        }
        const bool ofEnterprise = spec.field(u"enterprise_id") != nullptr;
        if (ofEnterprise)
            columns << QStringLiteral("enterprise_id");
        auto stmt = ws.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 1").arg(columns.join(u", "), spec.name));
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            Tombstone t;
            t.record.entity = spec.name;
            t.record.id = stmt->text(0);
            RecordState state(spec, t.record.id);
            if (!decodeStamps(stmt->text(1), state, ws.devices()) || state.deletedStamp.isNull())
                continue;  // damaged sync information: the workspace check reports it
            t.stamp = state.deletedStamp;
            t.record.label = stmt->text(2);
            int column = 3;
            for (int f : ownerFields) {
                const FieldSpec& field = spec.fields[static_cast<size_t>(f)];
                const QString ownerId = stmt->text(column);
                const QString ownerKind = field.type == FieldType::AnyRef ? stmt->text(column + 1) : field.refEntity;
                if (!ownerId.isEmpty())
                    t.owners.push_back({ownerKind, ownerId});
                column += 2;
            }
            if (ofEnterprise)
                t.enterpriseId = stmt->text(column);
            byKey.insert(key(spec.name, t.record.id), static_cast<qsizetype>(all.size()));
            all.push_back(std::move(t));
        }
        if (!stmt->ok())
            return Error::io(stmt->error());
    }

    // A record deleted under the same stamp as one of its owners went with that owner.
    for (Tombstone& t : all) {
        for (const auto& [kind, id] : std::as_const(t.owners)) {
            const auto it = byKey.constFind(key(kind, id));
            if (it != byKey.constEnd() && all[static_cast<size_t>(*it)].stamp == t.stamp) {
                t.parent = *it;
                break;
            }
        }
    }
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].parent < 0)
            continue;
        qsizetype root = all[i].parent;
        for (int guard = 0; all[static_cast<size_t>(root)].parent >= 0 && guard < 64; ++guard)
            root = all[static_cast<size_t>(root)].parent;
        ++all[static_cast<size_t>(root)].record.deletedWith;
    }

    std::vector<Tombstone*> roots;
    for (Tombstone& t : all)
        if (t.parent < 0)
            roots.push_back(&t);
    std::sort(roots.begin(), roots.end(), [](const Tombstone* a, const Tombstone* b) {
        return a->stamp != b->stamp ? a->stamp > b->stamp : key(a->record.entity, a->record.id) < key(b->record.entity, b->record.id);
    });
    if (limit >= 0 && roots.size() > static_cast<size_t>(limit))
        roots.resize(static_cast<size_t>(limit));

    auto history = ws.db().prepare(u"SELECT author FROM change_log WHERE record_id = ?1 AND entity = ?2 AND op = 'delete' AND hlc = ?3 "
                                   u"ORDER BY id DESC LIMIT 1");
    if (!history)
        return history.error();
    auto enterprise = ws.db().prepare(u"SELECT name FROM enterprise WHERE id = ?1");
    if (!enterprise)
        return enterprise.error();
    QHash<QString, QString> enterpriseNames;
    QHash<QUuid, QString> deviceNames;

    std::vector<DeletedRecord> result;
    result.reserve(roots.size());
    for (Tombstone* t : roots) {
        DeletedRecord r = std::move(t->record);
        r.deletedMs = hlcMillis(t->stamp.hlc);
        r.deletedDevice = t->stamp.device;
        // Only a delete made here names its author reliably: the history of an imported delete
        // can only name the record's last editor, so those are attributed to their device.
        if (r.deletedDevice == ws.device().deviceId) {
            history->bind(1, r.id).bind(2, r.entity).bind(3, static_cast<qint64>(t->stamp.hlc));
            if (history->next())
                r.deletedBy = history->text(0);
            if (!history->ok())
                return Error::io(history->error());
            history->reset();
        }
        if (r.deletedBy.isEmpty()) {
            auto known = deviceNames.constFind(r.deletedDevice);
            if (known == deviceNames.constEnd())
                known = deviceNames.insert(r.deletedDevice, describeDevice(ws, r.deletedDevice));
            r.deletedBy = *known;
        }
        if (!t->enterpriseId.isEmpty()) {
            auto name = enterpriseNames.constFind(t->enterpriseId);
            if (name == enterpriseNames.constEnd()) {
                enterprise->bind(1, t->enterpriseId);
                name = enterpriseNames.insert(t->enterpriseId, enterprise->next() ? enterprise->text(0) : QString());
                enterprise->reset();
            }
            r.enterpriseName = *name;
        }
        result.push_back(std::move(r));
    }
    return result;
}

}  // namespace score
