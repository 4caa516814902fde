#include "demo/EditSimulator.h"

#include "demo/DemoImages.h"
#include "demo/DemoRandom.h"
#include "domain/NaturalIds.h"
#include "storage/BlobStore.h"
#include "storage/ContentQueries.h"

#include <QCoreApplication>

namespace score {

namespace {
struct EditSimulatorTr {
    Q_DECLARE_TR_FUNCTIONS(score::EditSimulator)
};

const EntitySpec& spec(const char* name) { return *EntitySchema::instance().entity(QLatin1String(name)); }

class Simulator {
public:
    Simulator(Workspace& ws, const SimulationOptions& options)
        : m_ws(&ws), m_random(options.seed * 0xD1B54A32D192ED03ULL + 11), m_editor(ws), m_blobs(ws)
    {
        if (options.observer)
            m_editor.setObserver(options.observer);
    }

    Status prepare();
    Status step();
    SimulationSummary summary;

private:
    QString sample(const char* entity, bool deleted = false)
    {
        auto id = m_ws->store().sample(spec(entity), m_random.next(), deleted);
        return id ? *id : QString();
    }
    QString field(const char* entity, const QString& id, const char* field)
    {
        auto state = m_ws->store().load(spec(entity), id);
        if (!state || !state->has_value())
            return {};
        const auto* s = std::get_if<QString>(&(*state)->value(QLatin1String(field)));
        return s ? *s : QString();
    }
    QString newId() { return uuidText(timeOrderedUuid(m_ws->clock().nowMs(), m_random.next(), m_random.next())); }
    Status count(const char* entity, int& counter)
    {
        ++counter;
        ++summary.perEntity[QString::fromLatin1(entity)];
        return {};
    }
    QString anyEnterprise() { return sample("enterprise"); }

    Status editAction();
    Status answerChecklist();
    Status recordKpi();
    Status addFinding();
    Status editEitMember();
    Status addPhoto();
    Status deleteSomething();
    Status restoreSomething();
    Status addVisit();
    Status editEnterprise();
    Status addSuggestion();

