#include "domain/EntitySchema.h"

#include <QCoreApplication>

namespace score {

namespace {

constexpr int kName = 200;
constexpr int kShort = 120;
constexpr int kLong = 20000;

// Small builders keep the table below readable: one line per field.
FieldSpec text(const char* name, int maxLength, bool required = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Text;
    f.maxLength = maxLength;
    f.required = required;
    return f;
}

FieldSpec integer(const char* name, qint64 min, qint64 max, bool required = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Integer;
    f.minValue = min;
    f.maxValue = max;
    f.required = required;
    return f;
}

FieldSpec real(const char* name, bool required = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Real;
    f.required = required;
    return f;
}

FieldSpec boolean(const char* name)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Bool;
    f.required = true;
    return f;
}

FieldSpec typed(const char* name, FieldType type, bool required = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    f.required = required;
    return f;
}

FieldSpec enumeration(const char* name, std::initializer_list<const char*> values, bool required = true)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Enum;
    f.required = required;
    for (const char* v : values)
        f.enumValues << QString::fromLatin1(v);
    return f;
}

FieldSpec withDefault(FieldSpec f, const char* value)
{
    f.defaultValue = QString::fromLatin1(value);
    return f;
}

// A field added by a later record schema; see FieldSpec::sinceSchema.
FieldSpec since(int schema, FieldSpec f)
{
    f.sinceSchema = schema;
    return f;
}

FieldSpec ref(const char* name, const char* entity, bool required = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Ref;
    f.refEntity = QString::fromLatin1(entity);
    f.required = required;
    return f;
}

FieldSpec owner(const char* name, const char* entity, bool required = true)
{
    FieldSpec f = ref(name, entity, required);
    f.owner = true;
    return f;
}

FieldSpec anyOwner(const char* name, const char* kindField)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::AnyRef;
    f.kindField = QString::fromLatin1(kindField);
    f.required = true;
    f.owner = true;
    return f;
}

EntitySpec kind(const char* name, const char* label, std::vector<FieldSpec> fields)
{
    EntitySpec e;
    e.name = QString::fromLatin1(name);
    e.labelField = QString::fromLatin1(label);
    e.fields = std::move(fields);
    // Bookkeeping every synced record carries; merged like any field, never shown as a conflict.
    for (const char* metaName : {"created_at", "created_by", "modified_at", "modified_by"}) {
        FieldSpec f = QByteArray(metaName).endsWith("_at") ? typed(metaName, FieldType::DateTime, true) : text(metaName, kName, true);
        f.meta = true;
        e.fields.push_back(std::move(f));
    }
    return e;
}

}  // namespace

const QStringList& EntitySchema::attachableKinds()
{
    static const QStringList kinds = {QStringLiteral("enterprise"),    QStringLiteral("visit"),      QStringLiteral("assessment"),
                                      QStringLiteral("response"),      QStringLiteral("finding"),    QStringLiteral("improvement_action"),
                                      QStringLiteral("suggestion"),    QStringLiteral("hazard"),     QStringLiteral("resource_flow"),
                                      QStringLiteral("module_report"), QStringLiteral("kpi_reading")};
    return kinds;
}

