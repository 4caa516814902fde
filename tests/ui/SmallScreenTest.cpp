// The small laptop: counsellors carry 1366×768 and 1024×600 screens. Every view (with demo data
// and on an empty workspace, in every language) and every dialog fits a 1024×600 screen; a
// window saved on a big screen opens inside a small one; the Sync view's Conflicts page keeps
// its buttons in view.

#include "support/ScreenChild.h"
#include "support/SyncSupport.h"

#include "content/ContentTranslation.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "main/NewWorkspaceDialog.h"
#include "main/WelcomeDialog.h"
#include "models/AttachmentListModel.h"
#include "models/ChecklistModel.h"
#include "programme/SheetExchange.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "storage/ContentQueries.h"
#include "storage/RecordEditor.h"
#include "views/checklist/NewAssessmentDialog.h"
#include "views/enterprises/EitMemberDialog.h"
#include "views/kpis/KpiReadingDialog.h"
#include "views/plan/NewActionDialog.h"
#include "views/programme/PeopleDialog.h"
#include "views/programme/ProgrammeRecordDialog.h"
#include "views/programme/SheetImportDialog.h"
#include "views/sync/ConflictsPage.h"
#include "views/sync/ImportFlow.h"
#include "views/sync/ImportPreviewDialog.h"
#include "views/sync/SyncView.h"
#include "views/visit/ActionDialog.h"
#include "views/visit/FindingDialog.h"
#include "views/visit/NewVisitDialog.h"
#include "widgets/FittingToolBar.h"
#include "widgets/FlowRow.h"
#include "widgets/FormColumns.h"
#include "widgets/PhotoViewer.h"
#include "widgets/RecordForm.h"
#include "widgets/VerticalScrollArea.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdio>

using namespace score;
using namespace score::test;

namespace {

// The room a 1024×600 screen leaves for the inside of a window: a 40 px panel (Windows'
// taskbar at 100 %; GNOME's top bar takes 32, XFCE's 28–30) leaves 560 px for the window and
// its frame; a 32 px title bar and 8 px borders leave 1008×520 for what the window shows.
constexpr QSize kSmallScreenRoom(1008, 520);

const char* const kLanguages[] = {"en", "vi", "es", "id"};

// One language for the widgets made while it lives (the interface, Qt's own strings, the SCORE
// content, dates), as score-desk --lang would install it; English comes back afterwards.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language) : m_locale(QLocale())
    {
        if (language == u"en")
            return;
        REQUIRE(m_interface.load(QStringLiteral("scoredesk_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_interface);
        if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(language));
        ContentTranslation::install(language);
    }
    ~ScopedLanguage()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_interface);
        QLocale::setDefault(m_locale);
        ContentTranslation::install(QStringLiteral("en"));
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_locale;
    QTranslator m_interface;
    QTranslator m_qt;
};

// A workspace as `scorectl init` leaves it, or filled as `scorectl demo` fills it.
struct Desk {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;
    QString name;

