// Typing into the forms and dialogs as a counsellor does: a whole date typed over a selected
// date gives exactly that date (QDateEdit kept the old year: "2026-11-01" became 2027-11-01), an
// impossible date is refused where it was typed, and a text longer than its field allows is
// kept whole and named as too long instead of being cut without a word.

#include "support/TestSupport.h"
#include "support/WidgetDriving.h"

#include "demo/DemoGenerator.h"
#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"
#include "views/kpis/KpiReadingDialog.h"
#include "views/plan/ActionDetail.h"
#include "views/plan/NewActionDialog.h"
#include "views/plan/PlanView.h"
#include "views/visit/ActionDialog.h"
#include "views/visit/FindingDialog.h"
#include "views/visit/NewVisitDialog.h"
#include "widgets/DateField.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace score;
using namespace score::test;

namespace {

// A demo workspace whose clock says 3 December 2026, the day the counsellor typed the dates:
// a due date thirty days on falls in the next year.
struct TypingFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    TypingFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("typing.scoredesk")));
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        demo.photos = false;
        REQUIRE(generateDemo(*t, demo).ok());
        t.clock->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentEnterprise().isEmpty());
    }
    WorkspaceSession& s() { return *session; }
};

QString shownText(QWidget* editor)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
        return spin->text();
    return {};
}

QDate iso(const char* text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

}  // namespace

TEST_CASE("The date field takes a whole date typed over it as typed, and refuses one that does not exist where it was typed")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* field = new DateField(&window);
    layout->addWidget(field);
    layout->addWidget(new QLineEdit(&window));  // somewhere for Tab to go
    showActive(&window);
    field->setDate(QDate(2027, 1, 2));
    QSignalSpy changed(field, &DateField::dateChanged);
    QSignalSpy problems(field, &DateField::problemChanged);
    for (const char* typed : {"2026-11-01", "2026-02-28", "2027-03-31"}) {
        CAPTURE(typed);
        typeOver(field, QLatin1String(typed));
        CHECK(field->date() == iso(typed));
        CHECK(field->text() == QLatin1String(typed));
        CHECK(field->isAcceptable());
    }
    // Announced once each, not at each keystroke that happens to name a date ("2026-02-2").
    CHECK(changed.count() == 3);
    CHECK(problems.isEmpty());
    const QColor plain = field->palette().color(QPalette::Base);

    // 30 February: kept as typed, marked on the field, named in a sentence.
    typeOver(field, QStringLiteral("2026-02-30"));
    CHECK(field->text() == QStringLiteral("2026-02-30"));
    CHECK_FALSE(field->date().isValid());
    CHECK_FALSE(field->isAcceptable());
    CHECK(field->problem().contains(QStringLiteral("2026-02-30")));
    CHECK(field->problem().contains(QStringLiteral("28")));
    CHECK(field->shownProblem() == field->problem());
    CHECK(field->toolTip() == field->problem());
    CHECK(field->palette().color(QPalette::Base) != plain);
    REQUIRE(problems.count() == 1);
    CHECK(problems.back().front().toString() == field->problem());
    CHECK(changed.count() == 3);  // a refusal is no new date
    // Named as soon as a whole date is typed, not at every keystroke of one being typed.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("2026-1"));
    CHECK(field->shownProblem().isEmpty());
    QTest::keyClicks(field, QStringLiteral("3-01"));
    CHECK(field->shownProblem().contains(QStringLiteral("month 13")));
    typeOver(field, QStringLiteral("2026-12-01"));
    CHECK(field->shownProblem().isEmpty());
    CHECK(field->palette().color(QPalette::Base) == plain);

    // Other ways of typing a whole date, written back the one way.
    typeOver(field, QStringLiteral("20261101"));
    CHECK(field->date() == QDate(2026, 11, 1));
    CHECK(field->text() == QStringLiteral("2026-11-01"));
    typeOver(field, QStringLiteral("2026-2-5"));
    CHECK(field->text() == QStringLiteral("2026-02-05"));
    typeOver(field, QStringLiteral("1 Nov"));
    CHECK(field->shownProblem().contains(QStringLiteral("year-month-day")));

    // One part retyped, or stepped with the arrows, as QDateEdit's sections.
    field->setDate(QDate(2026, 11, 1));
    field->setFocus();
    field->setSelection(8, 2);
    QTest::keyClicks(field, QStringLiteral("15"));
    CHECK(field->date() == QDate(2026, 11, 15));
    field->setCursorPosition(6);
    QTest::keyClick(field, Qt::Key_Up);
    CHECK(field->date() == QDate(2026, 12, 15));
    field->setCursorPosition(2);
    QTest::keyClick(field, Qt::Key_Down);
    CHECK(field->date() == QDate(2025, 12, 15));
    field->setCursorPosition(10);
    QTest::keyClick(field, Qt::Key_Up);
    CHECK(field->date() == QDate(2025, 12, 16));

    // Required: empty is refused; optional: empty is no date.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClick(field, Qt::Key_Tab);
    CHECK_FALSE(field->isAcceptable());
    CHECK_FALSE(field->shownProblem().isEmpty());
    field->setOptional(true);
    CHECK(field->isAcceptable());
    CHECK(field->shownProblem().isEmpty());
    CHECK_FALSE(field->date().isValid());

    // The calendar drops down with F4 (before the window's F4, the plan's details) and gives
    // the date chosen with Return.
    QAction details(QStringLiteral("Details"), &window);
    details.setShortcut(Qt::Key_F4);
    window.addAction(&details);
    QSignalSpy detailsShown(&details, &QAction::triggered);
    field->setDate(QDate(2026, 11, 1));
    QSignalSpy finished(field, &QLineEdit::editingFinished);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_F4);
    CHECK(detailsShown.isEmpty());
    REQUIRE(field->calendar());
    REQUIRE(field->calendar()->isVisible());
    CHECK(field->calendar()->selectedDate() == QDate(2026, 11, 1));
    field->calendar()->setSelectedDate(QDate(2026, 3, 9));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(field->calendar()->isVisible());
    CHECK(field->date() == QDate(2026, 3, 9));
    CHECK(finished.count() >= 1);

    // A month: the first day of it; the latest month allowed is this one.
    auto* month = new DateField(&window, DateField::Precision::Month);
    month->setDateRange({}, QDate(2026, 12, 3));
    layout->addWidget(month);
    month->setDate(QDate(2026, 11, 1));
    typeOver(month, QStringLiteral("2026-03"));
    CHECK(month->date() == QDate(2026, 3, 1));
    typeOver(month, QStringLiteral("2026-12"));
    CHECK(month->date() == QDate(2026, 12, 1));
    typeOver(month, QStringLiteral("2027-01"));
    CHECK_FALSE(month->date().isValid());
    CHECK(month->shownProblem().contains(QStringLiteral("2026-12")));
    typeOver(month, QStringLiteral("2026-13"));
    CHECK_FALSE(month->isAcceptable());
}

