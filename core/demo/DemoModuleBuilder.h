#pragma once
// One SCORE module at one enterprise, as it happens: the classroom session, the baseline visit
// with its checklist, two factory visits, the final visit and checklist, the findings and the
// improvement actions agreed at each, photos of evidence, and the counsellor's module report.

#include "demo/DemoKpiHistory.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlan.h"
#include "demo/DemoWorkplace.h"
#include "demo/DemoWriter.h"

namespace score::demo {

class DemoModuleBuilder {
public:
    DemoModuleBuilder(DemoRun& run, DemoWriter& writer, DemoPeople& people, DemoKpiHistory& kpiHistory, DemoWorkplace& workplace)
        : m_run(run), m_writer(writer), m_people(people), m_kpiHistory(kpiHistory), m_workplace(workplace)
    {
    }

    // `next` is when the enterprise's next module starts (invalid after the last).
    void buildModule(CohortPlan& cohort, EnterprisePlan& e, const QString& module, const QDate& classroom, const QDate& next);

    // The pieces of a module, also used for the yearly follow-up visits after the programme.
    QString visit(EnterprisePlan& e, const QString& module, const QString& type, const QDate& date, double hours,
                  const QString& observations, const QDate& nextVisit);
    // Answers the module's checklist at `maturity` (0..1); collects the items not fully met.
    QString assessment(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& kind, const QDate& date,
                       double maturity, std::vector<const TemplateItemInfo*>* weakItems);
    void findingsAndActions(EnterprisePlan& e, const QString& module, const QString& visitId, const QDate& date,
                            const std::vector<const TemplateItemInfo*>& weak, int count);

private:
    void action(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& findingId, const QDate& start,
                const ActionPhrase& phrase);
    void moduleReport(EnterprisePlan& e, const CohortPlan& cohort, const QString& module, const QDate& finalVisit);

    DemoRun& m_run;
    DemoWriter& m_writer;
    DemoPeople& m_people;
    DemoKpiHistory& m_kpiHistory;
    DemoWorkplace& m_workplace;
};

}  // namespace score::demo