    explicit Desk(bool demo) : name(demo ? QStringLiteral("demo") : QStringLiteral("empty"))
    {
        TestWorkspace t = makeWorkspace(dir.path(name + QStringLiteral(".scoredesk")));
        if (demo) {
            DemoOptions options;
            options.anchor = QDate(2026, 11, 27);
            REQUIRE(generateDemo(*t, options).ok());
        }
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
    }
    ~Desk() { session.reset(); }
    WorkspaceSession& s() { return *session; }
};

// A view of the window, or one page of the Sync view.
struct Page {
    const char* view;
    int syncSection = -1;
    QString label() const
    {
        static const char* const sections[] = {"exchange", "conflicts", "devices", "recycle bin", "backups"};
        return syncSection < 0 ? QString::fromLatin1(view) : QStringLiteral("sync: ") + QLatin1String(sections[syncSection]);
    }
};

std::vector<Page> allPages()
{
    std::vector<Page> pages;
    for (const char* view : {"enterprises", "visit", "checklist", "plan", "kpis"})
        pages.push_back({view});
    for (int section = 0; section < 5; ++section)
        pages.push_back({"sync", section});
    pages.push_back({"reports"});
    return pages;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

// What a window lets itself be made: its minimum, and its size after asking for the room.
struct Measure {
    QSize minimumSizeHint;
    QSize minimumSize;
    QSize sizeInRoom;
};

Measure measure(QWidget& window)
{
    window.resize(kSmallScreenRoom);
    settle();
    if (window.layout())
        window.layout()->activate();
    window.resize(kSmallScreenRoom);
    settle();
    return {window.minimumSizeHint(), window.minimumSize(), window.size()};
}

bool fits(QSize size) { return size.width() <= kSmallScreenRoom.width() && size.height() <= kSmallScreenRoom.height(); }

QString text(QSize size) { return QStringLiteral("%1×%2").arg(size.width()).arg(size.height()); }

// The main window of `desk` showing `page`, fresh (a window that showed other views keeps
// their minimum sizes too: a stack is as small as its biggest page lets it be).
struct ShownWindow {
    AppSettings settings;
    std::unique_ptr<MainWindow> window;

    ShownWindow(Desk& desk, const Page& page)
    {
        settings.setWindowGeometry({});
        settings.setWindowState({});
        settings.setLastView(QLatin1String(page.view));  // else the window builds the last view shown too
        window = std::make_unique<MainWindow>(desk.s(), settings);
        REQUIRE(window->showView(QLatin1String(page.view)));
        window->resize(kSmallScreenRoom);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        if (page.syncSection >= 0) {
            auto* sync = window->findChild<SyncView*>();
            REQUIRE(sync != nullptr);
            sync->showSection(static_cast<SyncView::Section>(page.syncSection));
        }
        settle();
    }
};

// Answers the import's questions without dialogs and keeps the preview it was shown.
class PreviewCatcher final : public SyncPrompter {
public:
    std::optional<ImportPreview> preview;
    QString chooseBundleToImport(QWidget*, const QString&) override { return {}; }
    QString chooseExportFile(QWidget*, const QString&) override { return {}; }
    std::optional<QString> askPassphrase(QWidget*, const QString&, const QString&) override { return std::nullopt; }
    bool confirmChangedKey(QWidget*, const KeyChange&) override { return false; }
    bool confirmMassDelete(QWidget*, const MassDelete&) override { return true; }
    bool reviewImport(QWidget*, const ImportPreview& p) override
    {
        preview = p;
        return false;
    }
    bool confirmRestore(QWidget*, const BackupInfo&) override { return false; }
    void showError(QWidget*, const QString&) override {}
};

// Every dialog of the app that `desk` can open, made as its view makes it (the window as parent).
struct Dialogs {
    AppSettings settings;  // before the dialogs that keep a pointer to it
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> list;
    std::unique_ptr<AttachmentListModel> photos;
    std::vector<TemplateInfo> templates;
};

// The first id a query gives for `value`, or nothing.
QString firstId(Workspace& ws, const QString& sql, const QString& value)
{
    auto stmt = ws.db().prepare(sql);
    REQUIRE(stmt.ok());
    stmt->bind(1, value);
    return stmt->next() ? stmt->text(0) : QString();
}

void makeDialogs(Desk& desk, QWidget* parent, Dialogs& d, const QString& importablePreviewBundle)
{
    WorkspaceSession& s = desk.s();
    auto add = [&](const char* name, QDialog* dialog) { d.list.emplace_back(QLatin1String(name), std::unique_ptr<QDialog>(dialog)); };
    add("welcome",
        new WelcomeDialog(
            {QDir::homePath()
                 + QStringLiteral("/Documents/SCORE/Đồng Nai furniture cohort 2025 — counsellor Nguyễn Thị Thanh Hương.scoredesk"),
             QDir::homePath() + QStringLiteral("/Documents/SCORE/demo.scoredesk")},
            parent));
    if (!importablePreviewBundle.isEmpty()) {
        PreviewCatcher catcher;
        ImportFlow(s, catcher, parent).run(importablePreviewBundle);
        REQUIRE(catcher.preview.has_value());
        add("import preview", new ImportPreviewDialog(*catcher.preview, parent));
    }
    // The first day's dialogs open on an empty workspace as on a full one.
    add("new workspace", new NewWorkspaceDialog(d.settings, parent));
    add("new cohort", new ProgrammeRecordDialog(s, ProgrammeKind::Cohort, QString(), {}, parent));
    add("new enterprise", new ProgrammeRecordDialog(s, ProgrammeKind::Enterprise, QString(), {}, parent));
    add("new person", new ProgrammeRecordDialog(s, ProgrammeKind::Person, QString(), {}, parent));
    add("people", new PeopleDialog(s, parent));
    {
        // A spreadsheet of the workspace's own programme (a header only on an empty one).
        const QString sheet = QDir(QFileInfo(s.workspace().path()).absolutePath()).filePath(QStringLiteral("programme.xlsx"));
        REQUIRE(exportSheets(s.workspace(), sheet, SheetFormat::Xlsx).ok());
        add("spreadsheet import", new SheetImportDialog(s, {sheet}, parent));
    }
    const QString enterprise = s.currentEnterprise();
    if (enterprise.isEmpty())
        return;  // nothing else opens without an enterprise
    add("enterprise", new ProgrammeRecordDialog(s, ProgrammeKind::Enterprise, enterprise, {}, parent));
    const QString cohort = firstId(s.workspace(), QStringLiteral("SELECT cohort_id FROM enterprise WHERE id = ?1"), enterprise);
    if (!cohort.isEmpty())
        add("cohort", new ProgrammeRecordDialog(s, ProgrammeKind::Cohort, cohort, {}, parent));
    // A visit with a finding that has a photo, so that every dialog has something to show.
    const QString finding = firstId(s.workspace(),
                                    QStringLiteral("SELECT f.id FROM finding f JOIN attachment a ON a.owner_id = f.id AND a.deleted = 0 "
                                                   "WHERE f.deleted = 0 AND f.enterprise_id = ?1 ORDER BY f.id LIMIT 1"),
                                    enterprise);
    REQUIRE_FALSE(finding.isEmpty());
    const QString visit = firstId(s.workspace(), QStringLiteral("SELECT visit_id FROM finding WHERE id = ?1"), finding);
    add("new visit", new NewVisitDialog(s, enterprise, parent));
    add("new finding", new FindingDialog(s, visit, QString(), parent));
    add("finding", new FindingDialog(s, visit, finding, parent));
    add("visit action", new ActionDialog(s, visit, finding, parent));
    auto templates = loadTemplates(s.workspace());
    REQUIRE(templates.ok());
    d.templates = *templates;
    add("new assessment", new NewAssessmentDialog(s, d.templates, parent));
    add("new action (plan)", new NewActionDialog(s, enterprise, QStringLiteral("OSH"), parent));
    auto kpis = loadKpis(s.workspace());
    REQUIRE(kpis.ok());
    for (const KpiInfo& kpi : *kpis)
        if (!kpi.denominator.isEmpty()) {
            add("KPI reading", new KpiReadingDialog(s, kpi, enterprise, 6.0, parent));
            break;
        }
    add("new EIT member", new EitMemberDialog(s, enterprise, QString(), parent));
    const QString member = firstId(s.workspace(),
                                   QStringLiteral("SELECT id FROM eit_member WHERE deleted = 0 AND enterprise_id = ?1 ORDER BY id LIMIT 1"),
                                   enterprise);
    if (!member.isEmpty())
        add("EIT member", new EitMemberDialog(s, enterprise, member, parent));
    s.setCurrentVisit(visit);
    d.photos = std::make_unique<AttachmentListModel>(s);
    d.photos->reload();
    REQUIRE(d.photos->rowCount() > 0);
    add("photo", new PhotoViewer(s, d.photos.get(), 0, parent));
}

QString demoBundle(const TempDir& folder)
{
    Device source = makeDevice(folder, QStringLiteral("source"), 31);
    DemoOptions options;
    options.enterprises = 2;
    // Before the test clock's date: a bundle dated later than a day ahead is held back.
    options.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(source.ws(), options).ok());
    return exportTo(source, folder, QStringLiteral("source.scorebundle"));
}

const QString kWindowStep = QStringLiteral("[.window-on-screen]");

// The window placement test's `step` (and the window's `rect` for "save") on a screen of
// `screen` pixels, in a process of its own.
QString runWindowStep(const TempDir& dir, QSize screen, const QString& step, const QString& rect = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SCORE_WINDOW_STEP"), step);
    env.insert(QStringLiteral("SCORE_WINDOW_RECT"), rect);
    env.insert(QStringLiteral("SCORE_WINDOW_GEOMETRY"), dir.path(QStringLiteral("geometry.bin")));
    return runOnScreen(dir, screen, kWindowStep, env);
}

// "frame 10 20 300 400" in a child's output, as a rectangle.
QRect rectAfter(const QString& out, const QString& word)
{
    const QRegularExpression pattern(word + QStringLiteral(" (-?\\d+) (-?\\d+) (\\d+) (\\d+)"));
    const QRegularExpressionMatch m = pattern.match(out);
    INFO(out.toStdString());
    REQUIRE(m.hasMatch());
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

}  // namespace

TEST_CASE("score-desk pictures a view at the size asked for, and says when the window cannot be that small")
{
    Desk desk(false);
    const QString path = desk.session->path();
    desk.session.reset();
    auto shoot = [&](const QString& size, const QString& png) {
        QProcess app;
        app.start(QStringLiteral(SCORE_DESK_PATH), {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("enterprises"),
                                                    QStringLiteral("--screenshot"), png, QStringLiteral("--screenshot-size"), size});
        REQUIRE(app.waitForFinished(60000));
        return std::make_pair(app.exitCode(), QString::fromUtf8(app.readAllStandardError()));
    };
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768)}) {
        const QString png = desk.dir.path(QStringLiteral("shot-%1.png").arg(size.width()));
        const auto [code, errors] = shoot(text(size).replace(QChar(0xD7), QLatin1Char('x')), png);
        INFO(errors);
        REQUIRE(code == 0);
        REQUIRE(QImage(png).size() == size);
    }
    const QString tiny = desk.dir.path(QStringLiteral("tiny.png"));
    const auto [code, errors] = shoot(QStringLiteral("120x90"), tiny);
    REQUIRE(code == 0);
    REQUIRE(errors.contains(QStringLiteral("The window cannot be made 120×90")));
    REQUIRE(QImage(tiny).width() > 120);
    REQUIRE(shoot(QStringLiteral("wide"), tiny).first == 2);
}

