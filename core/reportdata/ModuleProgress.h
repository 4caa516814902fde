#pragma once
// Where an enterprise stands in each SCORE module: visits, checklist scores from the first to
// the latest assessment, improvement actions opened, done and overdue, and the progress report.
// Shared by the enterprise view and the enterprise and cohort reports.

#include "storage/Workspace.h"

#include <QDate>

#include <optional>
#include <vector>

namespace score {

struct ModuleProgressRow {
    QString moduleCode;
    QString moduleName;
    int visits = 0;
    QDate firstVisit;
    QDate lastVisit;
    std::optional<double> firstScore;  // the earliest assessment (usually the baseline)
    std::optional<double> latestScore;
    QDate latestAssessment;
    int assessments = 0;
    int openActions = 0;
    int doneActions = 0;
    int overdueActions = 0;
    QString reportStatus;  // of the newest module progress report, if any
    bool started() const { return visits > 0 || assessments > 0; }
    // Completed: a final visit or an approved progress report.
    bool completed = false;
};

// One row per module of the workspace, in module order.
Result<std::vector<ModuleProgressRow>> moduleProgress(Workspace& ws, const QString& enterpriseId, const QDate& today);

}  // namespace score
