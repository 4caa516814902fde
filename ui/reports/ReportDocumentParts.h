#pragma once
// Pieces shared by the report documents: the footer line, KPI rows and tones.

#include "metrics/KpiMetrics.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormatter.h"

#include <QCoreApplication>

namespace score::reportparts {

struct ReportTr {
    Q_DECLARE_TR_FUNCTIONS(score::ReportDocuments)
};

QString footerNote(const ReportFormatter& f, const QDate& generatedOn);
// Good for a positive change, bad for a negative one (already oriented: positive = better).
TextTone changeTone(std::optional<double> better);
QString directionLabel(const KpiInfo& kpi);
// KPI | Module | Unit | Better when | Baseline | Latest (period) | Change | Improvement
ReportTable kpiTable(const std::vector<KpiTrend>& kpis, const ReportFormatter& f, bool withModule);
QString genderCounts(const ReportFormatter& f, std::optional<qint64> women, std::optional<qint64> men);

}  // namespace score::reportparts
