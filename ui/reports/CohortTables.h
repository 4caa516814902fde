#pragma once
// The cohort report as typed tables, one per topic (enterprises, modules, actions, KPIs,
// participation), for the spreadsheet and the CSV: real numbers and dates rather than
// formatted text, so that trainers can sort, filter and compute. The totals and medians of
// the enterprises table come from CohortReportData (computed in core), not recomputed here.

#include "reportdata/CohortReportData.h"

#include <QVariant>

#include <vector>

namespace score {

enum class ReportColumnKind {
    Text,
    Integer,
    Decimal,  // `decimals` places
    Score,    // 0..100, one decimal
    Percent,  // in percent (12.5 means 12.5 %); the XLSX stores 0.125 with a % format
    Money,    // whole units of the cohort's currency
    Date
};

struct SheetColumn {
    QString title;
    ReportColumnKind kind = ReportColumnKind::Text;
    double width = 12;  // characters, for the spreadsheet
    int decimals = 1;   // for Decimal
};

enum class Aggregate { Sum, Median };

// A totals or medians line under a table: a value (or null) per column.
struct SheetFooter {
    QString label;
    Aggregate aggregate = Aggregate::Sum;
    std::vector<QVariant> values;
};

struct ReportSheet {
    QString name;  // short: it names a spreadsheet tab
    std::vector<SheetColumn> columns;
    std::vector<std::vector<QVariant>> rows;  // QString, qint64, double, QDate or null
    std::vector<SheetFooter> footers;
};

// Enterprises (with totals and medians), modules, actions, KPIs, participation.
std::vector<ReportSheet> cohortSheets(const CohortReportData& data);
// The first of them alone: one line per enterprise (the cohort CSV).
ReportSheet cohortEnterpriseSheet(const CohortReportData& data);

}  // namespace score
