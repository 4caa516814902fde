// The GUI's foundation: models checked by QAbstractItemModelTester, edits with undo and redo,
// the record form saving on its own, and score-desk's screenshot mode.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "edit/Edits.h"
#include "main/MainWindow.h"
#include "models/EitMemberModel.h"
#include "models/EnterpriseTableModel.h"
#include "models/ModuleProgressModel.h"
#include "models/NavigationModel.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "views/enterprises/EnterprisesView.h"
#include "widgets/ColumnFitter.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/FillColumn.h"
#include "widgets/FormColumns.h"
#include "widgets/RecordForm.h"
#include "widgets/RecordTable.h"

#include <QAbstractItemModelTester>
#include <QFormLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace score;
using namespace score::test;

namespace {

struct SessionFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    SessionFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("ui.scoredesk")));
        DemoOptions demo;
        demo.enterprises = 3;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(*t, demo).ok());
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentEnterprise().isEmpty());
    }
};

FieldValue field(WorkspaceSession& s, const char* entity, const QString& id, const char* name)
{
    auto state = s.workspace().store().load(*EntitySchema::instance().entity(QLatin1String(entity)), id);
    REQUIRE(state->has_value());
    return (*state)->value(QLatin1String(name));
}

}  // namespace

TEST_CASE("Navigation, enterprise, team and progress models pass QAbstractItemModelTester")
{
    SessionFixture f;
    NavigationModel navigation(*f.session);
    EnterpriseTableModel enterprises(*f.session);
    EitMemberModel members(*f.session);
    ModuleProgressModel progress(*f.session);
    QAbstractItemModelTester t1(&navigation, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&enterprises, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&members, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&progress, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(navigation.rowCount() == 1);
    REQUIRE(navigation.rowCount(navigation.index(0, 0)) == 3);
    REQUIRE(enterprises.rowCount() == 3);
    REQUIRE(members.rowCount() >= 5);
    REQUIRE(progress.rowCount() == 5);
    // Changes reach every model.
    const QString enterprise = f.session->currentEnterprise();
    REQUIRE(edit::setField(*f.session, QStringLiteral("enterprise"), enterprise, QStringLiteral("name"), QStringLiteral("AAA Renamed Ltd"),
                           QStringLiteral("rename"))
                .ok());
    REQUIRE(enterprises.data(enterprises.index(enterprises.rowOf(enterprise), EnterpriseTableModel::Name)).toString()
            == QStringLiteral("AAA Renamed Ltd"));
    REQUIRE(navigation.indexOfEnterprise(enterprise).data().toString() == QStringLiteral("AAA Renamed Ltd"));
}

TEST_CASE("The enterprise list comes at once and its counts follow from a worker thread, never older than the last change")
{
    SessionFixture f;
    WorkspaceSession& s = *f.session;
    auto counted = [&] {
        auto full = s.queries().enterprises();
        REQUIRE(full.ok());
        return *full;
    };
    auto countsOf = [](const auto& rows) {
        std::vector<std::pair<QString, std::tuple<int, QDate, int, int, int>>> out;
        for (const auto& e : rows)
            out.push_back(
                {e.id, {e.counts.visits, e.counts.lastVisit, e.counts.openActions, e.counts.overdueActions, e.counts.doneActions}});
        return out;
    };

    NavigationModel navigation(s);
    EnterpriseTableModel enterprises(s);
    QAbstractItemModelTester t1(&navigation, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&enterprises, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy countsChanged(&s, &WorkspaceSession::enterpriseCountsChanged);
    QTableView table;
    table.setModel(&enterprises);
    ColumnFitter::install(&table);

    // The rows are there before any count: the same enterprises, in the same order, with what
    // the lists show read as the profile reads it.
    const std::vector<EnterpriseRow> expected = counted();
    REQUIRE(s.enterprises().size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const EnterpriseListRow& listed = s.enterprises()[i];
        const EnterpriseRow& full = expected[i];
        REQUIRE(std::tie(listed.id, listed.name, listed.cohortId, listed.cohortName, listed.countryName, listed.currency, listed.locale,
                         listed.sector, listed.city, listed.employees, listed.women)
                == std::tie(full.id, full.name, full.cohortId, full.cohortName, full.countryName, full.currency, full.locale, full.sector,
                            full.city, full.employees, full.women));
    }
    REQUIRE(std::any_of(expected.begin(), expected.end(),
                        [](const EnterpriseRow& e) { return e.counts.openActions > 0 && e.counts.visits > 0; }));
    REQUIRE(
        std::any_of(expected.begin(), expected.end(), [](const EnterpriseRow& e) { return e.employees && e.women && !e.city.isEmpty(); }));

    s.waitForEnterpriseCounts();
    REQUIRE(countsChanged.count() == 1);
    REQUIRE(countsOf(s.enterprises()) == countsOf(expected));
    const QString enterprise = s.currentEnterprise();
    const int row = enterprises.rowOf(enterprise);
    const auto openIn = [&](const QAbstractItemModel& m, const QModelIndex& index) { return m.data(index).toInt(); };
    const int open = std::find_if(expected.begin(), expected.end(), [&](const EnterpriseRow& e) {
                         return e.id == enterprise;
                     })->counts.openActions;
    REQUIRE(open > 0);
    REQUIRE(openIn(enterprises, enterprises.index(row, EnterpriseTableModel::OpenActions)) == open);
    const QModelIndex navRow = navigation.indexOfEnterprise(enterprise);
    REQUIRE(openIn(navigation, navRow.siblingAtColumn(NavigationModel::OpenActionsColumn)) == open);
    // The dates that came with the counts fit their column.
    const QString lastVisit = enterprises.index(0, EnterpriseTableModel::LastVisit).data().toString();
    REQUIRE_FALSE(lastVisit.isEmpty());
    REQUIRE(table.columnWidth(EnterpriseTableModel::LastVisit) > table.fontMetrics().horizontalAdvance(lastVisit));

    // An action is done: until the new count arrives the list shows the last one, not a blank.
    auto actions = s.queries().actions(enterprise);
    REQUIRE(actions.ok());
    const auto action = std::find_if(actions->begin(), actions->end(),
                                     [](const ActionRow& a) { return a.status != u"done" && a.status != u"dropped"; });
    REQUIRE(action != actions->end());
    REQUIRE(edit::setField(s, QStringLiteral("improvement_action"), action->id, QStringLiteral("status"), QStringLiteral("done"),
                           QStringLiteral("done"))
                .ok());
    REQUIRE(openIn(enterprises, enterprises.index(enterprises.rowOf(enterprise), EnterpriseTableModel::OpenActions)) == open);
    s.waitForEnterpriseCounts();
    REQUIRE(countsOf(s.enterprises()) == countsOf(counted()));
    REQUIRE(openIn(enterprises, enterprises.index(enterprises.rowOf(enterprise), EnterpriseTableModel::OpenActions)) == open - 1);
    REQUIRE(openIn(navigation, navigation.indexOfEnterprise(enterprise).siblingAtColumn(NavigationModel::OpenActionsColumn)) == open - 1);
    // The watcher's own notice of a count already taken in changes nothing more.
    const int notices = countsChanged.count();
    QCoreApplication::processEvents();
    REQUIRE(countsChanged.count() == notices);
}

namespace {
// Drags the right edge of `section` by `dx` pixels with the mouse, as a user widens a column.
void dragSectionEdge(QHeaderView* header, int section, int dx)
{
    const int edge = header->sectionViewportPosition(section) + header->sectionSize(section) - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
    QTest::mouseMove(header->viewport(), QPoint(edge + dx, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + dx, y));
}
}  // namespace

TEST_CASE("Long lists fit their columns to the names shown, and a column the user widened keeps its width")
{
    SessionFixture f;
    EnterpriseTableModel enterprises(*f.session);
    QTableView table;
    table.setModel(&enterprises);
    ColumnFitter* fitter = ColumnFitter::install(&table);
    int longestName = 0;
    for (int row = 0; row < enterprises.rowCount(); ++row)
        longestName = std::max(longestName,
                               table.fontMetrics().horizontalAdvance(enterprises.index(row, EnterpriseTableModel::Name).data().toString()));
    REQUIRE(longestName > 0);
    CHECK(table.columnWidth(EnterpriseTableModel::Name) > longestName);
    CHECK(table.columnWidth(EnterpriseTableModel::Visits) >= table.horizontalHeader()->sectionSizeHint(EnterpriseTableModel::Visits));
    CHECK(table.columnWidth(EnterpriseTableModel::Name) == fitter->fittedWidth(EnterpriseTableModel::Name));

    // The user widens the sector column; an edit resets the model and refits the others only.
    const int nameWidth = table.columnWidth(EnterpriseTableModel::Name);
    const QString longerName = QStringLiteral("Aaa Renamed Much Longer Foods Ltd.");  // under the 40-character cap
    table.resize(1200, 400);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    dragSectionEdge(table.horizontalHeader(), EnterpriseTableModel::Sector, 120);
    const int sectorWidth = table.columnWidth(EnterpriseTableModel::Sector);
    REQUIRE(sectorWidth == fitter->fittedWidth(EnterpriseTableModel::Sector) + 120);
    REQUIRE(edit::setField(*f.session, QStringLiteral("enterprise"), f.session->currentEnterprise(), QStringLiteral("name"), longerName,
                           QStringLiteral("rename"))
                .ok());
    CHECK(table.columnWidth(EnterpriseTableModel::Sector) == sectorWidth);
    REQUIRE(table.fontMetrics().horizontalAdvance(longerName) > longestName);
    CHECK(table.columnWidth(EnterpriseTableModel::Name) > table.fontMetrics().horizontalAdvance(longerName));
    CHECK(table.columnWidth(EnterpriseTableModel::Name) > nameWidth);
}

// The team in a table whose name column is managed by FillColumn, the others sized to contents.
struct MemberTable {
    explicit MemberTable(WorkspaceSession& session) : members(session)
    {
        REQUIRE(members.rowCount() > 0);
        table.setModel(&members);
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        name = FillColumn::install(&table, EitMemberModel::Name);
    }
    EitMemberModel members;
    QTableView table;
    FillColumn* name = nullptr;
};

TEST_CASE("A table's main column fills the room the others leave, but keeps its names when they take it all")
{
    SessionFixture f;
    MemberTable t(*f.session);
    EitMemberModel& members = t.members;
    QTableView& table = t.table;
    FillColumn* name = t.name;
    int longestName = 0;
    for (int row = 0; row < members.rowCount(); ++row)
        longestName = std::max(longestName,
                               table.fontMetrics().horizontalAdvance(members.index(row, EitMemberModel::Name).data().toString()));
    REQUIRE(name->contentWidth() > longestName);
    const auto othersWidth = [&] {
        int width = 0;
        for (int column = 0; column < EitMemberModel::ColumnCount; ++column)
            width += column == EitMemberModel::Name ? 0 : table.columnWidth(column);
        return width;
    };

    // Wide: the names take what the other columns leave, to the last pixel.
    table.resize(othersWidth() + name->contentWidth() + 300, 300);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    QCoreApplication::processEvents();
    CHECK(table.columnWidth(EitMemberModel::Name) == table.viewport()->width() - othersWidth());
    CHECK(table.columnWidth(EitMemberModel::Name) > name->contentWidth());

    // Narrow (long translated headers): with QHeaderView::Stretch the names shrank to a few
    // pixels; now they keep their width and the table scrolls sideways.
    table.resize(othersWidth() / 2, 300);
    QCoreApplication::processEvents();
    CHECK(table.columnWidth(EitMemberModel::Name) == name->contentWidth());
    CHECK(table.horizontalScrollBar()->maximum() > 0);

    // A width the user drags the column to is kept when the window changes size.
    dragSectionEdge(table.horizontalHeader(), EitMemberModel::Name, -60);
    const int dragged = table.columnWidth(EitMemberModel::Name);
    REQUIRE(dragged < name->contentWidth());
    table.resize(othersWidth() + 500, 300);
    QCoreApplication::processEvents();
    CHECK(table.columnWidth(EitMemberModel::Name) == dragged);
}

TEST_CASE("A table's main column takes a width only the user drags as the user's choice")
{
    SessionFixture f;
    MemberTable t(*f.session);
    QTableView& table = t.table;
    FillColumn* name = t.name;
    table.resize(300, 300);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    QCoreApplication::processEvents();
    REQUIRE(table.columnWidth(EitMemberModel::Name) >= name->contentWidth());

    // The header resizes sections by itself too (when a model resets before the table is first
    // laid out, the visit log's modules were left at their header's width, "Safet…"): such a
    // width is not kept.
    table.horizontalHeader()->resizeSection(EitMemberModel::Name, 40);
    table.resize(320, 300);
    QCoreApplication::processEvents();
    CHECK(table.columnWidth(EitMemberModel::Name) == name->contentWidth());
}

TEST_CASE("A column of sentences gives way to the short columns beside it, and its text is elided instead")
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Finding"), QStringLiteral("Severity"), QStringLiteral("Photos")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Workers handle solvents and glues without gloves or masks")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("Medium")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("Sacks of over 40 kg carried by hand up a ramp")));
    const auto showIn = [&model](QTableView& table, int maxCharacters) {
        table.setModel(&model);
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        FillColumn::install(&table, 0, maxCharacters);
        table.resize(table.fontMetrics().averageCharWidth() * 36, 200);
        table.show();
        REQUIRE(QTest::qWaitForWindowExposed(&table));
        QCoreApplication::processEvents();
    };
    QTableView sentences;
    showIn(sentences, kMinSentenceCharacters);
    CHECK(sentences.horizontalScrollBar()->maximum() == 0);
    CHECK(sentences.columnWidth(0) >= sentences.fontMetrics().averageCharWidth() * kMinSentenceCharacters);

    // A column of names keeps them whole, and the table scrolls sideways.
    QTableView names;
    showIn(names, kMaxFittedCharacters);
    CHECK(names.horizontalScrollBar()->maximum() > 0);
}

