#include "storage/RecordStore.h"

#include "domain/FieldValidation.h"

#include <QCoreApplication>

namespace score {

namespace {
struct RecordStoreTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordStore)
};

QString columnList(const EntitySpec& spec)
{
    QStringList names;
    for (const auto& f : spec.fields)
        names << f.name;
    return names.join(u", ");
}

// Steps `stmt` (selecting by id) to the row of `id`: whether there is one, or why it could not read.
Result<bool> selectRow(Statement& stmt, const QString& id)
{
    stmt.reset();
    stmt.bind(1, id);
    if (stmt.next())
        return true;
    if (!stmt.ok())
        return Error::io(stmt.error());
    return false;
}
}  // namespace

struct RecordStore::Statements {
    Statement select;
    Statement selectClock;
    Statement insert;
    Statement update;
    Statement exists;
    Statement existsAlive;
    std::vector<Statement> ownedBy;  // by owning field, prepared when first used
};

RecordStore::RecordStore(Database& db, DeviceIndex& devices) : m_db(&db), m_devices(&devices)
{
    m_statements.resize(EntitySchema::instance().entities().size());
}

RecordStore::~RecordStore() = default;

void RecordStore::clearCache()
{
    for (auto& s : m_statements)
        s.reset();
}

RecordStore::Statements& RecordStore::statementsFor(const EntitySpec& spec)
{
    const auto index = static_cast<size_t>(EntitySchema::instance().entityIndex(spec.name));
    auto& slot = m_statements[index];
    if (slot)
        return *slot;
    slot = std::make_unique<Statements>();
    // Identifiers come from the fixed schema table, never from input; values are all bound.
    const QString columns = columnList(spec);
    const int n = static_cast<int>(spec.fields.size());
    QStringList placeholders;
    QStringList assignments;
    for (int i = 0; i < n; ++i) {
        placeholders << u'?' + QString::number(i + 2);
        assignments << spec.fields[static_cast<size_t>(i)].name + QStringLiteral(" = ?") + QString::number(i + 2);
    }
    const QString tail = QStringLiteral("?%1, ?%2, ?%3, ?%4").arg(n + 2).arg(n + 3).arg(n + 4).arg(n + 5);
    if (auto s = m_db->prepare(
            QStringLiteral("SELECT %1, deleted, sync_stamps, sync_vv, sync_lost FROM %2 WHERE id = ?1").arg(columns, spec.name)))
        slot->select = std::move(*s);
    if (auto s = m_db->prepare(QStringLiteral("SELECT sync_stamps, sync_vv, sync_lost FROM %1 WHERE id = ?1").arg(spec.name)))
        slot->selectClock = std::move(*s);
    if (auto s = m_db->prepare(QStringLiteral("INSERT INTO %1 (id, %2, deleted, sync_stamps, sync_vv, sync_lost) VALUES (?1, %3, %4)")
                                   .arg(spec.name, columns, placeholders.join(u", "), tail)))
        slot->insert = std::move(*s);
    if (auto s = m_db->prepare(
            QStringLiteral("UPDATE %1 SET %2, deleted = ?%3, sync_stamps = ?%4, sync_vv = ?%5, sync_lost = ?%6 WHERE id = ?1")
                .arg(spec.name, assignments.join(u", "))
                .arg(n + 2)
                .arg(n + 3)
                .arg(n + 4)
                .arg(n + 5)))
        slot->update = std::move(*s);
    if (auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(spec.name)))
        slot->exists = std::move(*s);
    if (auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1 AND deleted = 0").arg(spec.name)))
        slot->existsAlive = std::move(*s);
    return *slot;
}

Status RecordStore::readRow(const EntitySpec& spec, Statement& stmt, RecordState& state, int first)
{
    const int n = static_cast<int>(spec.fields.size());
    for (int i = 0; i < n; ++i) {
        FieldValue v = stmt.value(first + i);
        normaliseValue(spec.fields[static_cast<size_t>(i)], v);
        state.values[static_cast<size_t>(i)] = std::move(v);
    }
    if (!decodeClock(stmt, first + n + 1, state))
        return Error::failed(RecordStoreTr::tr("The sync information of %1 %2 is damaged; run a workspace check.")
                                 .arg(entityDisplayName(spec.name), state.id));
    return {};
}

void RecordStore::bindRow(Statement& stmt, const RecordState& state, int first)
{
    const int n = static_cast<int>(state.values.size());
    for (int i = 0; i < n; ++i)
        stmt.bind(first + i, state.values[static_cast<size_t>(i)]);
    stmt.bind(first + n, qint64(state.isAlive() ? 0 : 1));
    stmt.bind(first + n + 1, encodeStamps(state, *m_devices));
    stmt.bind(first + n + 2, encodeVersionVector(state.vv, *m_devices));
    // Nearly every record has lost nothing: no text to make, NULL to store.
    if (state.lost.isEmpty())
        stmt.bindNull(first + n + 3);
    else
        stmt.bind(first + n + 3, encodeLostStamps(state, *m_devices));
}

bool RecordStore::decodeClock(const Statement& stmt, int first, RecordState& state)
{
    return decodeStamps(stmt.text(first), state, *m_devices) && decodeVersionVector(stmt.text(first + 1), state.vv, *m_devices)
           && (stmt.isNull(first + 2) || decodeLostStamps(stmt.text(first + 2), state, *m_devices));
}

