#include "demo/DemoGenerator.h"

#include "content/ContentCatalogue.h"
#include "demo/DemoImages.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoRandom.h"
#include "domain/NaturalIds.h"
#include "storage/BlobStore.h"
#include "storage/ContentQueries.h"
#include "storage/DomainQueries.h"
#include "storage/RecordEditor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace score {

namespace {
struct DemoGeneratorTr {
    Q_DECLARE_TR_FUNCTIONS(score::DemoGenerator)
};

// Countries with phrases, in the order cohorts take them (seed 1 starts with Viet Nam).
const QStringList kCountries = {QStringLiteral("VN"), QStringLiteral("IN"), QStringLiteral("ID"), QStringLiteral("GH"),
                                QStringLiteral("CO"), QStringLiteral("ZA"), QStringLiteral("CN"), QStringLiteral("PE")};

// Approximate units of local currency per US dollar, to turn phrase costs into local money.
double usdRate(const QString& country)
{
    static const QHash<QString, double> rates = {{QStringLiteral("VN"), 25000}, {QStringLiteral("IN"), 83},
                                                 {QStringLiteral("ID"), 15700}, {QStringLiteral("GH"), 12},
                                                 {QStringLiteral("CO"), 4000},  {QStringLiteral("ZA"), 18.5},
                                                 {QStringLiteral("CN"), 7.2},   {QStringLiteral("PE"), 3.7}};
    return rates.value(country, 1.0);
}

// Which sectors a country's cohorts come from.
QStringList countrySectors(const QString& country)
{
    if (country == u"VN") return {QStringLiteral("garments_textiles"), QStringLiteral("furniture_wood"), QStringLiteral("electronics")};
    if (country == u"IN") return {QStringLiteral("auto_parts"), QStringLiteral("garments_textiles"), QStringLiteral("plastics")};
    if (country == u"ID") return {QStringLiteral("furniture_wood"), QStringLiteral("food_processing"), QStringLiteral("garments_textiles")};
    if (country == u"GH") return {QStringLiteral("food_processing"), QStringLiteral("construction_materials"), QStringLiteral("printing_packaging")};
    if (country == u"CO") return {QStringLiteral("garments_textiles"), QStringLiteral("food_processing"), QStringLiteral("plastics")};
    if (country == u"ZA") return {QStringLiteral("auto_parts"), QStringLiteral("food_processing"), QStringLiteral("furniture_wood")};
    if (country == u"CN") return {QStringLiteral("electronics"), QStringLiteral("plastics"), QStringLiteral("auto_parts")};
    return {QStringLiteral("food_processing"), QStringLiteral("garments_textiles"), QStringLiteral("printing_packaging")};
}

QString sectorShortName(const QString& sector)
{
    if (sector == u"garments_textiles") return QStringLiteral("garments");
    if (sector == u"food_processing") return QStringLiteral("food processing");
    if (sector == u"auto_parts") return QStringLiteral("auto parts");
    if (sector == u"furniture_wood") return QStringLiteral("furniture");
    if (sector == u"electronics") return QStringLiteral("electronics");
    if (sector == u"plastics") return QStringLiteral("plastics");
    if (sector == u"printing_packaging") return QStringLiteral("packaging");
    return QStringLiteral("building materials");
}

// Share of women in the workforce by sector, as seen in SCORE enterprises.
double womenShare(const QString& sector)
{
    if (sector == u"garments_textiles") return 0.72;
    if (sector == u"food_processing") return 0.55;
    if (sector == u"electronics") return 0.6;
    if (sector == u"printing_packaging") return 0.4;
    if (sector == u"furniture_wood") return 0.3;
    if (sector == u"plastics") return 0.35;
    return 0.18;
}

QString month(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); }
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

struct Person {
    QString id;
    QString name;
    QString gender;
};

struct EnterprisePlan {
    QString id;
    QString name;
    QString sector;
    int employees = 0;
    double womenShare = 0.5;
    Person manager;
    std::vector<Person> management;  // EIT members on the management side
    std::vector<Person> workers;     // EIT members on the worker side
    Person counsellor;
    QStringList modules;             // WC first, then the modules taken, in order
    QHash<QString, QDate> moduleStart;
    QHash<QString, double> maturity; // checklist maturity reached per module (0..1)
    QHash<QString, double> kpiChange;// fraction of improvement per module (signed)
    QDate enrolled;
    QString emailDomain;
};

struct CohortPlan {
    QString id;
    QString country;
    QString sector;
    QDate start;
    QStringList moduleOrder;  // WC, then the cohort's order of the other modules
    Person trainer;
    std::vector<Person> counsellors;
};

class DemoBuilder {
public:
    DemoBuilder(Workspace& ws, const DemoOptions& options, DemoPhrases phrases)
        : m_ws(&ws), m_options(options), m_phrases(std::move(phrases)), m_random(options.seed * 0x9E3779B97F4A7C15ULL + 7),
          m_editor(ws), m_blobs(ws)
    {
        m_editor.setBulkMode(true);
        ws.setClock(m_clock);
    }

    Result<DemoSummary> run();
    void setTypicalBaseline(const QString& kpiCode, double value) { m_typicalBaseline.insert(kpiCode, value); }

private:
    // Creates a record at a simulated moment, by a named author. Remembers the first failure.
    QString create(QStringView entity, const FieldValues& values, const QDateTime& when, const QString& author,
                   const QString& id = {});
    QDateTime at(const QDate& d, int hour = 9, int minute = 0) const
    {
        return QDateTime(d, QTime(hour, minute), Qt::UTC);
    }
    bool failed() const { return !m_status.ok(); }

    Person makePerson(const QString& country, const QString& gender, const QString& role, const QString& enterpriseId,
                      const QString& jobTitle, const QDate& created, const QString& emailDomain = {});
    QString personName(const QString& country, const QString& gender);

    void buildCohort(int index, int size, const QDate& start);
    void buildEnterprise(CohortPlan& cohort, EnterprisePlan& e);
    void buildModule(CohortPlan& cohort, EnterprisePlan& e, const QString& module, const QDate& classroom, const QDate& next);
    QString visit(EnterprisePlan& e, const QString& module, const QString& type, const QDate& date, double hours,
                  const QString& observations, const QDate& nextVisit);
    QString assessment(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& kind,
                       const QDate& date, double maturity, std::vector<const TemplateItemInfo*>* weakItems);
    void findingsAndActions(EnterprisePlan& e, const QString& module, const QString& visitId, const QDate& date,
                            const std::vector<const TemplateItemInfo*>& weak, int count);
    void action(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& findingId,
                const QDate& start, const ActionPhrase& phrase);
    void kpiReadings(EnterprisePlan& e, const QString& module, const QDate& start);
    void suggestions(EnterprisePlan& e, const QDate& from);
    void hazards(EnterprisePlan& e, const QDate& identified);
    void resourceFlows(EnterprisePlan& e, const QDate& start);
    void moduleReport(EnterprisePlan& e, const CohortPlan& cohort, const QString& module, const QDate& finalVisit);
    void photo(const QString& ownerKind, const QString& ownerId, const QString& caption, const QDate& date, const QString& author);
    void tick();
    void eitMembers(EnterprisePlan& e, const QDate& formed);
    std::optional<double> readingAt(const EnterprisePlan& e, const KpiInfo& kpi, const QDate& date) const;
    double denominatorFor(const EnterprisePlan& e, const KpiInfo& kpi);

