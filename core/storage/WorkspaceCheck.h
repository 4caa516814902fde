#pragma once
// `scorectl check`: SQLite's integrity and foreign-key checks plus the invariants of a SCORE
// workspace (valid values, readable sync clocks, derived ids, attachments with their content,
// a clock ahead of every stamp). Returns the problems as sentences; none means healthy.

#include "storage/BlobStore.h"
#include "storage/Workspace.h"

#include <QStringList>

#include <vector>

namespace score {

struct CheckReport {
    QStringList problems;
    qint64 recordsChecked = 0;
    // Not a problem (the canonical dump and sync ignore it), only space that can be freed.
    UnreferencedBlobs unreferencedBlobs;
    bool ok() const { return problems.isEmpty(); }
};

Result<CheckReport> checkWorkspace(Workspace& ws);

// A row whose reference points at no record (SQLite's foreign-key check): what `check` reports,
// and what an import must not leave behind.
struct DanglingReference {
    QString table;
    qint64 row = 0;
    QString missingTable;
};
Result<std::vector<DanglingReference>> danglingReferences(Workspace& ws);

}  // namespace score