TEST_CASE("A drop-down too narrow for its choice ends it with an ellipsis and tells it whole in a tooltip")
{
    ElidingComboBox combo;
    const QString module = QStringLiteral("5. An toàn và sức khỏe tại nơi làm việc");
    combo.addItems({module, QStringLiteral("1. Hợp tác")});
    combo.resize(combo.fontMetrics().horizontalAdvance(module) / 2, combo.sizeHint().height());
    combo.show();
    REQUIRE(QTest::qWaitForWindowExposed(&combo));
    const QString shown = combo.shownText();
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(module.startsWith(shown.chopped(1)));

    combo.setCurrentIndex(1);
    CHECK(combo.shownText() == QStringLiteral("1. Hợp tác"));
    combo.setCurrentIndex(0);
    combo.resize(combo.sizeHint());
    CHECK(combo.shownText() == module);
}

TEST_CASE("Two forms sit side by side when their fields get room, else one above the other with their fields lined up")
{
    SessionFixture f;
    auto* left = new RecordForm(*f.session, QStringLiteral("enterprise"));
    left->addField(QStringLiteral("name"));
    left->addField(QStringLiteral("supply_chain_tier"), QStringLiteral("Cấp trong chuỗi cung ứng"));
    auto* right = new RecordForm(*f.session, QStringLiteral("enterprise"));
    right->addField(QStringLiteral("employees_total"));
    right->addField(QStringLiteral("women"));
    FormColumns columns(left, right);
    const auto fieldX = [](RecordForm* form) { return form->findChild<QFormLayout*>()->itemAt(0, QFormLayout::FieldRole)->geometry().x(); };

    columns.resize(columns.widthForSideBySide() + 10, 400);
    columns.show();
    REQUIRE(QTest::qWaitForWindowExposed(&columns));
    QCoreApplication::processEvents();
    CHECK(columns.sideBySide());
    CHECK(right->x() >= left->x() + left->width());

    columns.resize(columns.widthForSideBySide() - 10, 400);
    QCoreApplication::processEvents();
    CHECK_FALSE(columns.sideBySide());
    CHECK(right->y() >= left->y() + left->height());
    CHECK(fieldX(right) == fieldX(left));

    columns.resize(columns.widthForSideBySide() + 10, 400);
    QCoreApplication::processEvents();
    CHECK(columns.sideBySide());
    CHECK(fieldX(right) < fieldX(left));  // each form's labels their own width again
}