    Workspace* m_ws;
    DemoOptions m_options;
    DemoPhrases m_phrases;
    DemoRandom m_random;
    RecordEditor m_editor;
    BlobStore m_blobs;
    ManualClock m_clock;
    Status m_status;
    DemoSummary m_summary;
    QDate m_anchor;
    std::vector<TemplateInfo> m_templates;
    std::vector<KpiInfo> m_kpis;
    QHash<QString, QString> m_moduleIds;
    QHash<QString, Person> m_programmeStaff;
    double m_photoChance = 0.35;
    qint64 m_expected = 0;
    double m_localRate = 1;
    QString m_country;
    // KPI values generated per enterprise and KPI, by month ("yyyy-MM"), for actions and reports.
    QHash<QString, QHash<QString, double>> m_readings;
    QHash<QString, double> m_output;  // units produced per month, per enterprise
    QHash<QString, double> m_typicalBaseline;
    QHash<QString, QStringList> m_companyDeck;
};

QString DemoBuilder::create(QStringView entity, const FieldValues& values, const QDateTime& when, const QString& author,
                            const QString& id)
{
    if (failed())
        return {};
    m_clock.setMs(when.toMSecsSinceEpoch() + m_random.range(0, 59999));
    m_editor.setAuthor(author);
    const QString recordId = id.isEmpty() ? uuidText(timeOrderedUuid(m_clock.nowMs(), m_random.next(), m_random.next())) : id;
    auto created = m_editor.create(entity, values, recordId);
    if (!created) {
        m_status = Error::failed(DemoGeneratorTr::tr("The demo could not create a %1: %2").arg(entityDisplayName(entity), created.message()));
        return {};
    }
    ++m_summary.records;
    tick();
    return recordId;
}

void DemoBuilder::tick()
{
    if (m_options.progress && m_summary.records % 5000 == 0 && !m_options.progress(m_summary.records, m_expected))
        m_status = Error::cancelled(DemoGeneratorTr::tr("The demo was cancelled; nothing was added."));
}

QString DemoBuilder::personName(const QString& country, const QString& gender)
{
    const CountryPhrases& c = m_phrases.countries[country];
    const QString given = m_random.pick(gender == u"female" ? c.givenWomen : c.givenMen);
    const QString family = m_random.pick(c.family);
    return c.familyFirst ? family + u' ' + given : given + u' ' + family;
}

Person DemoBuilder::makePerson(const QString& country, const QString& gender, const QString& role, const QString& enterpriseId,
                               const QString& jobTitle, const QDate& created, const QString& emailDomain)
{
    Person p;
    p.name = personName(country, gender);
    p.gender = gender;
    FieldValues values = {{QStringLiteral("full_name"), p.name},
                          {QStringLiteral("gender"), gender},
                          {QStringLiteral("role"), role},
                          {QStringLiteral("job_title"), jobTitle}};
    if (!enterpriseId.isEmpty())
        values.push_back({QStringLiteral("enterprise_id"), enterpriseId});
    if (!emailDomain.isEmpty() && (role == u"enterprise_manager" || role == u"supervisor")) {
        QString local = p.name.split(u' ').last().toLower();
        local = local.normalized(QString::NormalizationForm_D);
        local.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing || !c.isLetter(); });
        values.push_back({QStringLiteral("email"), local + u'@' + emailDomain});
    }
    p.id = create(u"person", values, at(created), QStringLiteral("SCORE Desk demo"));
    return p;
}

Result<DemoSummary> DemoBuilder::run()
{
    m_anchor = m_options.anchor;
    auto templates = loadTemplates(*m_ws);
    if (!templates)
        return templates.error();
    m_templates = std::move(*templates);
    auto kpis = loadKpis(*m_ws);
    if (!kpis)
        return kpis.error();
    m_kpis = std::move(*kpis);
    auto modules = loadModules(*m_ws);
    if (!modules)
        return modules.error();
    for (const ModuleInfo& m : *modules)
        m_moduleIds.insert(m.code, m.id);
    for (const char* code : {"WC", "QM", "CP", "WM", "OSH"})
        if (!m_moduleIds.contains(QLatin1String(code)))
            return Error::failed(DemoGeneratorTr::tr("The workspace lacks the SCORE module %1; the demo needs the five core modules.").arg(QLatin1String(code)));

    const int n = std::max(1, m_options.enterprises);
    const int years = std::max(1, m_options.years);
    m_photoChance = n > 60 ? 0.04 : 0.35;
    m_expected = static_cast<qint64>(n) * (600 + 1650 * std::min(years, 10) / 10 * (years > 1 ? 1 : 0));
    const QDate start = m_anchor.addYears(-years);
    m_summary.from = start;
    m_summary.to = m_anchor;

    // Cohorts of 10 to 15 enterprises (fewer only when the demo is smaller than that).
    int cohorts = std::max(1, static_cast<int>(std::lround(n / 12.5)));
    while (cohorts > 1 && n / cohorts < 10)
        --cohorts;
    while (n / cohorts > 15)
        ++cohorts;
    const int programmeDays = 330;
    const int span = std::max(0, years * 365 - programmeDays + 40);
    int assigned = 0;
    for (int i = 0; i < cohorts && !failed(); ++i) {
        const int size = n / cohorts + (i < n % cohorts ? 1 : 0);
        const QDate cohortStart = start.addDays(15 + (cohorts > 1 ? static_cast<qint64>(span) * i / cohorts : 0));
        buildCohort(i, size, cohortStart);
        assigned += size;
    }
    if (failed())
        return m_status.error();
    m_summary.cohorts = cohorts;
    m_summary.enterprises = assigned;
    return m_summary;
}