TEST_CASE("A row of controls goes on in a second line when narrower than all of them, and back on one line when wide")
{
    QWidget bar;
    auto* row = new FlowRow(&bar);
    row->setSpacing(6);
    auto* search = new QLineEdit(&bar);  // expands into what a line spares
    search->setMinimumWidth(80);
    row->addWidget(search);
    std::vector<QPushButton*> buttons;
    for (int i = 0; i < 3; ++i) {
        buttons.push_back(new QPushButton(QStringLiteral("Button %1").arg(i), &bar));
        buttons.back()->setFixedWidth(100);
        row->addWidget(buttons.back());
    }
    const int oneLine = row->sizeHint().width();
    CHECK(bar.minimumSizeHint().width() == 100);  // the widest item, not all of them
    bar.resize(oneLine + 40, row->heightForWidth(oneLine + 40));
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    QCoreApplication::processEvents();
    CHECK(row->lineCount() == 1);
    CHECK(buttons[2]->y() == buttons[0]->y());
    CHECK(search->width() > search->sizeHint().width());  // it took the room to spare

    const int narrow = search->sizeHint().width() + 6 + 100 + 6 + 100;
    CHECK(row->heightForWidth(narrow) > row->heightForWidth(oneLine));
    bar.resize(narrow, row->heightForWidth(narrow));
    QCoreApplication::processEvents();
    CHECK(row->lineCount() == 2);
    CHECK(buttons[2]->y() > buttons[1]->y());
    CHECK(buttons[2]->x() == 0);
    for (const QPushButton* b : buttons)
        CHECK(b->geometry().right() < narrow);

    bar.resize(oneLine, row->heightForWidth(oneLine));
    QCoreApplication::processEvents();
    CHECK(row->lineCount() == 1);
}

