// Working as a role orders the view bar and the View menu for that role, Ctrl+1…7 follow the
// order shown, and View ▸ Work as always checks the role the toolbar's combo shows.

#include "support/TestSupport.h"

#include "main/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace score;
using namespace score::test;

namespace {
struct WindowFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("roles.scoredesk")));
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        settings.setRole(Role::Counsellor);
        settings.setLastView(QStringLiteral("enterprises"));
        window = std::make_unique<MainWindow>(*session, settings);
    }
    ~WindowFixture()
    {
        window.reset();
        session.reset();
    }

    QComboBox* roleBox() const
    {
        for (QComboBox* box : window->findChildren<QComboBox*>())
            if (box->accessibleName() == u"Role")
                return box;
        FAIL("no role combo");
        return nullptr;
    }
    QMenu* menu(const QString& title) const
    {
        for (QMenu* m : window->findChildren<QMenu*>())
            if (m->title() == title)
                return m;
        FAIL("no menu " << title.toStdString());
        return nullptr;
    }
};

// The views in the order `actions` shows them (by the name each view action carries).
QStringList viewOrder(const QList<QAction*>& actions)
{
    QStringList names;
    for (const QAction* a : actions)
        if (!a->isSeparator() && !a->menu() && !a->data().toString().isEmpty())
            names << a->data().toString();
    return names;
}

QStringList shortcutOrder(const QList<QAction*>& actions)
{
    QStringList names(7);
    for (const QAction* a : actions) {
        for (int n = 1; n <= 7; ++n)
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+%1").arg(n)))
                names[n - 1] = a->data().toString();
    }
    return names;
}

QString checkedRole(const QMenu* workAs)
{
    QString checked;
    for (const QAction* a : workAs->actions()) {
        REQUIRE(a->isCheckable());
        if (a->isChecked()) {
            REQUIRE(checked.isEmpty());  // one at a time
            checked = a->text();
        }
    }
    return checked;
}

QAction* roleAction(const QMenu* workAs, Role role)
{
    for (QAction* a : workAs->actions())
        if (a->text() == roleLabel(role))
            return a;
    FAIL("no action for " << roleLabel(role).toStdString());
    return nullptr;
}
}  // namespace

TEST_CASE("Switching role reorders the view bar, the View menu and Ctrl+1…7 for that role")
{
    WindowFixture f;
    auto* bar = f.window->findChild<QToolBar*>(QStringLiteral("ViewsToolBar"));
    REQUIRE(bar);
    QMenu* viewMenu = f.menu(QStringLiteral("&View"));

    // A counsellor's day: the enterprise, the visit and its checklist, the plan, KPIs, then sharing.
    const QStringList counsellor = {QStringLiteral("enterprises"), QStringLiteral("visit"), QStringLiteral("checklist"),
                                    QStringLiteral("plan"),        QStringLiteral("kpis"),  QStringLiteral("sync"),
                                    QStringLiteral("reports")};
    // A manager reviews and approves the plan and follows the KPIs.
    const QStringList manager = {QStringLiteral("plan"),  QStringLiteral("kpis"),      QStringLiteral("enterprises"),
                                 QStringLiteral("visit"), QStringLiteral("checklist"), QStringLiteral("reports"),
                                 QStringLiteral("sync")};
    // A trainer looks across the cohort, hands out reports and merges the counsellors' bundles.
    const QStringList trainer = {QStringLiteral("enterprises"), QStringLiteral("reports"), QStringLiteral("sync"),
                                 QStringLiteral("kpis"),        QStringLiteral("plan"),    QStringLiteral("visit"),
                                 QStringLiteral("checklist")};

    CHECK(viewOrder(bar->actions()) == counsellor);
    CHECK(viewOrder(viewMenu->actions()) == counsellor);
    CHECK(shortcutOrder(bar->actions()) == counsellor);

    f.session->setRole(Role::Manager);
    CHECK(viewOrder(bar->actions()) == manager);
    CHECK(viewOrder(viewMenu->actions()) == manager);
    CHECK(shortcutOrder(bar->actions()) == manager);

    f.roleBox()->setCurrentIndex(f.roleBox()->findData(QStringLiteral("trainer")));
    CHECK(f.session->role() == Role::Trainer);
    CHECK(viewOrder(bar->actions()) == trainer);
    CHECK(viewOrder(viewMenu->actions()) == trainer);
    CHECK(shortcutOrder(bar->actions()) == trainer);
    // The tooltip tells the shortcut the view has now.
    for (const QAction* a : bar->actions())
        if (a->data().toString() == u"reports")
            CHECK(a->toolTip().contains(QKeySequence(QStringLiteral("Ctrl+2")).toString(QKeySequence::NativeText)));

    // Reordering keeps the view shown and its check in the bar.
    REQUIRE(f.window->showView(QStringLiteral("sync")));
    f.session->setRole(Role::Counsellor);
    CHECK(f.window->currentViewName() == u"sync");
    for (const QAction* a : bar->actions())
        if (!a->data().toString().isEmpty())
            CHECK(a->isChecked() == (a->data().toString() == u"sync"));
    CHECK(viewOrder(bar->actions()) == counsellor);
}

TEST_CASE("View ▸ Work as checks the current role, whether it was chosen there or in the toolbar")
{
    WindowFixture f;
    QMenu* workAs = f.menu(QStringLiteral("Work &as"));
    QComboBox* box = f.roleBox();
    REQUIRE(workAs->actions().size() == 3);
    CHECK(checkedRole(workAs) == roleLabel(Role::Counsellor));

    // The combo → the menu.
    box->setCurrentIndex(box->findData(QStringLiteral("manager")));
    CHECK(checkedRole(workAs) == roleLabel(Role::Manager));

    // The menu → the combo, the session and the settings.
    roleAction(workAs, Role::Trainer)->trigger();
    CHECK(checkedRole(workAs) == roleLabel(Role::Trainer));
    CHECK(box->currentData().toString() == u"trainer");
    CHECK(f.session->role() == Role::Trainer);
    CHECK(f.settings.role() == Role::Trainer);

    // Choosing the checked role again leaves it checked (an exclusive group, not a toggle).
    roleAction(workAs, Role::Trainer)->trigger();
    CHECK(checkedRole(workAs) == roleLabel(Role::Trainer));

    // A role set elsewhere (the command line's --role) shows in both.
    f.session->setRole(Role::Counsellor);
    CHECK(checkedRole(workAs) == roleLabel(Role::Counsellor));
    CHECK(box->currentData().toString() == u"counsellor");
}

TEST_CASE("Without a last view, the window opens on the role's first view")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("first.scoredesk")));
    std::unique_ptr<ManualClock> clock = std::move(t.clock);
    WorkspaceSession session(std::move(t.ws));
    session.setRole(Role::Manager);
    AppSettings settings;
    settings.setLastView(QString());
    MainWindow window(session, settings);
    CHECK(window.currentViewName() == u"plan");
}