void DemoBuilder::buildCohort(int index, int size, const QDate& start)
{
    CohortPlan cohort;
    cohort.country = kCountries[static_cast<int>((m_options.seed - 1 + static_cast<quint64>(index)) % static_cast<quint64>(kCountries.size()))];
    m_country = cohort.country;
    m_localRate = usdRate(cohort.country);
    cohort.sector = m_random.pick(countrySectors(cohort.country));
    cohort.start = start;
    const CountryPhrases& country = m_phrases.countries[cohort.country];
    const QString region = m_random.pick(country.regions);

    if (!m_programmeStaff.contains(cohort.country))
        m_programmeStaff.insert(cohort.country, makePerson(cohort.country, m_random.chance(0.5) ? QStringLiteral("female") : QStringLiteral("male"),
                                                           QStringLiteral("programme_staff"), {}, QStringLiteral("National programme officer"),
                                                           start.addDays(-60)));
    cohort.trainer = makePerson(cohort.country, m_random.chance(0.5) ? QStringLiteral("female") : QStringLiteral("male"),
                                QStringLiteral("expert_trainer"), {}, QStringLiteral("Expert trainer"), start.addDays(-45));
    for (int c = 0; c < 2; ++c)
        cohort.counsellors.push_back(makePerson(cohort.country, c == 0 ? QStringLiteral("female") : QStringLiteral("male"),
                                                QStringLiteral("counsellor"), {}, QStringLiteral("SCORE counsellor"), start.addDays(-45)));

    const QString name = QStringLiteral("%1 %2 cohort %3").arg(region, sectorShortName(cohort.sector)).arg(start.year());
    cohort.id = create(u"cohort",
                       {{QStringLiteral("name"), name},
                        {QStringLiteral("country_id"), naturalid::country(cohort.country)},
                        {QStringLiteral("counterpart"), country.counterpart},
                        {QStringLiteral("sector"), cohort.sector},
                        {QStringLiteral("start_date"), iso(start)},
                        {QStringLiteral("end_date"), iso(start.addDays(330))},
                        {QStringLiteral("notes"), DemoGeneratorTr::tr("Classroom sessions at %1's training centre; counselling visits after each module.").arg(country.counterpart)}},
                       at(start.addDays(-40)), m_programmeStaff[cohort.country].name);
    create(u"cohort_trainer", {{QStringLiteral("cohort_id"), cohort.id}, {QStringLiteral("person_id"), cohort.trainer.id}, {QStringLiteral("role"), QStringLiteral("lead_trainer")}},
           at(start.addDays(-40)), m_programmeStaff[cohort.country].name, naturalid::cohortTrainer(cohort.id, cohort.trainer.id));
    for (const Person& c : cohort.counsellors)
        create(u"cohort_trainer", {{QStringLiteral("cohort_id"), cohort.id}, {QStringLiteral("person_id"), c.id}, {QStringLiteral("role"), QStringLiteral("counsellor")}},
               at(start.addDays(-40)), m_programmeStaff[cohort.country].name, naturalid::cohortTrainer(cohort.id, c.id));

    std::vector<QString> others = {QStringLiteral("QM"), QStringLiteral("CP"), QStringLiteral("WM"), QStringLiteral("OSH")};
    m_random.shuffle(others);
    cohort.moduleOrder = {QStringLiteral("WC")};
    for (const QString& m : others)
        cohort.moduleOrder << m;

    for (int i = 0; i < size && !failed(); ++i) {
        EnterprisePlan e;
        e.counsellor = cohort.counsellors[static_cast<size_t>(i % 2)];
        buildEnterprise(cohort, e);
    }
}

void DemoBuilder::buildEnterprise(CohortPlan& cohort, EnterprisePlan& e)
{
    const CountryPhrases& country = m_phrases.countries[cohort.country];
    const SectorPhrases& sector = m_phrases.sectors[cohort.sector];
    e.sector = cohort.sector;
    e.enrolled = cohort.start.addDays(-m_random.range(20, 40));
    // Deal company words from a shuffled deck per country, so names in a cohort differ.
    QStringList& deck = m_companyDeck[m_country];
    if (deck.isEmpty()) {
        std::vector<QString> shuffled(country.companyWords.begin(), country.companyWords.end());
        m_random.shuffle(shuffled);
        deck = QStringList(shuffled.begin(), shuffled.end());
    }
    const QString word = deck.takeFirst();
    const QString trade = m_random.pick(sector.tradeWords);
    e.name = cohort.country == u"ID" ? QStringLiteral("PT %1 %2").arg(word, trade)
                                     : QStringLiteral("%1 %2 %3").arg(word, trade, country.companySuffix);
    QString domain = QString(word + trade).normalized(QString::NormalizationForm_D).toLower();
    domain.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    e.emailDomain = domain + QStringLiteral(".example");
    e.employees = m_random.range(55, 245);
    e.womenShare = std::clamp(womenShare(e.sector) + m_random.normal(0, 0.06), 0.05, 0.92);
    const int women = static_cast<int>(std::lround(e.employees * e.womenShare));
    const int temporary = static_cast<int>(std::lround(e.employees * m_random.uniform(0.03, 0.3)));
    const QString city = m_random.pick(country.cities);

    // Modules: WC first, then two to four of the others in the cohort's order.
    const int others = m_random.weighted({0.3, 0.45, 0.25}) + 2;
    QStringList chosen = cohort.moduleOrder.mid(1);
    while (chosen.size() > others)
        chosen.removeAt(m_random.range(0, static_cast<int>(chosen.size()) - 1));
    e.modules = QStringList{QStringLiteral("WC")} + chosen;

    const QDateTime created = at(e.enrolled);
    e.id = create(u"enterprise",
                  {{QStringLiteral("name"), e.name},
                   {QStringLiteral("cohort_id"), cohort.id},
                   {QStringLiteral("country_id"), naturalid::country(cohort.country)},
                   {QStringLiteral("sector"), e.sector},
                   {QStringLiteral("products"), m_random.pick(sector.products)},
                   {QStringLiteral("city"), city},
                   {QStringLiteral("address"), DemoGeneratorTr::tr("Lot %1%2, %3 industrial zone").arg(QChar(u'A' + m_random.range(0, 7))).arg(m_random.range(1, 40)).arg(city)},
                   {QStringLiteral("employees_total"), qint64(e.employees)},
                   {QStringLiteral("women"), qint64(women)},
                   {QStringLiteral("men"), qint64(e.employees - women)},
                   {QStringLiteral("permanent_staff"), qint64(e.employees - temporary)},
                   {QStringLiteral("temporary_staff"), qint64(temporary)},
                   {QStringLiteral("supply_chain_tier"), qint64(m_random.weighted({0.15, 0.6, 0.25}) + 1)},
                   {QStringLiteral("main_buyers"), m_random.pick(sector.buyers)},
                   {QStringLiteral("contact_phone"), QStringLiteral("+%1 %2 %3").arg(m_random.range(20, 99)).arg(m_random.range(100, 999)).arg(m_random.range(100000, 999999))},
                   {QStringLiteral("counsellor_id"), e.counsellor.id},
                   {QStringLiteral("enrolled_on"), iso(e.enrolled)}},
                  created, m_programmeStaff[cohort.country].name);
    if (failed())
        return;

    // The manager and the Enterprise Improvement Team: managers and workers, women and men,
    // permanent and temporary staff.
    const QString managerGender = m_random.chance(0.35) ? QStringLiteral("female") : QStringLiteral("male");
    e.manager = makePerson(cohort.country, managerGender, QStringLiteral("enterprise_manager"), e.id, QStringLiteral("General manager"), e.enrolled, e.emailDomain);
    m_editor.setAuthor(m_programmeStaff[cohort.country].name);
    m_clock.setMs(created.toMSecsSinceEpoch());
    if (auto s = m_editor.update(u"enterprise", e.id,
                                 {{QStringLiteral("manager_id"), e.manager.id}, {QStringLiteral("contact_name"), e.manager.name},
                                  {QStringLiteral("contact_email"), QStringLiteral("info@") + e.emailDomain}});
        !s)
        m_status = s.error();

    const QStringList managementTitles = {QStringLiteral("Production manager"), QStringLiteral("HR officer"),
                                          QStringLiteral("Quality supervisor"), QStringLiteral("Maintenance supervisor")};
    const QStringList workerTitles = {QStringLiteral("Machine operator"), QStringLiteral("Line leader"), QStringLiteral("Packer"),
                                      QStringLiteral("Helper"), QStringLiteral("Storekeeper"), QStringLiteral("Quality checker")};
    const int managementCount = m_random.range(2, 3);
    const int workerCount = m_random.range(3, 6);
    for (int i = 0; i < managementCount; ++i)
        e.management.push_back(makePerson(cohort.country, m_random.chance(e.womenShare * 0.8) ? QStringLiteral("female") : QStringLiteral("male"),
                                          QStringLiteral("supervisor"), e.id, managementTitles[i], e.enrolled, e.emailDomain));
    for (int i = 0; i < workerCount; ++i)
        e.workers.push_back(makePerson(cohort.country, m_random.chance(e.womenShare) ? QStringLiteral("female") : QStringLiteral("male"),
                                       QStringLiteral("worker"), e.id, m_random.pick(workerTitles), e.enrolled));

    for (const QString& module : e.modules) {
        const int slot = static_cast<int>(cohort.moduleOrder.indexOf(module));
        e.moduleStart.insert(module, cohort.start.addDays(slot * 66));
    }
    for (int i = 0; i < e.modules.size() && !failed(); ++i) {
        const QString& module = e.modules[i];
        const QDate classroom = e.moduleStart[module];
        const QDate next = i + 1 < e.modules.size() ? e.moduleStart[e.modules[i + 1]] : QDate();
        if (classroom > m_anchor)
            break;
        buildModule(cohort, e, module, classroom, next);
    }

    // After the programme: a yearly follow-up of Workplace Cooperation, to see what lasted.
    const QDate programmeEnd = cohort.start.addDays(330);
    for (QDate followUp = programmeEnd.addDays(365); followUp <= m_anchor && !failed(); followUp = followUp.addDays(365)) {
        const QString v = visit(e, QStringLiteral("WC"), QStringLiteral("follow_up"), followUp, 3,
                                m_random.pick(m_phrases.modules[QStringLiteral("WC")].observations), followUp.addDays(365));
        const double drift = m_random.normal(-0.02, 0.05);
        e.maturity[QStringLiteral("WC")] = std::clamp(e.maturity.value(QStringLiteral("WC"), 0.6) + drift, 0.2, 0.95);
        std::vector<const TemplateItemInfo*> weak;
        assessment(e, QStringLiteral("WC"), v, QStringLiteral("progress"), followUp, e.maturity[QStringLiteral("WC")], &weak);
        findingsAndActions(e, QStringLiteral("WC"), v, followUp, weak, m_random.range(1, 2));
    }
    if (!e.modules.isEmpty())
        suggestions(e, e.moduleStart[QStringLiteral("WC")].addDays(20));
}

