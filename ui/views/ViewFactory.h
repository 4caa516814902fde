#pragma once
// The main views as the window knows them before they exist, and the order each role sees them
// in. The window builds a view the first time it is shown: until then a view neither loads
// data nor follows the session, so start-up costs the first view only, whatever the size of
// the workspace.

#include "session/Role.h"
#include "views/WorkspaceView.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace score {

struct ViewEntry {
    QString name;  // for --view and the settings: "enterprises", "visit", …
    QString title;
    QIcon icon;
    bool opensFiles = false;       // is offered the files dropped on the window (bundles)
    bool needsEnterprise = false;  // shows one enterprise's work: nothing to show without one
    std::function<WorkspaceView*(WorkspaceSession&, QWidget*)> create;
};

std::vector<ViewEntry> viewEntries();

// Every view's name, in the order of the view bar, the View menu and Ctrl+1…7 for `role`:
// the views that role works in come first.
QStringList viewOrder(Role role);

}  // namespace score
