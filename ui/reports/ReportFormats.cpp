#include "reports/ReportFormats.h"

#include <QCoreApplication>

namespace score {

namespace {
struct ReportFormatsTr {
    Q_DECLARE_TR_FUNCTIONS(score::ReportFormats)
};
}  // namespace

Result<ReportKind> parseReportKind(const QString& name)
{
    if (name == u"visit")
        return ReportKind::Visit;
    if (name == u"enterprise")
        return ReportKind::Enterprise;
    if (name == u"cohort")
        return ReportKind::Cohort;
    return Error::invalid(ReportFormatsTr::tr("There is no \"%1\" report; choose visit, enterprise or cohort.").arg(name));
}

Result<ReportFormat> parseReportFormat(const QString& name)
{
    if (name == u"pdf")
        return ReportFormat::Pdf;
    if (name == u"xlsx")
        return ReportFormat::Xlsx;
    if (name == u"csv")
        return ReportFormat::Csv;
    return Error::invalid(ReportFormatsTr::tr("\"%1\" is not a report format; choose pdf, xlsx or csv.").arg(name));
}

bool reportSupports(ReportKind kind, ReportFormat format) { return kind == ReportKind::Cohort || format == ReportFormat::Pdf; }

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Visit: return QStringLiteral("visit");
    case ReportKind::Enterprise: return QStringLiteral("enterprise");
    case ReportKind::Cohort: return QStringLiteral("cohort");
    }
    return {};
}

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Xlsx: return QStringLiteral("xlsx");
    case ReportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString reportFormatSuffix(ReportFormat format) { return u'.' + reportFormatName(format); }

QString unsupportedFormatMessage(ReportKind kind, ReportFormat format)
{
    return ReportFormatsTr::tr("The %1 report exists as PDF only, not as %2; the cohort report also comes as XLSX and CSV.")
        .arg(reportKindName(kind), reportFormatName(format).toUpper());
}

}  // namespace score