TEST_CASE("A form above two stacked forms lines its fields up with theirs")
{
    SessionFixture f;
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* above = new RecordForm(*f.session, QStringLiteral("enterprise"), &page);
    above->addField(QStringLiteral("products"), QStringLiteral("Nguyên nhân gốc rễ của vấn đề"));
    auto* left = new RecordForm(*f.session, QStringLiteral("enterprise"), &page);
    left->addField(QStringLiteral("name"));
    auto* right = new RecordForm(*f.session, QStringLiteral("enterprise"), &page);
    right->addField(QStringLiteral("employees_total"));
    auto* columns = new FormColumns(left, right, &page);
    columns->alignLabelsWith(above);
    layout->addWidget(above);
    layout->addWidget(columns);
    const auto fieldX = [&page](RecordForm* form) {
        const QWidget* field = form->findChild<QFormLayout*>()->itemAt(0, QFormLayout::FieldRole)->widget();
        return field->mapTo(&page, QPoint(0, 0)).x();
    };

    page.resize(columns->widthForSideBySide() / 2, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();
    REQUIRE_FALSE(columns->sideBySide());
    CHECK(fieldX(left) == fieldX(above));
    CHECK(fieldX(right) == fieldX(above));

    page.resize(columns->widthForSideBySide() + 100, 400);
    QCoreApplication::processEvents();
    REQUIRE(columns->sideBySide());
    CHECK(fieldX(left) < fieldX(above));  // the long label is the upper form's own again
}

TEST_CASE("The profile shows a long value from its start, and a team member can be added only to a chosen enterprise")
{
    SessionFixture f;
    WorkspaceSession& s = *f.session;
    const QString buyers = QStringLiteral("Cooperativa Agroindustrial de Productores de Café Orgánico del Valle, regional wholesalers");
    REQUIRE(edit::setField(s, QStringLiteral("enterprise"), s.currentEnterprise(), QStringLiteral("main_buyers"), buyers,
                           QStringLiteral("buyers"))
                .ok());
    EnterprisesView view(s);
    view.resize(1000, 700);
    view.show();
    const auto boxes = view.findChildren<QLineEdit*>();
    const auto box = std::find_if(boxes.begin(), boxes.end(), [&](const QLineEdit* b) { return b->text() == buyers; });
    REQUIRE(box != boxes.end());
    REQUIRE((*box)->width() < (*box)->fontMetrics().horizontalAdvance(buyers));
    REQUIRE((*box)->cursorPosition() == 0);

    const auto buttons = view.findChildren<QPushButton*>();
    const auto add = std::find_if(buttons.begin(), buttons.end(), [](const QPushButton* b) { return b->text().startsWith(u"Add member"); });
    REQUIRE(add != buttons.end());
    REQUIRE((*add)->isEnabled());
    s.setCurrentEnterprise(QString());
    REQUIRE_FALSE((*add)->isEnabled());
}

TEST_CASE("The navigation pane opens on the current enterprise under its cohort's heading")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("nav.scoredesk")));
    DemoOptions demo;
    demo.enterprises = 30;
    demo.photos = false;
    demo.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(*t, demo).ok());
    WorkspaceSession session(std::move(t.ws));
    AppSettings settings;
    MainWindow window(session, settings);
    // An enterprise of the last cohort, far below the first screenful, is chosen before the
    // window shows, as opening a workspace chooses one.
    auto cohorts = session.queries().cohorts();
    REQUIRE(cohorts.ok());
    REQUIRE(cohorts->size() > 1);
    const auto inLast = std::find_if(session.enterprises().begin(), session.enterprises().end(),
                                     [&](const EnterpriseListRow& e) { return e.cohortId == cohorts->back().id; });
    REQUIRE(inLast != session.enterprises().end());
    session.setCurrentEnterprise(inLast->id);
    window.resize(1280, 400);
    window.show();

    const auto trees = window.findChildren<QTreeView*>();
    const auto tree = std::find_if(trees.begin(), trees.end(),
                                   [](const QTreeView* v) { return v->accessibleName() == u"Cohorts and enterprises"; });
    REQUIRE(tree != trees.end());
    const QModelIndex current = (*tree)->currentIndex();
    REQUIRE(current.data(NavigationModel::IdRole).toString() == session.currentEnterprise());
    REQUIRE(current.parent().row() > 0);
    const QRect viewport = (*tree)->viewport()->rect();
    REQUIRE((*tree)->visualRect(current.parent()).top() == 0);
    REQUIRE(viewport.contains((*tree)->visualRect(current)));
}

