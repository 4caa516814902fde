#pragma once
// The list of main views, in the order of the view bar (Ctrl+1, Ctrl+2, …).

#include "views/WorkspaceView.h"

#include <vector>

namespace score {

std::vector<WorkspaceView*> createViews(WorkspaceSession& session, QWidget* parent);

}  // namespace score