QString DemoBuilder::visit(EnterprisePlan& e, const QString& module, const QString& type, const QDate& date, double hours,
                           const QString& observations, const QDate& nextVisit)
{
    const int managers = type == u"classroom" ? 2 : m_random.range(1, 3);
    const int workers = type == u"classroom" ? 2 : m_random.range(2, 6);
    int women = 0;
    for (int i = 0; i < managers + workers; ++i)
        women += m_random.chance(type == u"classroom" ? 0.45 : e.womenShare * 0.9) ? 1 : 0;
    FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                          {QStringLiteral("module_id"), m_moduleIds[module]},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("visit_date"), iso(date)},
                          {QStringLiteral("duration_hours"), hours},
                          {QStringLiteral("counsellor_id"), e.counsellor.id},
                          {QStringLiteral("participants_women"), qint64(women)},
                          {QStringLiteral("participants_men"), qint64(managers + workers - women)},
                          {QStringLiteral("managers_present"), qint64(managers)},
                          {QStringLiteral("workers_present"), qint64(workers)},
                          {QStringLiteral("eit_met"), qint64(type == u"classroom" ? 0 : (m_random.chance(0.85) ? 1 : 0))},
                          {QStringLiteral("observations"), observations},
                          {QStringLiteral("counsellor_signed_on"), iso(date)}};
    if (type != u"classroom")
        values.push_back({QStringLiteral("projects_reviewed"), qint64(m_random.range(0, 5))});
    if (nextVisit.isValid())
        values.push_back({QStringLiteral("next_visit_date"), iso(nextVisit)});
    if (type != u"classroom" && date.daysTo(m_anchor) > 7 && m_random.chance(0.88)) {
        values.push_back({QStringLiteral("manager_signed_on"), iso(date.addDays(m_random.range(0, 2)))});
        values.push_back({QStringLiteral("manager_signed_by"), e.manager.name});
    }
    return create(u"visit", values, at(date, type == u"classroom" ? 8 : 14), e.counsellor.name);
}

QString DemoBuilder::assessment(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& kind,
                                const QDate& date, double maturity, std::vector<const TemplateItemInfo*>* weakItems)
{
    const TemplateInfo* t = templateInForce(m_templates, module, date);
    if (!t)
        return {};
    const QString id = create(u"assessment",
                              {{QStringLiteral("enterprise_id"), e.id},
                               {QStringLiteral("template_id"), t->id},
                               {QStringLiteral("visit_id"), visitId},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("assessed_on"), iso(date)},
                               {QStringLiteral("status"), date.daysTo(m_anchor) > 3 ? QStringLiteral("complete") : QStringLiteral("draft")},
                               {QStringLiteral("assessor_id"), e.counsellor.id}},
                              at(date, 15), e.counsellor.name);
    if (id.isEmpty())
        return {};
    const QStringList observations = m_phrases.modules[module].observations;
    for (const auto& section : t->sections) {
        for (const auto& item : section.items) {
            // Each item has its own difficulty, the same for every enterprise (stable by key).
            const double difficulty = static_cast<double>(qHash(item.key) % 1000) / 1000.0 * 0.3 - 0.15;
            const double q = maturity - difficulty + m_random.normal(0, 0.12);
            QString answer;
            QString comment;
            if (item.responseType == u"ynp") {
                if (m_random.chance(0.03))
                    answer = QStringLiteral("na");
                else
                    answer = q > 0.62 ? QStringLiteral("yes") : q > 0.38 ? QStringLiteral("partly") : QStringLiteral("no");
                if (weakItems && answer != u"yes" && answer != u"na")
                    weakItems->push_back(&item);
            } else if (item.responseType == u"scale5") {
                answer = QString::number(std::clamp(static_cast<int>(std::lround(1 + q * 4)), 1, 5));
            } else if (item.responseType == u"number") {
                answer = QString::number(std::max(0L, std::lround(q * 12 + m_random.normal(2, 2))));
            } else {
                answer = observations.isEmpty() ? QString() : m_random.pick(observations).section(u'.', 0, 0) + u'.';
            }
            if (answer == u"partly" && m_random.chance(0.25))
                comment = DemoGeneratorTr::tr("In place in some sections only; to be extended.");
            FieldValues values = {{QStringLiteral("assessment_id"), id},
                                  {QStringLiteral("item_id"), item.id},
                                  {QStringLiteral("item_key"), item.key},
                                  {QStringLiteral("answer"), answer}};
            if (!comment.isEmpty())
                values.push_back({QStringLiteral("comment"), comment});
            create(u"response", values, at(date, 15, 30), e.counsellor.name, naturalid::response(id, item.key));
        }
    }
    return id;
}