TEST_CASE("The window builds a view when it is first shown, from what the session holds by then")
{
    SessionFixture f;
    AppSettings settings;
    settings.setLastView(QStringLiteral("enterprises"));
    MainWindow window(*f.session, settings);
    REQUIRE(window.currentViewName() == QStringLiteral("enterprises"));
    for (const char* name : {"visit", "checklist", "plan", "kpis", "sync", "reports"})
        REQUIRE_FALSE(window.isViewBuilt(QLatin1String(name)));

    // Another enterprise is chosen while the checklist does not exist yet, and the session
    // still holds an assessment of the first one (its latest visit had none).
    const QString before = f.session->currentAssessment();
    REQUIRE_FALSE(before.isEmpty());
    auto enterprises = f.session->queries().enterprises();
    REQUIRE(enterprises.ok());
    const auto other = std::find_if(enterprises->begin(), enterprises->end(),
                                    [&](const EnterpriseRow& e) { return e.id != f.session->currentEnterprise(); });
    REQUIRE(other != enterprises->end());
    f.session->setCurrentEnterprise(other->id);
    f.session->setCurrentAssessment(before);

    REQUIRE(window.showView(QStringLiteral("checklist")));
    REQUIRE(window.isViewBuilt(QStringLiteral("checklist")));
    REQUIRE(window.currentViewName() == QStringLiteral("checklist"));
    auto assessments = f.session->queries().assessments(other->id);
    REQUIRE(assessments.ok());
    REQUIRE_FALSE(assessments->empty());
    REQUIRE(std::any_of(assessments->begin(), assessments->end(),
                        [&](const AssessmentRow& a) { return a.id == f.session->currentAssessment(); }));
    REQUIRE(settings.lastView() == QStringLiteral("checklist"));
    REQUIRE_FALSE(window.showView(QStringLiteral("no-such-view")));
    REQUIRE_FALSE(window.isViewBuilt(QStringLiteral("kpis")));
}