EntitySchema::EntitySchema()
{
    const auto genders = {"female", "male", "other", "undisclosed"};
    const auto sectors = {"garments_textiles", "food_processing",    "auto_parts",     "furniture_wood",         "electronics",
                          "plastics",          "printing_packaging", "tourism_hotels", "construction_materials", "other"};

    m_entities = {
        kind("country", "name", {text("code", 2, true), text("name", kName, true), text("currency", 3, true), text("locale", 20, true)}),
        kind("module", "name",
             {text("code", 12, true), integer("number", 1, 99, true), text("name", kName, true), boolean("mandatory"),
              text("description", kLong)}),
        kind("checklist_template", "title",
             {owner("module_id", "module"), integer("version", 1, 9999, true), text("title", kName, true),
              typed("released_on", FieldType::Date, true), text("language", 20, true)}),
        kind("template_section", "title",
             {owner("template_id", "checklist_template"), text("key", 80, true), text("title", kName, true),
              integer("ordinal", 0, 10000, true), real("weight", true)}),
        kind("template_item", "text",
             {owner("template_id", "checklist_template"), owner("section_id", "template_section"), text("key", 80, true),
              text("text", 2000, true), text("guidance", 4000), enumeration("response_type", {"ynp", "scale5", "number", "text"}),
              text("unit", 40), integer("ordinal", 0, 10000, true), real("weight", true)}),
        kind("kpi_definition", "name",
             {owner("module_id", "module"), text("code", 60, true), text("name", kName, true), text("unit", 40, true),
              enumeration("direction", {"lower", "higher"}), text("numerator", kName), text("denominator", kName), real("factor", true),
              enumeration("period", {"monthly", "quarterly", "yearly"}), integer("decimals", 0, 6, true), text("description", 4000)}),
        kind("cohort", "name",
             {text("name", kName, true), ref("country_id", "country", true), text("counterpart", kName),
              enumeration("sector", sectors, false), typed("start_date", FieldType::Date), typed("end_date", FieldType::Date),
              text("notes", kLong), since(2, text("region", kShort)), since(2, text("module_plan", kShort)),
              since(2, typed("archived_on", FieldType::Date))}),
        kind("enterprise", "name",
             {text("name", kName, true),
              ref("cohort_id", "cohort"),
              ref("country_id", "country", true),
              enumeration("sector", sectors),
              text("products", kName),
              text("city", kShort),
              text("address", 500),
              integer("employees_total", 0, 1000000),
              integer("women", 0, 1000000),
              integer("men", 0, 1000000),
              integer("permanent_staff", 0, 1000000),
              integer("temporary_staff", 0, 1000000),
              integer("supply_chain_tier", 1, 9),
              text("main_buyers", 500),
              text("contact_name", kName),
              text("contact_phone", 60),
              text("contact_email", kName),
              ref("manager_id", "person"),
              ref("counsellor_id", "person"),
              typed("enrolled_on", FieldType::Date),
              text("notes", kLong),
              since(2, typed("archived_on", FieldType::Date))}),
        kind("person", "full_name",
             {text("full_name", kName, true), enumeration("gender", genders),
              enumeration("role", {"counsellor", "expert_trainer", "programme_staff", "enterprise_manager", "supervisor", "worker"}),
              owner("enterprise_id", "enterprise", false), text("job_title", kName), text("phone", 60), text("email", kName),
              since(2, typed("archived_on", FieldType::Date))}),
        kind("cohort_trainer", "role",
             {owner("cohort_id", "cohort"), ref("person_id", "person", true),
              withDefault(enumeration("role", {"lead_trainer", "trainer", "counsellor"}), "counsellor")}),
        kind("eit_member", "eit_role",
             {owner("enterprise_id", "enterprise"), owner("person_id", "person"),
              withDefault(enumeration("side", {"management", "worker"}), "worker"),
              withDefault(enumeration("employment", {"permanent", "temporary"}), "permanent"),
              withDefault(enumeration("eit_role", {"chair", "secretary", "member"}), "member"), typed("joined_on", FieldType::Date),
              typed("left_on", FieldType::Date)}),
        kind("visit", "visit_date",
             {owner("enterprise_id", "enterprise"), ref("module_id", "module"),
              enumeration("type", {"classroom", "baseline", "factory_visit", "follow_up", "final"}),
              typed("visit_date", FieldType::Date, true), real("duration_hours"), ref("counsellor_id", "person"),
              integer("participants_women", 0, 10000), integer("participants_men", 0, 10000), integer("managers_present", 0, 10000),
              integer("workers_present", 0, 10000), boolean("eit_met"), integer("projects_reviewed", 0, 1000), text("observations", kLong),
              typed("next_visit_date", FieldType::Date), typed("counsellor_signed_on", FieldType::Date),
              typed("manager_signed_on", FieldType::Date), text("manager_signed_by", kName)}),
        kind("assessment", "assessed_on",
             {owner("enterprise_id", "enterprise"), ref("template_id", "checklist_template", true), owner("visit_id", "visit", false),
              withDefault(enumeration("kind", {"baseline", "progress", "final"}), "progress"), typed("assessed_on", FieldType::Date, true),
              withDefault(enumeration("status", {"draft", "complete"}), "draft"), ref("assessor_id", "person"), text("notes", kLong)}),
        kind("response", "item_key",
             {owner("assessment_id", "assessment"), ref("item_id", "template_item", true), text("item_key", 80, true), text("answer", 2000),
              text("comment", kLong)}),
        kind("finding", "title",
             {owner("enterprise_id", "enterprise"), owner("visit_id", "visit", false), ref("module_id", "module"), text("item_key", 80),
              text("title", kName, true), text("description", kLong),
              withDefault(enumeration("severity", {"low", "medium", "high"}), "medium"), text("area", kShort)}),
        kind("improvement_action", "title",
             {owner("enterprise_id", "enterprise"),
              ref("module_id", "module"),
              ref("visit_id", "visit"),
              ref("finding_id", "finding"),
              text("title", kName, true),
              text("area", kShort),
              text("root_cause", kLong),
              text("description", kLong),
              ref("owner_id", "person"),
              typed("start_date", FieldType::Date),
              typed("due_date", FieldType::Date),
              withDefault(enumeration("status", {"proposed", "approved", "in_progress", "done", "dropped"}), "proposed"),
              withDefault(enumeration("priority", {"high", "medium", "low"}), "medium"),
              real("cost"),
              real("estimated_savings"),
              real("verified_savings"),
              ref("kpi_id", "kpi_definition"),
              real("kpi_before"),
              real("kpi_after"),
              withDefault(enumeration("approval", {"pending", "approved", "returned"}), "pending"),
              ref("approved_by", "person"),
              typed("approval_date", FieldType::Date),
              text("approval_comment", kLong),
              typed("completed_on", FieldType::Date)}),
        kind("kpi_reading", "period",
             {owner("enterprise_id", "enterprise"), ref("kpi_id", "kpi_definition", true), typed("period", FieldType::Month, true),
              withDefault(enumeration("kind", {"baseline", "follow_up"}), "follow_up"), real("value", true), real("numerator"),
              real("denominator"), text("note", 2000), text("source", kName)}),
        kind("suggestion", "text",
             {owner("enterprise_id", "enterprise"), typed("submitted_on", FieldType::Date, true), ref("submitted_by", "person"),
              enumeration("submitter_gender", genders, false),
              withDefault(enumeration("category", {"quality", "productivity", "safety", "environment", "workplace", "other"}), "other"),
              text("text", 4000, true),
              withDefault(enumeration("status", {"submitted", "under_review", "accepted", "implemented", "rejected"}), "submitted"),
              typed("implemented_on", FieldType::Date), text("benefit", 2000), real("estimated_saving")}),
        kind("hazard", "hazard",
             {owner("enterprise_id", "enterprise"), text("location", kName, true), text("hazard", 2000, true), text("consequence", 2000),
              integer("likelihood", 1, 5, true), integer("severity", 1, 5, true), text("control", 4000),
              enumeration("control_type", {"elimination", "substitution", "engineering", "administrative", "ppe"}, false),
              ref("owner_id", "person"), typed("identified_on", FieldType::Date, true), typed("due_date", FieldType::Date),
              typed("closed_on", FieldType::Date), withDefault(enumeration("status", {"open", "controlled", "closed"}), "open")}),
        kind("resource_flow", "name",
             {owner("enterprise_id", "enterprise"), enumeration("resource", {"energy", "water", "material", "waste", "chemical"}),
              text("name", kName, true), typed("period", FieldType::Month, true), real("quantity", true), text("unit", 40, true),
              real("cost"), real("output_quantity"), text("output_unit", 40)}),
        kind("module_report", "summary",
             {owner("enterprise_id", "enterprise"), ref("module_id", "module", true), ref("counsellor_id", "person"),
              typed("period_start", FieldType::Date), typed("period_end", FieldType::Date), text("summary", kLong),
              withDefault(enumeration("status", {"draft", "submitted", "approved", "returned"}), "draft"),
              typed("submitted_on", FieldType::Date), ref("reviewer_id", "person"), text("review_comment", kLong),
              typed("reviewed_on", FieldType::Date)}),
        kind("attachment", "caption",
             {[] {
                  FieldSpec f = enumeration("owner_kind", {});
                  f.enumValues = EntitySchema::attachableKinds();
                  return f;
              }(),
              anyOwner("owner_id", "owner_kind"), typed("sha256", FieldType::Sha256, true), text("mime_type", 100, true),
              integer("size", 0, qint64(1) << 40, true), text("file_name", 255), text("caption", 2000),
              typed("taken_on", FieldType::Date)}),
        kind("comment", "body",
             {[] {
                  FieldSpec f = enumeration("target_kind", {});
                  f.enumValues = EntitySchema::attachableKinds();
                  return f;
              }(),
              anyOwner("target_id", "target_kind"), text("author", kName, true), text("body", kLong, true)}),
    };

    m_ownedThrough.resize(m_entities.size());
    for (size_t o = 0; o < m_entities.size(); ++o) {
        const EntitySpec& owner = m_entities[o];
        for (const EntitySpec& child : m_entities) {
            for (int f : child.ownerFields()) {
                const FieldSpec& field = child.fields[static_cast<size_t>(f)];
                const bool names = field.type == FieldType::AnyRef ? attachableKinds().contains(owner.name) : field.refEntity == owner.name;
                if (names)
                    m_ownedThrough[o].push_back({&child, f});
            }
        }
    }
}

