#include "views/ViewFactory.h"

#include "views/checklist/ChecklistView.h"
#include "views/enterprises/EnterprisesView.h"
#include "views/kpis/KpiView.h"
#include "views/plan/PlanView.h"
#include "views/reports/ReportsView.h"
#include "views/sync/SyncView.h"
#include "views/visit/VisitView.h"

namespace score {

namespace {
template <class View>
ViewEntry entry(bool opensFiles = false, bool needsEnterprise = false)
{
    return {View::viewName(), View::title(),
            View::icon(),     opensFiles,
            needsEnterprise,  [](WorkspaceSession& session, QWidget* parent) -> WorkspaceView* { return new View(session, parent); }};
}
}  // namespace

std::vector<ViewEntry> viewEntries()
{
    return {
        entry<EnterprisesView>(),     entry<VisitView>(false, true), entry<ChecklistView>(false, true),
        entry<PlanView>(false, true), entry<KpiView>(false, true),   entry<SyncView>(/*opensFiles=*/true),
        entry<ReportsView>(),
    };
}

QStringList viewOrder(Role role)
{
    const QString enterprises = EnterprisesView::viewName();
    const QString visit = VisitView::viewName();
    const QString checklist = ChecklistView::viewName();
    const QString plan = PlanView::viewName();
    const QString kpis = KpiView::viewName();
    const QString sync = SyncView::viewName();
    const QString reports = ReportsView::viewName();
    switch (role) {
    case Role::Counsellor:  // a day in the factory: the enterprise, the visit and its checklist, the plan, KPIs, then sharing
        break;
    case Role::Manager:  // reviews and approves the improvement plan, follows the KPIs
        return {plan, kpis, enterprises, visit, checklist, reports, sync};
    case Role::Trainer:  // looks across the cohort, hands out reports, merges the counsellors' bundles
        return {enterprises, reports, sync, kpis, plan, visit, checklist};
    }
    return {enterprises, visit, checklist, plan, kpis, sync, reports};
}

}  // namespace score
