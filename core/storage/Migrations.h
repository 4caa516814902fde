#pragma once
// Schema versions of the workspace file. PRAGMA user_version holds the version; each
// migration moves the file one version up inside its own transaction. A file from a newer
// SCORE Desk is refused, never "upgraded" down.

#include "domain/EntitySchema.h"
#include "storage/Database.h"

#include <functional>
#include <vector>

namespace score {

constexpr int kCurrentSchemaVersion = 4;
// PRAGMA application_id of every workspace file: ASCII "SCOR".
constexpr qint64 kWorkspaceApplicationId = 0x53434F52;

struct Migration {
    int toVersion;
    QString description;
    std::function<Status(Database&)> apply;
    // Adds only indexes: a file without it reads the same, so it may be opened read-only
    // (scorectl stats, a report) before it is upgraded.
    bool indexesOnly = false;
};

const std::vector<Migration>& migrations();
// Whether a file at `fromVersion` can be read as it is, every later migration adding only indexes.
bool readableWithoutUpgrade(int fromVersion);

// Applies every migration above `fromVersion`, each in its own transaction.
Status migrate(Database& db, int fromVersion);

namespace schema {
extern const char16_t* const kSchemaV1;
extern const char16_t* const kSchemaV2;
extern const char16_t* const kSchemaV3;
extern const char16_t* const kSchemaV4;
}  // namespace schema

}  // namespace score
