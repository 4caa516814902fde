#pragma once
// Writes report tables as an XLSX workbook through libxlsxwriter: one sheet per table, real
// numeric and date cells with number formats (percentages as fractions with a % format),
// the header row and first column frozen, an autofilter, and totals and medians as SUM and
// MEDIAN formulas whose cached values are the ones computed in core.

#include "reports/CohortTables.h"
#include "util/Result.h"

namespace score {

class XlsxReportWriter {
public:
    // The file is written next to `path` under a temporary name, then renamed over it.
    static Status write(const std::vector<ReportSheet>& sheets, const QString& title, const QString& path);
};

Status writeCohortXlsx(const CohortReportData& data, const QString& path);

}  // namespace score
