#pragma once
// The words of the demo: names, places, company names, and what counsellors and workers write
// (resources/demo/phrases.json). Kept apart from the generator's logic.

#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace score {

struct CountryPhrases {
    bool familyFirst = false;
    QStringList givenWomen, givenMen, family, cities, regions, companyWords;
    QString counterpart;
    QString companySuffix;
};

struct SectorPhrases {
    QStringList products, tradeWords, buyers;
    QString material;
    QString materialUnit;
    QString outputUnit;
};

struct FindingPhrase {
    QString title, description, area, itemKey;
};

struct ActionPhrase {
    QString title, rootCause, description, area;
    double costUsd = 0;
    double savingsUsdPerYear = 0;
};

struct ModulePhrases {
    std::vector<FindingPhrase> findings;
    std::vector<ActionPhrase> actions;
    QStringList observations;
    QStringList reportSummaries;
};

struct HazardPhrase {
    QString location, hazard, consequence, control, controlType;
};

struct DemoPhrases {
    QHash<QString, CountryPhrases> countries;
    QHash<QString, SectorPhrases> sectors;
    QHash<QString, ModulePhrases> modules;
    QHash<QString, QStringList> suggestions;
    QStringList suggestionBenefits, reviewComments, returnComments, managerComments, approvalComments;
    std::vector<HazardPhrase> hazards;

    static Result<DemoPhrases> load();
};

}  // namespace score
