#include "programme/ProgrammeEditor.h"

#include "domain/Labels.h"
#include "domain/NaturalIds.h"
#include "rules/FieldInput.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>

namespace score {

namespace {
struct ProgrammeEditorTr {
    Q_DECLARE_TR_FUNCTIONS(score::ProgrammeEditor)
};

const EntitySpec& specOf(QStringView entity) { return *EntitySchema::instance().entity(entity); }

// A field of a stored record; empty when the record cannot be read.
FieldValue stored(Workspace& ws, QStringView entity, const QString& id, QStringView field)
{
    auto loaded = ws.store().load(specOf(entity), id);
    if (!loaded || !loaded->has_value())
        return {};
    return (*loaded)->value(field);
}

bool isProgrammeRole(QStringView role) { return role == u"counsellor" || role == u"expert_trainer" || role == u"programme_staff"; }

QString folded(const QString& text) { return text.trimmed().toCaseFolded(); }

// The public key of a schema field of `kind` (what a refusal names), or the field itself.
QString keyOf(ProgrammeKind kind, PublicField::Target target, const QString& field)
{
    for (const PublicField& f : publicFields(kind))
        if (f.target == target && f.field == field)
            return f.key;
    return field;
}

Error withKey(Error error, ProgrammeKind kind, PublicField::Target target)
{
    if (!error.subject.isEmpty())
        error.subject = keyOf(kind, target, error.subject);
    return error;
}

QString text(const FieldValue& v)
{
    const auto* s = std::get_if<QString>(&v);
    return s ? *s : QString();
}
}  // namespace

struct ProgrammeEditor::Resolved {
    FieldValues record;
    FieldValues membership;
    bool membershipGiven = false;
    bool leaveTeam = false;
    bool eitRole = false;
    std::optional<QStringList> trainers;