TEST_CASE("A due date typed over the selected one in the new action dialog is exactly the date typed, an impossible one is refused")
{
    TypingFixture f;
    NewActionDialog dialog(f.s(), f.s().currentEnterprise(), QString());
    showActive(&dialog);
    QWidget* due = fieldLabelled(&dialog, QStringLiteral("Due date"));
    REQUIRE(dialog.dueDate() == QDate(2027, 1, 2));  // thirty days on
    for (const char* typed : {"2026-11-01", "2026-02-28", "2027-03-31"}) {
        CAPTURE(typed);
        typeOver(due, QLatin1String(typed));
        CHECK(dialog.dueDate() == iso(typed));
        CHECK(shownText(due) == QLatin1String(typed));
    }
    // 30 February: kept as typed and named, never turned into another day.
    typeOver(due, QStringLiteral("2026-02-30"));
    CHECK(shownText(due) == QStringLiteral("2026-02-30"));
    CHECK_FALSE(dialog.dueDate().isValid());
    CHECK(saysSomewhere(&dialog, QStringLiteral("2026-02-30")));
    typeOver(fieldLabelled(&dialog, QStringLiteral("Action")), QStringLiteral("Mark the walkways"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    // Corrected, it goes through.
    typeOver(due, QStringLiteral("2026-02-28"));
    CHECK_FALSE(saysSomewhere(&dialog, QStringLiteral("2026-02-30")));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.dueDate() == QDate(2026, 2, 28));
}

TEST_CASE("A due date typed in the visit's action dialog is exactly the date typed, an impossible one is refused")
{
    TypingFixture f;
    auto visits = f.s().queries().visits(f.s().currentEnterprise());
    REQUIRE(visits.ok());
    REQUIRE_FALSE(visits->empty());
    ActionDialog dialog(f.s(), visits->front().id, QString());
    showActive(&dialog);
    QWidget* due = fieldLabelled(&dialog, QStringLiteral("Due"));
    for (const char* typed : {"2026-11-01", "2026-02-28", "2027-03-31", "2025-12-24"}) {
        CAPTURE(typed);
        typeOver(due, QLatin1String(typed));
        CHECK(dialog.action().due == iso(typed));
    }
    typeOver(due, QStringLiteral("2026-02-30"));
    CHECK(shownText(due) == QStringLiteral("2026-02-30"));
    CHECK_FALSE(dialog.action().due.isValid());
    CHECK(saysSomewhere(&dialog, QStringLiteral("2026-02-30")));
    NewAction a = dialog.action();
    a.title = QStringLiteral("Ten-minute meeting at 7:50 every day");
    dialog.setAction(a);
    dialog.accept();
    CHECK(dialog.createdId().isEmpty());
    CHECK(dialog.isVisible());
}

TEST_CASE("A date typed in the action's details is saved as typed, an empty one clears it, an impossible one is refused")
{
    TypingFixture f;
    PlanView view(f.s());
    view.resize(1280, 760);
    showActive(&view);
    REQUIRE_FALSE(view.currentAction().isEmpty());
    const QString id = view.currentAction();
    const auto stored = [&](const char* field) {
        auto state = f.s().workspace().store().load(*EntitySchema::instance().entity(u"improvement_action"), id);
        REQUIRE(state->has_value());
        const FieldValue v = (*state)->value(QLatin1String(field));
        return std::holds_alternative<QString>(v) ? std::get<QString>(v) : QString();
    };
    QWidget* due = fieldLabelled(view.detail(), QStringLiteral("Due"));
    for (const char* typed : {"2026-11-01", "2027-03-31", "2026-02-28"}) {
        CAPTURE(typed);
        typeOver(due, QLatin1String(typed));
        CHECK(stored("due_date") == QLatin1String(typed));
    }
    const int steps = f.s().undoStack()->count();
    typeOver(due, QStringLiteral("2026-02-30"));
    CHECK(stored("due_date") == QStringLiteral("2026-02-28"));
    CHECK(f.s().undoStack()->count() == steps);
    CHECK(shownText(due) == QStringLiteral("2026-02-30"));
    CHECK(saysSomewhere(view.detail(), QStringLiteral("2026-02-30")));
    // The completion date is optional: emptied, it is cleared.
    QWidget* completed = fieldLabelled(view.detail(), QStringLiteral("Completed"));
    typeOver(completed, QStringLiteral("2026-11-20"));
    CHECK(stored("completed_on") == QStringLiteral("2026-11-20"));
    completed->setFocus(Qt::TabFocusReason);
    QTest::keyClick(completed, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(completed, Qt::Key_Delete);
    QTest::keyClick(completed, Qt::Key_Tab);
    CHECK(stored("completed_on").isEmpty());
}

TEST_CASE("A visit's date and a KPI reading's month are exactly what is typed")
{
    TypingFixture f;
    NewVisitDialog visit(f.s(), f.s().currentEnterprise());
    showActive(&visit);
    QWidget* date = fieldLabelled(&visit, QStringLiteral("Date"));
    for (const char* typed : {"2026-11-01", "2025-11-20"}) {
        CAPTURE(typed);
        typeOver(date, QLatin1String(typed));
        CHECK(visit.visit().date == iso(typed));
    }
    visit.hide();

    auto kpis = loadKpis(f.s().workspace());
    REQUIRE(kpis.ok());
    const auto defect = std::find_if(kpis->begin(), kpis->end(), [](const KpiInfo& k) { return k.code == u"qm.defect_rate"; });
    REQUIRE(defect != kpis->end());
    KpiReadingDialog reading(f.s(), *defect, f.s().currentEnterprise(), std::nullopt);
    showActive(&reading);
    typeOver(fieldLabelled(&reading, QStringLiteral("Month")), QStringLiteral("2025-03"));
    typeOver(fieldLabelled(&reading, defect->numerator), QStringLiteral("96"));
    typeOver(fieldLabelled(&reading, defect->denominator), QStringLiteral("4800"));
    REQUIRE(reading.save());
    auto readings = f.s().queries().kpiReadings(f.s().currentEnterprise());
    REQUIRE(readings.ok());
    CHECK(std::any_of(readings->begin(), readings->end(), [&](const KpiReadingRow& r) {
        return r.kpiId == defect->id && r.period == QStringLiteral("2025-03") && r.value == Approx(2.0);
    }));
}

// What a counsellor pasted as a finding's title: 293 characters, 93 over the limit of 200.
const QString kParagraph = QStringLiteral(
    "Compressed-air leaks at the sewing hall: three couplings on line 2 hiss audibly during the morning shift, the drain "
    "valve of the receiver is left open, and nobody records pressure drops overnight, so the compressor runs at full load "
    "for about two hours before the first machines start each day");

// The sentence of a text `over` characters over its limit ("93 characters over the limit of
// 200"; "character(s)" without the English plural forms, as in these tests).
bool saysTooLong(QWidget* root, int over, int limit)
{
    const auto labels = root->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel* l) {
        return l->isVisibleTo(root) && l->text().contains(QStringLiteral("%1 character").arg(over))
               && l->text().contains(QStringLiteral("over the limit of %1").arg(limit));
    });
}

