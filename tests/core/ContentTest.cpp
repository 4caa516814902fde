#include "support/TestSupport.h"

#include "content/ContentCatalogue.h"
#include "domain/NaturalIds.h"

using namespace score;
using namespace score::test;

TEST_CASE("The built-in catalogue has the five modules, templates of 20+ items and KPIs for each")
{
    auto catalogue = loadBuiltinCatalogue();
    REQUIRE(catalogue.ok());
    REQUIRE(catalogue->modules.modules.size() >= 5);
    QStringList modules;
    for (const auto& m : catalogue->modules.modules)
        modules << m.code;
    for (const char* code : {"WC", "QM", "CP", "WM", "OSH"}) {
        INFO(code);
        REQUIRE(modules.contains(QLatin1String(code)));
        bool hasTemplate = false;
        for (const auto& t : catalogue->templates) {
            if (t.module == QLatin1String(code)) {
                hasTemplate = true;
                REQUIRE(t.itemCount() >= 20);
                for (const auto& s : t.sections)
                    for (const auto& item : s.items)
                        REQUIRE_FALSE(item.guidance.isEmpty());
            }
        }
        REQUIRE(hasTemplate);
        int kpis = 0;
        for (const auto& k : catalogue->kpis.kpis)
            kpis += k.module == QLatin1String(code) ? 1 : 0;
        REQUIRE(kpis >= 4);
    }
}

TEST_CASE("A template's items keep their keys across versions")
{
    auto catalogue = loadBuiltinCatalogue();
    const TemplateContent* v1 = nullptr;
    const TemplateContent* v2 = nullptr;
    for (const auto& t : catalogue->templates) {
        if (t.module == u"QM" && t.version == 1)
            v1 = &t;
        if (t.module == u"QM" && t.version == 2)
            v2 = &t;
    }
    REQUIRE(v1);
    REQUIRE(v2);
    QStringList keys1, keys2;
    for (const auto& s : v1->sections)
        for (const auto& i : s.items)
            keys1 << i.key;
    for (const auto& s : v2->sections)
        for (const auto& i : s.items)
            keys2 << i.key;
    int kept = 0;
    for (const QString& k : keys1)
        kept += keys2.contains(k) ? 1 : 0;
    REQUIRE(kept >= keys1.size() - 2);
    // Items of both versions get different ids (their template differs), the same key.
    REQUIRE(naturalid::templateItem(naturalid::checklistTemplate(u"QM", 1), keys1.first())
            != naturalid::templateItem(naturalid::checklistTemplate(u"QM", 2), keys1.first()));
}

TEST_CASE("Two workspaces created apart hold identical built-in content")
{
    TempDir dir;
    auto a = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")), QStringLiteral("a"), 1);
    auto b = makeWorkspace(dir.path(QStringLiteral("b.scoredesk")), QStringLiteral("b"), 99);
    REQUIRE(canonicalDump(*a) == canonicalDump(*b));
    REQUIRE(*a->db().scalar(u"SELECT count(*) FROM template_item") >= 100);
}

TEST_CASE("Malformed templates are refused with the first problem named")
{
    SECTION("not JSON") { REQUIRE(parseTemplate("{ oops").message().contains(QStringLiteral("not valid JSON"))); }
    SECTION("a newer format")
    {
        auto r = parseTemplate(R"({"format": 9, "module": "WC"})");
        REQUIRE(r.error().kind == Error::Kind::NewerVersion);
    }
    SECTION("an unknown response type")
    {
        auto r = parseTemplate(R"({"format":1,"module":"WC","version":1,"released":"2025-01-01","title":"t",
            "sections":[{"key":"s","title":"S","items":[{"key":"wc.s.a","text":"A","response":"maybe"}]}]})");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.message().contains(QStringLiteral("maybe")));
    }
    SECTION("a repeated item key")
    {
        auto r = parseTemplate(R"({"format":1,"module":"WC","version":1,"released":"2025-01-01","title":"t",
            "sections":[{"key":"s","title":"S","items":[{"key":"wc.s.a","text":"A","response":"ynp"},
                                                         {"key":"wc.s.a","text":"B","response":"ynp"}]}]})");
        REQUIRE(r.message().contains(QStringLiteral("repeated")));
    }
}