Result<std::optional<RecordState>> RecordStore::load(const EntitySpec& spec, const QString& id)
{
    Statement& stmt = statementsFor(spec).select;
    auto found = selectRow(stmt, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<RecordState>();
    RecordState state(spec, id);
    const Status read = readRow(spec, stmt, state, 0);
    stmt.reset();
    if (!read.ok())
        return read.error();
    return std::optional<RecordState>(std::move(state));
}

Result<std::optional<RecordState>> RecordStore::loadClock(const EntitySpec& spec, const QString& id)
{
    Statement& stmt = statementsFor(spec).selectClock;
    auto found = selectRow(stmt, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<RecordState>();
    RecordState state(spec, id);
    const bool decoded = decodeClock(stmt, 0, state);
    stmt.reset();
    if (!decoded)
        return Error::failed(
            RecordStoreTr::tr("The sync information of %1 %2 is damaged; run a workspace check.").arg(entityDisplayName(spec.name), id));
    return std::optional<RecordState>(std::move(state));
}

Status RecordStore::insert(const RecordState& state)
{
    Statement& stmt = statementsFor(*state.spec).insert;
    stmt.bind(1, state.id);
    bindRow(stmt, state, 2);
    if (!m_devices->lastError().ok())
        return m_devices->lastError();
    return stmt.exec();
}

Status RecordStore::update(const RecordState& state)
{
    Statement& stmt = statementsFor(*state.spec).update;
    stmt.bind(1, state.id);
    bindRow(stmt, state, 2);
    if (!m_devices->lastError().ok())
        return m_devices->lastError();
    return stmt.exec();
}

Status RecordStore::forEach(const EntitySpec& spec, const std::function<bool(const RecordState&)>& visit)
{
    return forEachIn(spec, QString(), visit);
}

Status RecordStore::forEachIn(const EntitySpec& spec, const QString& selectionTable, const std::function<bool(const RecordState&)>& visit)
{
    const QString filter = selectionTable.isEmpty()
                               ? QString()
                               : QStringLiteral(" WHERE id IN (SELECT id FROM %1 WHERE kind = ?1)").arg(selectionTable);
    auto stmt = m_db->prepare(QStringLiteral("SELECT id, %1, deleted, sync_stamps, sync_vv, sync_lost FROM %2%3 ORDER BY id")
                                  .arg(columnList(spec), spec.name, filter));
    if (!stmt)
        return stmt.error();
    if (!selectionTable.isEmpty())
        stmt->bind(1, spec.name);
    while (stmt->next()) {
        RecordState state(spec, stmt->text(0));
        SCORE_TRY(readRow(spec, *stmt, state, 1));
        if (!visit(state))
            break;
    }
    if (!stmt->ok())
        return Error::io(stmt->error());
    return {};
}

Result<bool> RecordStore::exists(const EntitySpec& spec, const QString& id, bool aliveOnly)
{
    Statements& s = statementsFor(spec);
    Statement& stmt = aliveOnly ? s.existsAlive : s.exists;
    stmt.reset();
    stmt.bind(1, id);
    const bool found = stmt.next();
    const bool ok = stmt.ok();
    const QString error = stmt.error();
    stmt.reset();
    if (!ok)
        return Error::io(error);
    return found;
}

Result<QStringList> RecordStore::ownedBy(const EntitySpec& child, int ownerField, const QString& ownerId, const QString& ownerKind)
{
    const FieldSpec& field = child.fields[static_cast<size_t>(ownerField)];
    // A deleted owner's records are looked up for every kind it owns, so the statements are kept.
    std::vector<Statement>& prepared = statementsFor(child).ownedBy;
    prepared.resize(child.fields.size());
    Statement& stmt = prepared[static_cast<size_t>(ownerField)];
    if (!stmt.isValid()) {
        QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1").arg(child.name, field.name);
        if (field.type == FieldType::AnyRef)
            sql += QStringLiteral(" AND %1 = ?2").arg(field.kindField);
        auto made = m_db->prepare(sql);
        if (!made)
            return made.error();
        stmt = std::move(*made);
    }
    stmt.reset();
    stmt.bind(1, ownerId);
    if (field.type == FieldType::AnyRef)
        stmt.bind(2, ownerKind);
    QStringList ids;
    while (stmt.next())
        ids << stmt.text(0);
    const bool ok = stmt.ok();
    const QString error = stmt.error();
    stmt.reset();
    if (!ok)
        return Error::io(error);
    return ids;
}

Result<QString> RecordStore::sample(const EntitySpec& spec, quint64 random, bool deleted)
{
    auto n = count(spec, deleted);
    if (!n)
        return n.error();
    if (*n == 0)
        return QString();
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = ?1 ORDER BY id LIMIT 1 OFFSET ?2").arg(spec.name));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(deleted ? 1 : 0)).bind(2, static_cast<qint64>(random % static_cast<quint64>(*n)));
    if (!stmt->next())
        return Error::io(stmt->error());
    return stmt->text(0);
}

Result<qint64> RecordStore::count(const EntitySpec& spec, bool deleted)
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = ?1").arg(spec.name));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(deleted ? 1 : 0));
    if (!stmt->next())
        return Error::io(stmt->error());
    return stmt->integer(0);
}

}  // namespace score
