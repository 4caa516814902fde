// Schema version 4, frozen once shipped (see MigrationV1.cpp). The history remembers, for a
// change that arrived in a bundle signed by another device than the one that made it, which
// device relayed it: a signature proves who packed a bundle, not who made each change in it, so
// such a change's author is what the relaying device says (README, "What sync guarantees").
// And record schema 3: every synced
// record keeps the changes it knows to have lost to a concurrent change (model/LostStamps.h), so
// that the device whose value lost learns it whatever the order bundles arrive in. NULL, the
// value every record starts with, is the empty set; records keep their shape otherwise.

#include "storage/Migrations.h"

namespace score::schema {

const char16_t* const kSchemaV4 = uR"SQL(
ALTER TABLE change_log ADD COLUMN via_device TEXT;
ALTER TABLE country ADD COLUMN sync_lost TEXT;
ALTER TABLE module ADD COLUMN sync_lost TEXT;
ALTER TABLE checklist_template ADD COLUMN sync_lost TEXT;
ALTER TABLE template_section ADD COLUMN sync_lost TEXT;
ALTER TABLE template_item ADD COLUMN sync_lost TEXT;
ALTER TABLE kpi_definition ADD COLUMN sync_lost TEXT;
ALTER TABLE cohort ADD COLUMN sync_lost TEXT;
ALTER TABLE enterprise ADD COLUMN sync_lost TEXT;
ALTER TABLE person ADD COLUMN sync_lost TEXT;
ALTER TABLE cohort_trainer ADD COLUMN sync_lost TEXT;
ALTER TABLE eit_member ADD COLUMN sync_lost TEXT;
ALTER TABLE visit ADD COLUMN sync_lost TEXT;
ALTER TABLE assessment ADD COLUMN sync_lost TEXT;
ALTER TABLE response ADD COLUMN sync_lost TEXT;
ALTER TABLE finding ADD COLUMN sync_lost TEXT;
ALTER TABLE improvement_action ADD COLUMN sync_lost TEXT;
ALTER TABLE kpi_reading ADD COLUMN sync_lost TEXT;
ALTER TABLE suggestion ADD COLUMN sync_lost TEXT;
ALTER TABLE hazard ADD COLUMN sync_lost TEXT;
ALTER TABLE resource_flow ADD COLUMN sync_lost TEXT;
ALTER TABLE module_report ADD COLUMN sync_lost TEXT;
ALTER TABLE attachment ADD COLUMN sync_lost TEXT;
ALTER TABLE comment ADD COLUMN sync_lost TEXT;
)SQL";

}  // namespace score::schema
