// scorectl report: the three reports written from the command line, and the sentences and
// exit codes of the mistakes people make (a format a report does not have, a missing id).

#include "reports/ReportTestSupport.h"

#include <QFileInfo>

using namespace score;
using namespace score::test;

namespace {
// Lines of stderr that are not Qt's start-up chatter.
QStringList errorLines(const QString& err) { return err.split(u'\n', Qt::SkipEmptyParts); }
}  // namespace

TEST_CASE("scorectl report writes PDF, XLSX and CSV and explains what it cannot do")
{
    TempDir dir;
    QString db;
    QString cohort;
    QString enterprise;
    QString visit;
    {
        TestWorkspace t = makeDemoWorkspace(dir, 3);
        db = t->path();
        cohort = firstId(*t, "cohorts");
        enterprise = firstId(*t, "enterprises");
        visit = firstId(*t, "visits");
    }
    const auto report = [&](const QStringList& args) {
        return runScorectl(QStringList{QStringLiteral("report")} + args + QStringList{QStringLiteral("--db"), db});
    };

    const QString pdf = dir.path(QStringLiteral("visit.pdf"));
    CliResult r = report({QStringLiteral("visit"), QStringLiteral("--visit"), visit, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(pdfPageCount(pdf) >= 1);
    // "1 page" or "N pages": English plural forms come from scoredesk_en.ts.
    CHECK(r.out.contains(pdfPageCount(pdf) == 1 ? QStringLiteral("(1 page)") : QStringLiteral("(%1 pages)").arg(pdfPageCount(pdf))));

    r = report({QStringLiteral("enterprise"), QStringLiteral("--enterprise"), enterprise, QStringLiteral("--out"),
                dir.path(QStringLiteral("e.pdf"))});
    CHECK(r.exitCode == 0);  // the format follows the suffix
    CHECK(QFileInfo(dir.path(QStringLiteral("e.pdf"))).size() > 1000);

    for (const char* format : {"pdf", "xlsx", "csv"}) {
        const QString out = dir.path(QStringLiteral("cohort.") + QLatin1String(format));
        r = report({QStringLiteral("cohort"), QStringLiteral("--cohort"), cohort, QStringLiteral("--format"), QLatin1String(format),
                    QStringLiteral("--out"), out});
        INFO(format);
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 100);
    }

    // A format the report does not have: bad usage, with the sentence naming what it has.
    r = report({QStringLiteral("visit"), QStringLiteral("--visit"), visit, QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("--out"), dir.path(QStringLiteral("v.xlsx"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("PDF only")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("v.xlsx"))));

    r = report({QStringLiteral("enterprise"), QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--enterprise ID")));
    r = report({QStringLiteral("visit"), QStringLiteral("--cohort"), cohort, QStringLiteral("--visit"), visit, QStringLiteral("--out"),
                dir.path(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 2);
    r = report({QStringLiteral("budget"), QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 2);
    r = report({QStringLiteral("cohort"), QStringLiteral("--cohort"), cohort, QStringLiteral("--format"), QStringLiteral("docx"),
                QStringLiteral("--out"), dir.path(QStringLiteral("x.docx"))});
    CHECK(r.exitCode == 2);

    // An id that is not there: a failure in one sentence.
    r = report({QStringLiteral("cohort"), QStringLiteral("--cohort"), QStringLiteral("no-such-id"), QStringLiteral("--out"),
                dir.path(QStringLiteral("x.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(errorLines(r.err) == QStringList{QStringLiteral("There is no cohort with the id no-such-id in this workspace.")});
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.csv"))));

    // A folder that cannot be written.
    r = report(
        {QStringLiteral("cohort"), QStringLiteral("--cohort"), cohort, QStringLiteral("--out"), dir.path(QStringLiteral("missing/x.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK(errorLines(r.err).size() == 1);
}
