#pragma once
// Read access to the SCORE content held in a workspace: modules, checklist templates with
// their sections and items, and KPI definitions. Used by the checklist editor, metrics,
// reports and the demo generator.

#include "storage/Workspace.h"

#include <QDate>

#include <vector>

namespace score {

struct ModuleInfo {
    QString id;
    QString code;
    int number = 0;
    QString name;
    bool mandatory = false;
};

struct TemplateItemInfo {
    QString id;
    QString key;
    QString sectionId;
    QString text;
    QString guidance;
    QString responseType;  // ynp, scale5, number, text
    QString unit;
    double weight = 1;
};

struct TemplateSectionInfo {
    QString id;
    QString key;
    QString title;
    double weight = 1;
    std::vector<TemplateItemInfo> items;
};

struct TemplateInfo {
    QString id;
    QString moduleId;
    QString moduleCode;
    int version = 0;
    QDate released;
    QString title;
    std::vector<TemplateSectionInfo> sections;

    int itemCount() const;
    const TemplateItemInfo* item(QStringView itemId) const;
};

struct KpiInfo {
    QString id;
    QString code;
    QString moduleId;
    QString moduleCode;
    QString name;
    QString unit;
    bool lowerIsBetter = true;
    QString numerator;
    QString denominator;
    double factor = 1;
    int decimals = 1;
    QString description;
};

Result<std::vector<ModuleInfo>> loadModules(Workspace& ws);
// Templates in module order, newest version last; with sections and items in order.
Result<std::vector<TemplateInfo>> loadTemplates(Workspace& ws);
Result<std::vector<KpiInfo>> loadKpis(Workspace& ws);

// The template of `moduleCode` in force on `date` (the newest released by then).
const TemplateInfo* templateInForce(const std::vector<TemplateInfo>& templates, QStringView moduleCode, const QDate& date);

}  // namespace score
