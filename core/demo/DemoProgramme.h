#pragma once
// The facts of the SCORE programme the demo imitates: which countries its cohorts come from and
// in what order, each country's sectors and exchange rate, each sector's short name and share of
// women (resources/demo/programme.json). Kept apart from the words (DemoPhrases) and the logic.

#include "util/Result.h"

#include <QHash>
#include <QStringList>

namespace score {

struct DemoProgramme {
    QStringList cohortCountries;      // in the order cohorts take them (seed 1 starts with the first)
    QHash<QString, double> usdRates;  // units of local currency per US dollar
    QHash<QString, QStringList> countrySectors;
    QHash<QString, QString> sectorShortNames;  // as a cohort's name says it: "garments"
    QHash<QString, double> womenShares;        // share of women in the workforce, as seen in SCORE enterprises
    QStringList managementTitles;              // of the EIT's management side, in the order they join
    QStringList workerTitles;

    double usdRate(const QString& country) const { return usdRates.value(country, 1.0); }
    QStringList sectorsOf(const QString& country) const { return countrySectors.value(country); }
    QString shortName(const QString& sector) const { return sectorShortNames.value(sector); }
    double womenShare(const QString& sector) const { return womenShares.value(sector); }

    static Result<DemoProgramme> load();
};

}  // namespace score
