#pragma once
// `scorectl simulate-edits`: realistic random edits as this device — creates, updates, deletes
// and restores of every synced kind (checklist answers, actions and their status, KPI readings,
// EIT members, findings, visits, attachments with small generated images). The same workspace
// state and seed give the same edits, so a failing sync scenario can be replayed from its seed.
// Each edit is its own transaction, like a user action.

#include "storage/RecordEditor.h"
#include "storage/Workspace.h"

#include <QMap>

namespace score {

struct SimulationOptions {
    int count = 100;
    quint64 seed = 1;
    RecordEditor::Observer observer;  // tests: sees every stamped change
};

struct SimulationSummary {
    int creates = 0;
    int updates = 0;
    int deletes = 0;
    int restores = 0;
    QMap<QString, int> perEntity;
};

Result<SimulationSummary> simulateEdits(Workspace& ws, const SimulationOptions& options);

}  // namespace score