TEST_CASE("A tool bar drops an optional label first, then its buttons' words, and never hides a button")
{
    QMainWindow window;
    auto* bar = new FittingToolBar(QStringLiteral("Views"), &window);
    window.addToolBar(bar);
    window.setCentralWidget(new QWidget(&window));
    QPixmap square(16, 16);
    square.fill(Qt::darkBlue);
    for (const char* text : {"Enterprises", "Visits", "Checklist", "Improvement plan", "KPIs", "Sync", "Reports"})
        bar->addAction(QIcon(square), QString::fromLatin1(text));
    QAction* label = bar->addOptionalWidget(new QLabel(QStringLiteral("Working as a long translated label "), bar));
    auto* combo = new QComboBox(bar);
    combo->addItem(QStringLiteral("Counsellor"));
    bar->addWidget(combo);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto everythingShown = [&] {
        for (QAction* action : bar->actions())
            if (action->isVisible() && !bar->widgetForAction(action)->isVisible())
                return false;
        return true;
    };
    window.resize(2000, 300);
    QCoreApplication::processEvents();
    const int full = bar->sizeHint().width();
    CHECK(bar->showsWords());
    CHECK(label->isVisible());
    CHECK(everythingShown());

    window.resize(full - 20, 300);
    QCoreApplication::processEvents();
    CHECK(bar->showsWords());
    CHECK_FALSE(label->isVisible());
    CHECK(everythingShown());

    window.resize(full / 2, 300);
    QCoreApplication::processEvents();
    CHECK_FALSE(bar->showsWords());
    CHECK(everythingShown());
    CHECK(bar->sizeHint().width() <= bar->width());

    window.resize(2000, 300);
    QCoreApplication::processEvents();
    CHECK(bar->showsWords());
    CHECK(label->isVisible());
}

