#pragma once
// Ids of records that are unique by nature, derived from their natural key (UUID v5), so that
// two workspaces that create "the same" record offline write one record, not two.

#include "util/Uuid.h"

namespace score::naturalid {

inline QString module(QStringView code) { return nameId(u"module", code); }
inline QString country(QStringView code) { return nameId(u"country", code); }
inline QString kpiDefinition(QStringView code) { return nameId(u"kpi_definition", code); }
inline QString checklistTemplate(QStringView moduleCode, int version)
{
    return nameId(u"checklist_template", QString(moduleCode.toString() + u":v" + QString::number(version)));
}
inline QString templateSection(QStringView templateId, QStringView key) { return childId(u"template_section", templateId, key); }
inline QString templateItem(QStringView templateId, QStringView key) { return childId(u"template_item", templateId, key); }
// One answer per checklist item per assessment.
inline QString response(QStringView assessmentId, QStringView itemKey) { return childId(u"response", assessmentId, itemKey); }
// One reading per enterprise, KPI and period.
inline QString kpiReading(QStringView enterpriseId, QStringView kpiId, QStringView period)
{
    return childId(u"kpi_reading", enterpriseId, QString(kpiId.toString() + u'/' + period.toString()));
}
inline QString eitMember(QStringView enterpriseId, QStringView personId) { return childId(u"eit_member", enterpriseId, personId); }
inline QString cohortTrainer(QStringView cohortId, QStringView personId) { return childId(u"cohort_trainer", cohortId, personId); }
// A resource flow per enterprise, resource name and period.
inline QString resourceFlow(QStringView enterpriseId, QStringView name, QStringView period)
{
    return childId(u"resource_flow", enterpriseId, QString(name.toString() + u'/' + period.toString()));
}

}  // namespace score::naturalid
