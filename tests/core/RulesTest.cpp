// Core owns the rules: values typed as text are read one way everywhere, and the record rules
// refuse or warn the same way whoever edits (desktop, scorectl, spreadsheet import).

#include "support/TestSupport.h"

#include "domain/NaturalIds.h"
#include "rules/FieldInput.h"
#include "rules/RecordRules.h"
#include "storage/DomainQueries.h"

using namespace score;
using namespace score::test;

namespace {
const FieldSpec& fieldOf(const char* entity, const char* field)
{
    return *EntitySchema::instance().entity(QString::fromLatin1(entity))->field(QString::fromLatin1(field));
}

FieldValue read(const char* entity, const char* field, const QString& text, const QLocale& locale = QLocale::c())
{
    auto v = readFieldInput(QString::fromLatin1(entity), fieldOf(entity, field), text, locale);
    INFO(text.toStdString() << " → " << (v ? QString() : v.message()).toStdString());
    REQUIRE(v.ok());
    return *v;
}

QString refusal(const char* entity, const char* field, const QString& text)
{
    auto v = readFieldInput(QString::fromLatin1(entity), fieldOf(entity, field), text, QLocale::c());
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().subject == QString::fromLatin1(field));
    return v.message();
}
}  // namespace

TEST_CASE("Typed values are read the same way from the command line, a spreadsheet and a form")
{
    SECTION("whole numbers keep their sign, so a negative count is refused rather than made positive")
    {
        CHECK(read("enterprise", "employees_total", QStringLiteral("120")) == FieldValue(qint64(120)));
        CHECK(read("enterprise", "employees_total", QStringLiteral(" -5 ")) == FieldValue(qint64(-5)));
        CHECK(read("enterprise", "employees_total", QStringLiteral("120.0")) == FieldValue(qint64(120)));
        CHECK(read("enterprise", "employees_total", QStringLiteral("1,200")) == FieldValue(qint64(1200)));
        CHECK(read("enterprise", "employees_total", QStringLiteral("1.200"), QLocale(QLocale::Vietnamese)) == FieldValue(qint64(1200)));
        CHECK(refusal("enterprise", "employees_total", QStringLiteral("12abc")).contains(QStringLiteral("whole number")));
        CHECK(refusal("enterprise", "employees_total", QStringLiteral("12.5")).contains(QStringLiteral("“12.5”")));
        CHECK(read("enterprise", "employees_total", QString()) == FieldValue());
    }
    SECTION("numbers take a decimal comma")
    {
        CHECK(read("improvement_action", "cost", QStringLiteral("12,5")) == FieldValue(12.5));
        CHECK(read("improvement_action", "cost", QStringLiteral("12.5")) == FieldValue(12.5));
        CHECK(refusal("improvement_action", "cost", QStringLiteral("twelve")).contains(QStringLiteral("number")));
    }
    SECTION("dates: ISO, day first, Excel serials, with a time")
    {
        CHECK(read("cohort", "start_date", QStringLiteral("2026-11-01")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(read("cohort", "start_date", QStringLiteral("2026-11-1")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(read("cohort", "start_date", QStringLiteral("1/11/2026")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(read("cohort", "start_date", QStringLiteral("01.11.2026")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(read("cohort", "start_date", QStringLiteral("46327")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(read("cohort", "start_date", QStringLiteral("2026-11-01 00:00:00")) == FieldValue(QStringLiteral("2026-11-01")));
        CHECK(refusal("cohort", "start_date", QStringLiteral("2026-02-30")).contains(QStringLiteral("2026-11-01")));
        CHECK(refusal("cohort", "start_date", QStringLiteral("next week")).contains(QStringLiteral("“next week”")));
        CHECK(read("kpi_reading", "period", QStringLiteral("2026-3")) == FieldValue(QStringLiteral("2026-03")));
    }
    SECTION("choices by code, English name or usual word, any case")
    {
        CHECK(read("person", "gender", QStringLiteral("woman")) == FieldValue(QStringLiteral("female")));
        CHECK(read("person", "gender", QStringLiteral("Women")) == FieldValue(QStringLiteral("female")));
        CHECK(read("person", "gender", QStringLiteral("M")) == FieldValue(QStringLiteral("male")));
        CHECK(read("person", "gender", QStringLiteral("not said")) == FieldValue(QStringLiteral("undisclosed")));
        CHECK(read("person", "role", QStringLiteral("trainer")) == FieldValue(QStringLiteral("expert_trainer")));
        CHECK(read("person", "role", QStringLiteral("Enterprise manager")) == FieldValue(QStringLiteral("enterprise_manager")));
        CHECK(read("enterprise", "sector", QStringLiteral("garments and textiles")) == FieldValue(QStringLiteral("garments_textiles")));
        CHECK(read("enterprise", "sector", QStringLiteral("furniture_wood")) == FieldValue(QStringLiteral("furniture_wood")));
        // The first word of one choice only, as people write it in a sheet or on a command line.
        CHECK(read("enterprise", "sector", QStringLiteral("Garments")) == FieldValue(QStringLiteral("garments_textiles")));
        CHECK(read("enterprise", "sector", QStringLiteral("furniture")) == FieldValue(QStringLiteral("furniture_wood")));
        CHECK(read("person", "role", QStringLiteral("enterprise")) == FieldValue(QStringLiteral("enterprise_manager")));
        // A word that begins two choices is not a choice.
        CHECK_FALSE(refusal("improvement_action", "status", QStringLiteral("p")).isEmpty());
        CHECK_FALSE(refusal("enterprise", "sector", QStringLiteral("ga")).isEmpty());
        const QString wrong = refusal("enterprise", "sector", QStringLiteral("shoes"));
        CHECK(wrong.contains(QStringLiteral("“shoes”")));
        CHECK(wrong.contains(QStringLiteral("Garments and textiles")));
    }
    SECTION("text is kept in one Unicode form, so a name typed with combining marks matches")
    {
        const QString decomposed = QStringLiteral("Hu\u031Bng");  // "Hưng" as some spreadsheets keep it
        CHECK(read("enterprise", "name", decomposed) == FieldValue(QStringLiteral("H\u01B0ng")));
    }
}

TEST_CASE("Record rules refuse what cannot be, warn about what is unusual, and say so in one sentence")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("rules.scoredesk")));
    const QString enterprise = addEnterprise(*t);
    RecordEditor editor(*t);

    SECTION("a negative count is refused with its field, and nothing is saved")
    {
        auto refused = editor.update(u"enterprise", enterprise, {{QStringLiteral("employees_total"), qint64(-5)}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message() == QStringLiteral("Employees cannot be negative (-5)."));
        CHECK(refused.error().subject == QStringLiteral("employees_total"));
        CHECK(DomainQueries(*t).enterprise(enterprise)->employees != std::optional<qint64>(-5));
    }
    SECTION("women and men that do not add up to the employees, or a size outside SCORE's, are warnings")
    {
        REQUIRE(editor
                    .update(u"enterprise", enterprise,
                            {{QStringLiteral("employees_total"), qint64(300)},
                             {QStringLiteral("women"), qint64(150)},
                             {QStringLiteral("men"), qint64(140)}})
                    .ok());
        const RuleReport report = *editor.check(u"enterprise", enterprise);
        CHECK_FALSE(report.refused());
        const QStringList warnings = report.warnings();
        REQUIRE(warnings.size() == 2);
        CHECK(warnings.join(u' ').contains(QStringLiteral("add up to 290, not to the 300 employees")));
        CHECK(warnings.join(u' ').contains(QStringLiteral("50 to 250 employees")));
        CHECK(report.messagesFor(u"men").size() == 1);
    }
    SECTION("more women than employees is refused, whichever of the two fields changes")
    {
        REQUIRE(editor.update(u"enterprise", enterprise, {{QStringLiteral("employees_total"), qint64(100)}}).ok());
        CHECK_FALSE(editor.update(u"enterprise", enterprise, {{QStringLiteral("women"), qint64(120)}}).ok());
        REQUIRE(editor.update(u"enterprise", enterprise, {{QStringLiteral("women"), qint64(60)}}).ok());
        auto lower = editor.update(u"enterprise", enterprise, {{QStringLiteral("employees_total"), qint64(50)}});
        REQUIRE_FALSE(lower.ok());
        CHECK(lower.message().contains(QStringLiteral("cannot be more than the employees")));
        // An unrelated field of a record that another device left inconsistent can still change.
        CHECK(editor.update(u"enterprise", enterprise, {{QStringLiteral("city"), QStringLiteral("Biên Hòa")}}).ok());
    }
    SECTION("a due date before the action starts, or before its visit, is refused")
    {
        auto visit = editor.create(u"visit", {{QStringLiteral("enterprise_id"), enterprise},
                                              {QStringLiteral("type"), QStringLiteral("factory_visit")},
                                              {QStringLiteral("visit_date"), QStringLiteral("2026-06-10")}});
        REQUIRE(visit.ok());
        auto action = editor.create(u"improvement_action", {{QStringLiteral("enterprise_id"), enterprise},
                                                            {QStringLiteral("visit_id"), *visit},
                                                            {QStringLiteral("title"), QStringLiteral("Mark the walkways")}});
        REQUIRE(action.ok());
        // A new action starts at its visit, proposed and waiting for approval.
        auto stored = t->store().load(*EntitySchema::instance().entity(u"improvement_action"), *action);
        CHECK((*stored)->value(u"start_date") == FieldValue(QStringLiteral("2026-06-10")));
        CHECK((*stored)->value(u"status") == FieldValue(QStringLiteral("proposed")));
        auto early = editor.update(u"improvement_action", *action, {{QStringLiteral("due_date"), QStringLiteral("2026-06-01")}});
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().subject == QStringLiteral("due_date"));
        CHECK(early.message().contains(QStringLiteral("cannot be before the action starts")));
        REQUIRE(editor.update(u"improvement_action", *action, {{QStringLiteral("start_date"), QStringLiteral("2026-05-01")}}).ok());
        auto beforeVisit = editor.update(u"improvement_action", *action, {{QStringLiteral("due_date"), QStringLiteral("2026-06-01")}});
        REQUIRE_FALSE(beforeVisit.ok());
        CHECK(beforeVisit.message().contains(QStringLiteral("before the visit that agreed the action")));
        CHECK(editor.update(u"improvement_action", *action, {{QStringLiteral("due_date"), QStringLiteral("2026-07-01")}}).ok());
    }
    SECTION("done records the completion date, reopening clears it, and the editor reports both for undo")
    {
        auto action = editor.create(u"improvement_action", {{QStringLiteral("enterprise_id"), enterprise},
                                                            {QStringLiteral("title"), QStringLiteral("Fix the leak")}});
        REQUIRE(action.ok());
        auto done = editor.update(u"improvement_action", *action, {{QStringLiteral("status"), QStringLiteral("done")}});
        REQUIRE(done.ok());
        REQUIRE(done->size() == 2);  // status and the completion date the rule derived
        const auto* spec = EntitySchema::instance().entity(u"improvement_action");
        CHECK((*t->store().load(*spec, *action))->value(u"completed_on") == FieldValue(QStringLiteral("2026-06-15")));
        auto reopened = editor.update(u"improvement_action", *action, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
        REQUIRE(reopened.ok());
        CHECK((*t->store().load(*spec, *action))->value(u"completed_on") == FieldValue());
        // Dropping a done action keeps the day it was done.
        REQUIRE(editor.update(u"improvement_action", *action, {{QStringLiteral("status"), QStringLiteral("done")}}).ok());
        REQUIRE(editor.update(u"improvement_action", *action, {{QStringLiteral("status"), QStringLiteral("dropped")}}).ok());
        CHECK((*t->store().load(*spec, *action))->value(u"completed_on") == FieldValue(QStringLiteral("2026-06-15")));
    }
    SECTION("a KPI reading is of the KPI's kind: counts whole and not negative, percentages up to 100 with a warning")
    {
        const QString accidents = naturalid::kpiDefinition(u"osh.accidents");
        const QString defects = naturalid::kpiDefinition(u"qm.defect_rate");
        auto reading = [&](const QString& kpi, double value) {
            return editor.create(u"kpi_reading",
                                 {{QStringLiteral("enterprise_id"), enterprise},
                                  {QStringLiteral("kpi_id"), kpi},
                                  {QStringLiteral("period"), QStringLiteral("2026-05")},
                                  {QStringLiteral("value"), value}},
                                 naturalid::kpiReading(enterprise, kpi, u"2026-05"));
        };
        auto half = reading(accidents, 2.5);
        REQUIRE_FALSE(half.ok());
        CHECK(half.message().contains(QStringLiteral("whole numbers")));
        CHECK_FALSE(reading(accidents, -1).ok());
        auto over = reading(defects, 120);
        REQUIRE(over.ok());
        CHECK(editor.check(u"kpi_reading", *over)->warnings().join(u' ').contains(QStringLiteral("over 100")));
    }
    SECTION("a cohort's module plan names SCORE's modules once, Workplace Cooperation first")
    {
        const QString cohort = DomainQueries(*t).cohorts()->front().id;
        REQUIRE(editor.update(u"cohort", cohort, {{QStringLiteral("module_plan"), QStringLiteral("wc qm; osh")}}).ok());
        const auto* spec = EntitySchema::instance().entity(u"cohort");
        CHECK((*t->store().load(*spec, cohort))->value(u"module_plan") == FieldValue(QStringLiteral("WC,QM,OSH")));
        CHECK(editor.update(u"cohort", cohort, {{QStringLiteral("module_plan"), QStringLiteral("WC,XY")}})
                  .message()
                  .contains(QStringLiteral("not a SCORE module")));
        CHECK_FALSE(editor.update(u"cohort", cohort, {{QStringLiteral("module_plan"), QStringLiteral("WC,QM,WC")}}).ok());
        REQUIRE(editor.update(u"cohort", cohort, {{QStringLiteral("module_plan"), QStringLiteral("QM,WC")}}).ok());
        CHECK(editor.check(u"cohort", cohort)->warnings().join(u' ').contains(QStringLiteral("comes first")));
        CHECK_FALSE(editor
                        .update(u"cohort", cohort,
                                {{QStringLiteral("start_date"), QStringLiteral("2026-09-01")},
                                 {QStringLiteral("end_date"), QStringLiteral("2026-03-01")}})
                        .ok());
    }
}
