#pragma once
// `scorectl demo`: fills an empty workspace with realistic SCORE work — cohorts of 10–15
// enterprises in SCORE countries and sectors, EIT members, classroom sessions and factory
// visits per module, checklists that improve over time, findings, improvement actions in every
// status (some overdue), KPI readings with baselines and noisy improvement, worker suggestions,
// hazards, resource flows, progress reports and photos of evidence.
//
// The same seed and anchor date give the same records, ids included. Everything goes through
// the single write path, stamped by this device on a simulated clock.

#include "storage/Workspace.h"
#include "util/ProgressCallback.h"

#include <QDate>

namespace score {

struct DemoOptions {
    int enterprises = 12;
    int years = 1;
    quint64 seed = 1;
    QDate anchor;  // "today" of the demo; default: the workspace clock's date
    bool photos = true;
    ProgressCallback progress;
};

struct DemoSummary {
    int cohorts = 0;
    int enterprises = 0;
    qint64 records = 0;
    int photos = 0;
    QDate from;
    QDate to;
};

Result<DemoSummary> generateDemo(Workspace& ws, const DemoOptions& options);

}  // namespace score
