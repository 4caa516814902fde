// The reports view: the visit, enterprise and cohort reports previewed as pages (read on a
// worker thread through their own connection), saved in each format, and trainers starting
// with the cohort report.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "reports/ReportFormats.h"
#include "session/WorkspaceSession.h"
#include "views/reports/ReportPreview.h"
#include "views/reports/ReportsView.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>

using namespace score;
using namespace score::test;

namespace {
struct ReportsFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    ReportsFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("reports.scoredesk")));
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

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(n);
}
}  // namespace

TEST_CASE("The reports view previews and saves the visit, enterprise and cohort reports")
{
    ReportsFixture f;
    ReportsView view(*f.session);
    view.resize(1100, 760);
    CHECK(view.viewName() == u"reports");
    CHECK_FALSE(view.icon().isNull());

    // The visit report of the current visit.
    view.choose(ReportKind::Visit, f.session->currentVisit());
    REQUIRE(view.generate());
    REQUIRE(view.preview()->pageCount() >= 1);
    const QImage page = view.preview()->pageImage(0);
    CHECK(page.width() > 100);
    CHECK(page.height() > page.width());  // portrait
    const QString visitPdf = f.dir.path(QStringLiteral("visit.pdf"));
    REQUIRE(view.saveTo(visitPdf).ok());
    CHECK(head(visitPdf, 5) == "%PDF-");
    // A visit report has no spreadsheet: the format list offers PDF only.
    const auto boxes = view.findChildren<QComboBox*>();
    REQUIRE(boxes.size() == 4);  // the report, its subject, the format, the zoom
    CHECK(boxes[2]->count() == 1);

    // The enterprise report of the current enterprise.
    view.choose(ReportKind::Enterprise, f.session->currentEnterprise());
    REQUIRE(view.generate());
    CHECK(view.preview()->pageCount() >= 3);

    // The cohort report, landscape, also as XLSX and CSV.
    view.choose(ReportKind::Cohort);
    REQUIRE(view.generate());
    const QImage landscape = view.preview()->pageImage(0);
    CHECK(landscape.width() > landscape.height());
    CHECK(boxes[2]->count() == 3);
    view.chooseFormat(ReportFormat::Xlsx);
    const QString xlsx = f.dir.path(QStringLiteral("cohort.xlsx"));
    REQUIRE(view.saveTo(xlsx).ok());
    CHECK(head(xlsx, 2) == "PK");
    view.chooseFormat(ReportFormat::Csv);
    const QString csv = f.dir.path(QStringLiteral("cohort.csv"));
    REQUIRE(view.saveTo(csv).ok());
    CHECK(head(csv, 3) == "\xEF\xBB\xBF");
}

TEST_CASE("Trainers start the reports view on the cohort report")
{
    ReportsFixture f;
    f.session->setRole(Role::Trainer);
    ReportsView view(*f.session);
    const auto boxes = view.findChildren<QComboBox*>();
    REQUIRE(boxes.size() == 4);  // the report, its subject, the format, the zoom
    CHECK(boxes[0]->currentData().toInt() == static_cast<int>(ReportKind::Cohort));
    f.session->setRole(Role::Counsellor);
    f.session->setRole(Role::Trainer);
    CHECK(boxes[0]->currentData().toInt() == static_cast<int>(ReportKind::Cohort));
}

TEST_CASE("score-desk starts cleanly when the reports view was the last one shown")
{
    // Regression: the reports view generated its preview from inside showEvent, whose nested
    // event loop deleted widgets while Qt was still showing them (a crash at every start).
    ReportsFixture f;
    const QString path = f.session->path();
    f.session.reset();
    {
        // The settings file score-desk itself reads (organisation and application "SCORE Desk").
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("SCORE Desk"), QStringLiteral("SCORE Desk"));
        settings.setValue(QStringLiteral("ui/lastView"), QStringLiteral("reports"));
    }
    for (const char* view : {"sync", "reports"}) {
        const QString png = f.dir.path(QStringLiteral("%1.png").arg(QLatin1String(view)));
        QProcess app;
        app.start(QStringLiteral(SCORE_DESK_PATH),
                  {QStringLiteral("--db"), path, QStringLiteral("--view"), QLatin1String(view), QStringLiteral("--screenshot"), png});
        REQUIRE(app.waitForFinished(60000));
        INFO(view << ": " << QString::fromUtf8(app.readAllStandardError()).toStdString());
        REQUIRE(app.exitStatus() == QProcess::NormalExit);
        REQUIRE(app.exitCode() == 0);
        CHECK(QImage(png).size() == QSize(1280, 800));
    }
}
