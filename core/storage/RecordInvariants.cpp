#include "storage/RecordInvariants.h"

#include "domain/NaturalIds.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace score {

namespace {
// The sentences are `check`'s, and keep its translations.
struct WorkspaceCheckTr {
    Q_DECLARE_TR_FUNCTIONS(score::WorkspaceCheck)
};

QString textField(const RecordState& r, QLatin1String field)
{
    const int index = r.spec->fieldIndex(field);
    if (index < 0)
        return {};
    const auto* s = std::get_if<QString>(&r.values[static_cast<size_t>(index)]);
    return s ? *s : QString();
}
}  // namespace

QString RecordInvariants::describe(const EntitySpec& spec, const QString& id) { return entityDisplayName(spec.name) + u' ' + id; }

QStringList RecordInvariants::ownProblems(const RecordState& r) const
{
    const EntitySpec& spec = *r.spec;
    auto text = [&](const char* field) { return textField(r, QLatin1String(field)); };
    QStringList problems;
    if (spec.name == u"response") {
        if (r.id != naturalid::response(text("assessment_id"), text("item_key")))
            problems << WorkspaceCheckTr::tr("%1: its id does not match its assessment and item.").arg(describe(spec, r.id));
    } else if (spec.name == u"kpi_reading") {
        if (r.id != naturalid::kpiReading(text("enterprise_id"), text("kpi_id"), text("period")))
            problems << WorkspaceCheckTr::tr("%1: its id does not match its enterprise, KPI and period.").arg(describe(spec, r.id));
    } else if (spec.name == u"eit_member") {
        if (r.id != naturalid::eitMember(text("enterprise_id"), text("person_id")))
            problems << WorkspaceCheckTr::tr("%1: its id does not match its enterprise and person.").arg(describe(spec, r.id));
    }
    return problems;
}

bool RecordInvariants::carriesNaturalKey(const RecordState& r)
{
    const auto carries = [&](std::initializer_list<const char*> key) {
        return std::all_of(key.begin(), key.end(), [&](const char* field) {
            const int index = r.spec->fieldIndex(QLatin1String(field));
            return index >= 0 && !r.stamps[static_cast<size_t>(index)].isNull();
        });
    };
    if (r.spec->name == u"response")
        return carries({"assessment_id", "item_key"});
    if (r.spec->name == u"kpi_reading")
        return carries({"enterprise_id", "kpi_id", "period"});
    if (r.spec->name == u"eit_member")
        return carries({"enterprise_id", "person_id"});
    return false;
}

bool RecordInvariants::hasRelations(const EntitySpec& spec)
{
    if (spec.name == u"response")
        return true;
    return std::any_of(spec.fields.begin(), spec.fields.end(), [](const FieldSpec& f) { return f.type == FieldType::AnyRef; });
}

Result<QString> RecordInvariants::textOf(const QString& entity, const QString& id, const char* field, QHash<QString, QString>& cache)
{
    if (auto it = cache.constFind(id); it != cache.constEnd())
        return *it;
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    auto state = m_ws->store().load(*spec, id);
    if (!state)
        return state.error();
    if (!state->has_value())
        return QString();  // not cached: during an import it may arrive later
    const QString value = textField(**state, QLatin1String(field));
    cache.insert(id, value);
    return value;
}