void DemoBuilder::findingsAndActions(EnterprisePlan& e, const QString& module, const QString& visitId, const QDate& date,
                                     const std::vector<const TemplateItemInfo*>& weak, int count)
{
    const ModulePhrases& phrases = m_phrases.modules[module];
    for (int i = 0; i < count && !failed(); ++i) {
        // Prefer a finding about an item that the checklist found weak.
        const FindingPhrase* phrase = nullptr;
        if (!weak.empty()) {
            const TemplateItemInfo* item = weak[static_cast<size_t>(m_random.range(0, static_cast<int>(weak.size()) - 1))];
            for (const FindingPhrase& f : phrases.findings)
                if (f.itemKey == item->key)
                    phrase = &f;
        }
        if (!phrase)
            phrase = &m_random.pick(phrases.findings);
        const QString severity = m_random.weighted({0.25, 0.5, 0.25}) == 0 ? QStringLiteral("low")
                                 : m_random.chance(0.6)                     ? QStringLiteral("medium")
                                                                            : QStringLiteral("high");
        FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                              {QStringLiteral("visit_id"), visitId},
                              {QStringLiteral("module_id"), m_moduleIds[module]},
                              {QStringLiteral("title"), phrase->title},
                              {QStringLiteral("description"), phrase->description},
                              {QStringLiteral("severity"), severity},
                              {QStringLiteral("area"), phrase->area}};
        if (!phrase->itemKey.isEmpty())
            values.push_back({QStringLiteral("item_key"), phrase->itemKey});
        const QString finding = create(u"finding", values, at(date, 16), e.counsellor.name);
        if (m_options.photos && m_random.chance(m_photoChance))
            photo(QStringLiteral("finding"), finding, phrase->title, date, e.counsellor.name);
        action(e, module, visitId, finding, date, m_random.pick(phrases.actions));
    }
}

void DemoBuilder::action(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& findingId,
                         const QDate& start, const ActionPhrase& phrase)
{
    const double rate = m_localRate;
    const QDate due = start.addDays(m_random.range(14, 75));
    const qint64 daysLate = due.daysTo(m_anchor);
    QString status;
    if (daysLate > 30)
        status = std::array{QStringLiteral("done"), QStringLiteral("dropped"), QStringLiteral("in_progress")}[static_cast<size_t>(m_random.weighted({0.72, 0.08, 0.2}))];
    else if (daysLate > 0)
        status = std::array{QStringLiteral("done"), QStringLiteral("in_progress"), QStringLiteral("approved")}[static_cast<size_t>(m_random.weighted({0.4, 0.45, 0.15}))];
    else
        status = std::array{QStringLiteral("in_progress"), QStringLiteral("approved"), QStringLiteral("proposed")}[static_cast<size_t>(m_random.weighted({0.45, 0.3, 0.25}))];

    const auto roundMoney = [&](double v) { return rate >= 1000 ? std::round(v / 1000) * 1000 : std::round(v); };
    const double cost = roundMoney(phrase.costUsd * rate * m_random.uniform(0.7, 1.3));
    const double savings = roundMoney(phrase.savingsUsdPerYear * rate * m_random.uniform(0.6, 1.4));
    const Person& owner = m_random.chance(0.55) || e.workers.empty() ? m_random.pick(e.management) : m_random.pick(e.workers);

    FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                          {QStringLiteral("module_id"), m_moduleIds[module]},
                          {QStringLiteral("visit_id"), visitId},
                          {QStringLiteral("title"), phrase.title},
                          {QStringLiteral("area"), phrase.area},
                          {QStringLiteral("root_cause"), phrase.rootCause},
                          {QStringLiteral("description"), phrase.description},
                          {QStringLiteral("owner_id"), owner.id},
                          {QStringLiteral("start_date"), iso(start)},
                          {QStringLiteral("due_date"), iso(due)},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("priority"), std::array{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}[static_cast<size_t>(m_random.weighted({0.3, 0.5, 0.2}))]},
                          {QStringLiteral("cost"), cost},
                          {QStringLiteral("estimated_savings"), savings}};
    if (!findingId.isEmpty())
        values.push_back({QStringLiteral("finding_id"), findingId});
    // Link about half of the actions to a KPI of their module, with the value before.
    std::vector<const KpiInfo*> moduleKpis;
    for (const KpiInfo& k : m_kpis)
        if (k.moduleCode == module)
            moduleKpis.push_back(&k);
    if (!moduleKpis.empty() && m_random.chance(0.5)) {
        const KpiInfo* k = moduleKpis[static_cast<size_t>(m_random.range(0, static_cast<int>(moduleKpis.size()) - 1))];
        values.push_back({QStringLiteral("kpi_id"), k->id});
        if (const auto before = readingAt(e, *k, start)) {
            values.push_back({QStringLiteral("kpi_before"), *before});
            if (status == u"done") {
                if (const auto after = readingAt(e, *k, due.addDays(30)))
                    values.push_back({QStringLiteral("kpi_after"), *after});
            }
        }
    }
    if (status == u"proposed") {
        const bool returned = m_random.chance(0.2);
        values.push_back({QStringLiteral("approval"), returned ? QStringLiteral("returned") : QStringLiteral("pending")});
        if (returned) {
            values.push_back({QStringLiteral("approval_comment"), m_random.pick(m_phrases.returnComments)});
            values.push_back({QStringLiteral("approved_by"), e.manager.id});
            values.push_back({QStringLiteral("approval_date"), iso(std::min(start.addDays(m_random.range(1, 6)), m_anchor))});
        }
    } else {
        values.push_back({QStringLiteral("approval"), QStringLiteral("approved")});
        values.push_back({QStringLiteral("approved_by"), e.manager.id});
        values.push_back({QStringLiteral("approval_date"), iso(std::min(start.addDays(m_random.range(1, 7)), m_anchor))});
        if (m_random.chance(0.3))
            values.push_back({QStringLiteral("approval_comment"), m_random.pick(m_phrases.approvalComments)});
    }
    QDate completed;
    if (status == u"done") {
        completed = std::min(start.addDays(m_random.range(7, static_cast<int>(start.daysTo(due)) + 20)), m_anchor);
        values.push_back({QStringLiteral("completed_on"), iso(completed)});
        if (savings > 0)
            values.push_back({QStringLiteral("verified_savings"), roundMoney(savings * m_random.uniform(0.6, 1.1))});
    }
    const QString id = create(u"improvement_action", values, at(start, 16, 30), e.counsellor.name);
    if (id.isEmpty())
        return;
    if (m_random.chance(0.25)) {
        const QDate when = std::min(start.addDays(m_random.range(3, 30)), m_anchor);
        create(u"comment",
               {{QStringLiteral("target_kind"), QStringLiteral("improvement_action")},
                {QStringLiteral("target_id"), id},
                {QStringLiteral("author"), e.manager.name},
                {QStringLiteral("body"), m_random.pick(m_phrases.managerComments)}},
               at(when, 11), e.manager.name);
    }
    if (completed.isValid() && m_options.photos && m_random.chance(m_photoChance * 0.6))
        photo(QStringLiteral("improvement_action"), id, DemoGeneratorTr::tr("After: %1").arg(phrase.title), completed, e.counsellor.name);
}

