#pragma once
// Which reports exist and in which file formats: visit and enterprise reports are PDF documents
// for people; the cohort report is also a spreadsheet (XLSX) and a table (CSV) for analysis.

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace score {

enum class ReportKind { Visit, Enterprise, Cohort };
enum class ReportFormat { Pdf, Xlsx, Csv };

Result<ReportKind> parseReportKind(const QString& name);
Result<ReportFormat> parseReportFormat(const QString& name);
bool reportSupports(ReportKind kind, ReportFormat format);
QString reportKindName(ReportKind kind);        // "visit", "enterprise", "cohort"
QString reportFormatName(ReportFormat format);  // "pdf", "xlsx", "csv"
QString reportFormatSuffix(ReportFormat format);
// A sentence for a format the report does not have, naming the ones it has.
QString unsupportedFormatMessage(ReportKind kind, ReportFormat format);

}  // namespace score