    Workspace* m_ws;
    DemoRandom m_random;
    RecordEditor m_editor;
    BlobStore m_blobs;
    std::vector<TemplateInfo> m_templates;
    std::vector<KpiInfo> m_kpis;
};

Status Simulator::prepare()
{
    auto templates = loadTemplates(*m_ws);
    if (!templates)
        return templates.error();
    m_templates = std::move(*templates);
    auto kpis = loadKpis(*m_ws);
    if (!kpis)
        return kpis.error();
    m_kpis = std::move(*kpis);
    if (!anyEnterprise().isEmpty())
        return {};
    // An empty workspace: start with one cohort and one enterprise to edit.
    return inTransaction(*m_ws, [&]() -> Status {
        auto cohort = m_editor.create(
            u"cohort",
            {{QStringLiteral("name"), QStringLiteral("Simulation cohort")}, {QStringLiteral("country_id"), naturalid::country(u"GH")}},
            newId());
        if (!cohort)
            return cohort.error();
        auto e = m_editor.create(u"enterprise",
                                 {{QStringLiteral("name"), QStringLiteral("Asante Food Processing Ltd")},
                                  {QStringLiteral("cohort_id"), *cohort},
                                  {QStringLiteral("country_id"), naturalid::country(u"GH")},
                                  {QStringLiteral("sector"), QStringLiteral("food_processing")},
                                  {QStringLiteral("employees_total"), qint64(120)}},
                                 newId());
        if (!e)
            return e.error();
        summary.creates += 2;
        return {};
    });
}

Status Simulator::step()
{
    const int kind = m_random.weighted({24, 18, 14, 8, 6, 4, 6, 3, 3, 5, 5});
    return inTransaction(*m_ws, [&]() -> Status {
        switch (kind) {
        case 0: return editAction();
        case 1: return answerChecklist();
        case 2: return recordKpi();
        case 3: return addFinding();
        case 4: return editEitMember();
        case 5: return addPhoto();
        case 6: return deleteSomething();
        case 7: return restoreSomething();
        case 8: return addVisit();
        case 9: return editEnterprise();
        default: return addSuggestion();
        }
    });
}

Status Simulator::editAction()
{
    const QString id = sample("improvement_action");
    if (id.isEmpty())
        return addFinding();
    static const QStringList statuses = {QStringLiteral("proposed"), QStringLiteral("approved"), QStringLiteral("in_progress"),
                                         QStringLiteral("done"), QStringLiteral("dropped")};
    FieldValues changes;
    switch (m_random.range(0, 4)) {
    case 0: changes = {{QStringLiteral("status"), m_random.pick(statuses)}}; break;
    case 1: {
        // A counsellor moves a due date, never before the action started (the rules refuse that).
        QDate due = m_ws->clock().today().addDays(m_random.range(-20, 90));
        const QDate start = QDate::fromString(field("improvement_action", id, "start_date"), Qt::ISODate);
        if (start.isValid() && due < start)
            due = start;
        changes = {{QStringLiteral("due_date"), due.toString(Qt::ISODate)}};
        break;
    }
    case 2: changes = {{QStringLiteral("priority"), m_random.chance(0.5) ? QStringLiteral("high") : QStringLiteral("low")}}; break;
    case 3:
        changes = {{QStringLiteral("cost"), std::round(m_random.uniform(0, 2000))},
                   {QStringLiteral("estimated_savings"), std::round(m_random.uniform(0, 5000))}};
        break;
    default:
        changes = {
            {QStringLiteral("approval"), m_random.chance(0.7) ? QStringLiteral("approved") : QStringLiteral("returned")},
            {QStringLiteral("approval_comment"), EditSimulatorTr::tr("Reviewed on the shop floor (note %1).").arg(m_random.range(1, 999))}};
    }
    SCORE_TRY(m_editor.update(u"improvement_action", id, changes));
    return count("improvement_action", summary.updates);
}

Status Simulator::answerChecklist()
{
    const QString assessment = sample("assessment");
    if (assessment.isEmpty())
        return addVisit();
    const QString templateId = field("assessment", assessment, "template_id");
    const TemplateInfo* t = nullptr;
    for (const TemplateInfo& info : m_templates)
        if (info.id == templateId)
            t = &info;
    if (!t || t->sections.empty())
        return {};
    const auto& section = m_random.pick(t->sections);
    if (section.items.empty())
        return {};
    const TemplateItemInfo& item = m_random.pick(section.items);
    QString answer;
    if (item.responseType == u"ynp")
        answer = std::array{QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no"),
                            QStringLiteral("na")}[static_cast<size_t>(m_random.range(0, 3))];
    else if (item.responseType == u"scale5")
        answer = QString::number(m_random.range(1, 5));
    else if (item.responseType == u"number")
        answer = QString::number(m_random.range(0, 40));
    else
        answer = EditSimulatorTr::tr("Observed during the walk-through (%1).").arg(m_random.range(1, 99));
    FieldValues values = {{QStringLiteral("assessment_id"), assessment},
                          {QStringLiteral("item_id"), item.id},
                          {QStringLiteral("item_key"), item.key},
                          {QStringLiteral("answer"), answer}};
    if (m_random.chance(0.3))
        values.push_back({QStringLiteral("comment"), EditSimulatorTr::tr("Checked with the supervisor (%1).").arg(m_random.range(1, 99))});
    const QString id = naturalid::response(assessment, item.key);
    const bool existed = *m_ws->store().exists(spec("response"), id, false);
    if (existed && !*m_ws->store().exists(spec("response"), id, true))
        return {};
    auto put = m_editor.put(u"response", id, values);
    if (!put)
        return put.error();
    return count("response", existed ? summary.updates : summary.creates);
}

Status Simulator::recordKpi()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty() || m_kpis.empty())
        return {};
    const KpiInfo& kpi = m_random.pick(m_kpis);
    const QString period = m_ws->clock().today().addMonths(-m_random.range(1, 6)).toString(QStringLiteral("yyyy-MM"));
    const QString id = naturalid::kpiReading(enterprise, kpi.id, period);
    const bool existed = *m_ws->store().exists(spec("kpi_reading"), id, false);
    if (existed && !*m_ws->store().exists(spec("kpi_reading"), id, true))
        return {};
    auto put = m_editor.put(
        u"kpi_reading", id,
        {{QStringLiteral("enterprise_id"), enterprise},
         {QStringLiteral("kpi_id"), kpi.id},
         {QStringLiteral("period"), period},
         {QStringLiteral("kind"), QStringLiteral("follow_up")},
         // As precise as the KPI is read: counts are whole numbers.
         {QStringLiteral("value"), std::round(m_random.uniform(0, 100) * std::pow(10.0, kpi.decimals)) / std::pow(10.0, kpi.decimals)}});
    if (!put)
        return put.error();
    return count("kpi_reading", existed ? summary.updates : summary.creates);
}

