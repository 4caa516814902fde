// Schema version 4, frozen once shipped (see MigrationV1.cpp). The history remembers, for a
// change that arrived in a bundle signed by another device than the one that made it, which
// device relayed it: a signature proves who packed a bundle, not who made each change in it, so
// such a change's author is what the relaying device says (README, "What sync guarantees").

#include "storage/Migrations.h"

namespace score::schema {

const char16_t* const kSchemaV4 = uR"SQL(
ALTER TABLE change_log ADD COLUMN via_device TEXT;
)SQL";

}  // namespace score::schema
