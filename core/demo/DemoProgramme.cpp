#include "demo/DemoProgramme.h"

#include "demo/DemoJson.h"

#include <QCoreApplication>

namespace score {

namespace {
struct DemoProgrammeTr {
    Q_DECLARE_TR_FUNCTIONS(score::DemoProgramme)
};

using demojson::strings;
}  // namespace

Result<DemoProgramme> DemoProgramme::load()
{
    const std::optional<QJsonObject> loaded = demojson::load(QStringLiteral(":/demo/programme.json"));
    if (!loaded)
        return Error::failed(DemoProgrammeTr::tr("The demo programme is missing from this build."));
    const QJsonObject& root = *loaded;
    DemoProgramme p;
    p.cohortCountries = strings(root.value(QLatin1String("cohort_countries")));
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        p.usdRates.insert(it.key(), o.value(QLatin1String("usd_rate")).toDouble(1.0));
        p.countrySectors.insert(it.key(), strings(o.value(QLatin1String("sectors"))));
    }
    const QJsonObject sectors = root.value(QLatin1String("sectors")).toObject();
    for (auto it = sectors.begin(); it != sectors.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        p.sectorShortNames.insert(it.key(), o.value(QLatin1String("short_name")).toString());
        p.womenShares.insert(it.key(), o.value(QLatin1String("women_share")).toDouble());
    }
    const QJsonObject titles = root.value(QLatin1String("job_titles")).toObject();
    p.managementTitles = strings(titles.value(QLatin1String("management")));
    p.workerTitles = strings(titles.value(QLatin1String("workers")));

    // Every cohort country needs its sectors, and the EIT takes up to three managers.
    bool complete = !p.cohortCountries.isEmpty() && p.managementTitles.size() >= 3 && !p.workerTitles.isEmpty();
    for (const QString& country : std::as_const(p.cohortCountries))
        complete = complete && !p.sectorsOf(country).isEmpty();
    if (!complete)
        return Error::failed(DemoProgrammeTr::tr("The demo programme is incomplete in this build."));
    return p;
}

}  // namespace score