TEST_CASE("A tall page scrolls up and down in its area, never sideways, and the area is as narrow as the page allows")
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* wide = new QLineEdit(page);
    wide->setMinimumWidth(300);
    layout->addWidget(wide);
    auto* sentence = new QLabel(QStringLiteral("A sentence that wraps when the page is narrow, and then needs more lines. ").repeated(6),
                                page);
    sentence->setWordWrap(true);
    layout->addWidget(sentence);
    for (int i = 0; i < 20; ++i)
        layout->addWidget(new QLabel(QStringLiteral("Line %1").arg(i), page));
    VerticalScrollArea area(page);
    CHECK(area.minimumSizeHint().width() >= 300);
    CHECK(area.minimumSizeHint().height() < 100);

    area.resize(area.minimumSizeHint().width(), 200);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    QCoreApplication::processEvents();
    CHECK(page->width() == area.viewport()->width());
    CHECK(page->height() >= layout->totalMinimumHeightForWidth(page->width()));
    CHECK(area.verticalScrollBar()->isVisible());
    CHECK_FALSE(area.horizontalScrollBar()->isVisible());
    // The wrapped sentence has every line it needs.
    CHECK(sentence->height() >= sentence->heightForWidth(sentence->width()));

    area.resize(area.minimumSizeHint().width() + 200, 2000);
    QCoreApplication::processEvents();
    CHECK(page->height() == area.viewport()->height());  // a short page fills the area
    CHECK(page->width() == area.viewport()->width());
}

TEST_CASE("Two forms side by side ask only for the width of one above the other, even laid out while hidden")
{
    Desk desk(true);
    auto* left = new RecordForm(desk.s(), QStringLiteral("enterprise"));
    left->addField(QStringLiteral("name"));
    left->addField(QStringLiteral("supply_chain_tier"), QStringLiteral("Cấp trong chuỗi cung ứng"));
    auto* right = new RecordForm(desk.s(), QStringLiteral("enterprise"));
    right->addField(QStringLiteral("employees_total"));
    right->addField(QStringLiteral("women"));
    FormColumns columns(left, right);
    // Never shown nor resized, it is side by side; it can still go one above the other.
    REQUIRE(columns.sideBySide());
    const int stacked = std::max(left->labelWidth(), right->labelWidth())
                        + std::max(left->minimumSizeHint().width() - left->labelWidth(),
                                   right->minimumSizeHint().width() - right->labelWidth());
    CHECK(columns.minimumSizeHint().width() <= stacked);
    CHECK(columns.minimumSizeHint().width() < left->minimumSizeHint().width() + right->minimumSizeHint().width());
    columns.resize(columns.minimumSizeHint().width(), 300);
    columns.show();
    REQUIRE(QTest::qWaitForWindowExposed(&columns));
    QCoreApplication::processEvents();
    CHECK_FALSE(columns.sideBySide());
    CHECK(right->geometry().right() < columns.width());
}

TEST_CASE("A narrow checklist gives the previous answer's column to the items' words, and takes it back when wide")
{
    Desk desk(true);
    ShownWindow shown(desk, {"checklist"});
    const auto trees = shown.window->findChildren<QTreeView*>();
    const auto list = std::find_if(trees.begin(), trees.end(),
                                   [](const QTreeView* v) { return v->accessibleName() == u"Checklist items"; });
    REQUIRE(list != trees.end());
    const int em = (*list)->fontMetrics().horizontalAdvance(u'M');
    CHECK((*list)->isColumnHidden(ChecklistModel::Previous));
    CHECK((*list)->columnWidth(ChecklistModel::Statement) >= 10 * em);  // "A safety and health c…"
    shown.window->resize(1280, 800);
    settle();
    CHECK_FALSE((*list)->isColumnHidden(ChecklistModel::Previous));
}

