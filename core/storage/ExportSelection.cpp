#include "storage/ExportSelection.h"

#include "model/StampCodec.h"

namespace score {

ExportSelection::ExportSelection(Workspace& ws) : m_ws(&ws) {}

ExportSelection::~ExportSelection()
{
    if (m_created)
        (void)m_ws->db().execute(u"DROP TABLE IF EXISTS temp.export_selection");  // temp tables vanish anyway
}

Status ExportSelection::create()
{
    SCORE_TRY(m_ws->db().execute(u"DROP TABLE IF EXISTS temp.export_selection"));
    SCORE_TRY(m_ws->db().execute(
        u"CREATE TEMP TABLE export_selection (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"));
    m_created = true;
    return {};
}

Result<qint64> ExportSelection::insertSelect(const QString& sql, const QString& kind)
{
    auto stmt = m_ws->db().prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!kind.isEmpty())
        stmt->bind(1, kind);
    SCORE_TRY(stmt->exec());
    return m_ws->db().changes();
}

Status ExportSelection::addScope(const QStringList& enterpriseIds, const QStringList& cohortIds)
{
    auto add = m_ws->db().prepare(u"INSERT OR IGNORE INTO export_selection (kind, id) VALUES (?1, ?2)");
    if (!add)
        return add.error();
    for (const QString& id : enterpriseIds) {
        add->bind(1, QStringLiteral("enterprise")).bind(2, id);
        SCORE_TRY(add->exec());
    }
    for (const QString& id : cohortIds) {
        add->bind(1, QStringLiteral("cohort")).bind(2, id);
        SCORE_TRY(add->exec());
    }
    // A cohort's enterprises belong to its scope.
    SCORE_TRY(insertSelect(QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT 'enterprise', e.id FROM enterprise e "
                                          "JOIN export_selection s ON s.kind = 'cohort' AND s.id = e.cohort_id")));

    // Descend the ownership tree until nothing new is added (person ↔ enterprise is a cycle).
    for (;;) {
        qint64 added = 0;
        for (const EntitySpec& child : EntitySchema::instance().entities()) {
            for (int f : child.ownerFields()) {
                const FieldSpec& field = child.fields[static_cast<size_t>(f)];
                QString sql;
                if (field.type == FieldType::AnyRef)
                    sql = QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT ?1, c.id FROM %1 c "
                                         "JOIN export_selection s ON s.kind = c.%2 AND s.id = c.%3")
                              .arg(child.name, field.kindField, field.name);
                else
                    sql = QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT ?1, c.id FROM %1 c "
                                         "JOIN export_selection s ON s.kind = '%2' AND s.id = c.%3")
                              .arg(child.name, field.refEntity, field.name);
                auto n = insertSelect(sql, child.name);
                if (!n)
                    return n.error();
                added += *n;
            }
        }
        if (added == 0)
            return {};
    }
}

Status ExportSelection::addEverything()
{
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        auto n = insertSelect(QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT ?1, id FROM %1").arg(spec.name),
                              spec.name);
        if (!n)
            return n.error();
    }
    return {};
}

Status ExportSelection::keepUnknownTo(const VersionVector& known)
{
    auto drop = m_ws->db().prepare(u"DELETE FROM export_selection WHERE kind = ?1 AND id = ?2");
    if (!drop)
        return drop.error();
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        auto stmt = m_ws->db().prepare(
            QStringLiteral("SELECT t.id, t.sync_vv FROM %1 t JOIN export_selection s ON s.kind = ?1 AND s.id = t.id").arg(spec.name));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, spec.name);
        QStringList known_;
        while (stmt->next()) {
            VersionVector vv;
            if (decodeVersionVector(stmt->text(1), vv, m_ws->devices()) && known.dominates(vv))
                known_ << stmt->text(0);
        }
        if (!stmt->ok())
            return Error::io(stmt->error());
        for (const QString& id : std::as_const(known_)) {
            drop->bind(1, spec.name).bind(2, id);
            SCORE_TRY(drop->exec());
        }
    }
    return {};
}

Status ExportSelection::closeUnderReferences()
{
    for (;;) {
        qint64 added = 0;
        for (const EntitySpec& spec : EntitySchema::instance().entities()) {
            for (const FieldSpec& field : spec.fields) {
                QString sql;
                if (field.type == FieldType::Ref)
                    sql = QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT '%1', t.%2 FROM %3 t "
                                         "JOIN export_selection s ON s.kind = ?1 AND s.id = t.id WHERE t.%2 IS NOT NULL")
                              .arg(field.refEntity, field.name, spec.name);
                else if (field.type == FieldType::AnyRef)
                    sql = QStringLiteral("INSERT OR IGNORE INTO export_selection (kind, id) SELECT t.%1, t.%2 FROM %3 t "
                                         "JOIN export_selection s ON s.kind = ?1 AND s.id = t.id")
                              .arg(field.kindField, field.name, spec.name);
                else
                    continue;
                auto n = insertSelect(sql, spec.name);
                if (!n)
                    return n.error();
                added += *n;
            }
        }
        if (added == 0)
            return {};
    }
}

Status ExportSelection::forEach(const EntitySpec& spec, const std::function<bool(const RecordState&)>& visit)
{
    return m_ws->store().forEachIn(spec, QStringLiteral("export_selection"), visit);
}

Result<qint64> ExportSelection::count() { return m_ws->db().scalar(u"SELECT count(*) FROM export_selection"); }

}  // namespace score
