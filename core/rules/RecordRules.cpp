#include "rules/RecordRules.h"

#include "domain/Labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace score {

namespace {
struct RecordRulesTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordRules)
};

// SCORE works with small and medium enterprises of this size (DOMAIN.md); outside it is
// unusual, not wrong.
constexpr qint64 kSmallestScoreEnterprise = 50;
constexpr qint64 kLargestScoreEnterprise = 250;

// Reads a record's fields by name, as the rules speak of them.
class Fields {
public:
    Fields(const EntitySpec& spec, const std::vector<FieldValue>& values) : m_spec(&spec), m_values(&values) {}

    const FieldValue& value(QStringView field) const
    {
        static const FieldValue none;
        const int i = m_spec->fieldIndex(field);
        return i < 0 ? none : (*m_values)[static_cast<size_t>(i)];
    }
    std::optional<qint64> integer(QStringView field) const
    {
        const auto* v = std::get_if<qint64>(&value(field));
        return v ? std::optional<qint64>(*v) : std::nullopt;
    }
    std::optional<double> real(QStringView field) const
    {
        const FieldValue& v = value(field);
        if (const auto* d = std::get_if<double>(&v))
            return *d;
        if (const auto* i = std::get_if<qint64>(&v))
            return static_cast<double>(*i);
        return std::nullopt;
    }
    QString text(QStringView field) const
    {
        const auto* v = std::get_if<QString>(&value(field));
        return v ? *v : QString();
    }
    QDate date(QStringView field) const { return QDate::fromString(text(field), Qt::ISODate); }

private:
    const EntitySpec* m_spec;
    const std::vector<FieldValue>* m_values;
};

QDate dateOf(const FieldValue& v)
{
    const auto* s = std::get_if<QString>(&v);
    return s ? QDate::fromString(*s, Qt::ISODate) : QDate();
}

QString shown(const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); }
QString shown(qint64 n) { return QLocale().toString(n); }
QString shown(double v) { return QLocale().toString(v, 'g', 10); }

class Checker {
public:
    Checker(const EntitySpec& spec, const std::vector<FieldValue>& values, RuleContext& context)
        : f(spec, values), m_spec(&spec), m_context(&context)
    {
    }

    void refuse(std::initializer_list<const char*> fields, const QString& message) { add(RuleFinding::Severity::Refusal, fields, message); }
    void warn(std::initializer_list<const char*> fields, const QString& message) { add(RuleFinding::Severity::Warning, fields, message); }
    void add(RuleFinding::Severity severity, std::initializer_list<const char*> fields, const QString& message)
    {
        RuleFinding finding{severity, {}, message};
        for (const char* field : fields)
            finding.fields << QString::fromLatin1(field);
        m_report.findings.push_back(std::move(finding));
    }
    QString label(const char* field) const { return fieldLabel(m_spec->name, QString::fromLatin1(field)); }

    // `later` may not come before `earlier` (both optional).
    void notBefore(const char* later, const char* earlier, const QString& message)
    {
        const QDate a = f.date(QString::fromLatin1(later));
        const QDate b = f.date(QString::fromLatin1(earlier));
        if (a.isValid() && b.isValid() && a < b)
            refuse({later, earlier}, message.arg(shown(a), shown(b)));
    }
    void notNegative(const char* field)
    {
        if (auto v = f.real(QString::fromLatin1(field)); v && *v < 0)
            refuse({field}, RecordRulesTr::tr("%1 cannot be negative (%2).").arg(label(field), shown(*v)));
    }
    void emailShape(const char* field)
    {
        const QString email = f.text(QString::fromLatin1(field)).trimmed();
        if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') || email.contains(u' ')))
            warn({field}, RecordRulesTr::tr("%1 “%2” does not look like an e-mail address.").arg(label(field), email));
    }

    void cohort();
    void enterprise();
    void person();
    void eitMember();
    void visit();
    void action();
    void kpiReading();
    void hazard();
    void suggestion();
    void resourceFlow();
    void moduleReport();

    RuleReport report() { return std::move(m_report); }

    Fields f;

private:
    const EntitySpec* m_spec;
    RuleContext* m_context;
    RuleReport m_report;
};

