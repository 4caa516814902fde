#include "storage/DomainQueries.h"

#include "content/ContentTranslation.h"

#include <QCoreApplication>

namespace score {

namespace {
struct DomainQueriesTr {
    Q_DECLARE_TR_FUNCTIONS(score::DomainQueries)
};

std::optional<qint64> optInt(const Statement& s, int c) { return s.isNull(c) ? std::nullopt : std::optional<qint64>(s.integer(c)); }
std::optional<double> optReal(const Statement& s, int c) { return s.isNull(c) ? std::nullopt : std::optional<double>(s.real(c)); }
QDate date(const Statement& s, int c) { return s.isNull(c) ? QDate() : QDate::fromString(s.text(c), Qt::ISODate); }

// Runs a query with bound text parameters and maps each row.
template <typename Row, typename Map>
Result<std::vector<Row>> rows(Workspace& ws, const QString& sql, const QStringList& parameters, Map map)
{
    auto stmt = ws.db().prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < parameters.size(); ++i)
        stmt->bind(i + 1, parameters[i]);
    std::vector<Row> result;
    while (stmt->next())
        result.push_back(map(*stmt));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return result;
}

template <typename Row>
Result<Row> single(Result<std::vector<Row>> all, const QString& what)
{
    if (!all)
        return all.error();
    if (all->empty())
        return Error::notFound(DomainQueriesTr::tr("This %1 no longer exists.").arg(what));
    return std::move(all->front());
}

// An enterprise's profile ("e" is the enterprise), its counts apart.
const QString kEnterpriseColumns = QStringLiteral(
    "SELECT e.id, e.name, e.cohort_id, coalesce(c.name, ''), co.code, co.name, co.currency, co.locale, e.sector, "
    "coalesce(e.products, ''), coalesce(e.city, ''), coalesce(e.address, ''), e.employees_total, e.women, e.men, "
    "e.permanent_staff, e.temporary_staff, e.supply_chain_tier, coalesce(e.main_buyers, ''), coalesce(e.contact_name, ''), "
    "coalesce(e.contact_phone, ''), coalesce(e.contact_email, ''), coalesce(e.manager_id, ''), coalesce(m.full_name, ''), "
    "coalesce(e.counsellor_id, ''), coalesce(cn.full_name, ''), e.enrolled_on, coalesce(e.notes, '') ");
constexpr int kEnterpriseColumnCount = 28;
const QString kEnterpriseFrom = QStringLiteral(
    "FROM enterprise e JOIN country co ON co.id = e.country_id LEFT JOIN cohort c ON c.id = e.cohort_id "
    "LEFT JOIN person m ON m.id = e.manager_id LEFT JOIN person cn ON cn.id = e.counsellor_id WHERE e.deleted = 0 ");
// The one definition of an enterprise's counts (EnterpriseCounts, in its order); ?1 is today.
// They read every visit and action of the enterprise: 11-14 ms for 500 enterprises with ten
// years of history, which is why the desktop reads them off its GUI thread.
const QString kEnterpriseCounts = QStringLiteral(
    "(SELECT count(*) FROM visit v WHERE v.enterprise_id = e.id AND v.deleted = 0), "
    "(SELECT max(visit_date) FROM visit v WHERE v.enterprise_id = e.id AND v.deleted = 0), "
    "(SELECT count(*) FROM improvement_action a WHERE a.enterprise_id = e.id AND a.deleted = 0 AND a.status NOT IN ('done', 'dropped')), "
    "(SELECT count(*) FROM improvement_action a WHERE a.enterprise_id = e.id AND a.deleted = 0 AND a.status NOT IN ('done', 'dropped') "
    "  AND a.due_date < ?1), "
    // "+a.status": the enterprise's own actions are few; without the '+' SQLite picks the
    // (status, due_date) index and reads every done action of the workspace per enterprise
    // (9 s instead of 50 ms for 500 enterprises with 10 years of plans).
    "(SELECT count(*) FROM improvement_action a WHERE a.enterprise_id = e.id AND a.deleted = 0 AND +a.status = 'done') ");
const QString kEnterpriseSelect = kEnterpriseColumns + QStringLiteral(", ") + kEnterpriseCounts + kEnterpriseFrom;

EnterpriseCounts mapCounts(const Statement& s, int first)
{
    EnterpriseCounts c;
    c.visits = static_cast<int>(s.integer(first));
    c.lastVisit = date(s, first + 1);
    c.openActions = static_cast<int>(s.integer(first + 2));
    c.overdueActions = static_cast<int>(s.integer(first + 3));
    c.doneActions = static_cast<int>(s.integer(first + 4));
    return c;
}

EnterpriseRow mapEnterprise(const Statement& s)
{
    EnterpriseRow e;
    e.id = s.text(0);
    e.name = s.text(1);
    e.cohortId = s.text(2);
    e.cohortName = s.text(3);
    e.countryCode = s.text(4);
    e.countryName = s.text(5);
    e.currency = s.text(6);
    e.locale = s.text(7);
    e.sector = s.text(8);
    e.products = s.text(9);
    e.city = s.text(10);
    e.address = s.text(11);
    e.employees = optInt(s, 12);
    e.women = optInt(s, 13);
    e.men = optInt(s, 14);
    e.permanentStaff = optInt(s, 15);
    e.temporaryStaff = optInt(s, 16);
    e.supplyChainTier = optInt(s, 17);
    e.mainBuyers = s.text(18);
    e.contactName = s.text(19);
    e.contactPhone = s.text(20);
    e.contactEmail = s.text(21);
    e.managerId = s.text(22);
    e.managerName = s.text(23);
    e.counsellorId = s.text(24);
    e.counsellorName = s.text(25);
    e.enrolledOn = date(s, 26);
    e.notes = s.text(27);
    return e;
}

EnterpriseRow mapCountedEnterprise(const Statement& s)
{
    EnterpriseRow e = mapEnterprise(s);
    e.counts = mapCounts(s, kEnterpriseColumnCount);
    return e;
}

const QString kVisitSelect = QStringLiteral(
    "SELECT v.id, v.enterprise_id, e.name, coalesce(v.module_id, ''), coalesce(m.code, ''), coalesce(m.name, ''), v.type, "
    "v.visit_date, v.duration_hours, coalesce(v.counsellor_id, ''), coalesce(p.full_name, ''), v.participants_women, "
    "v.participants_men, v.managers_present, v.workers_present, v.eit_met, v.projects_reviewed, coalesce(v.observations, ''), "
    "v.next_visit_date, v.counsellor_signed_on, v.manager_signed_on, coalesce(v.manager_signed_by, '') "
    "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id LEFT JOIN module m ON m.id = v.module_id "
    "LEFT JOIN person p ON p.id = v.counsellor_id WHERE v.deleted = 0 ");

VisitRow mapVisit(const Statement& s)
{
    VisitRow v;
    v.id = s.text(0);
    v.enterpriseId = s.text(1);
    v.enterpriseName = s.text(2);
    v.moduleId = s.text(3);
    v.moduleCode = s.text(4);
    v.moduleName = ContentTranslation::text(s.text(5));
    v.type = s.text(6);
    v.date = date(s, 7);
    v.durationHours = optReal(s, 8);
    v.counsellorId = s.text(9);
    v.counsellorName = s.text(10);
    v.participantsWomen = optInt(s, 11);
    v.participantsMen = optInt(s, 12);
    v.managersPresent = optInt(s, 13);
    v.workersPresent = optInt(s, 14);
    v.eitMet = s.integer(15) != 0;
    v.projectsReviewed = optInt(s, 16);
    v.observations = s.text(17);
    v.nextVisitDate = date(s, 18);
    v.counsellorSignedOn = date(s, 19);
    v.managerSignedOn = date(s, 20);
    v.managerSignedBy = s.text(21);
    return v;
}

const QString kFindingSelect = QStringLiteral(
    "SELECT f.id, f.enterprise_id, coalesce(f.visit_id, ''), coalesce(m.code, ''), coalesce(f.item_key, ''), f.title, "
    "coalesce(f.description, ''), f.severity, coalesce(f.area, '') FROM finding f LEFT JOIN module m ON m.id = f.module_id "
    "WHERE f.deleted = 0 ");

FindingRow mapFinding(const Statement& s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8)};
}