void DemoBuilder::photo(const QString& ownerKind, const QString& ownerId, const QString& caption, const QDate& date,
                        const QString& author)
{
    if (failed() || ownerId.isEmpty())
        return;
    const QByteArray png = generateEvidencePhoto(m_random.next());
    auto hash = m_blobs.put(png);
    if (!hash) {
        m_status = hash.error();
        return;
    }
    create(u"attachment",
           {{QStringLiteral("owner_kind"), ownerKind},
            {QStringLiteral("owner_id"), ownerId},
            {QStringLiteral("sha256"), *hash},
            {QStringLiteral("mime_type"), evidencePhotoMimeType(png)},
            {QStringLiteral("size"), qint64(png.size())},
            {QStringLiteral("file_name"), QStringLiteral("IMG_%1_%2.jpg").arg(date.toString(QStringLiteral("yyyyMMdd"))).arg(m_random.range(1000, 9999))},
            {QStringLiteral("caption"), caption.left(2000)},
            {QStringLiteral("taken_on"), iso(date)}},
           at(date, 17), author);
    ++m_summary.photos;
}

void DemoBuilder::eitMembers(EnterprisePlan& e, const QDate& formed)
{
    auto member = [&](const Person& p, const QString& side, const QString& role, bool temporary) {
        create(u"eit_member",
               {{QStringLiteral("enterprise_id"), e.id},
                {QStringLiteral("person_id"), p.id},
                {QStringLiteral("side"), side},
                {QStringLiteral("employment"), temporary ? QStringLiteral("temporary") : QStringLiteral("permanent")},
                {QStringLiteral("eit_role"), role},
                {QStringLiteral("joined_on"), iso(formed)}},
               at(formed, 15), e.counsellor.name, naturalid::eitMember(e.id, p.id));
    };
    for (size_t i = 0; i < e.management.size(); ++i)
        member(e.management[i], QStringLiteral("management"), i == 0 ? QStringLiteral("chair") : i == 1 ? QStringLiteral("secretary") : QStringLiteral("member"), false);
    for (size_t i = 0; i < e.workers.size(); ++i)
        member(e.workers[i], QStringLiteral("worker"), QStringLiteral("member"), i + 1 == e.workers.size() && m_random.chance(0.6));
}

void DemoBuilder::buildModule(CohortPlan& cohort, EnterprisePlan& e, const QString& module, const QDate& classroom, const QDate& next)
{
    const ModulePhrases& phrases = m_phrases.modules[module];
    const double baseline = std::clamp(m_random.uniform(0.18, 0.42) + (module == u"WC" ? 0.0 : 0.05), 0.1, 0.6);
    const bool weak = m_random.chance(0.12);
    const double final = std::clamp(baseline + (weak ? m_random.uniform(0.04, 0.14) : m_random.uniform(0.22, 0.45)), 0.15, 0.93);
    e.maturity[module] = final;
    const int kind = m_random.weighted({0.7, 0.2, 0.1});
    e.kpiChange[module] = kind == 0 ? m_random.uniform(0.12, 0.45) : kind == 1 ? m_random.uniform(0.0, 0.1) : -m_random.uniform(0.02, 0.12);

    kpiReadings(e, module, classroom);
    if (module == u"CP")
        resourceFlows(e, classroom);
    if (failed())
        return;

    const QDate baselineDay = classroom.addDays(m_random.range(8, 12));
    const QDate firstVisit = classroom.addDays(m_random.range(27, 32));
    const QDate secondVisit = classroom.addDays(m_random.range(45, 50));
    const QDate finalDay = classroom.addDays(m_random.range(60, 64));

    visit(e, module, QStringLiteral("classroom"), classroom, 16,
          DemoGeneratorTr::tr("Two-day %1 workshop with the other enterprises of the cohort, given by %2.").arg(module, cohort.trainer.name),
          baselineDay);
    if (baselineDay > m_anchor)
        return;
    const QString baselineVisit = visit(e, module, QStringLiteral("baseline"), baselineDay, 4, m_random.pick(phrases.observations), firstVisit);
    std::vector<const TemplateItemInfo*> weakItems;
    assessment(e, module, baselineVisit, QStringLiteral("baseline"), baselineDay, baseline, &weakItems);
    if (module == u"WC")
        eitMembers(e, baselineDay);
    if (module == u"OSH")
        hazards(e, baselineDay);
    findingsAndActions(e, module, baselineVisit, baselineDay, weakItems, m_random.range(2, 4));

    for (const auto& [day, nextDay] : {std::pair{firstVisit, secondVisit}, std::pair{secondVisit, finalDay}}) {
        if (day > m_anchor || failed())
            return;
        const QString v = visit(e, module, QStringLiteral("factory_visit"), day, 3, m_random.pick(phrases.observations), nextDay);
        findingsAndActions(e, module, v, day, weakItems, m_random.range(1, 2));
    }
    if (finalDay > m_anchor || failed())
        return;
    const QString finalVisit = visit(e, module, QStringLiteral("final"), finalDay, 3, m_random.pick(phrases.observations),
                                     next.isValid() ? next.addDays(10) : QDate());
    std::vector<const TemplateItemInfo*> remaining;
    assessment(e, module, finalVisit, QStringLiteral("final"), finalDay, final, &remaining);
    if (m_random.chance(0.5))
        findingsAndActions(e, module, finalVisit, finalDay, remaining, 1);
    moduleReport(e, cohort, module, finalDay);
}

double DemoBuilder::denominatorFor(const EnterprisePlan& e, const KpiInfo& kpi)
{
    const QString d = kpi.denominator.toLower();
    const double output = m_output.value(e.id, e.employees * 150.0);
    if (d.contains(u"hours"))
        return e.employees * m_random.uniform(200, 216);
    if (d.contains(u"days"))
        return e.employees * m_random.uniform(23, 26);
    if (d.contains(u"observed"))
        return m_random.range(20, 60);
    if (d.contains(u"orders"))
        return m_random.range(12, 40);
    if (d.contains(u"suggestions"))
        return m_random.range(4, 18);
    if (d.contains(u"material"))
        return std::round(output * m_random.uniform(0.3, 0.5));
    if (d.contains(u"headcount") || d.contains(u"workers"))
        return std::round(e.employees * (d.contains(u"production") ? 0.8 : 1.0) * m_random.uniform(0.97, 1.03));
    return std::round(output * m_random.uniform(0.9, 1.1));
}

