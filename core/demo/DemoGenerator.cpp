#include "demo/DemoGenerator.h"

#include "content/ContentCatalogue.h"
#include "demo/DemoKpiHistory.h"
#include "demo/DemoModuleBuilder.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlan.h"
#include "demo/DemoWorkplace.h"
#include "demo/DemoWriter.h"
#include "domain/NaturalIds.h"
#include "storage/DomainQueries.h"

#include <algorithm>
#include <cmath>

namespace score {

namespace {
using namespace demo;

// The demo's timeline: cohorts spread over the years asked for, each with its staff and
// enterprises, each enterprise with its people, its modules in the cohort's order, and yearly
// follow-ups once the programme is over. The builders it holds write the rest.
class DemoBuilder {
public:
    DemoBuilder(Workspace& ws, const DemoOptions& options, DemoPhrases phrases, DemoProgramme programme)
        : m_ws(&ws), m_options(options), m_run(options.seed, options.anchor, options.photos, std::move(phrases), std::move(programme)),
          m_writer(ws, m_run.random, options.progress), m_people(m_run, m_writer), m_kpiHistory(m_run, m_writer),
          m_workplace(m_run, m_writer), m_modules(m_run, m_writer, m_people, m_kpiHistory, m_workplace)
    {
    }

    Result<DemoSummary> run();
    void setTypicalBaseline(const QString& kpiCode, double value) { m_kpiHistory.setTypicalBaseline(kpiCode, value); }

private:
    void buildCohort(int index, int size, const QDate& start);
    void buildEnterprise(CohortPlan& cohort, EnterprisePlan& e);