const QString kAssessmentSelect = QStringLiteral(
    "SELECT a.id, a.enterprise_id, a.template_id, m.code, t.version, coalesce(a.visit_id, ''), a.kind, a.assessed_on, a.status "
    "FROM assessment a JOIN checklist_template t ON t.id = a.template_id JOIN module m ON m.id = t.module_id WHERE a.deleted = 0 ");

AssessmentRow mapAssessment(const Statement& s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4)), s.text(5), s.text(6), date(s, 7), s.text(8)};
}

const QString kActionSelect = QStringLiteral(
    "SELECT a.id, a.enterprise_id, e.name, coalesce(a.module_id, ''), coalesce(m.code, ''), coalesce(a.visit_id, ''), "
    "coalesce(a.finding_id, ''), a.title, coalesce(a.area, ''), coalesce(a.root_cause, ''), coalesce(a.description, ''), "
    "coalesce(a.owner_id, ''), coalesce(o.full_name, ''), a.start_date, a.due_date, a.status, a.priority, a.cost, "
    "a.estimated_savings, a.verified_savings, coalesce(a.kpi_id, ''), coalesce(k.name, ''), a.kpi_before, a.kpi_after, "
    "a.approval, coalesce(a.approved_by, ''), coalesce(ap.full_name, ''), a.approval_date, coalesce(a.approval_comment, ''), "
    "a.completed_on FROM improvement_action a JOIN enterprise e ON e.id = a.enterprise_id "
    "LEFT JOIN module m ON m.id = a.module_id LEFT JOIN person o ON o.id = a.owner_id "
    "LEFT JOIN kpi_definition k ON k.id = a.kpi_id LEFT JOIN person ap ON ap.id = a.approved_by WHERE a.deleted = 0 ");

