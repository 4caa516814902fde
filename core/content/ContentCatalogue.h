#pragma once
// SCORE content as data: modules, checklist templates (sections and items with stable keys),
// the KPI catalogue and the countries. Parsed from JSON (the files in resources/content, or a
// template a programme adds later) and checked before anything is written; a new module needs
// no code change.

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace score {

struct ModuleContent {
    QString code;
    int number = 0;
    QString name;
    bool mandatory = false;
    QString description;
};

struct ChecklistItemContent {
    QString key;
    QString text;
    QString guidance;
    QString response;  // ynp, scale5, number, text
    QString unit;
    double weight = 1;
};

struct ChecklistSectionContent {
    QString key;
    QString title;
    double weight = 1;
    std::vector<ChecklistItemContent> items;
};

struct TemplateContent {
    QString module;
    int version = 0;
    QDate released;
    QString title;
    QString language = QStringLiteral("en");
    std::vector<ChecklistSectionContent> sections;

    int itemCount() const;
};

struct KpiContent {
    QString code;
    QString module;
    QString name;
    QString unit;
    QString direction;  // lower, higher
    QString numerator;
    QString denominator;
    double factor = 1;
    QString period;
    int decimals = 1;
    double typicalBaseline = 0;
    QString description;
};

struct CountryContent {
    QString code;
    QString name;
    QString currency;
    QString locale;
};

struct ModuleCatalogue {
    QDate released;
    std::vector<ModuleContent> modules;
};
struct KpiCatalogue {
    QDate released;
    std::vector<KpiContent> kpis;
};
struct CountryCatalogue {
    QDate released;
    std::vector<CountryContent> countries;
};

// Each parser checks shape, types, lengths and enum values and names the first problem.
Result<ModuleCatalogue> parseModules(const QByteArray& json);
Result<TemplateContent> parseTemplate(const QByteArray& json);
Result<KpiCatalogue> parseKpis(const QByteArray& json);
Result<CountryCatalogue> parseCountries(const QByteArray& json);

// The content compiled into SCORE Desk (resources/content).
struct BuiltinCatalogue {
    ModuleCatalogue modules;
    std::vector<TemplateContent> templates;
    KpiCatalogue kpis;
    CountryCatalogue countries;
};
Result<BuiltinCatalogue> loadBuiltinCatalogue();

}  // namespace score