Status Simulator::addFinding()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty())
        return {};
    auto finding = m_editor.create(
        u"finding",
        {{QStringLiteral("enterprise_id"), enterprise},
         {QStringLiteral("title"), EditSimulatorTr::tr("Walkway blocked near line %1").arg(m_random.range(1, 9))},
         {QStringLiteral("severity"), m_random.chance(0.5) ? QStringLiteral("medium") : QStringLiteral("high")}},
        newId());
    if (!finding)
        return finding.error();
    SCORE_TRY(count("finding", summary.creates));
    auto action = m_editor.create(
        u"improvement_action",
        {{QStringLiteral("enterprise_id"), enterprise},
         {QStringLiteral("finding_id"), *finding},
         {QStringLiteral("title"), EditSimulatorTr::tr("Mark and clear walkway %1").arg(m_random.range(1, 9))},
         {QStringLiteral("due_date"), m_ws->clock().today().addDays(m_random.range(7, 60)).toString(Qt::ISODate)}},
        newId());
    if (!action)
        return action.error();
    return count("improvement_action", summary.creates);
}

Status Simulator::editEitMember()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty())
        return {};
    const QString member = sample("eit_member");
    if (!member.isEmpty() && m_random.chance(0.5)) {
        SCORE_TRY(m_editor.update(
            u"eit_member", member,
            {{QStringLiteral("eit_role"), m_random.chance(0.3) ? QStringLiteral("secretary") : QStringLiteral("member")},
             {QStringLiteral("employment"), m_random.chance(0.2) ? QStringLiteral("temporary") : QStringLiteral("permanent")}}));
        return count("eit_member", summary.updates);
    }
    auto person = m_editor.create(u"person",
                                  {{QStringLiteral("full_name"), EditSimulatorTr::tr("Worker %1").arg(m_random.range(100, 999))},
                                   {QStringLiteral("gender"), m_random.chance(0.5) ? QStringLiteral("female") : QStringLiteral("male")},
                                   {QStringLiteral("role"), QStringLiteral("worker")},
                                   {QStringLiteral("enterprise_id"), enterprise}},
                                  newId());
    if (!person)
        return person.error();
    SCORE_TRY(count("person", summary.creates));
    auto m = m_editor.create(u"eit_member",
                             {{QStringLiteral("enterprise_id"), enterprise},
                              {QStringLiteral("person_id"), *person},
                              {QStringLiteral("side"), QStringLiteral("worker")},
                              {QStringLiteral("joined_on"), m_ws->clock().today().toString(Qt::ISODate)}},
                             naturalid::eitMember(enterprise, *person));
    if (!m)
        return m.error();
    return count("eit_member", summary.creates);
}

Status Simulator::addPhoto()
{
    QString owner = sample("finding");
    QString kind = QStringLiteral("finding");
    if (owner.isEmpty()) {
        owner = anyEnterprise();
        kind = QStringLiteral("enterprise");
    }
    if (owner.isEmpty())
        return {};
    const QByteArray png = generateEvidencePhoto(m_random.next(), 160, 120);
    auto hash = m_blobs.put(png);
    if (!hash)
        return hash.error();
    auto a = m_editor.create(u"attachment",
                             {{QStringLiteral("owner_kind"), kind},
                              {QStringLiteral("owner_id"), owner},
                              {QStringLiteral("sha256"), *hash},
                              {QStringLiteral("mime_type"), evidencePhotoMimeType(png)},
                              {QStringLiteral("size"), qint64(png.size())},
                              {QStringLiteral("caption"), EditSimulatorTr::tr("Photo %1").arg(m_random.range(1, 999))}},
                             newId());
    if (!a)
        return a.error();
    return count("attachment", summary.creates);
}