ActionRow mapAction(const Statement& s)
{
    ActionRow a;
    a.id = s.text(0);
    a.enterpriseId = s.text(1);
    a.enterpriseName = s.text(2);
    a.moduleId = s.text(3);
    a.moduleCode = s.text(4);
    a.visitId = s.text(5);
    a.findingId = s.text(6);
    a.title = s.text(7);
    a.area = s.text(8);
    a.rootCause = s.text(9);
    a.description = s.text(10);
    a.ownerId = s.text(11);
    a.ownerName = s.text(12);
    a.startDate = date(s, 13);
    a.dueDate = date(s, 14);
    a.status = s.text(15);
    a.priority = s.text(16);
    a.cost = optReal(s, 17);
    a.estimatedSavings = optReal(s, 18);
    a.verifiedSavings = optReal(s, 19);
    a.kpiId = s.text(20);
    a.kpiName = ContentTranslation::text(s.text(21));
    a.kpiBefore = optReal(s, 22);
    a.kpiAfter = optReal(s, 23);
    a.approval = s.text(24);
    a.approvedBy = s.text(25);
    a.approvedByName = s.text(26);
    a.approvalDate = date(s, 27);
    a.approvalComment = s.text(28);
    a.completedOn = date(s, 29);
    return a;
}
}  // namespace

Result<std::vector<CohortRow>> DomainQueries::cohorts()
{
    return rows<CohortRow>(
        *m_ws,
        QStringLiteral("SELECT c.id, c.name, co.code, co.name, coalesce(c.counterpart, ''), coalesce(c.sector, ''), c.start_date, "
                       "c.end_date, (SELECT count(*) FROM enterprise e WHERE e.cohort_id = c.id AND e.deleted = 0), "
                       "c.archived_on IS NOT NULL, coalesce(c.region, '') "
                       "FROM cohort c JOIN country co ON co.id = c.country_id WHERE c.deleted = 0 ORDER BY c.start_date DESC, c.name"),
        {}, [](const Statement& s) {
            return CohortRow{s.text(0),         s.text(1),  s.text(2),
                             s.text(3),         s.text(4),  s.text(5),
                             date(s, 6),        date(s, 7), static_cast<int>(s.integer(8)),
                             s.integer(9) != 0, s.text(10)};
        });
}

