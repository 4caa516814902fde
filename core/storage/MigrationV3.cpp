// Schema version 3, frozen once shipped (see MigrationV1.cpp). Record schema 2: cohorts gain
// their region and planned module sequence, and cohorts, enterprises and people can be archived.
// The new columns start empty; their change stamp is each record's base stamp, as for any field
// a record has never had set (model/StampCodec.h), so devices that upgrade agree on them.

#include "storage/Migrations.h"

namespace score::schema {

const char16_t* const kSchemaV3 = uR"SQL(
ALTER TABLE cohort ADD COLUMN region TEXT;
ALTER TABLE cohort ADD COLUMN module_plan TEXT;
ALTER TABLE cohort ADD COLUMN archived_on TEXT;
ALTER TABLE enterprise ADD COLUMN archived_on TEXT;
ALTER TABLE person ADD COLUMN archived_on TEXT;
)SQL";

}  // namespace score::schema
