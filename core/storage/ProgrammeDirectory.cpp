#include "storage/ProgrammeDirectory.h"

namespace score {

namespace {
// workspace_info is device-local: it never travels in a bundle.
const QString kDevicePersonKey = QStringLiteral("device_person_id");
}  // namespace

QString ProgrammeDirectory::matchKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

Result<std::vector<NamedRecord>> ProgrammeDirectory::list(const QString& sql)
{
    auto stmt = m_ws->db().prepare(sql);
    if (!stmt)
        return stmt.error();
    std::vector<NamedRecord> out;
    while (stmt->next())
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2)});
    if (!stmt->ok())
        return Error::io(stmt->error());
    return out;
}

Result<std::vector<NamedRecord>> ProgrammeDirectory::cohorts()
{
    return list(QStringLiteral("SELECT id, name, '' FROM cohort WHERE deleted = 0 ORDER BY name, id"));
}

Result<std::vector<NamedRecord>> ProgrammeDirectory::enterprises()
{
    return list(QStringLiteral("SELECT id, name, coalesce(cohort_id, '') FROM enterprise WHERE deleted = 0 ORDER BY name, id"));
}

Result<std::vector<NamedRecord>> ProgrammeDirectory::people()
{
    return list(QStringLiteral("SELECT id, full_name, coalesce(enterprise_id, '') FROM person WHERE deleted = 0 ORDER BY full_name, id"));
}

Result<std::vector<NamedRecord>> ProgrammeDirectory::countries()
{
    return list(QStringLiteral("SELECT id, name, code FROM country WHERE deleted = 0 ORDER BY name, id"));
}

std::vector<NamedRecord> ProgrammeDirectory::named(const std::vector<NamedRecord>& records, const QString& name, const QString& scope)
{
    const QString key = matchKey(name);
    std::vector<NamedRecord> out;
    for (const NamedRecord& r : records)
        if ((scope.isNull() || r.scope == scope) && matchKey(r.name) == key)
            out.push_back(r);
    return out;
}

Result<QString> ProgrammeDirectory::countryId(const QString& codeOrName)
{
    auto stmt = m_ws->db().prepare(u"SELECT id, code, name FROM country WHERE deleted = 0");
    if (!stmt)
        return stmt.error();
    const QString key = matchKey(codeOrName);
    while (stmt->next())
        if (matchKey(stmt->text(1)) == key || matchKey(stmt->text(2)) == key)
            return stmt->text(0);
    if (!stmt->ok())
        return Error::io(stmt->error());
    return QString();
}

Result<QString> ProgrammeDirectory::countryCode(const QString& countryId)
{
    auto stmt = m_ws->db().prepare(u"SELECT code FROM country WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, countryId);
    return stmt->next() ? stmt->text(0) : QString();
}

Result<QString> ProgrammeDirectory::eitMembership(const QString& personId)
{
    auto stmt = m_ws->db().prepare(u"SELECT id FROM eit_member WHERE person_id = ?1 AND deleted = 0 ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, personId);
    return stmt->next() ? stmt->text(0) : QString();
}

Result<std::vector<std::pair<QString, QString>>> ProgrammeDirectory::cohortTrainers(const QString& cohortId)
{
    auto stmt = m_ws->db().prepare(u"SELECT t.id, t.person_id FROM cohort_trainer t JOIN person p ON p.id = t.person_id "
                                   u"WHERE t.cohort_id = ?1 AND t.deleted = 0 AND p.deleted = 0 ORDER BY p.full_name, t.id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, cohortId);
    std::vector<std::pair<QString, QString>> out;
    while (stmt->next())
        out.emplace_back(stmt->text(0), stmt->text(1));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return out;
}

Result<qint64> ProgrammeDirectory::enterprisesIn(const QString& cohortId)
{
    auto stmt = m_ws->db().prepare(u"SELECT count(*) FROM enterprise WHERE cohort_id = ?1 AND deleted = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, cohortId);
    return stmt->next() ? stmt->integer(0) : 0;
}

Result<QString> ProgrammeDirectory::devicePerson()
{
    auto stmt = m_ws->db().prepare(
        u"SELECT i.value FROM workspace_info i JOIN person p ON p.id = i.value AND p.deleted = 0 WHERE i.key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kDevicePersonKey);
    return stmt->next() ? stmt->text(0) : QString();
}

Status ProgrammeDirectory::setDevicePerson(const QString& personId)
{
    auto stmt = m_ws->db().prepare(u"INSERT INTO workspace_info (key, value) VALUES (?1, ?2) "
                                   u"ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kDevicePersonKey).bind(2, personId);
    return stmt->exec();
}

}  // namespace score