void DemoBuilder::kpiReadings(EnterprisePlan& e, const QString& module, const QDate& start)
{
    if (!m_output.contains(e.id))
        m_output.insert(e.id, e.employees * m_random.uniform(100, 250));
    const QDate firstMonth(start.year(), start.month(), 1);
    const QDate lastMonth = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(-1);
    const double change = e.kpiChange[module];
    for (const KpiInfo& kpi : m_kpis) {
        if (kpi.moduleCode != module || failed())
            continue;
        // The KPI catalogue's typical baseline is not in the workspace; derive one from the unit.
        const double typical = m_typicalBaseline.value(kpi.code, 1.0);
        const bool growsFromZero = typical <= 0;
        const double baseline = growsFromZero ? 0 : typical * m_random.uniform(0.6, 1.5);
        const double scale = growsFromZero ? m_random.uniform(150, 1500) : baseline;
        auto& byMonth = m_readings[e.id + kpi.id];
        for (QDate m = firstMonth.addMonths(-3); m <= lastMonth && !failed(); m = m.addMonths(1)) {
            const bool isBaseline = m < firstMonth;
            const int t = isBaseline ? 0 : static_cast<int>((m.year() - firstMonth.year()) * 12 + m.month() - firstMonth.month()) + 1;
            const double progress = 1 - std::exp(-t / 4.0);
            double value;
            if (growsFromZero)
                value = isBaseline ? 0 : scale * progress * m_random.normal(1, 0.15);
            else if (kpi.lowerIsBetter)
                value = baseline * (1 - change * progress) * m_random.normal(1, 0.07);
            else
                value = baseline * (1 + change * progress) * m_random.normal(1, 0.07);
            value = std::max(0.0, value);
            if (kpi.unit == u"%")
                value = std::min(value, 100.0);
            FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                                  {QStringLiteral("kpi_id"), kpi.id},
                                  {QStringLiteral("period"), month(m)},
                                  {QStringLiteral("kind"), isBaseline ? QStringLiteral("baseline") : QStringLiteral("follow_up")}};
            const double factor = std::pow(10.0, kpi.decimals);
            if (!kpi.denominator.isEmpty()) {
                const double denominator = std::max(1.0, denominatorFor(e, kpi));
                const double numerator = std::round(value * denominator / kpi.factor);
                value = numerator * kpi.factor / denominator;
                values.push_back({QStringLiteral("numerator"), numerator});
                values.push_back({QStringLiteral("denominator"), denominator});
            }
            value = std::round(value * factor) / factor;
            values.push_back({QStringLiteral("value"), value});
            values.push_back({QStringLiteral("source"), isBaseline ? DemoGeneratorTr::tr("Enterprise records, baseline") : DemoGeneratorTr::tr("Monthly EIT report")});
            byMonth.insert(month(m), value);
            const QDate reported = m.addMonths(1).addDays(m_random.range(2, 9));
            create(u"kpi_reading", values, at(std::min(reported, m_anchor), 10), e.manager.name,
                   naturalid::kpiReading(e.id, kpi.id, month(m)));
        }
    }
}

std::optional<double> DemoBuilder::readingAt(const EnterprisePlan& e, const KpiInfo& kpi, const QDate& date) const
{
    const auto it = m_readings.constFind(e.id + kpi.id);
    if (it == m_readings.constEnd() || it->isEmpty())
        return std::nullopt;
    for (QDate m(date.year(), date.month(), 1); m.year() > 1990; m = m.addMonths(-1)) {
        const auto v = it->constFind(month(m));
        if (v != it->constEnd())
            return v.value();
        if (month(m) < it->keys().first())
            break;
    }
    return std::nullopt;
}

void DemoBuilder::suggestions(EnterprisePlan& e, const QDate& from)
{
    const QStringList categories = {QStringLiteral("quality"), QStringLiteral("productivity"), QStringLiteral("safety"),
                                    QStringLiteral("environment"), QStringLiteral("workplace"), QStringLiteral("other")};
    for (QDate m(from.year(), from.month(), 1); m <= m_anchor && !failed(); m = m.addMonths(1)) {
        const int monthsIn = static_cast<int>((m.year() - from.year()) * 12 + m.month() - from.month());
        const double rate = e.employees / 70.0 * (0.4 + 0.6 * (1 - std::exp(-monthsIn / 5.0)));
        int count = 0;
        for (int i = 0; i < static_cast<int>(std::ceil(rate * 2)); ++i)
            count += m_random.chance(0.5) ? 1 : 0;
        for (int i = 0; i < count; ++i) {
            const QDate day = m.addDays(m_random.range(0, m.daysInMonth() - 1));
            if (day > m_anchor || day < from)
                continue;
            const QString category = categories[m_random.weighted({0.22, 0.24, 0.2, 0.12, 0.18, 0.04})];
            const QStringList& texts = m_phrases.suggestions[category];
            if (texts.isEmpty())
                continue;
            const qint64 age = day.daysTo(m_anchor);
            QString status;
            if (age > 60)
                status = std::array{QStringLiteral("implemented"), QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("under_review"), QStringLiteral("submitted")}[static_cast<size_t>(m_random.weighted({0.4, 0.15, 0.25, 0.1, 0.1}))];
            else
                status = std::array{QStringLiteral("submitted"), QStringLiteral("under_review"), QStringLiteral("accepted"), QStringLiteral("implemented")}[static_cast<size_t>(m_random.weighted({0.4, 0.3, 0.2, 0.1}))];
            const bool woman = m_random.chance(e.womenShare);
            FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                                  {QStringLiteral("submitted_on"), iso(day)},
                                  {QStringLiteral("submitter_gender"), woman ? QStringLiteral("female") : QStringLiteral("male")},
                                  {QStringLiteral("category"), category},
                                  {QStringLiteral("text"), m_random.pick(texts)},
                                  {QStringLiteral("status"), status}};
            if (!e.workers.empty() && m_random.chance(0.3)) {
                const Person& p = m_random.pick(e.workers);
                values[2].second = p.gender;
                values.push_back({QStringLiteral("submitted_by"), p.id});
            }
            if (status == u"implemented") {
                values.push_back({QStringLiteral("implemented_on"), iso(std::min(day.addDays(m_random.range(7, 45)), m_anchor))});
                values.push_back({QStringLiteral("benefit"), m_random.pick(m_phrases.suggestionBenefits)});
                if (m_random.chance(0.5))
                    values.push_back({QStringLiteral("estimated_saving"), std::round(m_random.uniform(20, 600) * m_localRate / (m_localRate >= 1000 ? 1000 : 1)) * (m_localRate >= 1000 ? 1000 : 1)});
            }
            create(u"suggestion", values, at(day, 12), e.manager.name);
        }
    }
}

void DemoBuilder::hazards(EnterprisePlan& e, const QDate& identified)
{
    std::vector<const HazardPhrase*> pool;
    for (const HazardPhrase& h : m_phrases.hazards)
        pool.push_back(&h);
    m_random.shuffle(pool);
    const int count = std::min(static_cast<int>(pool.size()), m_random.range(8, 14));
    for (int i = 0; i < count && !failed(); ++i) {
        const HazardPhrase& h = *pool[static_cast<size_t>(i)];
        const QDate due = identified.addDays(m_random.range(14, 75));
        const qint64 late = due.daysTo(m_anchor);
        QString status = QStringLiteral("open");
        if (late > 20)
            status = std::array{QStringLiteral("closed"), QStringLiteral("controlled"), QStringLiteral("open")}[static_cast<size_t>(m_random.weighted({0.6, 0.25, 0.15}))];
        else if (late > -30)
            status = m_random.chance(0.4) ? QStringLiteral("controlled") : QStringLiteral("open");
        FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                              {QStringLiteral("location"), h.location},
                              {QStringLiteral("hazard"), h.hazard},
                              {QStringLiteral("consequence"), h.consequence},
                              {QStringLiteral("likelihood"), qint64(m_random.range(2, 5))},
                              {QStringLiteral("severity"), qint64(m_random.range(2, 5))},
                              {QStringLiteral("control"), h.control},
                              {QStringLiteral("control_type"), h.controlType},
                              {QStringLiteral("owner_id"), m_random.pick(e.management).id},
                              {QStringLiteral("identified_on"), iso(identified)},
                              {QStringLiteral("due_date"), iso(due)},
                              {QStringLiteral("status"), status}};
        if (status == u"closed")
            values.push_back({QStringLiteral("closed_on"), iso(std::min(due.addDays(m_random.range(-10, 15)), m_anchor))});
        create(u"hazard", values, at(identified, 16), e.counsellor.name);
    }
}

