#pragma once
// A main view of the window (enterprises, visit, checklist, plan, KPIs, sync, reports). Views
// read through the session and listen to its notifications; they never call each other.

#include "session/WorkspaceSession.h"

#include <QIcon>
#include <QWidget>

namespace score {

class WorkspaceView : public QWidget {
    Q_OBJECT

public:
    explicit WorkspaceView(WorkspaceSession& session, QWidget* parent = nullptr) : QWidget(parent), m_session(&session) {}

    // The name used by --view and in settings ("enterprises", "visit", …).
    virtual QString viewName() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Before a screenshot: real data selected and laid out (default: nothing to do).
    virtual void prepareForScreenshot() {}
    // A file dropped on the window or opened from the command line (a bundle, say); a view
    // that handles it returns true (and the window shows that view).
    virtual bool openFile(const QString& path)
    {
        Q_UNUSED(path);
        return false;
    }
    // The views a role sees first: lower comes earlier (default: keep the order of creation).
    virtual bool offeredTo(Role role) const
    {
        Q_UNUSED(role);
        return true;
    }

protected:
    WorkspaceSession& session() { return *m_session; }

private:
    WorkspaceSession* m_session;
};

}  // namespace score