TEST_CASE("Edits are saved at once and undo and redo round-trip")
{
    SessionFixture f;
    WorkspaceSession& s = *f.session;
    const QString enterprise = s.currentEnterprise();
    const FieldValue before = field(s, "enterprise", enterprise, "city");
    REQUIRE(edit::setField(s, QStringLiteral("enterprise"), enterprise, QStringLiteral("city"), QStringLiteral("Thủ Đức"),
                           QStringLiteral("city"))
                .ok());
    REQUIRE(field(s, "enterprise", enterprise, "city") == FieldValue(QStringLiteral("Thủ Đức")));
    s.undoStack()->undo();
    REQUIRE(field(s, "enterprise", enterprise, "city") == before);
    s.undoStack()->redo();
    REQUIRE(field(s, "enterprise", enterprise, "city") == FieldValue(QStringLiteral("Thủ Đức")));

    // Typing into one box merges into one undo step.
    const int steps = s.undoStack()->count();
    for (const char* text : {"N", "No", "Not", "Notes"})
        REQUIRE(edit::setField(s, QStringLiteral("enterprise"), enterprise, QStringLiteral("notes"), QString::fromLatin1(text),
                               QStringLiteral("notes"), true)
                    .ok());
    REQUIRE(s.undoStack()->count() == steps + 1);
    s.undoStack()->undo();
    REQUIRE(field(s, "enterprise", enterprise, "notes") == FieldValue());

    // Creating and deleting: undo of a creation moves it to the recycle bin, redo brings it back.
    auto visit = edit::create(s, QStringLiteral("visit"),
                              {{QStringLiteral("enterprise_id"), enterprise},
                               {QStringLiteral("type"), QStringLiteral("factory_visit")},
                               {QStringLiteral("visit_date"), QStringLiteral("2026-06-15")}},
                              QStringLiteral("new visit"));
    REQUIRE(visit.ok());
    s.undoStack()->undo();
    REQUIRE_FALSE(*s.workspace().store().exists(*EntitySchema::instance().entity(u"visit"), *visit, true));
    s.undoStack()->redo();
    REQUIRE(*s.workspace().store().exists(*EntitySchema::instance().entity(u"visit"), *visit, true));
    REQUIRE(edit::remove(s, QStringLiteral("visit"), *visit, QStringLiteral("delete visit")).ok());
    s.undoStack()->undo();
    REQUIRE(*s.workspace().store().exists(*EntitySchema::instance().entity(u"visit"), *visit, true));
}