void Checker::cohort()
{
    notBefore("end_date", "start_date", RecordRulesTr::tr("The cohort cannot end (%1) before it starts (%2)."));
    const QStringList plan = modulePlanCodes(f.text(u"module_plan"));
    if (plan.isEmpty())
        return;
    const QStringList known = m_context->moduleCodes();
    QStringList seen;
    for (const QString& code : plan) {
        if (!known.contains(code)) {
            refuse({"module_plan"}, RecordRulesTr::tr("The module plan names “%1”, which is not a SCORE module (the modules are %2).")
                                        .arg(code, known.join(QStringLiteral(", "))));
            return;
        }
        if (seen.contains(code)) {
            refuse({"module_plan"}, RecordRulesTr::tr("The module plan names %1 twice.").arg(code));
            return;
        }
        seen << code;
    }
    // Workplace Cooperation sets up the improvement team every later module relies on.
    if (!known.isEmpty() && plan.front() != known.front())
        warn({"module_plan"}, RecordRulesTr::tr("%1 comes first in SCORE: it sets up the improvement team; this plan starts with %2.")
                                  .arg(moduleShortName(known.front()), moduleShortName(plan.front())));
}

void Checker::enterprise()
{
    const auto employees = f.integer(u"employees_total");
    const auto women = f.integer(u"women");
    const auto men = f.integer(u"men");
    const auto permanent = f.integer(u"permanent_staff");
    const auto temporary = f.integer(u"temporary_staff");
    if (employees) {
        for (const char* part : {"women", "men", "permanent_staff", "temporary_staff"}) {
            const auto n = f.integer(QString::fromLatin1(part));
            if (n && *n > *employees)
                refuse({part, "employees_total"},
                       RecordRulesTr::tr("%1 (%2) cannot be more than the employees (%3).").arg(label(part), shown(*n), shown(*employees)));
        }
        if (women && men && *women + *men != *employees && *women <= *employees && *men <= *employees)
            warn({"women", "men", "employees_total"}, RecordRulesTr::tr("Women (%1) and men (%2) add up to %3, not to the %4 employees.")
                                                          .arg(shown(*women), shown(*men), shown(*women + *men), shown(*employees)));
        if (permanent && temporary && *permanent + *temporary != *employees && *permanent <= *employees && *temporary <= *employees)
            warn({"permanent_staff", "temporary_staff", "employees_total"},
                 RecordRulesTr::tr("Permanent (%1) and temporary staff (%2) add up to %3, not to the %4 employees.")
                     .arg(shown(*permanent), shown(*temporary), shown(*permanent + *temporary), shown(*employees)));
        if (*employees < kSmallestScoreEnterprise || *employees > kLargestScoreEnterprise)
            warn({"employees_total"}, RecordRulesTr::tr("SCORE is meant for enterprises of %1 to %2 employees; this one has %3.")
                                          .arg(kSmallestScoreEnterprise)
                                          .arg(kLargestScoreEnterprise)
                                          .arg(shown(*employees)));
    }
    emailShape("contact_email");
}

void Checker::person()
{
    const QString role = f.text(u"role");
    const bool programmeRole = role == u"counsellor" || role == u"expert_trainer" || role == u"programme_staff";
    const bool enterpriseRole = role == u"enterprise_manager" || role == u"supervisor" || role == u"worker";
    const bool atEnterprise = !f.text(u"enterprise_id").isEmpty();
    if (programmeRole && atEnterprise)
        warn({"enterprise_id", "role"},
             RecordRulesTr::tr("%1 is a role in the programme, not at an enterprise; leave the enterprise empty.")
                 .arg(valueLabel(u"role", role)));
    if (enterpriseRole && !atEnterprise)
        warn({"enterprise_id", "role"},
             RecordRulesTr::tr("%1 is a role at an enterprise; choose the enterprise.").arg(valueLabel(u"role", role)));
    emailShape("email");
}

void Checker::eitMember()
{
    notBefore("left_on", "joined_on", RecordRulesTr::tr("A member cannot leave the team (%1) before joining it (%2)."));
}

void Checker::visit()
{
    notBefore("next_visit_date", "visit_date", RecordRulesTr::tr("The next visit (%1) cannot be before this one (%2)."));
    if (auto hours = f.real(u"duration_hours"); hours && (*hours <= 0 || *hours > 24))
        refuse({"duration_hours"}, RecordRulesTr::tr("A visit lasts more than 0 and at most 24 hours, not %1.").arg(shown(*hours)));
}