// Pastes over whatever the field holds, with the keyboard.
void pasteOver(QWidget* editor, const QString& text)
{
    QApplication::clipboard()->setText(text);
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
}

TEST_CASE("A finding's title pasted longer than its limit is kept whole, named as too long and not saved until shortened")
{
    TypingFixture f;
    REQUIRE(kParagraph.size() == 293);
    auto visits = f.s().queries().visits(f.s().currentEnterprise());
    REQUIRE(visits.ok());
    const QString visit = visits->front().id;
    const int findings = static_cast<int>(f.s().queries().findings(visit)->size());
    FindingDialog dialog(f.s(), visit, QString());
    showActive(&dialog);
    QWidget* title = fieldLabelled(&dialog, QStringLiteral("Finding"));
    pasteOver(title, kParagraph);
    CHECK(shownText(title) == kParagraph);
    CHECK(saysTooLong(&dialog, 93, 200));
    dialog.accept();
    CHECK(dialog.createdId().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(f.s().queries().findings(visit)->size() == static_cast<size_t>(findings));
    // Shortened by hand, it is saved as it reads.
    pasteOver(title, kParagraph.left(200));
    CHECK_FALSE(saysSomewhere(&dialog, QStringLiteral("over the limit")));
    dialog.accept();
    REQUIRE_FALSE(dialog.createdId().isEmpty());
    auto saved = f.s().queries().findings(visit);
    CHECK(std::any_of(saved->begin(), saved->end(),
                      [&](const FindingRow& r) { return r.id == dialog.createdId() && r.title == kParagraph.left(200).trimmed(); }));
}

TEST_CASE("An action's title pasted longer than its limit is kept whole and named, in both dialogs and in its details")
{
    TypingFixture f;
    auto visits = f.s().queries().visits(f.s().currentEnterprise());
    REQUIRE(visits.ok());
    ActionDialog atVisit(f.s(), visits->front().id, QString());
    showActive(&atVisit);
    QWidget* title = fieldLabelled(&atVisit, QStringLiteral("Action"));
    pasteOver(title, kParagraph);
    CHECK(shownText(title) == kParagraph);
    CHECK(saysTooLong(&atVisit, 93, 200));
    atVisit.accept();
    CHECK(atVisit.createdId().isEmpty());
    CHECK(atVisit.isVisible());
    atVisit.hide();

    NewActionDialog inPlan(f.s(), f.s().currentEnterprise(), QString());
    showActive(&inPlan);
    title = fieldLabelled(&inPlan, QStringLiteral("Action"));
    pasteOver(title, kParagraph);
    CHECK(shownText(title) == kParagraph);
    CHECK(saysTooLong(&inPlan, 93, 200));
    QTest::mouseClick(inPlan.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(inPlan.result() != QDialog::Accepted);
    CHECK(inPlan.isVisible());
    inPlan.hide();

    // The details save as they are left: a title over the limit is not saved, cut or whole.
    PlanView view(f.s());
    view.resize(1280, 760);
    showActive(&view);
    const QString id = view.currentAction();
    const QString before = f.s().queries().action(id)->title;
    title = fieldLabelled(view.detail(), QStringLiteral("Action"));
    const int steps = f.s().undoStack()->count();
    pasteOver(title, kParagraph);
    QTest::keyClick(title, Qt::Key_Tab);
    CHECK(f.s().queries().action(id)->title == before);
    CHECK(f.s().undoStack()->count() == steps);
    CHECK(shownText(title) == kParagraph);
    CHECK(saysTooLong(view.detail(), 93, 200));
}

// Hidden (run by hand): a workspace made by `scorectl init` gets one enterprise and nothing
// else, through the record editor as the GUI's forms will, for trying the views by hand, e.g.
//   SCORE_FIRST_DAY_DB=/tmp/first.scoredesk build/ci/tests/ui_tests "[.firstday]"
TEST_CASE("A first day's workspace with one enterprise", "[.firstday]")
{
    const QString path = qEnvironmentVariable("SCORE_FIRST_DAY_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    addEnterprise(**ws, QStringLiteral("Minh Phat Garments"));
}