TEST_CASE("Every view fits a 1024×600 screen, with demo data and on an empty workspace, in every language", "[small-screen]")
{
    for (bool demo : {true, false}) {
        Desk desk(demo);
        for (const char* language : kLanguages) {
            const ScopedLanguage scoped{QString::fromLatin1(language)};
            for (const Page& page : allPages()) {
                ShownWindow shown(desk, page);
                const Measure m = measure(*shown.window);
                INFO(language << " · " << desk.name << " · " << page.label() << ": the window is at least " << text(m.minimumSize)
                              << " and became " << text(m.sizeInRoom) << " when asked for " << text(kSmallScreenRoom));
                CHECK(fits(m.minimumSize));
                CHECK(fits(m.sizeInRoom));
                // The enterprises stay readable beside the view ("Hoàng G…" at 70 pixels).
                auto* navigation = shown.window->findChild<QDockWidget*>(QStringLiteral("NavigationDock"));
                REQUIRE(navigation != nullptr);
                CHECK(navigation->width() >= navigation->fontMetrics().averageCharWidth() * 24);
                // A sentence that wraps has all its lines.
                for (const QLabel* label : shown.window->findChildren<QLabel*>()) {
                    if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
                        INFO(label->text().toStdString());
                        CHECK(label->height() >= label->heightForWidth(label->width()));
                    }
                }
                for (const QAbstractButton* button : shown.window->findChildren<QAbstractButton*>()) {
                    if (button->isVisible() && !button->text().isEmpty()) {
                        INFO("the button " << button->text().toStdString());
                        CHECK(button->width() >= button->sizeHint().width());
                    }
                }
                // The view bar shows every view's button and the role: none is pushed into
                // the overflow menu.
                auto* bar = shown.window->findChild<QToolBar*>(QStringLiteral("ViewsToolBar"));
                REQUIRE(bar != nullptr);
                for (QAction* action : bar->actions()) {
                    QWidget* widget = bar->widgetForAction(action);
                    if (!widget || !action->isVisible())
                        continue;  // hidden on purpose
                    INFO("the view bar's " << widget->metaObject()->className() << " " << action->text());
                    CHECK(widget->isVisible());
                }
            }
        }
    }
}

TEST_CASE("Every dialog fits a 1024×600 screen, with demo data and on an empty workspace, in every language", "[small-screen]")
{
    // On a screen as big as what a 1024×600 screen with a 40 px panel leaves, where dialogs
    // that size themselves by the screen can be seen doing it.
    TempDir dir;
    runOnScreen(dir, {1024, 560}, QStringLiteral("[.dialogs-on-screen]"));
}

// The test above, in a process of its own on the screen it was given.
TEST_CASE("Every dialog on the screen given", "[.dialogs-on-screen]")
{
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry() == QRect(0, 0, 1024, 560));
    TempDir folder;
    const QString bundle = demoBundle(folder);
    for (bool demo : {true, false}) {
        Desk desk(demo);
        for (const char* language : kLanguages) {
            const ScopedLanguage scoped{QString::fromLatin1(language)};
            ShownWindow shown(desk, {"enterprises"});
            Dialogs dialogs;
            makeDialogs(desk, shown.window.get(), dialogs, demo ? QString() : bundle);
            for (auto& [name, dialog] : dialogs.list) {
                dialog->show();
                settle();
                dialog->layout()->activate();
                INFO(language << " · " << desk.name << " · " << name << ": opens at " << text(dialog->size()) << ", at least "
                              << text(dialog->minimumSize()));
                CHECK(fits(dialog->size()));
                CHECK(fits(dialog->minimumSize()));
                // SCORE_DIALOG_SHOTS=FOLDER keeps a picture of each, to look at.
                const QString shots = qEnvironmentVariable("SCORE_DIALOG_SHOTS");
                if (!shots.isEmpty())
                    dialog->grab().save(QDir(shots).filePath(QStringLiteral("%1-%2-%3.png").arg(desk.name, QLatin1String(language), name)));
                // A sentence that wraps has all its lines; a button or a box shows all its words.
                for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                    if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
                        INFO(label->text().toStdString());
                        CHECK(label->height() >= label->heightForWidth(label->width()));
                    }
                }
                for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
                    if (button->isVisible() && !button->text().isEmpty()) {
                        INFO(button->text().toStdString());
                        CHECK(button->width() >= button->sizeHint().width());
                    }
                }
                dialog->hide();
            }
        }
    }
}

