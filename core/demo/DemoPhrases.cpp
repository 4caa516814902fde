#include "demo/DemoPhrases.h"

#include "demo/DemoJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace score {

namespace {
struct DemoPhrasesTr {
    Q_DECLARE_TR_FUNCTIONS(score::DemoPhrases)
};

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

using demojson::strings;
}  // namespace

Result<DemoPhrases> DemoPhrases::load()
{
    const std::optional<QJsonObject> loaded = demojson::load(QStringLiteral(":/demo/phrases.json"));
    if (!loaded)
        return Error::failed(DemoPhrasesTr::tr("The demo phrases are missing from this build."));
    const QJsonObject& root = *loaded;
    DemoPhrases p;
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CountryPhrases c;
        c.familyFirst = o.value(QLatin1String("family_first")).toBool();
        c.givenWomen = strings(o.value(QLatin1String("given_women")));
        c.givenMen = strings(o.value(QLatin1String("given_men")));
        c.family = strings(o.value(QLatin1String("family")));
        c.cities = strings(o.value(QLatin1String("cities")));
        c.regions = strings(o.value(QLatin1String("regions")));
        c.companyWords = strings(o.value(QLatin1String("company_words")));
        c.counterpart = str(o, "counterpart");
        c.companySuffix = str(o, "company_suffix");
        p.countries.insert(it.key(), c);
    }
    const QJsonObject sectors = root.value(QLatin1String("sectors")).toObject();
    for (auto it = sectors.begin(); it != sectors.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        SectorPhrases s;
        s.products = strings(o.value(QLatin1String("products")));
        s.tradeWords = strings(o.value(QLatin1String("trade_words")));
        s.buyers = strings(o.value(QLatin1String("buyers")));
        const QJsonObject material = o.value(QLatin1String("material")).toObject();
        s.material = str(material, "name");
        s.materialUnit = str(material, "unit");
        s.outputUnit = str(o, "output_unit");
        p.sectors.insert(it.key(), s);
    }
    const QJsonObject modules = root.value(QLatin1String("modules")).toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ModulePhrases m;
        for (const QJsonValue& f : o.value(QLatin1String("findings")).toArray()) {
            const QJsonObject fo = f.toObject();
            m.findings.push_back({str(fo, "title"), str(fo, "description"), str(fo, "area"), str(fo, "item_key")});
        }
        for (const QJsonValue& a : o.value(QLatin1String("actions")).toArray()) {
            const QJsonObject ao = a.toObject();
            m.actions.push_back({str(ao, "title"), str(ao, "root_cause"), str(ao, "description"), str(ao, "area"),
                                 ao.value(QLatin1String("cost_usd")).toDouble(),
                                 ao.value(QLatin1String("savings_usd_per_year")).toDouble()});
        }
        m.observations = strings(o.value(QLatin1String("observations")));
        m.reportSummaries = strings(o.value(QLatin1String("report_summaries")));
        p.modules.insert(it.key(), m);
    }
    const QJsonObject suggestions = root.value(QLatin1String("suggestions")).toObject();
    for (auto it = suggestions.begin(); it != suggestions.end(); ++it)
        p.suggestions.insert(it.key(), strings(it.value()));
    p.suggestionBenefits = strings(root.value(QLatin1String("suggestion_benefits")));
    p.reviewComments = strings(root.value(QLatin1String("review_comments")));
    p.returnComments = strings(root.value(QLatin1String("return_comments")));
    p.managerComments = strings(root.value(QLatin1String("manager_comments")));
    p.approvalComments = strings(root.value(QLatin1String("approval_comments")));
    for (const QJsonValue& h : root.value(QLatin1String("hazards")).toArray()) {
        const QJsonObject ho = h.toObject();
        p.hazards.push_back({str(ho, "location"), str(ho, "hazard"), str(ho, "consequence"), str(ho, "control"), str(ho, "control_type")});
    }
    if (p.countries.isEmpty() || p.sectors.isEmpty() || p.modules.size() < 5 || p.hazards.empty())
        return Error::failed(DemoPhrasesTr::tr("The demo phrases are incomplete in this build."));
    return p;
}

}  // namespace score
