// PDF reports read back: pdftotext finds the text (Vietnamese, Chinese and Hindi included, so
// the fonts cover them), pdfinfo counts the pages the layout promised, tables that run over a
// page repeat their header and lose no row, charts stay vectors (no image in a report without
// photos), and the preview images are the same pages.

#include "reports/ReportTestSupport.h"

#include "reportdata/CohortReportData.h"
#include "reportdata/EnterpriseReportData.h"
#include "reportdata/VisitReportData.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportGenerator.h"
#include "storage/DomainQueries.h"

#include <QRegularExpression>

using namespace score;
using namespace score::test;

namespace {
const QDate kToday(2026, 6, 15);

// Text without the layout's line breaks, for phrases that may wrap.
QString flat(QString text) { return text.replace(u'\n', u' ').simplified(); }

int countOf(const QString& text, const QString& what) { return static_cast<int>(text.count(what)); }
}  // namespace

TEST_CASE("A long table breaks between rows and repeats its header on every page")
{
    TempDir dir;
    ReportDocument doc;
    doc.title = QStringLiteral("Table test");
    doc.subject = QStringLiteral("Subject");
    doc.locale = QLocale(QStringLiteral("vi_VN"));
    doc.heading(QStringLiteral("Many rows"));
    ReportTable table;
    table.columns = {{QStringLiteral("HeaderName"), 3}, {QStringLiteral("HeaderValue"), 1, true}};
    for (int i = 1; i <= 150; ++i)
        table.rows.push_back({QStringLiteral("Row%1 Nguyễn Thị Hương").arg(i, 3, 10, QLatin1Char('0')), QString::number(i)});
    table.rows.push_back({QStringLiteral("TotalRow"), QStringLiteral("11325")});
    table.footerRows = 1;
    doc.table(table);
    doc.paragraph(QStringLiteral("AfterTable"));

    const PdfReportWriter writer(doc);
    REQUIRE(writer.pageCount() >= 3);
    const QString path = dir.path(QStringLiteral("table.pdf"));
    REQUIRE(writer.write(path).ok());
    REQUIRE(pdfPageCount(path) == writer.pageCount());

    QString all;
    for (int page = 1; page <= writer.pageCount(); ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page);
        CHECK(countOf(text, QStringLiteral("HeaderName")) == 1);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(writer.pageCount())));
        CHECK(text.contains(QStringLiteral("Table test")));
        all += text;
    }
    for (int i = 1; i <= 150; ++i)
        CHECK(countOf(all, QStringLiteral("Row%1 Nguyễn Thị Hương").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    CHECK(all.contains(QStringLiteral("TotalRow")));
    CHECK(all.indexOf(QStringLiteral("TotalRow")) < all.indexOf(QStringLiteral("AfterTable")));
}

TEST_CASE("Vietnamese, Chinese and Hindi text reaches the PDF in Noto fonts that have its glyphs")
{
    TempDir dir;
    ReportDocument doc;
    doc.title = QStringLiteral("Scripts");
    doc.locale = QLocale(QStringLiteral("zh_CN"));
    doc.heading(QStringLiteral("Công ty TNHH Minh Phát"));
    doc.paragraph(QStringLiteral("安全委员会每月开会一次"));
    doc.paragraph(QStringLiteral("सुरक्षा समिति हर महीने मिलती है"));
    ReportTable names;
    names.columns = {{QStringLiteral("Tên"), 1}, {QStringLiteral("名称"), 1}};
    names.rows = {{QStringLiteral("Phạm Thị Ánh"), QStringLiteral("王晓红")}};
    doc.table(names);
    const QString path = dir.path(QStringLiteral("scripts.pdf"));
    REQUIRE(PdfReportWriter(doc).write(path).ok());

    // Qt's PDF engine maps each glyph back to one character: where a CJK glyph also serves a
    // Kangxi radical (月, 一) or Devanagari letters form a conjunct (क्ष), extraction differs
    // from what is shown, so only characters without that ambiguity are compared.
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Công ty TNHH Minh Phát")));
    CHECK(text.contains(QStringLiteral("Phạm Thị Ánh")));
    CHECK(text.contains(QStringLiteral("安全委员会")));
    CHECK(text.contains(QStringLiteral("王晓红")));
    CHECK(text.contains(QStringLiteral("हर")));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(QStringLiteral("NotoSans-")));
    CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
    CHECK(fonts.contains(QStringLiteral("NotoSansDevanagari")));
}

