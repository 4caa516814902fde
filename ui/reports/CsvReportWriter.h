#pragma once
// Writes a report table as CSV per RFC 4180: fields separated by commas, records ended by CRLF,
// a field quoted when it holds a comma, a double quote, CR or LF (quotes doubled inside), the
// header first. UTF-8 with a byte-order mark: Excel, which most trainers open CSV files with,
// reads a BOM-less file in the machine's ANSI code page and garbles Vietnamese, Chinese or
// Hindi names; Python (utf-8-sig), R and LibreOffice accept the BOM.
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
    // One field, quoted only when it must be.
    static QString field(const QString& text);
    // One record with its CRLF.
    static QString record(const QStringList& fields);
    // The sheet's header and rows (not its footers), with the BOM.
    static QByteArray encode(const ReportSheet& sheet, bool byteOrderMark = true);
    // Written atomically.
    static Status write(const ReportSheet& sheet, const QString& path);
};

Status writeCohortCsv(const CohortReportData& data, const QString& path);

}  // namespace score
