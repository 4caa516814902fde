// Schema version 1, frozen. Never edit this text after it has shipped: workspaces created with
// it exist. A change to the schema is a new migration (MigrationV2…) that transforms v1.
// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that one import transaction may carry a
// record before the record it refers to; they are checked when the transaction commits.

#include "storage/Migrations.h"

namespace score::schema {

const char16_t* const kSchemaV1 = uR"SQL(
-- Synced records: every table carries its fields, created/modified bookkeeping, a tombstone
-- flag and the sync clock (per-field change stamps and the record's version vector).
CREATE TABLE country (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);

CREATE TABLE module (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    mandatory INTEGER NOT NULL DEFAULT 0,
    description TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);

CREATE TABLE checklist_template (
    id TEXT PRIMARY KEY NOT NULL,
    module_id TEXT NOT NULL REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    released_on TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX checklist_template_module_id ON checklist_template(module_id);

CREATE TABLE template_section (
    id TEXT PRIMARY KEY NOT NULL,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    weight REAL NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX template_section_template_id ON template_section(template_id);

CREATE TABLE template_item (
    id TEXT PRIMARY KEY NOT NULL,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) DEFERRABLE INITIALLY DEFERRED,
    section_id TEXT NOT NULL REFERENCES template_section(id) DEFERRABLE INITIALLY DEFERRED,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    guidance TEXT,
    response_type TEXT NOT NULL,
    unit TEXT,
    ordinal INTEGER NOT NULL,
    weight REAL NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX template_item_template_id ON template_item(template_id);
CREATE INDEX template_item_section_id ON template_item(section_id);

CREATE TABLE kpi_definition (
    id TEXT PRIMARY KEY NOT NULL,
    module_id TEXT NOT NULL REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    numerator TEXT,
    denominator TEXT,
    factor REAL NOT NULL,
    period TEXT NOT NULL,
    decimals INTEGER NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX kpi_definition_module_id ON kpi_definition(module_id);

CREATE TABLE cohort (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    country_id TEXT NOT NULL REFERENCES country(id) DEFERRABLE INITIALLY DEFERRED,
    counterpart TEXT,
    sector TEXT,
    start_date TEXT,
    end_date TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX cohort_country_id ON cohort(country_id);

CREATE TABLE enterprise (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    cohort_id TEXT REFERENCES cohort(id) DEFERRABLE INITIALLY DEFERRED,
    country_id TEXT NOT NULL REFERENCES country(id) DEFERRABLE INITIALLY DEFERRED,
    sector TEXT NOT NULL,
    products TEXT,
    city TEXT,
    address TEXT,
    employees_total INTEGER,
    women INTEGER,
    men INTEGER,
    permanent_staff INTEGER,
    temporary_staff INTEGER,
    supply_chain_tier INTEGER,
    main_buyers TEXT,
    contact_name TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    manager_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    counsellor_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    enrolled_on TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX enterprise_cohort_id ON enterprise(cohort_id);
CREATE INDEX enterprise_country_id ON enterprise(country_id);
CREATE INDEX enterprise_manager_id ON enterprise(manager_id);
CREATE INDEX enterprise_counsellor_id ON enterprise(counsellor_id);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    full_name TEXT NOT NULL,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    enterprise_id TEXT REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    job_title TEXT,
    phone TEXT,
    email TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX person_enterprise_id ON person(enterprise_id);

CREATE TABLE cohort_trainer (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohort(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX cohort_trainer_cohort_id ON cohort_trainer(cohort_id);
CREATE INDEX cohort_trainer_person_id ON cohort_trainer(person_id);

CREATE TABLE eit_member (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    side TEXT NOT NULL,
    employment TEXT NOT NULL,
    eit_role TEXT NOT NULL,
    joined_on TEXT,
    left_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX eit_member_enterprise_id ON eit_member(enterprise_id);
CREATE INDEX eit_member_person_id ON eit_member(person_id);

CREATE TABLE visit (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    module_id TEXT REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    type TEXT NOT NULL,
    visit_date TEXT NOT NULL,
    duration_hours REAL,
    counsellor_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    participants_women INTEGER,
    participants_men INTEGER,
    managers_present INTEGER,
    workers_present INTEGER,
    eit_met INTEGER NOT NULL DEFAULT 0,
    projects_reviewed INTEGER,
    observations TEXT,
    next_visit_date TEXT,
    counsellor_signed_on TEXT,
    manager_signed_on TEXT,
    manager_signed_by TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX visit_enterprise_id ON visit(enterprise_id);
CREATE INDEX visit_module_id ON visit(module_id);
CREATE INDEX visit_counsellor_id ON visit(counsellor_id);

CREATE TABLE assessment (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    status TEXT NOT NULL,
    assessor_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX assessment_enterprise_id ON assessment(enterprise_id);
CREATE INDEX assessment_template_id ON assessment(template_id);
CREATE INDEX assessment_visit_id ON assessment(visit_id);
CREATE INDEX assessment_assessor_id ON assessment(assessor_id);

CREATE TABLE response (
    id TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES template_item(id) DEFERRABLE INITIALLY DEFERRED,
    item_key TEXT NOT NULL,
    answer TEXT,
    comment TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX response_assessment_id ON response(assessment_id);
CREATE INDEX response_item_id ON response(item_id);

CREATE TABLE finding (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    module_id TEXT REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    item_key TEXT,
    title TEXT NOT NULL,
    description TEXT,
    severity TEXT NOT NULL,
    area TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX finding_enterprise_id ON finding(enterprise_id);
CREATE INDEX finding_visit_id ON finding(visit_id);
CREATE INDEX finding_module_id ON finding(module_id);

CREATE TABLE improvement_action (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    module_id TEXT REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    finding_id TEXT REFERENCES finding(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT NOT NULL,
    area TEXT,
    root_cause TEXT,
    description TEXT,
    owner_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    start_date TEXT,
    due_date TEXT,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    cost REAL,
    estimated_savings REAL,
    verified_savings REAL,
    kpi_id TEXT REFERENCES kpi_definition(id) DEFERRABLE INITIALLY DEFERRED,
    kpi_before REAL,
    kpi_after REAL,
    approval TEXT NOT NULL,
    approved_by TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    approval_date TEXT,
    approval_comment TEXT,
    completed_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX improvement_action_enterprise_id ON improvement_action(enterprise_id);
CREATE INDEX improvement_action_module_id ON improvement_action(module_id);
CREATE INDEX improvement_action_visit_id ON improvement_action(visit_id);
CREATE INDEX improvement_action_finding_id ON improvement_action(finding_id);
CREATE INDEX improvement_action_owner_id ON improvement_action(owner_id);
CREATE INDEX improvement_action_kpi_id ON improvement_action(kpi_id);
CREATE INDEX improvement_action_approved_by ON improvement_action(approved_by);

CREATE TABLE kpi_reading (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    kpi_id TEXT NOT NULL REFERENCES kpi_definition(id) DEFERRABLE INITIALLY DEFERRED,
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    numerator REAL,
    denominator REAL,
    note TEXT,
    source TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX kpi_reading_enterprise_id ON kpi_reading(enterprise_id);
CREATE INDEX kpi_reading_kpi_id ON kpi_reading(kpi_id);

CREATE TABLE suggestion (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    submitted_on TEXT NOT NULL,
    submitted_by TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    submitter_gender TEXT,
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    implemented_on TEXT,
    benefit TEXT,
    estimated_saving REAL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX suggestion_enterprise_id ON suggestion(enterprise_id);
CREATE INDEX suggestion_submitted_by ON suggestion(submitted_by);

CREATE TABLE hazard (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    location TEXT NOT NULL,
    hazard TEXT NOT NULL,
    consequence TEXT,
    likelihood INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    control TEXT,
    control_type TEXT,
    owner_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    identified_on TEXT NOT NULL,
    due_date TEXT,
    closed_on TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX hazard_enterprise_id ON hazard(enterprise_id);
CREATE INDEX hazard_owner_id ON hazard(owner_id);

CREATE TABLE resource_flow (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    resource TEXT NOT NULL,
    name TEXT NOT NULL,
    period TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit TEXT NOT NULL,
    cost REAL,
    output_quantity REAL,
    output_unit TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX resource_flow_enterprise_id ON resource_flow(enterprise_id);

CREATE TABLE module_report (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    module_id TEXT NOT NULL REFERENCES module(id) DEFERRABLE INITIALLY DEFERRED,
    counsellor_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    period_start TEXT,
    period_end TEXT,
    summary TEXT,
    status TEXT NOT NULL,
    submitted_on TEXT,
    reviewer_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    review_comment TEXT,
    reviewed_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX module_report_enterprise_id ON module_report(enterprise_id);
CREATE INDEX module_report_module_id ON module_report(module_id);
CREATE INDEX module_report_counsellor_id ON module_report(counsellor_id);
CREATE INDEX module_report_reviewer_id ON module_report(reviewer_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    file_name TEXT,
    caption TEXT,
    taken_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX attachment_owner_id ON attachment(owner_id);

CREATE TABLE comment (
    id TEXT PRIMARY KEY NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    sync_stamps TEXT NOT NULL,
    sync_vv TEXT NOT NULL
);
CREATE INDEX comment_target_id ON comment(target_id);

-- Useful secondary indexes for the views and reports.
CREATE INDEX visit_enterprise_date ON visit(enterprise_id, visit_date);
CREATE INDEX kpi_reading_enterprise_kpi_period ON kpi_reading(enterprise_id, kpi_id, period);
CREATE INDEX assessment_enterprise_date ON assessment(enterprise_id, assessed_on);
CREATE INDEX improvement_action_status_due ON improvement_action(status, due_date);

-- Device-local state: never exported, never part of the canonical dump.
CREATE TABLE workspace_info (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- This device: identity, signing keys and the last hybrid-logical-clock value it issued.
CREATE TABLE local_device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    user_name TEXT NOT NULL,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    hlc INTEGER NOT NULL
);

-- Short local numbers for device ids inside sync_stamps and sync_vv.
CREATE TABLE sync_device (
    idx INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE
);

-- Devices whose bundles were imported: their key (trust on first use) and what they hold.
CREATE TABLE peer_device (
    device_id TEXT PRIMARY KEY NOT NULL,
    device_name TEXT NOT NULL,
    user_name TEXT NOT NULL,
    public_key BLOB NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_bundle_id TEXT,
    holds_vv TEXT NOT NULL DEFAULT ''
);

-- The version vector of this workspace: for each device, every change it stamped up to this
-- HLC value is incorporated here (the own device's entry is local_device.hlc).
CREATE TABLE knowledge (
    device_id TEXT PRIMARY KEY NOT NULL,
    hlc INTEGER NOT NULL
);

CREATE TABLE received_bundle (
    bundle_id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    file_name TEXT,
    scope TEXT NOT NULL,
    summary TEXT NOT NULL
);

-- Values that lost a merge, kept for review. Device-local review state.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    detected_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    kept_value TEXT,
    kept_hlc INTEGER NOT NULL,
    kept_device TEXT NOT NULL,
    lost_value TEXT,
    lost_hlc INTEGER NOT NULL,
    lost_device TEXT NOT NULL,
    bundle_id TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    resolved_at TEXT
);
CREATE INDEX conflict_record ON conflict(record_id);
CREATE INDEX conflict_status ON conflict(status);

-- Record history: changes after creation, as this workspace learnt them.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT,
    fields TEXT
);
CREATE INDEX change_log_record ON change_log(record_id);

-- Attachment content, addressed by its SHA-256.
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
)SQL";

}  // namespace score::schema
