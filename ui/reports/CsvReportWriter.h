#pragma once
// Writes a report table as CSV, the header first, with the quoting and encoding every CSV of
// SCORE Desk has (sheet/CsvFields.h: RFC 4180, UTF-8 with a byte-order mark for Excel).
//
// Numbers are written for machines, not people: a dot as decimal separator and no grouping,
// dates as ISO 8601, percentages in percent (12.5), empty fields for values not known. The
// cohort CSV holds the enterprises table only: totals and medians are in the PDF and XLSX,
// where they cannot be mistaken for an enterprise.

#include "reports/CohortTables.h"
#include "util/Result.h"

#include <QByteArray>

namespace score {

class CsvReportWriter {
public:
    // The sheet's header and rows (not its footers), with the BOM.
    static QByteArray encode(const ReportSheet& sheet, bool byteOrderMark = true);
    // Written atomically.
    static Status write(const ReportSheet& sheet, const QString& path);
};

Status writeCohortCsv(const CohortReportData& data, const QString& path);

}  // namespace score
