// Ctrl+F in the main window: it goes to the filter of the view in front when that view has
// one (the plan's actions, the recycle bin), else to the enterprises' filter; and no key of a
// view competes with a key of the window (Qt then runs neither and prints "Ambiguous shortcut").

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "edit/Edits.h"
#include "main/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "views/plan/PlanView.h"
#include "views/sync/SyncView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <map>

using namespace score;
using namespace score::test;

namespace {

// Collects Qt's warnings while it lives.
class WarningLog {
public:
    WarningLog() { m_previous = qInstallMessageHandler(&WarningLog::handle); }
    ~WarningLog() { qInstallMessageHandler(m_previous); }
    static QStringList& messages()
    {
        static QStringList m;
        return m;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext&, const QString& message) { messages() << message; }
    QtMessageHandler m_previous = nullptr;
};

QLineEdit* lineEditNamed(QWidget* root, const QString& accessibleName)
{
    const auto edits = root->findChildren<QLineEdit*>();
    for (QLineEdit* e : edits)
        if (e->accessibleName() == accessibleName)
            return e;
    return nullptr;
}

// The keys a widget tree answers to while shown: actions, button mnemonics-free shortcuts and
// QShortcuts, by key.
std::multimap<QString, QString> keysOf(QWidget* root)
{
    std::multimap<QString, QString> keys;
    const auto add = [&](const QKeySequence& key, const QString& what) {
        if (!key.isEmpty())
            keys.emplace(key.toString(QKeySequence::PortableText), what);
    };
    for (QAction* a : root->findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            add(k, a->text());
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        add(b->shortcut(), b->text());
    for (QShortcut* s : root->findChildren<QShortcut*>())
        add(s->key(), s->objectName());
    return keys;
}

}  // namespace

TEST_CASE("Ctrl+F goes to the filter of the view in front, else to the enterprises' filter, and no key is claimed twice")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("find.scoredesk")));
    DemoOptions demo;
    demo.enterprises = 2;
    demo.anchor = QDate(2026, 6, 14);
    demo.photos = false;
    REQUIRE(generateDemo(*t, demo).ok());
    std::unique_ptr<ManualClock> clock = std::move(t.clock);
    WorkspaceSession session(std::move(t.ws));
    session.selectDefaults();
    AppSettings settings;
    settings.setLastView(QStringLiteral("plan"));
    MainWindow window(session, settings);
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QLineEdit* enterprises = lineEditNamed(&window, QStringLiteral("Filter enterprises"));
    REQUIRE(enterprises);

    WarningLog log;
    auto* plan = window.findChild<PlanView*>();
    REQUIRE(plan);
    QLineEdit* actions = lineEditNamed(plan, QStringLiteral("Filter actions"));
    REQUIRE(actions);
    plan->table()->setFocus();
    REQUIRE(QApplication::focusWidget() == plan->table());
    QTest::keyClick(plan->table(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("guard"));
    CHECK(actions->text() == QStringLiteral("guard"));
    CHECK(enterprises->text().isEmpty());
    // Again from the filter itself: everything typed is selected, to be typed over.
    QTest::keyClick(actions, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("leak"));
    CHECK(actions->text() == QStringLiteral("leak"));
    CHECK(WarningLog::messages().filter(QStringLiteral("Ambiguous")).isEmpty());

    // A view without a filter of its own: the enterprises' filter.
    REQUIRE(window.showView(QStringLiteral("kpis")));
    window.centralWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == enterprises);

    // The sync view filters its recycle bin when that page is shown, and only then.
    auto plans = session.queries().actions(session.currentEnterprise());
    REQUIRE(plans.ok());
    REQUIRE_FALSE(plans->empty());
    REQUIRE(edit::remove(session, QStringLiteral("improvement_action"), plans->front().id, QStringLiteral("delete")).ok());
    REQUIRE(window.showView(QStringLiteral("sync")));
    auto* sync = window.findChild<SyncView*>();
    REQUIRE(sync);
    sync->showSection(SyncView::Section::Exchange);
    window.centralWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == enterprises);
    sync->showSection(SyncView::Section::RecycleBin);
    QLineEdit* bin = lineEditNamed(sync, QStringLiteral("Filter the recycle bin"));
    REQUIRE(bin);
    REQUIRE(bin->isVisible());
    window.centralWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == bin);
    CHECK(WarningLog::messages().filter(QStringLiteral("Ambiguous")).isEmpty());

    // No view answers to a key that the window's menus and toolbar answer to.
    std::multimap<QString, QString> windowKeys;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (window.centralWidget()->isAncestorOf(qobject_cast<QWidget*>(a->parent())) || a->parent() == window.centralWidget())
            continue;
        for (const QKeySequence& k : a->shortcuts())
            if (!k.isEmpty())
                windowKeys.emplace(k.toString(QKeySequence::PortableText), a->text());
    }
    REQUIRE(windowKeys.count(QStringLiteral("Ctrl+F")) == 1);
    for (const char* name : {"enterprises", "visit", "checklist", "plan", "kpis", "sync", "reports"}) {
        CAPTURE(name);
        REQUIRE(window.showView(QLatin1String(name)));
        for (const auto& [key, what] : keysOf(static_cast<QStackedWidget*>(window.centralWidget())->currentWidget())) {
            CAPTURE(key, what);
            CHECK(windowKeys.count(key) == 0);
        }
    }
}