    const FieldValue* value(QStringView field) const
    {
        for (const auto& [name, v] : record)
            if (name == field)
                return &v;
        return nullptr;
    }
    void set(const QString& field, FieldValue v)
    {
        for (auto& [name, old] : record)
            if (name == field) {
                old = std::move(v);
                return;
            }
        record.push_back({field, std::move(v)});
    }
};

ProgrammeEditor::ProgrammeEditor(Workspace& ws, RecordEditor& editor) : m_ws(&ws), m_editor(&editor), m_directory(ws) {}

Result<QString> ProgrammeEditor::reference(const QString& key, const QString& targetEntity, const QString& typed, const QString& scope)
{
    const QString name = typed.trimmed();
    const EntitySpec& target = specOf(targetEntity);
    if (isUuidText(name)) {
        auto alive = m_ws->store().exists(target, name, true);
        if (!alive)
            return alive.error();
        if (*alive)
            return name;
        return Error::notFound(ProgrammeEditorTr::tr("There is no %1 with the id %2.").arg(entityDisplayName(targetEntity), name))
            .about(key);
    }
    if (targetEntity == u"country") {
        auto country = m_directory.countryId(name);
        if (!country)
            return country.error();
        if (country->isEmpty())
            return Error::notFound(
                       ProgrammeEditorTr::tr("There is no country “%1”; give its two-letter code, such as VN, ID or GH.").arg(name))
                .about(key);
        return *country;
    }
    Result<std::vector<NamedRecord>> all = targetEntity == u"cohort"       ? m_directory.cohorts()
                                           : targetEntity == u"enterprise" ? m_directory.enterprises()
                                                                           : m_directory.people();
    if (!all)
        return all.error();
    std::vector<NamedRecord> found = ProgrammeDirectory::named(*all, name);
    if (found.size() > 1 && !scope.isNull()) {
        // A name shared across enterprises is told apart by the enterprise (or cohort) at hand.
        std::vector<NamedRecord> inScope = ProgrammeDirectory::named(*all, name, scope);
        if (!inScope.empty())
            found = std::move(inScope);
    }
    if (found.empty())
        return Error::notFound(ProgrammeEditorTr::tr("There is no %1 called “%2”.").arg(entityDisplayName(targetEntity), name)).about(key);
    if (found.size() > 1)
        return Error::invalid(ProgrammeEditorTr::tr("%1 %2 are called “%3”; give the id of the one you mean instead.")
                                  .arg(found.size())
                                  .arg(entityDisplayNamePlural(targetEntity), name))
            .about(key);
    return found.front().id;
}

Result<FieldValue> ProgrammeEditor::resolveValue(ProgrammeKind kind, const QString& id, const PublicField& field, const QString& typed)
{
    const QString entity = field.target == PublicField::Target::Membership ? QStringLiteral("eit_member") : programmeEntity(kind);
    const FieldSpec* spec = specOf(entity).field(field.field);
    const QString value = typed.trimmed();
    if (field.field == u"archived_on") {
        // Archiving is a yes or a no to the person typing; the record keeps the day it happened.
        const QString word = folded(value);
        if (word == u"yes" || word == u"true" || word == u"x" || word == u"1")
            return FieldValue(m_ws->clock().today().toString(Qt::ISODate));
        if (word == u"no" || word == u"false" || word == u"0")
            return FieldValue();
    }
    if (spec->type == FieldType::Ref && !value.isEmpty()) {
        // A name shared by several people is told apart by where the person belongs: a
        // counsellor among programme staff, a manager among the enterprise's people.
        QString scope;  // null: anywhere
        if (field.field == u"counsellor_id")
            scope = QStringLiteral("");
        else if (spec->refEntity == u"person" && kind == ProgrammeKind::Enterprise && !id.isEmpty())
            scope = id;
        auto found = reference(field.key, spec->refEntity, value, scope);
        if (!found)
            return found.error();
        return FieldValue(*found);
    }
    auto read = readFieldInput(entity, *spec, value);
    if (!read)
        return Error(read.error()).about(field.key);
    return read;
}

Result<ProgrammeEditor::Resolved> ProgrammeEditor::resolve(ProgrammeKind kind, const QString& id, const PublicValues& values)
{
    Resolved r;
    for (const auto& [key, typed] : values) {
        const PublicField* field = publicField(kind, key);
        if (!field) {
            QStringList keys;
            for (const PublicField& f : publicFields(kind))
                keys << f.key;
            return Error::invalid(ProgrammeEditorTr::tr("“%1” is not a field of %2; the fields are: %3.")
                                      .arg(key, entityDisplayNamePlural(programmeEntity(kind)), keys.join(QStringLiteral(", "))))
                .about(key);
        }
        if (field->target == PublicField::Target::Trainers) {
            QStringList people;
            for (const QString& name : typed.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
                if (name.trimmed().isEmpty())
                    continue;
                auto person = reference(field->key, QStringLiteral("person"), name, QString());
                if (!person)
                    return person.error();
                people << *person;
            }
            r.trainers = people;
            continue;
        }
        if (kind == ProgrammeKind::Person && field->field == u"role" && folded(typed) == u"eit") {
            r.eitRole = true;
            continue;  // a worker or a supervisor, decided by the team side below
        }
        auto value = resolveValue(kind, id, *field, typed);
        if (!value)
            return value.error();
        if (field->target == PublicField::Target::Membership) {
            r.membershipGiven = true;
            if (field->field == u"side" && typed.trimmed().isEmpty())
                r.leaveTeam = true;
            else if (!std::holds_alternative<std::monostate>(*value))
                r.membership.push_back({field->field, *value});
        } else {
            r.set(field->field, *value);
        }
    }

    if (kind == ProgrammeKind::Person && r.eitRole) {
        QString side = QStringLiteral("worker");
        for (const auto& [name, v] : r.membership)
            if (name == u"side")
                side = text(v);
        r.set(QStringLiteral("role"), side == u"management" ? QStringLiteral("supervisor") : QStringLiteral("worker"));
        r.membershipGiven = true;
    }
    return r;
}

Status ProgrammeEditor::writeMembership(const QString& personId, const Resolved& r)
{
    if (!r.membershipGiven)
        return {};
    auto existing = m_directory.eitMembership(personId);
    if (!existing)
        return existing.error();
    if (r.leaveTeam) {
        if (!existing->isEmpty())
            SCORE_TRY(m_editor->remove(u"eit_member", *existing));
        return {};
    }
    if (!existing->isEmpty()) {
        if (r.membership.empty())
            return {};
        auto changed = m_editor->update(u"eit_member", *existing, r.membership);
        return changed ? Status() : Status(withKey(changed.error(), ProgrammeKind::Person, PublicField::Target::Membership));
    }
    const FieldValue enterprise = stored(*m_ws, u"person", personId, u"enterprise_id");
    if (text(enterprise).isEmpty())
        return Error::invalid(ProgrammeEditorTr::tr("A member of an improvement team works at an enterprise; say which (enterprise)."))
            .about(QStringLiteral("enterprise"));
    FieldValues values = r.membership;
    values.push_back({QStringLiteral("enterprise_id"), enterprise});
    values.push_back({QStringLiteral("person_id"), personId});
    bool joined = false;
    for (const auto& [name, v] : values)
        joined = joined || name == u"joined_on";
    if (!joined)
        values.push_back({QStringLiteral("joined_on"), m_ws->clock().today().toString(Qt::ISODate)});
    auto created = m_editor->put(u"eit_member", naturalid::eitMember(text(enterprise), personId), values);
    return created ? Status() : Status(withKey(created.error(), ProgrammeKind::Person, PublicField::Target::Membership));
}

Status ProgrammeEditor::writeTrainers(const QString& cohortId, const QStringList& people)
{
    auto current = m_directory.cohortTrainers(cohortId);
    if (!current)
        return current.error();
    for (const auto& [link, person] : *current)
        if (!people.contains(person))
            SCORE_TRY(m_editor->remove(u"cohort_trainer", link));
    for (const QString& person : people) {
        const auto held = std::find_if(current->begin(), current->end(), [&](const auto& p) { return p.second == person; });
        if (held != current->end())
            continue;
        const FieldValue role = stored(*m_ws, u"person", person, u"role");
        FieldValues values = {
            {QStringLiteral("cohort_id"), cohortId},
            {QStringLiteral("person_id"), person},
            {QStringLiteral("role"), text(role) == u"expert_trainer" ? QStringLiteral("trainer") : QStringLiteral("counsellor")}};
        auto linked = m_editor->put(u"cohort_trainer", naturalid::cohortTrainer(cohortId, person), values);
        if (!linked)
            return Error(linked.error()).about(QStringLiteral("trainers"));
    }
    return {};
}

Result<QString> ProgrammeEditor::add(ProgrammeKind kind, const PublicValues& values, const QString& requestedId)
{
    QString id;
    auto body = [&]() -> Status {
        auto resolved = resolve(kind, QString(), values);
        if (!resolved)
            return resolved.error();
        Resolved& r = *resolved;
        if (kind == ProgrammeKind::Enterprise && (!r.value(u"country_id") || text(*r.value(u"country_id")).isEmpty())) {
            // An enterprise is in its cohort's country unless told otherwise.
            const FieldValue* cohort = r.value(u"cohort_id");
            const FieldValue country = cohort ? stored(*m_ws, u"cohort", text(*cohort), u"country_id") : FieldValue();
            if (text(country).isEmpty())
                return Error::invalid(ProgrammeEditorTr::tr("Say the enterprise's country (for example VN), or enrol it in a cohort."))
                    .about(QStringLiteral("country"));
            r.set(QStringLiteral("country_id"), country);
        }
        if (kind == ProgrammeKind::Enterprise && (!r.value(u"sector") || text(*r.value(u"sector")).isEmpty())) {
            // Cohorts usually gather one sector; without one, "other" until someone says.
            const FieldValue* cohort = r.value(u"cohort_id");
            const FieldValue sector = cohort ? stored(*m_ws, u"cohort", text(*cohort), u"sector") : FieldValue();
            r.set(QStringLiteral("sector"), text(sector).isEmpty() ? FieldValue(QStringLiteral("other")) : sector);
        }
        if (kind == ProgrammeKind::Enterprise && (!r.value(u"enrolled_on") || text(*r.value(u"enrolled_on")).isEmpty()))
            r.set(QStringLiteral("enrolled_on"), m_ws->clock().today().toString(Qt::ISODate));
        auto created = m_editor->create(programmeEntity(kind), r.record, requestedId);
        if (!created)
            return withKey(created.error(), kind, PublicField::Target::Record);
        id = *created;
        if (kind == ProgrammeKind::Person) {
            SCORE_TRY(writeMembership(id, r));
            // The first manager named for an enterprise is the one who approves its plan.
            const FieldValue* role = r.value(u"role");
            const FieldValue* enterprise = r.value(u"enterprise_id");
            if (role && enterprise && text(*role) == u"enterprise_manager") {
                const FieldValue manager = stored(*m_ws, u"enterprise", text(*enterprise), u"manager_id");
                if (text(manager).isEmpty()) {
                    auto linked = m_editor->update(u"enterprise", text(*enterprise), {{QStringLiteral("manager_id"), id}});
                    if (!linked)
                        return linked.error();
                }
            }
        }
        if (kind == ProgrammeKind::Cohort && r.trainers)
            SCORE_TRY(writeTrainers(id, *r.trainers));
        return {};
    };
    Status done = m_ws->inTransaction() ? body() : inTransaction(*m_ws, body);
    if (!done)
        return done.error();
    return id;
}

Status ProgrammeEditor::change(ProgrammeKind kind, const QString& id, const PublicValues& values)
{
    auto body = [&]() -> Status {
        auto alive = m_ws->store().exists(specOf(programmeEntity(kind)), id, true);
        if (!alive)
            return alive.error();
        if (!*alive)
            return Error::notFound(ProgrammeEditorTr::tr("There is no %1 with the id %2 (it may be in the recycle bin).")
                                       .arg(programmeKindDisplayName(kind), id));
        auto resolved = resolve(kind, id, values);
        if (!resolved)
            return resolved.error();
        if (!resolved->record.empty()) {
            auto changed = m_editor->update(programmeEntity(kind), id, resolved->record);
            if (!changed)
                return withKey(changed.error(), kind, PublicField::Target::Record);
        }
        if (kind == ProgrammeKind::Person)
            SCORE_TRY(writeMembership(id, *resolved));
        if (kind == ProgrammeKind::Cohort && resolved->trainers)
            SCORE_TRY(writeTrainers(id, *resolved->trainers));
        return {};
    };
    return m_ws->inTransaction() ? body() : inTransaction(*m_ws, body);
}

Status ProgrammeEditor::remove(ProgrammeKind kind, const QString& id)
{
    if (kind == ProgrammeKind::Cohort) {
        auto enterprises = m_directory.enterprisesIn(id);
        if (!enterprises)
            return enterprises.error();
        if (*enterprises > 0)
            return Error::refused(
                ProgrammeEditorTr::tr("The cohort still has %n enterprise(s); move them to another cohort or delete them first.", nullptr,
                                      static_cast<int>(*enterprises)));
    }
    return m_editor->remove(programmeEntity(kind), id);
}

Result<PublicValues> ProgrammeEditor::values(ProgrammeKind kind, const QString& id)
{
    auto loaded = m_ws->store().load(specOf(programmeEntity(kind)), id);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return Error::notFound(ProgrammeEditorTr::tr("There is no %1 with the id %2.").arg(programmeKindDisplayName(kind), id));
    const RecordState& record = **loaded;
    std::optional<RecordState> membership;
    if (kind == ProgrammeKind::Person) {
        auto member = m_directory.eitMembership(id);
        if (member && !member->isEmpty())
            if (auto m = m_ws->store().load(specOf(u"eit_member"), *member); m && m->has_value())
                membership = **m;
    }
    auto plain = [](const FieldValue& v) -> QString {
        if (std::holds_alternative<std::monostate>(v))
            return {};
        if (const auto* i = std::get_if<qint64>(&v))
            return QString::number(*i);
        if (const auto* d = std::get_if<double>(&v))
            return QString::number(*d, 'g', 15);
        return std::get<QString>(v);
    };
    PublicValues out;
    for (const PublicField& f : publicFields(kind)) {
        switch (f.target) {
        case PublicField::Target::Record: out.push_back({f.key, plain(record.value(f.field))}); break;
        case PublicField::Target::Membership: out.push_back({f.key, membership ? plain(membership->value(f.field)) : QString()}); break;
        case PublicField::Target::Trainers: {
            QStringList people;
            if (auto trainers = m_directory.cohortTrainers(id))
                for (const auto& link : *trainers)
                    people << link.second;
            out.push_back({f.key, people.join(u';')});
            break;
        }
        }
    }
    return out;
}

Result<RuleReport> ProgrammeEditor::preview(ProgrammeKind kind, const QString& id, const PublicValues& values)
{
    SCORE_TRY(m_ws->begin());
    auto undo = qScopeGuard([&] { m_ws->rollback(); });
    QString target = id;
    if (id.isEmpty()) {
        auto added = add(kind, values);
        if (!added)
            return added.error();
        target = *added;
    } else {
        SCORE_TRY(change(kind, id, values));
    }
    return check(kind, target);
}

Result<RuleReport> ProgrammeEditor::check(ProgrammeKind kind, const QString& id) { return m_editor->check(programmeEntity(kind), id); }

Result<QString> ProgrammeEditor::find(ProgrammeKind kind, const QString& idOrName)
{
    return reference(QStringLiteral("id"), programmeEntity(kind), idOrName, QString());
}

Result<QString> ProgrammeEditor::adoptDevicePerson(const QString& name, const QString& role, const QString& gender)
{
    auto known = m_directory.devicePerson();
    if (!known)
        return known.error();
    if (!known->isEmpty())
        return *known;
    auto read = readFieldInput(u"person", *specOf(u"person").field(u"role"), role);
    const QString roleCode = read ? text(*read) : QString();
    if (!isProgrammeRole(roleCode) && roleCode != u"enterprise_manager")
        return Error::invalid(
                   ProgrammeEditorTr::tr("The person at this device is a counsellor, a trainer, programme staff or an enterprise manager."))
            .about(QStringLiteral("role"));
    auto genderRead = readFieldInput(u"person", *specOf(u"person").field(u"gender"),
                                     gender.isEmpty() ? QStringLiteral("undisclosed") : gender);
    if (!genderRead)
        return genderRead.error();
    QString id;
    Status done = inTransaction(*m_ws, [&]() -> Status {
        auto created = m_editor->create(
            u"person",
            {{QStringLiteral("full_name"), name.trimmed()}, {QStringLiteral("role"), roleCode}, {QStringLiteral("gender"), *genderRead}});
        if (!created)
            return created.error();
        id = *created;
        return m_directory.setDevicePerson(id);
    });
    if (!done)
        return done.error();
    return id;
}

Result<PublicValues> ProgrammeEditor::startingValues(ProgrammeKind kind, const QString& scope)
{
    auto me = m_directory.devicePerson();
    if (!me)
        return me.error();
    switch (kind) {
    case ProgrammeKind::Cohort: {
        PublicValues values = {{QStringLiteral("modules"), QStringLiteral("WC,QM,CP,WM,OSH")}};
        if (!me->isEmpty())
            values.push_back({QStringLiteral("trainers"), *me});
        return values;
    }
    case ProgrammeKind::Enterprise: {
        PublicValues values;
        QString cohort = scope;
        if (cohort.isEmpty()) {
            auto cohorts = m_directory.cohorts();
            if (!cohorts)
                return cohorts.error();
            if (cohorts->size() == 1)
                cohort = cohorts->front().id;
        }
        if (!cohort.isEmpty())
            values.push_back({QStringLiteral("cohort"), cohort});
        if (!me->isEmpty()) {
            auto person = m_ws->store().load(specOf(u"person"), *me);
            if (!person)
                return person.error();
            // The counsellor at this laptop is the one who will visit it, unless they say otherwise.
            if (person->has_value() && (*person)->value(QStringLiteral("role")) == FieldValue(QStringLiteral("counsellor")))
                values.push_back({QStringLiteral("counsellor"), *me});
        }
        return values;
    }
    case ProgrammeKind::Person:
        if (scope.isEmpty())
            return PublicValues{{QStringLiteral("role"), QStringLiteral("counsellor")}};
        return PublicValues{{QStringLiteral("enterprise"), scope},
                            {QStringLiteral("role"), QStringLiteral("eit")},
                            {QStringLiteral("team_side"), QStringLiteral("worker")},
                            {QStringLiteral("employment"), QStringLiteral("permanent")},
                            {QStringLiteral("team_role"), QStringLiteral("member")},
                            {QStringLiteral("joined"), m_ws->clock().today().toString(Qt::ISODate)}};
    }
    return PublicValues{};
}

}  // namespace score