    Workspace* m_ws;
    DemoOptions m_options;
    DemoRun m_run;
    DemoWriter m_writer;
    DemoPeople m_people;
    DemoKpiHistory m_kpiHistory;
    DemoWorkplace m_workplace;
    DemoModuleBuilder m_modules;
    QHash<QString, Person> m_programmeStaff;  // one national programme officer per country
    QHash<QString, QStringList> m_companyDeck;
};

Result<DemoSummary> DemoBuilder::run()
{
    auto templates = loadTemplates(*m_ws);
    if (!templates)
        return templates.error();
    m_run.templates = std::move(*templates);
    auto kpis = loadKpis(*m_ws);
    if (!kpis)
        return kpis.error();
    m_run.kpis = std::move(*kpis);
    auto modules = loadModules(*m_ws);
    if (!modules)
        return modules.error();
    for (const ModuleInfo& m : *modules)
        m_run.moduleIds.insert(m.code, m.id);
    for (const char* code : {"WC", "QM", "CP", "WM", "OSH"})
        if (!m_run.moduleIds.contains(QLatin1String(code)))
            return Error::failed(DemoGeneratorTr::tr("The workspace lacks the SCORE module %1; the demo needs the five core modules.")
                                     .arg(QLatin1String(code)));

    const int n = std::max(1, m_options.enterprises);
    const int years = std::max(1, m_options.years);
    m_run.photoChance = n > 60 ? 0.04 : 0.35;
    m_writer.setExpected(static_cast<qint64>(n) * (600 + 1650 * std::min(years, 10) / 10 * (years > 1 ? 1 : 0)));
    const QDate start = m_run.anchor.addYears(-years);
    DemoSummary& summary = m_writer.summary();
    summary.from = start;
    summary.to = m_run.anchor;

    // Cohorts of 10 to 15 enterprises (fewer only when the demo is smaller than that).
    int cohorts = std::max(1, static_cast<int>(std::lround(n / 12.5)));
    while (cohorts > 1 && n / cohorts < 10)
        --cohorts;
    while (n / cohorts > 15)
        ++cohorts;
    const int programmeDays = 330;
    const int span = std::max(0, years * 365 - programmeDays + 40);
    int assigned = 0;
    for (int i = 0; i < cohorts && !m_writer.failed(); ++i) {
        const int size = n / cohorts + (i < n % cohorts ? 1 : 0);
        const QDate cohortStart = start.addDays(15 + (cohorts > 1 ? static_cast<qint64>(span) * i / cohorts : 0));
        buildCohort(i, size, cohortStart);
        assigned += size;
    }
    if (m_writer.failed())
        return m_writer.status().error();
    summary.cohorts = cohorts;
    summary.enterprises = assigned;
    return summary;
}

void DemoBuilder::buildCohort(int index, int size, const QDate& start)
{
    CohortPlan cohort;
    cohort.country = m_run.programme.cohortCountries[static_cast<int>((m_options.seed - 1 + static_cast<quint64>(index))
                                                                      % static_cast<quint64>(m_run.programme.cohortCountries.size()))];
    m_run.country = cohort.country;
    m_run.localRate = m_run.programme.usdRate(cohort.country);
    cohort.sector = m_run.random.pick(m_run.programme.sectorsOf(cohort.country));
    cohort.start = start;
    const CountryPhrases& country = m_run.phrases.countries[cohort.country];
    const QString region = m_run.random.pick(country.regions);

    if (!m_programmeStaff.contains(cohort.country))
        m_programmeStaff.insert(
            cohort.country,
            m_people.makePerson(cohort.country, m_run.random.chance(0.5) ? QStringLiteral("female") : QStringLiteral("male"),
                                QStringLiteral("programme_staff"), {}, QStringLiteral("National programme officer"), start.addDays(-60)));
    cohort.trainer = m_people.makePerson(cohort.country, m_run.random.chance(0.5) ? QStringLiteral("female") : QStringLiteral("male"),
                                         QStringLiteral("expert_trainer"), {}, QStringLiteral("Expert trainer"), start.addDays(-45));
    for (int c = 0; c < 2; ++c)
        cohort.counsellors.push_back(m_people.makePerson(cohort.country, c == 0 ? QStringLiteral("female") : QStringLiteral("male"),
                                                         QStringLiteral("counsellor"), {}, QStringLiteral("SCORE counsellor"),
                                                         start.addDays(-45)));

    const QString name = QStringLiteral("%1 %2 cohort %3").arg(region, m_run.programme.shortName(cohort.sector)).arg(start.year());
    cohort.id = m_writer.create(
        u"cohort",
        {{QStringLiteral("name"), name},
         {QStringLiteral("country_id"), naturalid::country(cohort.country)},
         {QStringLiteral("counterpart"), country.counterpart},
         {QStringLiteral("sector"), cohort.sector},
         {QStringLiteral("start_date"), iso(start)},
         {QStringLiteral("end_date"), iso(start.addDays(330))},
         {QStringLiteral("notes"), DemoGeneratorTr::tr("Classroom sessions at %1's training centre; counselling visits after each module.")
                                       .arg(country.counterpart)}},
        at(start.addDays(-40)), m_programmeStaff[cohort.country].name);
    m_writer.create(u"cohort_trainer",
                    {{QStringLiteral("cohort_id"), cohort.id},
                     {QStringLiteral("person_id"), cohort.trainer.id},
                     {QStringLiteral("role"), QStringLiteral("lead_trainer")}},
                    at(start.addDays(-40)), m_programmeStaff[cohort.country].name, naturalid::cohortTrainer(cohort.id, cohort.trainer.id));
    for (const Person& c : cohort.counsellors)
        m_writer.create(u"cohort_trainer",
                        {{QStringLiteral("cohort_id"), cohort.id},
                         {QStringLiteral("person_id"), c.id},
                         {QStringLiteral("role"), QStringLiteral("counsellor")}},
                        at(start.addDays(-40)), m_programmeStaff[cohort.country].name, naturalid::cohortTrainer(cohort.id, c.id));

    std::vector<QString> others = {QStringLiteral("QM"), QStringLiteral("CP"), QStringLiteral("WM"), QStringLiteral("OSH")};
    m_run.random.shuffle(others);
    cohort.moduleOrder = {QStringLiteral("WC")};
    for (const QString& m : others)
        cohort.moduleOrder << m;

    for (int i = 0; i < size && !m_writer.failed(); ++i) {
        EnterprisePlan e;
        e.counsellor = cohort.counsellors[static_cast<size_t>(i % 2)];
        buildEnterprise(cohort, e);
    }
}

void DemoBuilder::buildEnterprise(CohortPlan& cohort, EnterprisePlan& e)
{
    const CountryPhrases& country = m_run.phrases.countries[cohort.country];
    const SectorPhrases& sector = m_run.phrases.sectors[cohort.sector];
    e.sector = cohort.sector;
    e.enrolled = cohort.start.addDays(-m_run.random.range(20, 40));
    // Deal company words from a shuffled deck per country, so names in a cohort differ.
    QStringList& deck = m_companyDeck[m_run.country];
    if (deck.isEmpty()) {
        std::vector<QString> shuffled(country.companyWords.begin(), country.companyWords.end());
        m_run.random.shuffle(shuffled);
        deck = QStringList(shuffled.begin(), shuffled.end());
    }
    const QString word = deck.takeFirst();
    const QString trade = m_run.random.pick(sector.tradeWords);
    e.name = cohort.country == u"ID" ? QStringLiteral("PT %1 %2").arg(word, trade)
                                     : QStringLiteral("%1 %2 %3").arg(word, trade, country.companySuffix);
    QString domain = QString(word + trade).normalized(QString::NormalizationForm_D).toLower();
    domain.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    e.emailDomain = domain + QStringLiteral(".example");
    e.employees = m_run.random.range(55, 245);
    e.womenShare = std::clamp(m_run.programme.womenShare(e.sector) + m_run.random.normal(0, 0.06), 0.05, 0.92);
    const int women = static_cast<int>(std::lround(e.employees * e.womenShare));
    const int temporary = static_cast<int>(std::lround(e.employees * m_run.random.uniform(0.03, 0.3)));
    const QString city = m_run.random.pick(country.cities);

    // Modules: WC first, then two to four of the others in the cohort's order.
    const int others = m_run.random.weighted({0.3, 0.45, 0.25}) + 2;
    QStringList chosen = cohort.moduleOrder.mid(1);
    while (chosen.size() > others)
        chosen.removeAt(m_run.random.range(0, static_cast<int>(chosen.size()) - 1));
    e.modules = QStringList{QStringLiteral("WC")} + chosen;

    const QDateTime created = at(e.enrolled);
    e.id = m_writer.create(u"enterprise",
                           {{QStringLiteral("name"), e.name},
                            {QStringLiteral("cohort_id"), cohort.id},
                            {QStringLiteral("country_id"), naturalid::country(cohort.country)},
                            {QStringLiteral("sector"), e.sector},
                            {QStringLiteral("products"), m_run.random.pick(sector.products)},
                            {QStringLiteral("city"), city},
                            {QStringLiteral("address"), DemoGeneratorTr::tr("Lot %1%2, %3 industrial zone")
                                                            .arg(QChar(u'A' + m_run.random.range(0, 7)))
                                                            .arg(m_run.random.range(1, 40))
                                                            .arg(city)},
                            {QStringLiteral("employees_total"), qint64(e.employees)},
                            {QStringLiteral("women"), qint64(women)},
                            {QStringLiteral("men"), qint64(e.employees - women)},
                            {QStringLiteral("permanent_staff"), qint64(e.employees - temporary)},
                            {QStringLiteral("temporary_staff"), qint64(temporary)},
                            {QStringLiteral("supply_chain_tier"), qint64(m_run.random.weighted({0.15, 0.6, 0.25}) + 1)},
                            {QStringLiteral("main_buyers"), m_run.random.pick(sector.buyers)},
                            {QStringLiteral("contact_phone"), QStringLiteral("+%1 %2 %3")
                                                                  .arg(m_run.random.range(20, 99))
                                                                  .arg(m_run.random.range(100, 999))
                                                                  .arg(m_run.random.range(100000, 999999))},
                            {QStringLiteral("counsellor_id"), e.counsellor.id},
                            {QStringLiteral("enrolled_on"), iso(e.enrolled)}},
                           created, m_programmeStaff[cohort.country].name);
    if (m_writer.failed())
        return;

    // The manager and the Enterprise Improvement Team: managers and workers, women and men,
    // permanent and temporary staff.
    const QString managerGender = m_run.random.chance(0.35) ? QStringLiteral("female") : QStringLiteral("male");
    e.manager = m_people.makePerson(cohort.country, managerGender, QStringLiteral("enterprise_manager"), e.id,
                                    QStringLiteral("General manager"), e.enrolled, e.emailDomain);
    m_writer.update(u"enterprise", e.id,
                    {{QStringLiteral("manager_id"), e.manager.id},
                     {QStringLiteral("contact_name"), e.manager.name},
                     {QStringLiteral("contact_email"), QStringLiteral("info@") + e.emailDomain}},
                    created, m_programmeStaff[cohort.country].name);

    const QStringList& managementTitles = m_run.programme.managementTitles;
    const QStringList& workerTitles = m_run.programme.workerTitles;
    const int managementCount = m_run.random.range(2, 3);
    const int workerCount = m_run.random.range(3, 6);
    for (int i = 0; i < managementCount; ++i)
        e.management.push_back(
            m_people.makePerson(cohort.country, m_run.random.chance(e.womenShare * 0.8) ? QStringLiteral("female") : QStringLiteral("male"),
                                QStringLiteral("supervisor"), e.id, managementTitles[i], e.enrolled, e.emailDomain));
    for (int i = 0; i < workerCount; ++i)
        e.workers.push_back(m_people.makePerson(cohort.country,
                                                m_run.random.chance(e.womenShare) ? QStringLiteral("female") : QStringLiteral("male"),
                                                QStringLiteral("worker"), e.id, m_run.random.pick(workerTitles), e.enrolled));

    for (const QString& module : e.modules) {
        const int slot = static_cast<int>(cohort.moduleOrder.indexOf(module));
        e.moduleStart.insert(module, cohort.start.addDays(slot * 66));
    }
    for (int i = 0; i < e.modules.size() && !m_writer.failed(); ++i) {
        const QString& module = e.modules[i];
        const QDate classroom = e.moduleStart[module];
        const QDate next = i + 1 < e.modules.size() ? e.moduleStart[e.modules[i + 1]] : QDate();
        if (classroom > m_run.anchor)
            break;
        m_modules.buildModule(cohort, e, module, classroom, next);
    }

    // After the programme: a yearly follow-up of Workplace Cooperation, to see what lasted.
    const QDate programmeEnd = cohort.start.addDays(330);
    for (QDate followUp = programmeEnd.addDays(365); followUp <= m_run.anchor && !m_writer.failed(); followUp = followUp.addDays(365)) {
        const QString v = m_modules.visit(e, QStringLiteral("WC"), QStringLiteral("follow_up"), followUp, 3,
                                          m_run.random.pick(m_run.phrases.modules[QStringLiteral("WC")].observations),
                                          followUp.addDays(365));
        const double drift = m_run.random.normal(-0.02, 0.05);
        e.maturity[QStringLiteral("WC")] = std::clamp(e.maturity.value(QStringLiteral("WC"), 0.6) + drift, 0.2, 0.95);
        std::vector<const TemplateItemInfo*> weak;
        m_modules.assessment(e, QStringLiteral("WC"), v, QStringLiteral("progress"), followUp, e.maturity[QStringLiteral("WC")], &weak);
        m_modules.findingsAndActions(e, QStringLiteral("WC"), v, followUp, weak, m_run.random.range(1, 2));
    }
    if (!e.modules.isEmpty())
        m_workplace.suggestions(e, e.moduleStart[QStringLiteral("WC")].addDays(20));
}

}  // namespace

Result<DemoSummary> generateDemo(Workspace& ws, const DemoOptions& options)
{
    if (options.enterprises < 1 || options.enterprises > 100000 || options.years < 1 || options.years > 50)
        return Error::invalid(DemoGeneratorTr::tr("The demo takes 1 to 100000 enterprises over 1 to 50 years."));
    auto existing = DomainQueries(ws).firstEnterpriseId();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error::invalid(DemoGeneratorTr::tr("This workspace already has enterprises; the demo fills an empty workspace."));
    auto phrases = DemoPhrases::load();
    if (!phrases)
        return phrases.error();
    auto programme = DemoProgramme::load();
    if (!programme)
        return programme.error();
    auto catalogue = loadBuiltinCatalogue();
    if (!catalogue)
        return catalogue.error();

    // Simulated time for the stamps and the created/modified times of every demo record; the
    // workspace gets its own clock back afterwards.
    const Clock& realClock = ws.clock();
    DemoOptions anchored = options;
    if (!anchored.anchor.isValid())
        anchored.anchor = realClock.today();
    DemoBuilder builder(ws, anchored, std::move(*phrases), std::move(*programme));
    for (const KpiContent& k : catalogue->kpis.kpis)
        builder.setTypicalBaseline(k.code, k.typicalBaseline);
    Result<DemoSummary> result = Error::failed(QString());
    Status done = inTransaction(ws, [&]() -> Status {
        result = builder.run();
        if (!result)
            return result.error();
        return {};
    });
    ws.setClock(realClock);
    if (!done)
        return done.error();
    return result;
}

}  // namespace score