Result<std::vector<EnterpriseRow>> DomainQueries::enterprises(const QString& cohortId, const QDate& today)
{
    const QString day = (today.isValid() ? today : m_ws->clock().today()).toString(Qt::ISODate);
    if (cohortId.isEmpty())
        return rows<EnterpriseRow>(*m_ws, kEnterpriseSelect + QStringLiteral("ORDER BY e.name COLLATE NOCASE, e.id"), {day},
                                   mapCountedEnterprise);
    return rows<EnterpriseRow>(*m_ws, kEnterpriseSelect + QStringLiteral("AND e.cohort_id = ?2 ORDER BY e.name COLLATE NOCASE, e.id"),
                               {day, cohortId}, mapCountedEnterprise);
}

Result<std::vector<EnterpriseListRow>> DomainQueries::enterpriseList()
{
    return rows<EnterpriseListRow>(
        *m_ws,
        QStringLiteral("SELECT e.id, e.name, e.cohort_id, coalesce(c.name, ''), co.name, co.currency, co.locale, e.sector, "
                       "coalesce(e.city, ''), e.employees_total, e.women, e.archived_on IS NOT NULL OR c.archived_on IS NOT NULL "
                       "FROM enterprise e JOIN country co ON co.id = e.country_id LEFT JOIN cohort c ON c.id = e.cohort_id "
                       "WHERE e.deleted = 0 ORDER BY e.name COLLATE NOCASE, e.id"),
        {}, [](const Statement& s) {
            return EnterpriseListRow{s.text(0), s.text(1), s.text(2),    s.text(3),     s.text(4), s.text(5),         s.text(6),
                                     s.text(7), s.text(8), optInt(s, 9), optInt(s, 10), {},        s.integer(11) != 0};
        });
}

Result<QHash<QString, EnterpriseCounts>> DomainQueries::enterpriseCounts(Database& db, const QDate& today)
{
    const QString sql = QStringLiteral("SELECT e.id, ") + kEnterpriseCounts + QStringLiteral("FROM enterprise e WHERE e.deleted = 0");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, today.toString(Qt::ISODate));
    QHash<QString, EnterpriseCounts> counts;
    while (stmt->next())
        counts.insert(stmt->text(0), mapCounts(*stmt, 1));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return counts;
}

Result<EnterpriseRow> DomainQueries::enterprise(const QString& id, const QDate& today)
{
    const QString day = (today.isValid() ? today : m_ws->clock().today()).toString(Qt::ISODate);
    return single(rows<EnterpriseRow>(*m_ws, kEnterpriseSelect + QStringLiteral("AND e.id = ?2"), {day, id}, mapCountedEnterprise),
                  DomainQueriesTr::tr("enterprise"));
}

Result<QString> DomainQueries::firstEnterpriseId()
{
    auto stmt = m_ws->db().prepare(u"SELECT id FROM enterprise WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id LIMIT 1");
    if (!stmt)
        return stmt.error();
    QString id;
    if (stmt->next())
        id = stmt->text(0);
    if (!stmt->ok())
        return Error::io(stmt->error());
    return id;
}

