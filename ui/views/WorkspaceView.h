#pragma once
// A main view of the window (enterprises, visit, checklist, plan, KPIs, sync, reports). Views
// read through the session and listen to its notifications; they never call each other.
// A view is built the first time it is shown (see ViewFactory.h), so its constructor starts
// from whatever the session holds by then. Each view also names itself with static
// viewName(), title() and icon(), which the window needs before the view exists.

#include "session/WorkspaceSession.h"

#include <QIcon>
#include <QWidget>

namespace score {

class WorkspaceView : public QWidget {
    Q_OBJECT

public:
    explicit WorkspaceView(WorkspaceSession& session, QWidget* parent = nullptr) : QWidget(parent), m_session(&session) {}

    // Before a screenshot: real data selected and laid out (default: nothing to do).
    virtual void prepareForScreenshot() {}
    // A file dropped on the window or opened from the command line (a bundle, say); a view
    // that handles it returns true (and the window shows that view).
    virtual bool openFile(const QString& path)
    {
        Q_UNUSED(path);
        return false;
    }
    // Ctrl+F: a view with a filter box of its own shown puts the keyboard there (its text
    // selected, to be typed over) and returns true; the window filters the enterprises
    // otherwise. One window-wide key instead of one per view, so that no two claim it.
    virtual bool focusFilter() { return false; }

protected:
    WorkspaceSession& session() { return *m_session; }

private:
    WorkspaceSession* m_session;
};

}  // namespace score
