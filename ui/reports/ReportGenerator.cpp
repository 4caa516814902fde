#include "reports/ReportGenerator.h"

#include "reports/CsvReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportDocuments.h"
#include "reports/XlsxReportWriter.h"

#include <QCoreApplication>

namespace score {

namespace {
struct ReportGeneratorTr {
    Q_DECLARE_TR_FUNCTIONS(score::ReportGenerator)
};

template <typename T>
Result<ReportData> wrap(Result<T> r)
{
    if (!r)
        return r.error();
    return ReportData(std::move(*r));
}

// Letters, digits, spaces and a few marks: safe in a file name on every system.
QString fileNamePart(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.')
            out += c;
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    return out.simplified().left(80);
}
}  // namespace

Result<ReportData> buildReportData(Workspace& ws, ReportKind kind, const QString& subjectId, const QDate& today)
{
    switch (kind) {
    case ReportKind::Visit: return wrap(buildVisitReportData(ws, subjectId, today));
    case ReportKind::Enterprise: return wrap(buildEnterpriseReportData(ws, subjectId, today));
    case ReportKind::Cohort: return wrap(buildCohortReportData(ws, subjectId, today));
    }
    return Error::invalid(ReportGeneratorTr::tr("Unknown report."));
}

ReportKind reportKind(const ReportData& data)
{
    switch (data.index()) {
    case 0: return ReportKind::Visit;
    case 1: return ReportKind::Enterprise;
    default: return ReportKind::Cohort;
    }
}

ReportDocument reportDocument(const ReportData& data)
{
    if (const auto* visit = std::get_if<VisitReportData>(&data))
        return visitReportDocument(*visit);
    if (const auto* enterprise = std::get_if<EnterpriseReportData>(&data))
        return enterpriseReportDocument(*enterprise);
    return cohortReportDocument(std::get<CohortReportData>(data));
}

Status writeReport(const ReportData& data, ReportFormat format, const QString& path)
{
    const ReportKind kind = reportKind(data);
    if (!reportSupports(kind, format))
        return Error::invalid(unsupportedFormatMessage(kind, format));
    switch (format) {
    case ReportFormat::Pdf: return PdfReportWriter(reportDocument(data)).write(path);
    case ReportFormat::Xlsx: return writeCohortXlsx(std::get<CohortReportData>(data), path);
    case ReportFormat::Csv: return writeCohortCsv(std::get<CohortReportData>(data), path);
    }
    return Error::invalid(unsupportedFormatMessage(kind, format));
}

QString suggestedReportFileName(const ReportData& data, ReportFormat format)
{
    QString name;
    if (const auto* visit = std::get_if<VisitReportData>(&data))
        name = ReportGeneratorTr::tr("Visit %1 %2").arg(visit->visit.date.toString(Qt::ISODate), visit->enterprise.name);
    else if (const auto* enterprise = std::get_if<EnterpriseReportData>(&data))
        name = ReportGeneratorTr::tr("Progress %1 %2").arg(enterprise->enterprise.name, enterprise->generatedOn.toString(Qt::ISODate));
    else
        name = ReportGeneratorTr::tr("Cohort %1 %2")
                   .arg(std::get<CohortReportData>(data).cohort.name, std::get<CohortReportData>(data).generatedOn.toString(Qt::ISODate));
    return fileNamePart(name) + reportFormatSuffix(format);
}

}  // namespace score