Result<std::vector<EitMemberRow>> DomainQueries::eitMembers(const QString& enterpriseId)
{
    return rows<EitMemberRow>(
        *m_ws,
        QStringLiteral("SELECT m.id, m.person_id, p.full_name, p.gender, coalesce(p.job_title, ''), m.side, m.employment, m.eit_role, "
                       "m.joined_on, m.left_on FROM eit_member m JOIN person p ON p.id = m.person_id "
                       "WHERE m.enterprise_id = ?1 AND m.deleted = 0 AND p.deleted = 0 "
                       "ORDER BY CASE m.eit_role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, m.side, p.full_name"),
        {enterpriseId}, [](const Statement& s) {
            return EitMemberRow{s.text(0), s.text(1), s.text(2), s.text(3),  s.text(4),
                                s.text(5), s.text(6), s.text(7), date(s, 8), date(s, 9)};
        });
}

Result<std::vector<PersonRow>> DomainQueries::people(const QString& enterpriseId)
{
    const QString filter = enterpriseId.isEmpty() ? QStringLiteral("enterprise_id IS NULL AND ?1 = ''")
                                                  : QStringLiteral("enterprise_id = ?1");
    return rows<PersonRow>(*m_ws,
                           QStringLiteral("SELECT id, full_name, gender, role, coalesce(job_title, ''), coalesce(enterprise_id, '') "
                                          "FROM person WHERE deleted = 0 AND %1 ORDER BY full_name")
                               .arg(filter),
                           {enterpriseId}, [](const Statement& s) {
                               return PersonRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {}, false};
                           });
}

Result<std::vector<PersonRow>> DomainQueries::counsellors()
{
    return rows<PersonRow>(
        *m_ws,
        QStringLiteral("SELECT id, full_name, gender, role, coalesce(job_title, ''), '' FROM person "
                       "WHERE deleted = 0 AND role IN ('counsellor', 'expert_trainer') ORDER BY full_name"),
        {}, [](const Statement& s) { return PersonRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {}, false}; });
}

Result<std::vector<PersonRow>> DomainQueries::everyone()
{
    return rows<PersonRow>(
        *m_ws,
        QStringLiteral("SELECT p.id, p.full_name, p.gender, p.role, coalesce(p.job_title, ''), coalesce(p.enterprise_id, ''), "
                       "coalesce(e.name, ''), p.archived_on IS NOT NULL FROM person p "
                       "LEFT JOIN enterprise e ON e.id = p.enterprise_id WHERE p.deleted = 0 ORDER BY p.full_name, p.id"),
        {}, [](const Statement& s) {
            return PersonRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.integer(7) != 0};
        });
}

Result<std::vector<VisitRow>> DomainQueries::visits(const QString& enterpriseId)
{
    return rows<VisitRow>(*m_ws, kVisitSelect + QStringLiteral("AND v.enterprise_id = ?1 ORDER BY v.visit_date DESC, v.id DESC"),
                          {enterpriseId}, mapVisit);
}

Result<VisitRow> DomainQueries::visit(const QString& id)
{
    return single(rows<VisitRow>(*m_ws, kVisitSelect + QStringLiteral("AND v.id = ?1"), {id}, mapVisit), DomainQueriesTr::tr("visit"));
}

Result<std::vector<FindingRow>> DomainQueries::findings(const QString& visitId)
{
    return rows<FindingRow>(*m_ws, kFindingSelect + QStringLiteral("AND f.visit_id = ?1 ORDER BY f.id"), {visitId}, mapFinding);
}

Result<std::vector<FindingRow>> DomainQueries::enterpriseFindings(const QString& enterpriseId)
{
    return rows<FindingRow>(*m_ws, kFindingSelect + QStringLiteral("AND f.enterprise_id = ?1 ORDER BY f.id"), {enterpriseId}, mapFinding);
}

Result<std::vector<AttachmentRow>> DomainQueries::attachments(const QString& ownerKind, const QString& ownerId)
{
    return rows<AttachmentRow>(*m_ws,
                               QStringLiteral("SELECT id, owner_kind, owner_id, sha256, mime_type, size, coalesce(file_name, ''), "
                                              "coalesce(caption, ''), taken_on FROM attachment WHERE deleted = 0 AND owner_kind = ?1 "
                                              "AND owner_id = ?2 ORDER BY created_at, id"),
                               {ownerKind, ownerId}, [](const Statement& s) {
                                   return AttachmentRow{s.text(0),    s.text(1), s.text(2), s.text(3), s.text(4),
                                                        s.integer(5), s.text(6), s.text(7), date(s, 8)};
                               });
}