TEST_CASE("The Sync view's Conflicts page keeps its buttons in view on a 1024×600 screen", "[small-screen]")
{
    // b holds a conflict: both devices changed an action's title, b later.
    TempDir dir;
    Device a = makeDevice(dir, QStringLiteral("a"), 41);
    DemoOptions options;
    options.enterprises = 2;
    // Before the test clock's date: a bundle dated later than a day ahead is held back.
    options.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(a.ws(), options).ok());
    Device b = makeDevice(dir, QStringLiteral("b"), 42);
    importFrom(b, exportTo(a, dir, QStringLiteral("a-1.scorebundle")));
    const QString action = firstId(a.ws(), QStringLiteral("SELECT id FROM improvement_action WHERE deleted = ?1 ORDER BY id LIMIT 1"),
                                   QStringLiteral("0"));
    a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(a.ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Fix the compressor leak")}})
                .ok());
    b.t.clock->advanceMs(120'000);
    REQUIRE(RecordEditor(b.ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Repair the air compressor")}})
                .ok());
    REQUIRE(importFrom(b, exportTo(a, dir, QStringLiteral("a-2.scorebundle"))).totals.conflicts == 1);
    const QString path = b.ws().path();
    b.t.ws.reset();

    for (const char* language : kLanguages) {
        const ScopedLanguage scoped{QString::fromLatin1(language)};
        TestWorkspace opened = openWorkspace(path, 43);
        WorkspaceSession session(std::move(opened.ws));
        session.selectDefaults();
        AppSettings settings;
        settings.setWindowGeometry({});
        settings.setWindowState({});
        settings.setLastView(QStringLiteral("sync"));
        {
            MainWindow window(session, settings);
            window.resize(kSmallScreenRoom);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            auto* sync = window.findChild<SyncView*>();
            REQUIRE(sync != nullptr);
            sync->showSection(SyncView::Section::Conflicts);
            settle();
            window.resize(kSmallScreenRoom);
            settle();
            INFO(language << ": the window is " << text(window.size()));
            CHECK(fits(window.size()));
            const auto buttons = sync->conflicts()->findChildren<QPushButton*>();
            REQUIRE(buttons.size() >= 2);
            for (const QPushButton* button : buttons) {
                INFO("the button " << button->text());
                CHECK(button->isVisible());
                CHECK(button->isEnabled());  // a conflict is chosen
                // Whole, and inside the window: not cut by a splitter, a scroll area or the screen.
                CHECK(button->visibleRegion().boundingRect() == button->rect());
                CHECK(QRect(QPoint(), kSmallScreenRoom).contains(QRect(button->mapTo(&window, QPoint()), button->size())));
            }
        }
    }
}

TEST_CASE("A window saved on a 1920×1080 screen opens inside a 1024×600 screen, and keeps a size chosen there", "[small-screen]")
{
    TempDir dir;
    const QRect available(0, 0, 1024, 600);  // the offscreen screen has no panel
    auto openedFrame = [&](const char* when) {
        const QString out = runWindowStep(dir, {1024, 600}, QStringLiteral("open"));
        REQUIRE(rectAfter(out, QStringLiteral("available")) == available);
        const QRect frame = rectAfter(out, QStringLiteral("frame"));
        UNSCOPED_INFO(when << ": the window's frame is at " << frame.x() << "," << frame.y() << " " << text(frame.size()));
        return frame;
    };

    // First start on the small screen: no saved geometry.
    QFile::remove(dir.path(QStringLiteral("geometry.bin")));
    CHECK(available.contains(openedFrame("first start")));

    // Closed on a big screen, large and far from the top left corner; opened on the small one,
    // it takes the room there is (Qt's restoreGeometry() gives up when the screens' widths
    // differ by more than a quarter, and the window came up at whatever size its layout had).
    REQUIRE(rectAfter(runWindowStep(dir, {1920, 1080}, QStringLiteral("save"), QStringLiteral("300 150 1700 950")), QStringLiteral("frame"))
                .width()
            > 1024);
    QRect frame = openedFrame("from 1920×1080");
    CHECK(available.contains(frame));
    CHECK(frame.width() * 10 >= available.width() * 9);
    CHECK(frame.height() * 10 >= available.height() * 9);

    // From a screen only a little wider, restoreGeometry() puts the window back as it was:
    // wider and taller than this screen.
    runWindowStep(dir, {1280, 800}, QStringLiteral("save"), QStringLiteral("60 40 1200 720"));
    CHECK(available.contains(openedFrame("from 1280×800")));

    // A size chosen on the small screen is the size it opens with the next time.
    runWindowStep(dir, {1024, 600}, QStringLiteral("save"), QStringLiteral("40 30 900 500"));
    const QString out = runWindowStep(dir, {1024, 600}, QStringLiteral("open"));
    CHECK(rectAfter(out, QStringLiteral("window")) == QRect(40, 30, 900, 500));
}

// One step of the test above, in a process of its own on the screen it was given: "save" shows
// the main window at SCORE_WINDOW_RECT, closes it and writes the geometry it saved to
// SCORE_WINDOW_GEOMETRY; "open" opens it with that geometry and prints where it landed.
TEST_CASE("The main window on the screen given, one step", "[.window-on-screen]")
{
    const QString step = qEnvironmentVariable("SCORE_WINDOW_STEP");
    const QString geometryFile = qEnvironmentVariable("SCORE_WINDOW_GEOMETRY");
    REQUIRE_FALSE(geometryFile.isEmpty());
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("w.scoredesk")));
    WorkspaceSession session(std::move(t.ws));
    AppSettings settings;
    settings.setWindowState({});
    QFile saved(geometryFile);
    settings.setWindowGeometry(saved.open(QIODevice::ReadOnly) ? saved.readAll() : QByteArray());
    saved.close();
    MainWindow window(session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle();
    if (step == u"save") {
        const QStringList r = qEnvironmentVariable("SCORE_WINDOW_RECT").split(QLatin1Char(' '));
        REQUIRE(r.size() == 4);
        window.setGeometry(r[0].toInt(), r[1].toInt(), r[2].toInt(), r[3].toInt());
        settle();
        window.close();
        REQUIRE(saved.open(QIODevice::WriteOnly));
        saved.write(settings.windowGeometry());
    }
    const QRect frame = window.frameGeometry();
    const QRect inside = window.geometry();
    const QRect available = window.screen()->availableGeometry();
    std::printf("frame %d %d %d %d\nwindow %d %d %d %d\navailable %d %d %d %d\n", frame.x(), frame.y(), frame.width(), frame.height(),
                inside.x(), inside.y(), inside.width(), inside.height(), available.x(), available.y(), available.width(),
                available.height());
}