Result<QStringList> RecordInvariants::relationProblems(const RecordState& r)
{
    const EntitySpec& spec = *r.spec;
    auto text = [&](const char* field) { return textField(r, QLatin1String(field)); };
    QStringList problems;
    if (spec.name == u"response") {
        const QString item = text("item_id");
        auto key = textOf(QStringLiteral("template_item"), item, "key", m_itemKeys);
        auto itemTemplate = textOf(QStringLiteral("template_item"), item, "template_id", m_itemTemplates);
        auto assessmentTemplate = textOf(QStringLiteral("assessment"), text("assessment_id"), "template_id", m_assessmentTemplates);
        for (const auto* read : {&key, &itemTemplate, &assessmentTemplate})
            if (!*read)
                return read->error();
        if (*key != text("item_key"))
            problems << WorkspaceCheckTr::tr("%1: its item key does not match the checklist item.").arg(describe(spec, r.id));
        if (*itemTemplate != *assessmentTemplate)
            problems << WorkspaceCheckTr::tr("%1 answers an item of another template than its assessment's.").arg(describe(spec, r.id));
    }
    // Polymorphic owners are not foreign keys; SQLite cannot check them.
    for (const FieldSpec& f : spec.fields) {
        if (f.type != FieldType::AnyRef)
            continue;
        const EntitySpec* target = EntitySchema::instance().entity(textField(r, QLatin1String(f.kindField.toLatin1())));
        if (!target)
            continue;
        auto exists = m_ws->store().exists(*target, textField(r, QLatin1String(f.name.toLatin1())), false);
        if (!exists)
            return exists.error();
        if (!*exists)
            problems << WorkspaceCheckTr::tr("%1 belongs to a %2 that does not exist.")
                            .arg(describe(spec, r.id), entityDisplayName(target->name));
    }
    return problems;
}

namespace {
bool changedAny(const ApplyOutcome& outcome, const EntitySpec& spec, std::initializer_list<const char*> fields)
{
    if (outcome.kind == ApplyOutcome::Kind::Inserted)
        return true;  // every field is new
    return std::any_of(fields.begin(), fields.end(), [&](const char* field) {
        const int index = spec.fieldIndex(QLatin1String(field));
        return std::find(outcome.changedFields.begin(), outcome.changedFields.end(), index) != outcome.changedFields.end();
    });
}
}  // namespace

Status RecordInvariants::noteImported(const RecordState& record, const ApplyOutcome& outcome)
{
    if (outcome.kind == ApplyOutcome::Kind::Unchanged)
        return {};
    const EntitySpec& spec = *record.spec;
    if (spec.name == u"response") {
        if (!changedAny(outcome, spec, {"assessment_id", "item_id", "item_key"}))
            return {};
        if (outcome.kind == ApplyOutcome::Kind::Inserted) {
            // New here, so stored exactly as it arrived.
            auto problems = relationProblems(record);
            if (!problems)
                return problems.error();
            if (problems->isEmpty())
                return {};
        }
        m_pending.push_back({&spec, record.id});
        return {};
    }
    if (outcome.kind == ApplyOutcome::Kind::Updated) {
        if (spec.name == u"template_item" && changedAny(outcome, spec, {"key", "template_id"}))
            return forgetAndRecheckAnswersOf(spec, record.id);
        if (spec.name == u"assessment" && changedAny(outcome, spec, {"template_id"}))
            return forgetAndRecheckAnswersOf(spec, record.id);
    }
    if (hasRelations(spec))
        m_pending.push_back({&spec, record.id});
    return {};
}

Status RecordInvariants::forgetAndRecheckAnswersOf(const EntitySpec& spec, const QString& id)
{
    m_itemKeys.remove(id);
    m_itemTemplates.remove(id);
    m_assessmentTemplates.remove(id);
    const EntitySpec& answer = *EntitySchema::instance().entity(u"response");
    const int reference = answer.fieldIndex(spec.name == u"assessment" ? QLatin1String("assessment_id") : QLatin1String("item_id"));
    auto answers = m_ws->store().ownedBy(answer, reference, id, spec.name);
    if (!answers)
        return answers.error();
    for (const QString& answerId : std::as_const(*answers))
        m_pending.push_back({&answer, answerId});
    return {};
}

Result<QStringList> RecordInvariants::pendingProblems()
{
    QStringList problems;
    for (const auto& [spec, id] : std::as_const(m_pending)) {
        auto merged = m_ws->store().load(*spec, id);
        if (!merged)
            return merged.error();
        if (!merged->has_value())
            continue;
        auto broken = relationProblems(**merged);
        if (!broken)
            return broken.error();
        problems += *broken;
    }
    return problems;
}

}  // namespace score
