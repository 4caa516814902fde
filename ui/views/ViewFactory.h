#pragma once
// The main views, in the order of the view bar (Ctrl+1, Ctrl+2, …), as the window knows them
// before they exist. The window builds a view the first time it is shown: until then a view
// neither loads data nor follows the session, so start-up costs the first view only, whatever
// the size of the workspace.

#include "views/WorkspaceView.h"

#include <functional>
#include <vector>

namespace score {

struct ViewEntry {
    QString name;  // for --view and the settings: "enterprises", "visit", …
    QString title;
    QIcon icon;
    bool opensFiles = false;  // is offered the files dropped on the window (bundles)
    std::function<WorkspaceView*(WorkspaceSession&, QWidget*)> create;
};

std::vector<ViewEntry> viewEntries();

}  // namespace score