const std::vector<OwnedThrough>& EntitySchema::ownedThrough(const EntitySpec& owner) const
{
    // Specs come from this table, so the index is the pointer's place in it.
    const auto index = &owner - m_entities.data();
    if (index >= 0 && static_cast<size_t>(index) < m_entities.size())
        return m_ownedThrough[static_cast<size_t>(index)];
    static const std::vector<OwnedThrough> none;
    const int byName = entityIndex(owner.name);
    return byName < 0 ? none : m_ownedThrough[static_cast<size_t>(byName)];
}

const EntitySchema& EntitySchema::instance()
{
    static const EntitySchema schema;
    return schema;
}

const EntitySpec* EntitySchema::entity(QAnyStringView name) const
{
    const int i = entityIndex(name);
    return i < 0 ? nullptr : &m_entities[static_cast<size_t>(i)];
}

int EntitySchema::entityIndex(QAnyStringView name) const
{
    for (size_t i = 0; i < m_entities.size(); ++i)
        if (QAnyStringView::compare(m_entities[i].name, name) == 0)
            return static_cast<int>(i);
    return -1;
}

int EntitySpec::fieldIndex(QAnyStringView name) const
{
    for (size_t i = 0; i < fields.size(); ++i)
        if (QAnyStringView::compare(fields[i].name, name) == 0)
            return static_cast<int>(i);
    return -1;
}