void Checker::action()
{
    notBefore("due_date", "start_date", RecordRulesTr::tr("The due date (%1) cannot be before the action starts (%2)."));
    // A warning only: the completion date is today's on the laptop that marked it done, and a
    // laptop's clock may be behind the one that set the start.
    if (const QDate done = f.date(u"completed_on"), start = f.date(u"start_date"); done.isValid() && start.isValid() && done < start)
        warn({"completed_on", "start_date"},
             RecordRulesTr::tr("The action was completed (%1) before it started (%2).").arg(shown(done), shown(start)));
    const QString visit = f.text(u"visit_id");
    const QDate due = f.date(u"due_date");
    if (!visit.isEmpty() && due.isValid()) {
        const QDate visited = dateOf(m_context->lookup(u"visit", visit, u"visit_date"));
        if (visited.isValid() && due < visited)
            refuse({"due_date", "visit_id"}, RecordRulesTr::tr("The due date (%1) cannot be before the visit that agreed the action (%2).")
                                                 .arg(shown(due), shown(visited)));
    }
    for (const char* money : {"cost", "estimated_savings", "verified_savings"})
        notNegative(money);
}

void Checker::kpiReading()
{
    const QString kpi = f.text(u"kpi_id");
    const auto value = f.real(u"value");
    if (kpi.isEmpty() || !value)
        return;
    const FieldValue nameValue = m_context->lookup(u"kpi_definition", kpi, u"name");
    const FieldValue unitValue = m_context->lookup(u"kpi_definition", kpi, u"unit");
    const FieldValue decimalsValue = m_context->lookup(u"kpi_definition", kpi, u"decimals");
    const QString name = std::holds_alternative<QString>(nameValue) ? std::get<QString>(nameValue) : label("value");
    const auto* unit = std::get_if<QString>(&unitValue);
    const auto* decimals = std::get_if<qint64>(&decimalsValue);
    // Savings in money may be negative (a cost went up); every other KPI is a count, a rate or
    // an amount per unit.
    const bool money = unit && unit->size() == 3 && *unit == unit->toUpper() && unit->at(0).isLetter();
    if (*value < 0 && !money) {
        refuse({"value", "kpi_id"}, RecordRulesTr::tr("%1 cannot be negative (%2).").arg(name, shown(*value)));
        return;
    }
    const bool percentage = unit && *unit == u"%";
    if (decimals && *decimals == 0 && !percentage && !money && *value != std::floor(*value))
        refuse({"value", "kpi_id"}, RecordRulesTr::tr("%1 is counted in whole numbers, not %2.").arg(name, shown(*value)));
    if (percentage && *value > 100)
        warn({"value"}, RecordRulesTr::tr("%1 is a percentage; %2 is over 100.").arg(name, shown(*value)));
    const auto numerator = f.real(u"numerator");
    const auto denominator = f.real(u"denominator");
    if (numerator && denominator) {
        if (*denominator == 0) {
            refuse({"denominator", "numerator"}, RecordRulesTr::tr("The denominator cannot be zero."));
            return;
        }
        const FieldValue factorValue = m_context->lookup(u"kpi_definition", kpi, u"factor");
        const auto* factor = std::get_if<double>(&factorValue);
        const double expected = *numerator / *denominator * (factor ? *factor : 1.0);
        if (std::fabs(expected - *value) > std::max(1e-9, std::fabs(expected) * 0.005))
            warn({"value", "numerator", "denominator"},
                 RecordRulesTr::tr("%1 is %2, but its numerator and denominator give %3.").arg(name, shown(*value), shown(expected)));
    }
}

void Checker::hazard()
{
    notBefore("due_date", "identified_on", RecordRulesTr::tr("The hazard cannot be due (%1) before it was identified (%2)."));
    notBefore("closed_on", "identified_on", RecordRulesTr::tr("The hazard cannot be closed (%1) before it was identified (%2)."));
}

void Checker::suggestion()
{
    notBefore("implemented_on", "submitted_on", RecordRulesTr::tr("The suggestion cannot be implemented (%1) before it was made (%2)."));
    notNegative("estimated_saving");
}

void Checker::resourceFlow()
{
    notNegative("quantity");
    notNegative("cost");
    notNegative("output_quantity");
}

void Checker::moduleReport()
{
    notBefore("period_end", "period_start", RecordRulesTr::tr("The report's period cannot end (%1) before it starts (%2)."));
}

QString isoDate(const QDate& d) { return d.toString(Qt::ISODate); }

void setDerived(const EntitySpec& spec, std::vector<FieldValue>& after, std::vector<int>& changed, QStringView field, FieldValue value)
{
    const int i = spec.fieldIndex(field);
    if (i < 0)
        return;
    after[static_cast<size_t>(i)] = std::move(value);
    if (std::find(changed.begin(), changed.end(), i) == changed.end())
        changed.push_back(i);
}

bool isChanged(const EntitySpec& spec, const std::vector<int>& changed, QStringView field)
{
    const int i = spec.fieldIndex(field);
    return i >= 0 && std::find(changed.begin(), changed.end(), i) != changed.end();
}
}  // namespace

