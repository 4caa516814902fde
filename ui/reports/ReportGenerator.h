#pragma once
// One way to make a report, shared by `scorectl report` and the desktop app: read the report
// data from a workspace (core, any thread, its own connection), then write it in a format or
// lay it out as a document for the preview (the thread that owns the painting: Qt Charts).

#include "reportdata/CohortReportData.h"
#include "reportdata/EnterpriseReportData.h"
#include "reportdata/VisitReportData.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormats.h"

#include <variant>

namespace score {

using ReportData = std::variant<VisitReportData, EnterpriseReportData, CohortReportData>;

// `subjectId`: a visit, an enterprise or a cohort, by kind. `today` decides what is overdue.
Result<ReportData> buildReportData(Workspace& ws, ReportKind kind, const QString& subjectId, const QDate& today);

ReportKind reportKind(const ReportData& data);
ReportDocument reportDocument(const ReportData& data);
// Refuses a format the report does not have (with unsupportedFormatMessage).
Status writeReport(const ReportData& data, ReportFormat format, const QString& path);
// "Visit 2025-03-14 Minh Phát Woodcraft.pdf": what the Save dialog proposes.
QString suggestedReportFileName(const ReportData& data, ReportFormat format);

}  // namespace score