const FieldSpec* EntitySpec::field(QAnyStringView name) const
{
    const int i = fieldIndex(name);
    return i < 0 ? nullptr : &fields[static_cast<size_t>(i)];
}

std::vector<int> EntitySpec::ownerFields() const
{
    std::vector<int> result;
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].owner)
            result.push_back(static_cast<int>(i));
    return result;
}

namespace {
struct Names {
    Q_DECLARE_TR_FUNCTIONS(score::EntityNames)
};
}  // namespace

QString entityDisplayName(QStringView e)
{
    if (e == u"country")
        return Names::tr("country");
    if (e == u"module")
        return Names::tr("module");
    if (e == u"checklist_template")
        return Names::tr("checklist template");
    if (e == u"template_section")
        return Names::tr("checklist section");
    if (e == u"template_item")
        return Names::tr("checklist item");
    if (e == u"kpi_definition")
        return Names::tr("KPI definition");
    if (e == u"cohort")
        return Names::tr("cohort");
    if (e == u"enterprise")
        return Names::tr("enterprise");
    if (e == u"person")
        return Names::tr("person");
    if (e == u"cohort_trainer")
        return Names::tr("cohort trainer");
    if (e == u"eit_member")
        return Names::tr("EIT member");
    if (e == u"visit")
        return Names::tr("visit");
    if (e == u"assessment")
        return Names::tr("assessment");
    if (e == u"response")
        return Names::tr("checklist answer");
    if (e == u"finding")
        return Names::tr("finding");
    if (e == u"improvement_action")
        return Names::tr("improvement action");
    if (e == u"kpi_reading")
        return Names::tr("KPI reading");
    if (e == u"suggestion")
        return Names::tr("worker suggestion");
    if (e == u"hazard")
        return Names::tr("hazard");
    if (e == u"resource_flow")
        return Names::tr("resource flow");
    if (e == u"module_report")
        return Names::tr("module progress report");
    if (e == u"attachment")
        return Names::tr("attachment");
    if (e == u"comment")
        return Names::tr("comment");
    return e.toString();
}

QString entityDisplayNamePlural(QStringView e)
{
    if (e == u"country")
        return Names::tr("countries");
    if (e == u"module")
        return Names::tr("modules");
    if (e == u"checklist_template")
        return Names::tr("checklist templates");
    if (e == u"template_section")
        return Names::tr("checklist sections");
    if (e == u"template_item")
        return Names::tr("checklist items");
    if (e == u"kpi_definition")
        return Names::tr("KPI definitions");
    if (e == u"cohort")
        return Names::tr("cohorts");
    if (e == u"enterprise")
        return Names::tr("enterprises");
    if (e == u"person")
        return Names::tr("people");
    if (e == u"cohort_trainer")
        return Names::tr("cohort trainers");
    if (e == u"eit_member")
        return Names::tr("EIT members");
    if (e == u"visit")
        return Names::tr("visits");
    if (e == u"assessment")
        return Names::tr("assessments");
    if (e == u"response")
        return Names::tr("checklist answers");
    if (e == u"finding")
        return Names::tr("findings");
    if (e == u"improvement_action")
        return Names::tr("improvement actions");
    if (e == u"kpi_reading")
        return Names::tr("KPI readings");
    if (e == u"suggestion")
        return Names::tr("worker suggestions");
    if (e == u"hazard")
        return Names::tr("hazards");
    if (e == u"resource_flow")
        return Names::tr("resource flows");
    if (e == u"module_report")
        return Names::tr("module progress reports");
    if (e == u"attachment")
        return Names::tr("attachments");
    if (e == u"comment")
        return Names::tr("comments");
    return e.toString();
}

}  // namespace score