Result<std::vector<AssessmentRow>> DomainQueries::assessments(const QString& enterpriseId, const QString& moduleCode)
{
    if (moduleCode.isEmpty())
        return rows<AssessmentRow>(*m_ws, kAssessmentSelect + QStringLiteral("AND a.enterprise_id = ?1 ORDER BY a.assessed_on, a.id"),
                                   {enterpriseId}, mapAssessment);
    return rows<AssessmentRow>(*m_ws,
                               kAssessmentSelect + QStringLiteral("AND a.enterprise_id = ?1 AND m.code = ?2 ORDER BY a.assessed_on, a.id"),
                               {enterpriseId, moduleCode}, mapAssessment);
}

Result<std::vector<AssessmentRow>> DomainQueries::visitAssessments(const QString& visitId)
{
    return rows<AssessmentRow>(*m_ws, kAssessmentSelect + QStringLiteral("AND a.visit_id = ?1 ORDER BY a.assessed_on, a.id"), {visitId},
                               mapAssessment);
}

Result<AssessmentRow> DomainQueries::assessment(const QString& id)
{
    return single(rows<AssessmentRow>(*m_ws, kAssessmentSelect + QStringLiteral("AND a.id = ?1"), {id}, mapAssessment),
                  DomainQueriesTr::tr("assessment"));
}

Result<QHash<QString, ResponseRow>> DomainQueries::responses(const QString& assessmentId)
{
    auto list = rows<ResponseRow>(*m_ws,
                                  QStringLiteral("SELECT id, item_id, item_key, coalesce(answer, ''), coalesce(comment, '') FROM response "
                                                 "WHERE assessment_id = ?1 AND deleted = 0"),
                                  {assessmentId}, [](const Statement& s) {
                                      return ResponseRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
                                  });
    if (!list)
        return list.error();
    QHash<QString, ResponseRow> byKey;
    for (ResponseRow& r : *list)
        byKey.insert(r.itemKey, std::move(r));
    return byKey;
}

Result<std::optional<AssessmentRow>> DomainQueries::previousAssessment(const AssessmentRow& current)
{
    auto list = rows<AssessmentRow>(*m_ws,
                                    kAssessmentSelect
                                        + QStringLiteral("AND a.enterprise_id = ?1 AND m.code = ?2 AND a.id <> ?3 AND "
                                                         "(a.assessed_on < ?4 OR (a.assessed_on = ?4 AND a.id < ?3)) "
                                                         "ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1"),
                                    {current.enterpriseId, current.moduleCode, current.id, current.date.toString(Qt::ISODate)},
                                    mapAssessment);
    if (!list)
        return list.error();
    if (list->empty())
        return std::optional<AssessmentRow>();
    return std::optional<AssessmentRow>(list->front());
}

Result<std::vector<ActionRow>> DomainQueries::actions(const QString& enterpriseId)
{
    if (enterpriseId.isEmpty())
        return rows<ActionRow>(*m_ws, kActionSelect + QStringLiteral("ORDER BY a.due_date IS NULL, a.due_date, a.title"), {}, mapAction);
    return rows<ActionRow>(*m_ws,
                           kActionSelect + QStringLiteral("AND a.enterprise_id = ?1 ORDER BY a.due_date IS NULL, a.due_date, a.title"),
                           {enterpriseId}, mapAction);
}

Result<ActionRow> DomainQueries::action(const QString& id)
{
    return single(rows<ActionRow>(*m_ws, kActionSelect + QStringLiteral("AND a.id = ?1"), {id}, mapAction),
                  DomainQueriesTr::tr("improvement action"));
}

Result<std::vector<ActionRow>> DomainQueries::visitActions(const QString& visitId)
{
    return rows<ActionRow>(*m_ws, kActionSelect + QStringLiteral("AND a.visit_id = ?1 ORDER BY a.due_date, a.title"), {visitId}, mapAction);
}