void DemoBuilder::resourceFlows(EnterprisePlan& e, const QDate& start)
{
    const SectorPhrases& sector = m_phrases.sectors[e.sector];
    const double output = m_output.value(e.id, e.employees * 150.0);
    const double gain = std::max(0.0, e.kpiChange.value(QStringLiteral("CP"), 0.2));
    struct Flow {
        QString resource, name, unit;
        double perUnit, usdPrice;
    };
    const std::vector<Flow> flows = {
        {QStringLiteral("energy"), DemoGeneratorTr::tr("Electricity"), QStringLiteral("kWh"), 0.85 * m_random.uniform(0.6, 1.5), 0.12},
        {QStringLiteral("water"), DemoGeneratorTr::tr("Water"), QStringLiteral("m³"), 0.045 * m_random.uniform(0.6, 1.5), 0.8},
        {QStringLiteral("material"), sector.material.isEmpty() ? DemoGeneratorTr::tr("Main material") : sector.material.left(1).toUpper() + sector.material.mid(1),
         sector.materialUnit.isEmpty() ? QStringLiteral("kg") : sector.materialUnit, 0.4 * m_random.uniform(0.7, 1.3), 2.5},
        {QStringLiteral("waste"), DemoGeneratorTr::tr("Solid waste"), QStringLiteral("kg"), 0.12 * m_random.uniform(0.6, 1.5), 0.05}};
    const QDate firstMonth(start.year(), start.month(), 1);
    const QDate lastMonth = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(-1);
    for (QDate m = firstMonth.addMonths(-3); m <= lastMonth && !failed(); m = m.addMonths(1)) {
        const int t = m < firstMonth ? 0 : static_cast<int>((m.year() - firstMonth.year()) * 12 + m.month() - firstMonth.month()) + 1;
        const double progress = 1 - std::exp(-t / 4.0);
        const double produced = std::round(output * m_random.normal(1, 0.08));
        for (const Flow& f : flows) {
            const double quantity = std::round(produced * f.perUnit * (1 - gain * 0.8 * progress) * m_random.normal(1, 0.05) * 10) / 10;
            const double cost = std::round(quantity * f.usdPrice * m_localRate);
            create(u"resource_flow",
                   {{QStringLiteral("enterprise_id"), e.id},
                    {QStringLiteral("resource"), f.resource},
                    {QStringLiteral("name"), f.name},
                    {QStringLiteral("period"), month(m)},
                    {QStringLiteral("quantity"), std::max(0.0, quantity)},
                    {QStringLiteral("unit"), f.unit},
                    {QStringLiteral("cost"), std::max(0.0, cost)},
                    {QStringLiteral("output_quantity"), produced},
                    {QStringLiteral("output_unit"), sector.outputUnit.isEmpty() ? QStringLiteral("units") : sector.outputUnit}},
                   at(std::min(m.addMonths(1).addDays(5), m_anchor), 10), e.manager.name,
                   naturalid::resourceFlow(e.id, f.name, month(m)));
        }
    }
}

void DemoBuilder::moduleReport(EnterprisePlan& e, const CohortPlan& cohort, const QString& module, const QDate& finalVisit)
{
    const ModulePhrases& phrases = m_phrases.modules[module];
    // Report summaries in the phrase file quote example figures; keep those without numbers and
    // add the enterprise's own KPI figures instead, so the report agrees with the data.
    QStringList plain;
    for (const QString& s : phrases.reportSummaries)
        if (!s.contains(QRegularExpression(QStringLiteral("\\d"))))
            plain << s;
    QString summary = plain.isEmpty() ? DemoGeneratorTr::tr("The enterprise completed the module with its improvement team.") : m_random.pick(plain);
    for (const KpiInfo& k : m_kpis) {
        if (k.moduleCode != module)
            continue;
        const auto it = m_readings.constFind(e.id + k.id);
        if (it == m_readings.constEnd() || it->isEmpty())
            continue;
        const QStringList months = it->keys();
        const auto sorted = [&] { QStringList l = months; l.sort(); return l; }();
        const auto latest = readingAt(e, k, finalVisit);
        if (!latest)
            continue;
        summary += u' ' + DemoGeneratorTr::tr("%1 went from %2 %4 at baseline to %3 %4.")
                              .arg(k.name, QString::number(it->value(sorted.first()), 'f', k.decimals),
                                   QString::number(*latest, 'f', k.decimals), k.unit);
        break;
    }
    const QDate submitted = finalVisit.addDays(m_random.range(4, 12));
    QString status = QStringLiteral("draft");
    FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                          {QStringLiteral("module_id"), m_moduleIds[module]},
                          {QStringLiteral("counsellor_id"), e.counsellor.id},
                          {QStringLiteral("period_start"), iso(e.moduleStart[module])},
                          {QStringLiteral("period_end"), iso(finalVisit)},
                          {QStringLiteral("summary"), summary}};
    if (submitted <= m_anchor) {
        status = QStringLiteral("submitted");
        values.push_back({QStringLiteral("submitted_on"), iso(submitted)});
        const QDate reviewed = submitted.addDays(m_random.range(3, 20));
        if (reviewed <= m_anchor) {
            const bool returned = m_random.chance(0.12) && reviewed.daysTo(m_anchor) < 60;
            status = returned ? QStringLiteral("returned") : QStringLiteral("approved");
            values.push_back({QStringLiteral("reviewer_id"), cohort.trainer.id});
            values.push_back({QStringLiteral("reviewed_on"), iso(reviewed)});
            values.push_back({QStringLiteral("review_comment"), m_random.pick(returned ? m_phrases.returnComments : m_phrases.reviewComments)});
        }
    }
    values.push_back({QStringLiteral("status"), status});
    create(u"module_report", values, at(std::min(submitted, m_anchor), 18), e.counsellor.name);
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
    auto catalogue = loadBuiltinCatalogue();
    if (!catalogue)
        return catalogue.error();

    // Simulated time for the stamps and the created/modified times of every demo record; the
    // workspace gets its own clock back afterwards.
    const Clock& realClock = ws.clock();
    DemoOptions anchored = options;
    if (!anchored.anchor.isValid())
        anchored.anchor = realClock.today();
    DemoBuilder builder(ws, anchored, std::move(*phrases));
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
