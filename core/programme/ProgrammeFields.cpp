#include "programme/ProgrammeFields.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"

namespace score {

namespace {
using Target = PublicField::Target;
using Shape = PublicField::Shape;

PublicField record(const char* key, const char* field, Shape shape = Shape::Text)
{
    return {QString::fromLatin1(key), QString::fromLatin1(field), Target::Record, shape};
}

PublicField membership(const char* key, const char* field, Shape shape = Shape::Text)
{
    return {QString::fromLatin1(key), QString::fromLatin1(field), Target::Membership, shape};
}

QString normalisedKey(QStringView key)
{
    QString k = key.trimmed().toString().toCaseFolded();
    k.replace(u'-', u'_');
    k.replace(u' ', u'_');
    if (k.startsWith(QStringLiteral("__")))
        k = k.mid(2);  // "--employees" as typed on a command line
    return k;
}
}  // namespace

const QList<ProgrammeKind>& programmeKinds()
{
    static const QList<ProgrammeKind> kinds = {ProgrammeKind::Cohort, ProgrammeKind::Enterprise, ProgrammeKind::Person};
    return kinds;
}

std::optional<ProgrammeKind> programmeKindFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toCaseFolded();
    if (n == u"cohort" || n == u"cohorts")
        return ProgrammeKind::Cohort;
    if (n == u"enterprise" || n == u"enterprises")
        return ProgrammeKind::Enterprise;
    if (n == u"person" || n == u"people" || n == u"persons")
        return ProgrammeKind::Person;
    return std::nullopt;
}

QString programmeKindName(ProgrammeKind kind)
{
    switch (kind) {
    case ProgrammeKind::Cohort: return QStringLiteral("cohort");
    case ProgrammeKind::Enterprise: return QStringLiteral("enterprise");
    case ProgrammeKind::Person: return QStringLiteral("person");
    }
    return {};
}

QString programmeKindPlural(ProgrammeKind kind)
{
    switch (kind) {
    case ProgrammeKind::Cohort: return QStringLiteral("cohorts");
    case ProgrammeKind::Enterprise: return QStringLiteral("enterprises");
    case ProgrammeKind::Person: return QStringLiteral("people");
    }
    return {};
}

QString programmeEntity(ProgrammeKind kind) { return programmeKindName(kind); }

QString programmeKindDisplayName(ProgrammeKind kind) { return entityDisplayName(programmeEntity(kind)); }

const std::vector<PublicField>& publicFields(ProgrammeKind kind)
{
    static const std::vector<PublicField> cohort = {
        record("name", "name"),
        record("country", "country_id"),
        record("sector", "sector"),
        record("region", "region"),
        record("institution", "counterpart"),
        record("start", "start_date", Shape::Date),
        record("end", "end_date", Shape::Date),
        record("modules", "module_plan"),
        {QStringLiteral("trainers"), QString(), Target::Trainers, Shape::Text},
        record("notes", "notes"),
        record("archived", "archived_on", Shape::Date),
    };
    static const std::vector<PublicField> enterprise = {
        record("name", "name"),
        record("cohort", "cohort_id"),
        record("country", "country_id"),
        record("sector", "sector"),
        record("products", "products"),
        record("city", "city"),
        record("address", "address"),
        record("employees", "employees_total", Shape::Number),
        record("women", "women", Shape::Number),
        record("men", "men", Shape::Number),
        record("permanent", "permanent_staff", Shape::Number),
        record("temporary", "temporary_staff", Shape::Number),
        record("tier", "supply_chain_tier", Shape::Number),
        record("buyers", "main_buyers"),
        record("contact", "contact_name"),
        record("phone", "contact_phone"),
        record("email", "contact_email"),
        record("manager", "manager_id"),
        record("counsellor", "counsellor_id"),
        record("enrolled", "enrolled_on", Shape::Date),
        record("notes", "notes"),
        record("archived", "archived_on", Shape::Date),
    };
    static const std::vector<PublicField> person = {
        record("name", "full_name"),
        record("gender", "gender"),
        record("role", "role"),
        record("enterprise", "enterprise_id"),
        record("job_title", "job_title"),
        record("phone", "phone"),
        record("email", "email"),
        membership("team_side", "side"),
        membership("employment", "employment"),
        membership("team_role", "eit_role"),
        membership("joined", "joined_on", Shape::Date),
        record("archived", "archived_on", Shape::Date),
    };
    switch (kind) {
    case ProgrammeKind::Cohort: return cohort;
    case ProgrammeKind::Enterprise: return enterprise;
    case ProgrammeKind::Person: return person;
    }
    return cohort;
}

QString publicFieldLabel(ProgrammeKind kind, const PublicField& field)
{
    switch (field.target) {
    case Target::Record: return fieldLabel(programmeEntity(kind), field.field);
    case Target::Membership: return fieldLabel(u"eit_member", field.field);
    case Target::Trainers: return fieldLabel(u"cohort", u"trainers");  // its trainer links, as one field
    }
    return field.key;
}

const PublicField* publicField(ProgrammeKind kind, QStringView key)
{
    const QString wanted = normalisedKey(key);
    for (const PublicField& f : publicFields(kind))
        if (f.key == wanted || normalisedKey(publicFieldLabel(kind, f)) == wanted)
            return &f;
    return nullptr;
}

QString publicRoleName(QStringView role)
{
    if (role == u"expert_trainer")
        return QStringLiteral("trainer");
    if (role == u"programme_staff")
        return QStringLiteral("staff");
    if (role == u"enterprise_manager")
        return QStringLiteral("manager");
    return role.toString();
}

}  // namespace score
