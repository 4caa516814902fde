#include "views/ViewFactory.h"

#include "views/enterprises/EnterprisesView.h"

namespace score {

std::vector<WorkspaceView*> createViews(WorkspaceSession& session, QWidget* parent)
{
    std::vector<WorkspaceView*> views;
    views.push_back(new EnterprisesView(session, parent));
    return views;
}

}  // namespace score
