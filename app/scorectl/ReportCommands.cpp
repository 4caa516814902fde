// scorectl report: the visit, enterprise and cohort reports as PDF, XLSX or CSV files, the
// same as the desktop app makes them. Needs a QApplication (Qt Charts); main() makes one for
// this command only, on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "scorectl/Cli.h"

#include "reports/PdfReportWriter.h"
#include "reports/ReportGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace score::cli {

namespace {

// The context lupdate files these strings under (tr() inside namespace score::cli).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("score::cli", text, comment, n);
}

const QString kCommand = QStringLiteral("report");

QString subjectOption(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Visit: return QStringLiteral("visit");
    case ReportKind::Enterprise: return QStringLiteral("enterprise");
    case ReportKind::Cohort: return QStringLiteral("cohort");
    }
    return {};
}

int runReport(QCommandLineParser& p, Io& io)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return usageError(io, kCommand, tr("Say which report: visit, enterprise or cohort."));
    const auto kind = parseReportKind(positional[0]);
    if (!kind)
        return usageError(io, kCommand, kind.message());

    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(io, kCommand, tr("--out FILE is required."));
    QString formatName = p.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        formatName = QFileInfo(out).suffix().toLower();
    if (formatName.isEmpty())
        return usageError(io, kCommand, tr("--format is required: pdf, xlsx or csv."));
    const auto format = parseReportFormat(formatName);
    if (!format)
        return usageError(io, kCommand, format.message());
    if (!reportSupports(*kind, *format))
        return usageError(io, kCommand, unsupportedFormatMessage(*kind, *format));

    const QString option = subjectOption(*kind);
    for (const QString& other : {QStringLiteral("visit"), QStringLiteral("enterprise"), QStringLiteral("cohort")}) {
        if (other != option && p.isSet(other))
            return usageError(io, kCommand,
                              tr("--%1 does not apply to the %2 report; it takes --%3 ID.").arg(other, positional[0], option));
    }
    const QString subject = p.value(option);
    if (subject.isEmpty())
        return usageError(io, kCommand, tr("The %1 report needs --%2 ID (see 'scorectl list %2s').").arg(positional[0], option));

    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    auto data = buildReportData(*ws, *kind, subject, ws->clock().today());
    if (!data)
        return failure(io, data.message());

    int pages = 0;
    if (*format == ReportFormat::Pdf) {
        const PdfReportWriter pdf(reportDocument(*data));
        pages = pdf.pageCount();
        if (auto written = pdf.write(out); !written)
            return failure(io, written.message());
    } else if (auto written = writeReport(*data, *format, out); !written) {
        return failure(io, written.message());
    }
    const QString seconds = QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 2);
    if (pages > 0)
        io.out << tr("Wrote the %1 report to %2 (%n page(s)) in %3 s.", nullptr, pages).arg(positional[0], out).arg(seconds) << Qt::endl;
    else
        io.out << tr("Wrote the %1 report to %2 in %3 s.").arg(positional[0], out, seconds) << Qt::endl;
    return Success;
}

}  // namespace

void addReportCommands(std::vector<Command>& all)
{
    all.push_back({kCommand, tr("Write the visit, enterprise or cohort report as PDF (cohort also XLSX, CSV)."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("kind"), tr("visit, enterprise or cohort"));
                       p.addOption({QStringLiteral("visit"), tr("The visit of a visit report."), tr("ID")});
                       p.addOption({QStringLiteral("enterprise"), tr("The enterprise of an enterprise progress report."), tr("ID")});
                       p.addOption({QStringLiteral("cohort"), tr("The cohort of a cohort report."), tr("ID")});
                       p.addOption({QStringLiteral("format"), tr("pdf, xlsx or csv (default: from the --out suffix)."), tr("FORMAT")});
                       p.addOption({QStringLiteral("out"), tr("The file to write."), tr("FILE")});
                   },
                   runReport});
}

}  // namespace score::cli