bool RuleReport::refused() const
{
    return std::any_of(findings.begin(), findings.end(), [](const RuleFinding& f) { return f.severity == RuleFinding::Severity::Refusal; });
}

QString RuleReport::refusal() const
{
    for (const RuleFinding& f : findings)
        if (f.severity == RuleFinding::Severity::Refusal)
            return f.message;
    return {};
}

QStringList RuleReport::warnings() const
{
    QStringList out;
    for (const RuleFinding& f : findings)
        if (f.severity == RuleFinding::Severity::Warning)
            out << f.message;
    return out;
}

QStringList RuleReport::messagesFor(QStringView field) const
{
    QStringList out;
    for (auto severity : {RuleFinding::Severity::Refusal, RuleFinding::Severity::Warning})
        for (const RuleFinding& f : findings)
            if (f.severity == severity && f.involves(field))
                out << f.message;
    return out;
}

const RuleFinding* RuleReport::firstRefusal() const
{
    for (const RuleFinding& f : findings)
        if (f.severity == RuleFinding::Severity::Refusal)
            return &f;
    return nullptr;
}

const RuleFinding* RuleReport::firstRefusalInvolving(const QStringList& fields) const
{
    for (const RuleFinding& f : findings)
        if (f.severity == RuleFinding::Severity::Refusal
            && std::any_of(fields.begin(), fields.end(), [&](const QString& field) { return f.involves(field); }))
            return &f;
    return nullptr;
}

QStringList modulePlanCodes(QStringView plan)
{
    QStringList codes;
    QString current;
    for (QChar c : plan) {
        if (c.isLetterOrNumber()) {
            current += c.toUpper();
        } else if (!current.isEmpty()) {
            codes << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        codes << current;
    return codes;
}

void deriveFields(const EntitySpec& spec, const std::vector<FieldValue>* before, std::vector<FieldValue>& after, std::vector<int>& changed,
                  RuleContext& context)
{
    const Fields now(spec, after);
    if (spec.name == u"improvement_action") {
        // A new action starts the day it is agreed (at its visit, or today), unless it says otherwise.
        // An action recorded after the fact, due before that day, is left without a start rather
        // than refused for a date nobody typed.
        if (!before && now.text(u"start_date").isEmpty()) {
            const QDate visited = dateOf(context.lookup(u"visit", now.text(u"visit_id"), u"visit_date"));
            const QDate start = visited.isValid() ? visited : context.today();
            const QDate due = now.date(u"due_date");
            if (!due.isValid() || due >= start)
                setDerived(spec, after, changed, u"start_date", isoDate(start));
        }
        // Done records when; reopening forgets it (dropped keeps the date it had).
        if (isChanged(spec, changed, u"status") && !isChanged(spec, changed, u"completed_on")) {
            const QString status = now.text(u"status");
            const QString was = before ? Fields(spec, *before).text(u"status") : QString();
            if (status == u"done" && now.text(u"completed_on").isEmpty())
                setDerived(spec, after, changed, u"completed_on", isoDate(context.today()));
            else if (was == u"done" && status != u"done" && status != u"dropped" && !now.text(u"completed_on").isEmpty())
                setDerived(spec, after, changed, u"completed_on", FieldValue());
        }
    } else if (spec.name == u"cohort" && isChanged(spec, changed, u"module_plan")) {
        // One spelling of a plan, however it was typed ("wc qm; cp" → "WC,QM,CP").
        const QStringList codes = modulePlanCodes(now.text(u"module_plan"));
        setDerived(spec, after, changed, u"module_plan", codes.isEmpty() ? FieldValue() : FieldValue(codes.join(u',')));
    }
}

RuleReport checkRecord(const EntitySpec& spec, const std::vector<FieldValue>& values, RuleContext& context)
{
    Checker c(spec, values, context);
    const QString& kind = spec.name;
    if (kind == u"cohort")
        c.cohort();
    else if (kind == u"enterprise")
        c.enterprise();
    else if (kind == u"person")
        c.person();
    else if (kind == u"eit_member")
        c.eitMember();
    else if (kind == u"visit")
        c.visit();
    else if (kind == u"improvement_action")
        c.action();
    else if (kind == u"kpi_reading")
        c.kpiReading();
    else if (kind == u"hazard")
        c.hazard();
    else if (kind == u"suggestion")
        c.suggestion();
    else if (kind == u"resource_flow")
        c.resourceFlow();
    else if (kind == u"module_report")
        c.moduleReport();
    return c.report();
}

}  // namespace score