// Not run by default: prints the minimum sizes of the window with each view, and of every
// dialog, in every language, for a person to read (ui_tests "[.measure]").
TEST_CASE("Minimum sizes of every view and dialog, measured", "[.measure]")
{
    // A bundle from a demo workspace, to preview its import into the empty one.
    TempDir folder;
    const QString bundle = demoBundle(folder);
    for (bool demo : {true, false}) {
        Desk desk(demo);
        for (const char* language : kLanguages) {
            const ScopedLanguage scoped{QString::fromLatin1(language)};
            for (const Page& page : allPages()) {
                ShownWindow shown(desk, page);
                const Measure m = measure(*shown.window);
                std::printf("%s\t%s\twindow\t%s\thint %s\tmin %s\tin room %s\n", language, qPrintable(desk.name), qPrintable(page.label()),
                            qPrintable(text(m.minimumSizeHint)), qPrintable(text(m.minimumSize)), qPrintable(text(m.sizeInRoom)));
            }
            ShownWindow shown(desk, {"enterprises"});
            Dialogs dialogs;
            makeDialogs(desk, shown.window.get(), dialogs, demo ? QString() : bundle);
            for (auto& [name, dialog] : dialogs.list) {
                dialog->show();
                settle();
                dialog->layout()->activate();
                std::printf("%s\t%s\tdialog\t%s\thint %s\tmin %s\topens %s\n", language, qPrintable(desk.name), qPrintable(name),
                            qPrintable(text(dialog->minimumSizeHint())), qPrintable(text(dialog->minimumSize())),
                            qPrintable(text(dialog->size())));
                dialog->hide();
            }
            std::fflush(stdout);
        }
    }
}

// Not run by default: pictures every dialog as it opens over the main window, in the language of
// SCORE_SHOTS_LANG (default English), into SCORE_SHOTS_DIR, for a person to look at: ui_tests
// "[.shots]" -platform offscreen:configfile=FILE, FILE describing a 1024×560 screen as
// runOnScreen() writes it.
TEST_CASE("Every dialog pictured over a 1024×600 window", "[.shots]")
{
    const QString out = qEnvironmentVariable("SCORE_SHOTS_DIR");
    if (out.isEmpty())
        return;
    const QString language = qEnvironmentVariable("SCORE_SHOTS_LANG", QStringLiteral("en"));
    const ScopedLanguage scoped{language};
    TempDir folder;
    const QString bundle = demoBundle(folder);
    for (bool demo : {true, false}) {
        Desk desk(demo);
        ShownWindow shown(desk, {"enterprises"});
        Dialogs dialogs;
        makeDialogs(desk, shown.window.get(), dialogs, demo ? QString() : bundle);
        for (auto& [name, dialog] : dialogs.list) {
            dialog->show();
            settle();
            QString file = name.toLower();
            file.replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
            dialog->grab().save(QDir(out).filePath(QStringLiteral("dialog-%1-%2-%3.png").arg(file, desk.name, language)));
            dialog->hide();
        }
    }
}
