// The first day, as a counsellor lives it, on the real widgets and with the keyboard and the
// mouse only: from a workspace made by `scorectl init` (no demo data), create the cohort, the
// enterprise and its improvement team; visit it, answer the module's checklist, note a finding,
// agree an action with a due date typed on the keyboard, record the KPI baseline and a
// follow-up; export a bundle; import it into a trainer's empty workspace; save a report there.
// It runs on a 1366×768 laptop and on a 1024×600 netbook, each in a process of its own, and
// checks at every step that the window and each dialog fit the screen.
// SCORE_FIRST_DAY_SHOTS=FOLDER keeps a picture of every step and dialog, to look at.

#include "support/ScreenChild.h"
#include "support/TestSupport.h"
#include "support/WidgetDriving.h"

#include "main/AppController.h"
#include "main/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "storage/ContentQueries.h"
#include "storage/ProgrammeDirectory.h"
#include "storage/Workspace.h"
#include "views/checklist/ChecklistView.h"
#include "views/enterprises/EnterprisesView.h"
#include "views/kpis/KpiView.h"
#include "views/plan/PlanView.h"
#include "views/reports/ReportsView.h"
#include "views/sync/SyncView.h"
#include "views/visit/VisitView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace score;
using namespace score::test;

namespace {

const QString kOnScreen = QStringLiteral("[.first-day-on-screen]");

// The screen's room, and the pictures of this run named after it.
struct Screen {
    QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    Pictures pictures{"SCORE_FIRST_DAY_SHOTS", QStringLiteral("%1x%2").arg(available.width()).arg(available.height())};

    // `widget` is whole on the screen, and pictured.
    void look(QWidget* widget, const QString& name)
    {
        settleEvents();
        INFO(name.toStdString() << ": " << widget->frameGeometry().x() << "," << widget->frameGeometry().y() << " "
                                << widget->frameGeometry().width() << "×" << widget->frameGeometry().height() << " on a screen of "
                                << available.width() << "×" << available.height());
        CHECK(available.contains(widget->frameGeometry()));
        pictures.take(widget, name);
    }
};

// A workspace made as the README says, by `scorectl init`.
QString initWorkspace(const TempDir& dir, const QString& file, const QStringList& who)
{
    const QString path = dir.path(file);
    const CliResult made = runScorectl(QStringList{QStringLiteral("init"), QStringLiteral("--db"), path} + who);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return path;
}

// Chooses a view with a click on its button in the view bar.
void goTo(MainWindow& window, const QString& view)
{
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        for (QAction* action : bar->actions()) {
            if (action->data().toString() != view)
                continue;
            auto* button = qobject_cast<QAbstractButton*>(bar->widgetForAction(action));
            REQUIRE(button != nullptr);
            click(button);
            settleEvents();
            REQUIRE(window.currentViewName() == view);
            return;
        }
    }
    FAIL("no button for the view " << view.toStdString());
}

// Answers a file dialog as a person does: the whole path typed into its name field, then Return.
void typeFileName(QWidget* dialog, const QString& path)
{
    auto* files = qobject_cast<QFileDialog*>(dialog);
    REQUIRE(files != nullptr);
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name != nullptr);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
}

// Clicks the row of `view` that shows `words` in one of its cells.
void clickRowSaying(QAbstractItemView* view, const QString& words)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data().toString() != words)
                continue;
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
            settleEvents();
            REQUIRE(view->currentIndex().row() == row);
            return;
        }
    }
    FAIL("no row saying “" << words.toStdString() << "”");
}

QString iso(const QDate& date) { return date.toString(Qt::ISODate); }

}  // namespace

TEST_CASE("A counsellor's first day, from scorectl init to a report, on a 1366×768 laptop and a 1024×600 netbook", "[first-day]")
{
    for (const QSize screen : {QSize(1366, 768), QSize(1024, 600)}) {
        CAPTURE(screen.width(), screen.height());
        TempDir dir;
        runOnScreen(dir, screen, kOnScreen);
    }
}