Status Simulator::deleteSomething()
{
    static const char* kinds[] = {"improvement_action", "finding", "suggestion", "kpi_reading", "attachment", "visit", "eit_member"};
    const char* kind = kinds[m_random.range(0, 6)];
    const QString id = sample(kind);
    if (id.isEmpty())
        return {};
    SCORE_TRY(m_editor.remove(QString::fromLatin1(kind), id));
    return count(kind, summary.deletes);
}

Status Simulator::restoreSomething()
{
    static const char* kinds[] = {"improvement_action", "finding", "suggestion", "visit"};
    const char* kind = kinds[m_random.range(0, 3)];
    const QString id = sample(kind, true);
    if (id.isEmpty())
        return {};
    SCORE_TRY(m_editor.restore(QString::fromLatin1(kind), id));
    return count(kind, summary.restores);
}

Status Simulator::addVisit()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty() || m_templates.empty())
        return {};
    const TemplateInfo& t = m_random.pick(m_templates);
    const QString date = m_ws->clock().today().addDays(-m_random.range(0, 30)).toString(Qt::ISODate);
    auto v = m_editor.create(u"visit",
                             {{QStringLiteral("enterprise_id"), enterprise},
                              {QStringLiteral("module_id"), t.moduleId},
                              {QStringLiteral("type"), QStringLiteral("factory_visit")},
                              {QStringLiteral("visit_date"), date},
                              {QStringLiteral("participants_women"), qint64(m_random.range(0, 5))},
                              {QStringLiteral("participants_men"), qint64(m_random.range(0, 5))}},
                             newId());
    if (!v)
        return v.error();
    SCORE_TRY(count("visit", summary.creates));
    auto a = m_editor.create(u"assessment",
                             {{QStringLiteral("enterprise_id"), enterprise},
                              {QStringLiteral("template_id"), t.id},
                              {QStringLiteral("visit_id"), *v},
                              {QStringLiteral("assessed_on"), date}},
                             newId());
    if (!a)
        return a.error();
    return count("assessment", summary.creates);
}

Status Simulator::editEnterprise()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty())
        return {};
    FieldValues changes;
    if (m_random.chance(0.5)) {
        // A new headcount, never below the women, men, permanent or temporary staff counted.
        qint64 employees = m_random.range(50, 250);
        if (auto state = m_ws->store().load(spec("enterprise"), enterprise); state && state->has_value())
            for (const char* part : {"women", "men", "permanent_staff", "temporary_staff"})
                if (const auto* n = std::get_if<qint64>(&(*state)->value(QLatin1String(part))))
                    employees = std::max(employees, *n);
        changes = {{QStringLiteral("employees_total"), employees}};
    } else
        changes = {{QStringLiteral("contact_phone"), QStringLiteral("+233 %1").arg(m_random.range(100000, 999999))}};
    SCORE_TRY(m_editor.update(u"enterprise", enterprise, changes));
    return count("enterprise", summary.updates);
}

Status Simulator::addSuggestion()
{
    const QString enterprise = anyEnterprise();
    if (enterprise.isEmpty())
        return {};
    auto s = m_editor.create(
        u"suggestion",
        {{QStringLiteral("enterprise_id"), enterprise},
         {QStringLiteral("submitted_on"), m_ws->clock().today().toString(Qt::ISODate)},
         {QStringLiteral("category"), QStringLiteral("safety")},
         {QStringLiteral("text"), EditSimulatorTr::tr("Put a mirror at the corner of aisle %1.").arg(m_random.range(1, 9))}},
        newId());
    if (!s)
        return s.error();
    return count("suggestion", summary.creates);
}
}  // namespace

Result<SimulationSummary> simulateEdits(Workspace& ws, const SimulationOptions& options)
{
    if (options.count < 0)
        return Error::invalid(EditSimulatorTr::tr("The number of edits cannot be negative."));
    Simulator simulator(ws, options);
    SCORE_TRY(simulator.prepare());
    for (int i = 0; i < options.count; ++i)
        SCORE_TRY(simulator.step());
    return simulator.summary;
}

}  // namespace score