Result<std::vector<KpiReadingRow>> DomainQueries::kpiReadings(const QString& enterpriseId)
{
    return rows<KpiReadingRow>(*m_ws,
                               QStringLiteral("SELECT id, enterprise_id, kpi_id, period, kind, value, numerator, denominator, "
                                              "coalesce(note, ''), coalesce(source, '') FROM kpi_reading WHERE enterprise_id = ?1 "
                                              "AND deleted = 0 ORDER BY kpi_id, period"),
                               {enterpriseId}, [](const Statement& s) {
                                   return KpiReadingRow{s.text(0), s.text(1),     s.text(2),     s.text(3), s.text(4),
                                                        s.real(5), optReal(s, 6), optReal(s, 7), s.text(8), s.text(9)};
                               });
}

Result<std::vector<ModuleReportRow>> DomainQueries::moduleReports(const QString& enterpriseId)
{
    return rows<ModuleReportRow>(
        *m_ws,
        QStringLiteral(
            "SELECT r.id, r.enterprise_id, m.code, coalesce(c.full_name, ''), r.period_start, r.period_end, coalesce(r.summary, ''), "
            "r.status, r.submitted_on, coalesce(t.full_name, ''), coalesce(r.review_comment, ''), r.reviewed_on "
            "FROM module_report r JOIN module m ON m.id = r.module_id LEFT JOIN person c ON c.id = r.counsellor_id "
            "LEFT JOIN person t ON t.id = r.reviewer_id WHERE r.enterprise_id = ?1 AND r.deleted = 0 ORDER BY m.number, r.period_end"),
        {enterpriseId}, [](const Statement& s) {
            return ModuleReportRow{s.text(0), s.text(1), s.text(2),  s.text(3), date(s, 4), date(s, 5),
                                   s.text(6), s.text(7), date(s, 8), s.text(9), s.text(10), date(s, 11)};
        });
}

Result<std::vector<SuggestionRow>> DomainQueries::suggestions(const QString& enterpriseId)
{
    return rows<SuggestionRow>(
        *m_ws,
        QStringLiteral("SELECT id, enterprise_id, submitted_on, coalesce(submitter_gender, ''), category, text, status, "
                       "implemented_on, coalesce(benefit, ''), estimated_saving FROM suggestion "
                       "WHERE enterprise_id = ?1 AND deleted = 0 ORDER BY submitted_on DESC, id"),
        {enterpriseId}, [](const Statement& s) {
            return SuggestionRow{s.text(0), s.text(1), date(s, 2), s.text(3), s.text(4),
                                 s.text(5), s.text(6), date(s, 7), s.text(8), optReal(s, 9)};
        });
}

Result<std::vector<HazardRow>> DomainQueries::hazards(const QString& enterpriseId)
{
    return rows<HazardRow>(
        *m_ws,
        QStringLiteral("SELECT h.id, h.enterprise_id, h.location, h.hazard, coalesce(h.consequence, ''), h.likelihood, "
                       "h.severity, coalesce(h.control, ''), coalesce(h.control_type, ''), coalesce(p.full_name, ''), "
                       "h.identified_on, h.due_date, h.closed_on, h.status FROM hazard h LEFT JOIN person p ON p.id = h.owner_id "
                       "WHERE h.enterprise_id = ?1 AND h.deleted = 0 ORDER BY h.likelihood * h.severity DESC, h.id"),
        {enterpriseId}, [](const Statement& s) {
            return HazardRow{s.text(0),
                             s.text(1),
                             s.text(2),
                             s.text(3),
                             s.text(4),
                             static_cast<int>(s.integer(5)),
                             static_cast<int>(s.integer(6)),
                             s.text(7),
                             s.text(8),
                             s.text(9),
                             date(s, 10),
                             date(s, 11),
                             date(s, 12),
                             s.text(13)};
        });
}

}  // namespace score