TEST_CASE("A refused edit leaves nothing on the undo stack")
{
    SessionFixture f;
    const int steps = f.session->undoStack()->count();
    const Status s = edit::setField(*f.session, QStringLiteral("enterprise"), f.session->currentEnterprise(),
                                    QStringLiteral("employees_total"), qint64(-5), QStringLiteral("employees"));
    REQUIRE_FALSE(s.ok());
    REQUIRE(s.message().contains(QStringLiteral("Employees")));
    REQUIRE(f.session->undoStack()->count() == steps);
}

TEST_CASE("score-desk renders a view to a PNG and exits 0, and bad input gets a sentence")
{
    SessionFixture f;
    const QString path = f.session->path();
    f.session.reset();
    const QString png = f.dir.path(QStringLiteral("enterprises.png"));
    QProcess app;
    app.start(QStringLiteral(SCORE_DESK_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("enterprises"), QStringLiteral("--screenshot"), png});
    REQUIRE(app.waitForFinished(60000));
    REQUIRE(app.exitCode() == 0);
    const QImage image(png);
    REQUIRE(image.width() == 1280);
    REQUIRE(image.height() == 800);

    QProcess wrongView;
    wrongView.start(QStringLiteral(SCORE_DESK_PATH), {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("nowhere"),
                                                      QStringLiteral("--screenshot"), png});
    REQUIRE(wrongView.waitForFinished(60000));
    REQUIRE(wrongView.exitCode() == 1);
    REQUIRE(QString::fromUtf8(wrongView.readAllStandardError()).contains(QStringLiteral("There is no view called")));

    QProcess missing;
    missing.start(QStringLiteral(SCORE_DESK_PATH),
                  {QStringLiteral("--db"), f.dir.path(QStringLiteral("none.scoredesk")), QStringLiteral("--screenshot"), png});
    REQUIRE(missing.waitForFinished(60000));
    REQUIRE(missing.exitCode() == 1);
    REQUIRE(QString::fromUtf8(missing.readAllStandardError()).contains(QStringLiteral("There is no workspace")));
}