TEST_CASE("The three reports of the demo read back with their facts, charts as vectors")
{
    TempDir dir;
    TestWorkspace t = makeDemoWorkspace(dir);
    const QString cohort = firstId(*t, "cohorts");

    // Cohort: every enterprise by name, totals and medians, no raster image at all.
    auto cohortData = buildCohortReportData(*t, cohort, kToday);
    REQUIRE(cohortData.ok());
    const PdfReportWriter cohortPdf(cohortReportDocument(*cohortData));
    const QString cohortPath = dir.path(QStringLiteral("cohort.pdf"));
    REQUIRE(cohortPdf.write(cohortPath).ok());
    CHECK(pdfPageCount(cohortPath) == cohortPdf.pageCount());
    const QString cohortText = flat(pdfText(cohortPath));
    CHECK(cohortText.contains(cohortData->cohort.name));
    for (const CohortEnterpriseLine& l : cohortData->enterprises)
        CHECK(cohortText.contains(l.enterprise.name));
    CHECK(cohortText.contains(QStringLiteral("Cohort total")));
    CHECK(cohortText.contains(QStringLiteral("Median")));
    CHECK(cohortText.contains(QStringLiteral("Participation by gender")));
    CHECK(cohortText.contains(QStringLiteral("Checklist score per enterprise")));  // the chart's title, as text
    CHECK(cohortText.contains(QStringLiteral("Score (0–100)")));                   // its axis
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), cohortPath});
    CHECK(images.trimmed().split(u'\n').size() == 2);  // the list's two header lines, no image
    // Vietnamese dates and numbers: day first, decimal comma.
    CHECK(cohortText.contains(QStringLiteral("15/06/2026")));
    CHECK(cohortText.contains(QRegularExpression(QStringLiteral("\\d,\\d"))));

    // Enterprise: profile, team, a section per module started, the KPI table and charts.
    const CohortEnterpriseLine& line = cohortData->enterprises.front();
    auto enterpriseData = buildEnterpriseReportData(*t, line.enterprise.id, kToday);
    REQUIRE(enterpriseData.ok());
    const PdfReportWriter enterprisePdf(enterpriseReportDocument(*enterpriseData));
    CHECK(enterprisePdf.pageCount() >= 3);
    const QString enterprisePath = dir.path(QStringLiteral("enterprise.pdf"));
    REQUIRE(enterprisePdf.write(enterprisePath).ok());
    const QString enterpriseText = flat(pdfText(enterprisePath));
    CHECK(enterpriseText.contains(line.enterprise.name));
    CHECK(enterpriseText.contains(QStringLiteral("Enterprise Improvement Team")));
    for (const ModuleReportSection& m : enterpriseData->modules)
        CHECK(enterpriseText.contains(QStringLiteral("Module %1: %2").arg(m.progress.moduleCode, m.moduleName)));
    CHECK(enterpriseText.contains(QStringLiteral("Key performance indicators")));
    CHECK(enterpriseText.contains(QStringLiteral("Checklist scores over time, by module")));
    for (const KpiTrend& k : enterpriseData->kpis)
        CHECK(enterpriseText.contains(k.kpi.name));

    // Visit: the visit with photos of findings; the PDF holds exactly those photos.
    DomainQueries q(*t);
    QString visitId;
    int photos = 0;
    auto visits = q.visits(line.enterprise.id);
    REQUIRE(visits.ok());
    for (const VisitRow& v : *visits) {
        auto data = buildVisitReportData(*t, v.id, kToday);
        REQUIRE(data.ok());
        int n = 0;
        for (const VisitFinding& f : data->findings)
            n += static_cast<int>(f.photos.size());
        if (n > 0) {
            visitId = v.id;
            photos = n;
            break;
        }
    }
    REQUIRE_FALSE(visitId.isEmpty());
    auto visitData = buildVisitReportData(*t, visitId, kToday);
    REQUIRE(visitData.ok());
    const QString visitPath = dir.path(QStringLiteral("visit.pdf"));
    REQUIRE(writeReport(ReportData(*visitData), ReportFormat::Pdf, visitPath).ok());
    const QString visitText = flat(pdfText(visitPath));
    CHECK(visitText.contains(line.enterprise.name));
    CHECK(visitText.contains(visitData->visit.counsellorName));
    CHECK(visitText.contains(QStringLiteral("Actions agreed")));
    CHECK(visitText.contains(QStringLiteral("KPI snapshot")));
    CHECK(visitText.contains(QStringLiteral("Signatures")));
    for (const VisitFinding& f : visitData->findings)
        CHECK(visitText.contains(flat(f.finding.title)));
    for (const ActionRow& a : visitData->actions)
        CHECK(visitText.contains(flat(a.title)));
    const QString visitImages = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), visitPath});
    CHECK(visitImages.trimmed().split(u'\n').size() - 2 >= photos);
}

TEST_CASE("Preview pages are the PDF's pages painted into images")
{
    ReportDocument doc;
    doc.title = QStringLiteral("Preview");
    doc.heading(QStringLiteral("A heading"));
    doc.paragraph(QStringLiteral("Some text"));
    BeforeAfterChartData chart;
    chart.categories = {QStringLiteral("A"), QStringLiteral("B")};
    chart.before = {20.0, 40.0};
    chart.after = {60.0, 80.0};
    doc.chart([chart] { return makeBeforeAfterChart(chart, QLocale::c()); }, 200);
    const PdfReportWriter writer(doc);
    REQUIRE(writer.pageCount() == 1);
    const QImage image = writer.pageImage(0, 600);
    CHECK(image.width() == 600);
    CHECK(image.height() == qRound(600 * writer.pageSize().height() / writer.pageSize().width()));
    // Ink where the heading is and where the chart's bars are; paper elsewhere.
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    CHECK(dark > 2000);
    CHECK(qGray(image.pixel(5, image.height() / 2)) == 255);
}
