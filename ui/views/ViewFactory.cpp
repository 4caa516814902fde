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
ViewEntry entry(bool opensFiles = false)
{
    return {View::viewName(), View::title(), View::icon(), opensFiles,
            [](WorkspaceSession& session, QWidget* parent) -> WorkspaceView* { return new View(session, parent); }};
}
}  // namespace

std::vector<ViewEntry> viewEntries()
{
    return {
        entry<EnterprisesView>(),
        entry<VisitView>(),
        entry<ChecklistView>(),
        entry<PlanView>(),
        entry<KpiView>(),
        entry<SyncView>(/*opensFiles=*/true),
        entry<ReportsView>(),
    };
}

}  // namespace score
