#include "views/ViewFactory.h"

#include "views/checklist/ChecklistView.h"
#include "views/enterprises/EnterprisesView.h"
#include "views/kpis/KpiView.h"
#include "views/plan/PlanView.h"
#include "views/reports/ReportsView.h"
#include "views/sync/SyncView.h"
#include "views/visit/VisitView.h"

namespace score {

std::vector<WorkspaceView*> createViews(WorkspaceSession& session, QWidget* parent)
{
    std::vector<WorkspaceView*> views;
    views.push_back(new EnterprisesView(session, parent));
    views.push_back(new VisitView(session, parent));
    views.push_back(new ChecklistView(session, parent));
    views.push_back(new PlanView(session, parent));
    views.push_back(new KpiView(session, parent));
    views.push_back(new SyncView(session, parent));
    views.push_back(new ReportsView(session, parent));
    return views;
}

}  // namespace score
