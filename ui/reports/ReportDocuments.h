#pragma once
// The three reports as documents: what each page says, in which order, with which tables and
// charts, from the report data computed in core (core/reportdata). Text in the workspace's
// language (tr), dates and numbers in the locale of the enterprise's country.

#include "reportdata/CohortReportData.h"
#include "reportdata/EnterpriseReportData.h"
#include "reportdata/VisitReportData.h"
#include "reports/ReportDocument.h"

namespace score {

ReportDocument visitReportDocument(const VisitReportData& data);
ReportDocument enterpriseReportDocument(const EnterpriseReportData& data);
ReportDocument cohortReportDocument(const CohortReportData& data);

// A locale from a stored name ("vi_VN"); the C locale's English conventions when empty.
QLocale reportLocale(const QString& name);

}  // namespace score