// The test above, in a process of its own on the screen it was given.
TEST_CASE("A counsellor's first day on the screen given", "[.first-day-on-screen]")
{
    Screen screen;
    TempDir dir;
    const QString mine = initWorkspace(dir, QStringLiteral("lan.scoredesk"),
                                       {QStringLiteral("--user"), QStringLiteral("Lan Nguyen"), QStringLiteral("--role"),
                                        QStringLiteral("counsellor"), QStringLiteral("--gender"), QStringLiteral("woman"),
                                        QStringLiteral("--device-name"), QStringLiteral("lan-laptop")});
    // Opened as the app opens it, on a computer where nobody chose a way of working yet: the
    // workspace's own person says it is a counsellor's.
    AppSettings settings;
    REQUIRE_FALSE(settings.hasRole());
    AppController app(settings);
    REQUIRE(app.openWorkspace(mine, false));
    WorkspaceSession* session = app.session();
    MainWindow* window = app.window();
    CHECK(session->role() == Role::Counsellor);
    showActive(window);
    screen.look(window, QStringLiteral("empty-workspace"));
    const QDate today = session->workspace().clock().today();

    // 1. The cohort, with its keyboard shortcut.
    whenDialogShows(QStringLiteral("new cohort"), [&](QWidget* dialog) {
        typeOver(fieldLabelled(dialog, QStringLiteral("Name")), QStringLiteral("Dong Nai garments 2027"));
        chooseIn(fieldLabelled(dialog, QStringLiteral("Country")), QStringLiteral("Viet Nam"));
        chooseIn(fieldLabelled(dialog, QStringLiteral("Sector")), QStringLiteral("Garments"));
        typeOver(fieldLabelled(dialog, QStringLiteral("City or region")), QStringLiteral("Dong Nai"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Implementing institution")), QStringLiteral("VCCI"));
        typeOver(fieldLabelled(dialog, QStringLiteral("End date")), iso(today.addYears(1)));
        screen.look(dialog, QStringLiteral("new-cohort"));
        click(buttonSaying(dialog, QStringLiteral("Add")));
    });
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(dialogsAnswered());
    {
        ProgrammeDirectory directory(session->workspace());
        auto cohorts = directory.cohorts();
        REQUIRE(cohorts.ok());
        REQUIRE(cohorts->size() == 1);
        CHECK(cohorts->front().name == QStringLiteral("Dong Nai garments 2027"));
    }
    screen.look(window, QStringLiteral("a-cohort"));

    // 2. The enterprise, from the empty view's own button.
    whenDialogShows(QStringLiteral("new enterprise"), [&](QWidget* dialog) {
        typeOver(fieldLabelled(dialog, QStringLiteral("Name")), QStringLiteral("Minh Phat Garments"));
        auto* cohort = qobject_cast<QComboBox*>(fieldLabelled(dialog, QStringLiteral("Cohort")));
        REQUIRE(cohort != nullptr);
        CHECK(cohort->currentText().contains(QStringLiteral("Dong Nai garments 2027")));
        typeOver(fieldLabelled(dialog, QStringLiteral("City")), QStringLiteral("Bien Hoa"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Employees")), QStringLiteral("120"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Women")), QStringLiteral("70"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Men")), QStringLiteral("50"));
        auto* counsellor = qobject_cast<QComboBox*>(fieldLabelled(dialog, QStringLiteral("Counsellor")));
        REQUIRE(counsellor != nullptr);
        CHECK(counsellor->currentText().contains(QStringLiteral("Lan Nguyen")));
        screen.look(dialog, QStringLiteral("new-enterprise"));
        click(buttonSaying(dialog, QStringLiteral("Add")));
    });
    goTo(*window, EnterprisesView::viewName());
    click(buttonSaying(window, QStringLiteral("New enterprise")));
    REQUIRE(dialogsAnswered());
    auto enterprises = session->queries().enterprises();
    REQUIRE(enterprises.ok());
    REQUIRE(enterprises->size() == 1);
    const QString enterprise = enterprises->front().id;
    screen.look(window, QStringLiteral("an-enterprise"));

    // 3. Its improvement team: a manager and a worker, each a new person.
    const auto addMember = [&](const QString& name, const QString& gender, const QString& side, const QString& job) {
        whenDialogShows(QStringLiteral("new team member ") + name, [&, name, gender, side, job](QWidget* dialog) {
            chooseIn(fieldLabelled(dialog, QStringLiteral("Person")), QStringLiteral("A new person"));
            typeOver(fieldLabelled(dialog, QStringLiteral("Name")), name);
            chooseIn(fieldLabelled(dialog, QStringLiteral("Gender")), gender);
            typeOver(fieldLabelled(dialog, QStringLiteral("Job title")), job);
            chooseIn(fieldLabelled(dialog, QStringLiteral("Side")), side);
            screen.look(dialog, QStringLiteral("team-member"));
            click(buttonSaying(dialog, QStringLiteral("OK")));
        });
        click(buttonSaying(window, QStringLiteral("Add member")));
        REQUIRE(dialogsAnswered());
    };
    addMember(QStringLiteral("Hoa Pham"), QStringLiteral("Woman"), QStringLiteral("Management"), QStringLiteral("Production manager"));
    addMember(QStringLiteral("Tuan Le"), QStringLiteral("Man"), QStringLiteral("Worker"), QStringLiteral("Sewing line leader"));
    auto team = session->queries().eitMembers(enterprise);
    REQUIRE(team.ok());
    CHECK(team->size() == 2);
    CHECK(saysSomewhere(window, QStringLiteral("2 members · management 1, workers 1 · women 1, men 1")));
    screen.look(window, QStringLiteral("a-team"));

    // 4. A visit of module 1 that starts its assessment.
    goTo(*window, VisitView::viewName());
    whenDialogShows(QStringLiteral("new visit"), [&](QWidget* dialog) {
        chooseIn(fieldLabelled(dialog, QStringLiteral("Module")), QStringLiteral("1."));
        auto* counsellor = qobject_cast<QComboBox*>(fieldLabelled(dialog, QStringLiteral("Counsellor")));
        REQUIRE(counsellor != nullptr);
        CHECK(counsellor->currentText().contains(QStringLiteral("Lan Nguyen")));
        const auto boxes = dialog->findChildren<QCheckBox*>();
        REQUIRE(boxes.size() == 1);
        CHECK(boxes.front()->isChecked());
        screen.look(dialog, QStringLiteral("new-visit"));
        click(buttonSaying(dialog, QStringLiteral("Create visit")));
    });
    click(buttonSaying(window, QStringLiteral("New visit")));
    REQUIRE(dialogsAnswered());
    auto visits = session->queries().visits(enterprise);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 1);
    screen.look(window, QStringLiteral("a-visit"));

    // 5. The checklist, answered with the keys Y, P and N.
    goTo(*window, ChecklistView::viewName());
    auto* items = named<QAbstractItemView>(window, QStringLiteral("Checklist items"));
    REQUIRE(items != nullptr);
    REQUIRE(items->model()->rowCount() > 3);
    items->setFocus(Qt::TabFocusReason);
    for (const Qt::Key answer : {Qt::Key_Y, Qt::Key_Y, Qt::Key_P, Qt::Key_N})
        QTest::keyClick(items, answer);
    settleEvents();
    auto* answered = named<QProgressBar>(window, QStringLiteral("Items answered"));
    REQUIRE(answered != nullptr);
    CHECK(answered->value() == 4);
    CHECK(answered->text().startsWith(QStringLiteral("4 of ")));
    screen.look(window, QStringLiteral("a-checklist"));

    // 6. A finding of the visit.
    goTo(*window, VisitView::viewName());
    whenDialogShows(QStringLiteral("new finding"), [&](QWidget* dialog) {
        typeOver(fieldLabelled(dialog, QStringLiteral("Finding")), QStringLiteral("No channel for workers' suggestions"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Description")),
                 QStringLiteral("Workers on the sewing lines have nobody to tell their ideas to."));
        screen.look(dialog, QStringLiteral("new-finding"));
        click(buttonSaying(dialog, QStringLiteral("Add finding")));
    });
    click(buttonSaying(window, QStringLiteral("Add finding")));
    REQUIRE(dialogsAnswered());
    auto findings = session->queries().findings(visits->front().id);
    REQUIRE(findings.ok());
    REQUIRE(findings->size() == 1);

    // 7. The action that answers it, its due date typed on the keyboard.
    const QDate due = today.addDays(30);
    whenDialogShows(QStringLiteral("new action"), [&](QWidget* dialog) {
        typeOver(fieldLabelled(dialog, QStringLiteral("Action")), QStringLiteral("Put up a suggestion box on each floor"));
        chooseIn(fieldLabelled(dialog, QStringLiteral("Finding")), QStringLiteral("No channel for workers' suggestions"));
        chooseIn(fieldLabelled(dialog, QStringLiteral("Owner")), QStringLiteral("Hoa Pham"));
        typeOver(fieldLabelled(dialog, QStringLiteral("Due")), iso(due));
        screen.look(dialog, QStringLiteral("new-action"));
        click(buttonSaying(dialog, QStringLiteral("Add action")));
    });
    click(buttonSaying(window, QStringLiteral("Add action")));
    REQUIRE(dialogsAnswered());
    auto actions = session->queries().actions(enterprise);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->front().dueDate == due);
    CHECK(actions->front().ownerName == QStringLiteral("Hoa Pham"));
    screen.look(window, QStringLiteral("a-finding-and-an-action"));

    // 8. A KPI's baseline two months ago and its follow-up last month.
    goTo(*window, KpiView::viewName());
    auto* kpis = named<QAbstractItemView>(window, QStringLiteral("KPIs"));
    REQUIRE(kpis != nullptr);
    clickRowSaying(kpis, QStringLiteral("Suggestions made"));
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto recordReading = [&](const QDate& month, const QString& kind, const QString& value) {
        whenDialogShows(QStringLiteral("KPI reading ") + kind, [&, month, kind, value](QWidget* dialog) {
            typeOver(fieldLabelled(dialog, QStringLiteral("Month")), month.toString(QStringLiteral("yyyy-MM")));
            chooseIn(fieldLabelled(dialog, QStringLiteral("Reading")), kind);
            typeOver(fieldLabelled(dialog, QStringLiteral("Worker suggestions received")), value);
            screen.look(dialog, QStringLiteral("kpi-reading"));
            click(buttonSaying(dialog, QStringLiteral("Save")));
        });
        click(buttonSaying(window, QStringLiteral("Record reading")));
        REQUIRE(dialogsAnswered());
    };
    recordReading(thisMonth.addMonths(-2), QStringLiteral("Baseline"), QStringLiteral("3"));
    recordReading(thisMonth.addMonths(-1), QStringLiteral("Follow-up"), QStringLiteral("12"));
    auto readings = session->queries().kpiReadings(enterprise);
    REQUIRE(readings.ok());
    REQUIRE(readings->size() == 2);
    screen.look(window, QStringLiteral("kpi-readings"));

    // 9. A bundle of the day's work, protected by a passphrase.
    goTo(*window, SyncView::viewName());
    const QString bundle = dir.path(QStringLiteral("lan-first-day.scorebundle"));
    const QString passphrase = QStringLiteral("sewing line 4 at dawn");
    click(buttonSaying(window, QStringLiteral("Protect the bundle with a passphrase")));
    typeOver(namedWidget(window, QStringLiteral("Passphrase")), passphrase);
    typeOver(namedWidget(window, QStringLiteral("Passphrase again")), passphrase);
    whenDialogShows(QStringLiteral("the file to export to"), [&](QWidget* dialog) {
        screen.look(dialog, QStringLiteral("export-file"));
        typeFileName(dialog, bundle);
    });
    click(buttonSaying(window, QStringLiteral("Export bundle")));
    REQUIRE(dialogsAnswered());
    REQUIRE(QFile::exists(bundle));
    CHECK(saysSomewhere(window, QStringLiteral("Wrote")));
    screen.look(window, QStringLiteral("exported"));

    // 10. A trainer's empty workspace imports it.
    const QString theirs = initWorkspace(dir, QStringLiteral("thu.scoredesk"),
                                         {QStringLiteral("--user"), QStringLiteral("Thu Tran"), QStringLiteral("--role"),
                                          QStringLiteral("trainer"), QStringLiteral("--device-name"), QStringLiteral("thu-laptop")});
    REQUIRE(app.openWorkspace(theirs, false));
    session = app.session();
    window = app.window();
    CHECK(session->role() == Role::Trainer);
    showActive(window);
    goTo(*window, SyncView::viewName());
    whenDialogShows(QStringLiteral("the bundle to import"), [&](QWidget* files) {
        whenDialogShows(QStringLiteral("the passphrase"), [&](QWidget* asking) {
            whenDialogShows(QStringLiteral("the import's preview"), [&](QWidget* preview) {
                screen.look(preview, QStringLiteral("import-preview"));
                click(buttonSaying(preview, QStringLiteral("Import")));
            });
            screen.look(asking, QStringLiteral("passphrase"));
            auto* field = asking->findChild<QLineEdit*>();
            REQUIRE(field != nullptr);
            field->setFocus();
            QTest::keyClicks(field, passphrase);
            click(buttonSaying(asking, QStringLiteral("Open")));
        });
        typeFileName(files, bundle);
    });
    click(buttonSaying(window, QStringLiteral("Import bundle")));
    REQUIRE(dialogsAnswered());
    CHECK(saysSomewhere(window, QStringLiteral("Imported")));
    screen.look(window, QStringLiteral("imported"));
    auto received = session->queries().enterprises();
    REQUIRE(received.ok());
    REQUIRE(received->size() == 1);
    CHECK(received->front().name == QStringLiteral("Minh Phat Garments"));
    auto receivedActions = session->queries().actions(enterprise);
    REQUIRE(receivedActions.ok());
    REQUIRE(receivedActions->size() == 1);
    CHECK(receivedActions->front().dueDate == due);
    auto receivedReadings = session->queries().kpiReadings(enterprise);
    REQUIRE(receivedReadings.ok());
    CHECK(receivedReadings->size() == 2);

    // 11. The trainer saves the enterprise's progress report as a PDF.
    goTo(*window, ReportsView::viewName());
    chooseIn(namedWidget(window, QStringLiteral("Report")), QStringLiteral("Enterprise progress report"));
    chooseIn(namedWidget(window, QStringLiteral("Subject of the report")), QStringLiteral("Minh Phat Garments"));
    chooseIn(namedWidget(window, QStringLiteral("Format")), QStringLiteral("PDF"));
    settleEvents(200);
    screen.look(window, QStringLiteral("report"));
    const QString report = dir.path(QStringLiteral("minh-phat.pdf"));
    whenDialogShows(QStringLiteral("the file to save the report to"), [&](QWidget* dialog) { typeFileName(dialog, report); });
    click(buttonSaying(window, QStringLiteral("Save")));
    REQUIRE(dialogsAnswered());
    QFile pdf(report);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(saysSomewhere(window, QStringLiteral("Saved to")));
}
