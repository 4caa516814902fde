#include "storage/RecordEditor.h"

#include "domain/FieldValidation.h"
#include "storage/WorkspaceRuleContext.h"

#include <QCoreApplication>

#include <numeric>

namespace score {

namespace {
struct RecordEditorTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordEditor)
};
}  // namespace

RecordEditor::RecordEditor(Workspace& ws) : m_ws(&ws), m_author(ws.device().userName) {}

template <typename Body>
Status RecordEditor::inOwnTransaction(Body&& body)
{
    if (m_ws->inTransaction())
        return body();
    return inTransaction(*m_ws, std::forward<Body>(body));
}

Result<const EntitySpec*> RecordEditor::specFor(QStringView entity) const
{
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    if (!spec)
        return Error::invalid(RecordEditorTr::tr("There is no kind of record called \"%1\".").arg(entity.toString()));
    return spec;
}

Status RecordEditor::applyLocal(const RecordState& change, const VersionVector& before)
{
    ApplyOptions options;
    options.origin = ApplyOptions::Origin::Local;
    options.author = m_author;
    options.logHistory = !m_bulk;
    auto outcome = m_ws->writer().apply(change, options);
    if (!outcome)
        return outcome.error();
    if (m_observer)
        m_observer(change, before);
    return {};
}

Status RecordEditor::checkReferences(const EntitySpec& spec, const RecordState& state, const std::vector<int>& fields)
{
    if (m_bulk)
        return {};
    for (int i : fields) {
        const FieldSpec& f = spec.fields[static_cast<size_t>(i)];
        const auto* id = std::get_if<QString>(&state.values[static_cast<size_t>(i)]);
        if (!id || (f.type != FieldType::Ref && f.type != FieldType::AnyRef))
            continue;
        QString targetKind = f.refEntity;
        if (f.type == FieldType::AnyRef) {
            const auto* kind = std::get_if<QString>(&state.values[static_cast<size_t>(spec.fieldIndex(f.kindField))]);
            targetKind = kind ? *kind : QString();
        }
        const EntitySpec* target = EntitySchema::instance().entity(targetKind);
        if (!target)
            return Error::invalid(RecordEditorTr::tr("%1 refers to an unknown kind of record.").arg(f.name));
        auto found = m_ws->store().exists(*target, *id, true);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(RecordEditorTr::tr("The %1 chosen for %2 does not exist or is in the recycle bin.")
                                       .arg(entityDisplayName(target->name), f.name));
    }
    return {};
}

Result<RecordState> RecordEditor::draft(const EntitySpec& spec, const QString& id, const FieldValues& values)
{
    RecordState state(spec, id);
    for (const auto& [name, value] : values) {
        const int i = spec.fieldIndex(name);
        if (i < 0 || spec.fields[static_cast<size_t>(i)].meta)
            return Error::invalid(RecordEditorTr::tr("A %1 has no field \"%2\".").arg(entityDisplayName(spec.name), name));
        state.values[static_cast<size_t>(i)] = value;
    }
    for (size_t i = 0; i < spec.fields.size(); ++i)
        if (!spec.fields[i].defaultValue.isEmpty() && std::holds_alternative<std::monostate>(state.values[i]))
            state.values[i] = spec.fields[i].defaultValue;
    const QString now = m_ws->clock().nowIso();
    state.values[static_cast<size_t>(spec.fieldIndex(u"created_at"))] = now;
    state.values[static_cast<size_t>(spec.fieldIndex(u"created_by"))] = m_author;
    state.values[static_cast<size_t>(spec.fieldIndex(u"modified_at"))] = now;
    state.values[static_cast<size_t>(spec.fieldIndex(u"modified_by"))] = m_author;
    std::vector<int> all;
    for (size_t i = 0; i < spec.fields.size(); ++i) {
        if (auto problem = checkFieldValue(spec.fields[i], state.values[i]))
            return Error::invalid(*problem).about(spec.fields[i].name);
        all.push_back(static_cast<int>(i));
    }
    if (!m_bulk) {
        WorkspaceRuleContext context(*m_ws);
        deriveFields(spec, nullptr, state.values, all, context);
    }
    return state;
}

Result<QString> RecordEditor::create(QStringView entity, const FieldValues& values, const QString& requestedId)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    const EntitySpec& spec = **specResult;
    const QString id = requestedId.isEmpty() ? m_ws->ids().newId() : requestedId;
    auto drafted = draft(spec, id, values);
    if (!drafted)
        return drafted.error();
    RecordState& state = *drafted;
    std::vector<int> all(spec.fields.size());
    std::iota(all.begin(), all.end(), 0);

    Status result = inOwnTransaction([&]() -> Status {
        if (!m_bulk) {
            auto exists = m_ws->store().exists(spec, id, false);
            if (!exists)
                return exists.error();
            if (*exists)
                return Error::invalid(RecordEditorTr::tr("This %1 already exists.").arg(entityDisplayName(spec.name)));
            WorkspaceRuleContext context(*m_ws);
            const RuleReport rules = checkRecord(spec, state.values, context);
            if (const RuleFinding* refusal = rules.firstRefusal())
                return Error::invalid(refusal->message).about(refusal->fields.value(0));
        }
        SCORE_TRY(checkReferences(spec, state, all));
        const Stamp stamp{m_ws->hlc().tick(), m_ws->device().deviceId};
        std::fill(state.stamps.begin(), state.stamps.end(), stamp);
        state.vv.raise(stamp.device, stamp.hlc);
        return applyLocal(state, VersionVector());
    });
    if (!result)
        return result.error();
    if (m_recorder)
        m_recorder->push_back({RecordedEdit::Op::Created, spec.name, id, {}, {}});
    return id;
}

Result<RuleReport> RecordEditor::check(QStringView entity, const QString& id)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    auto loaded = m_ws->store().load(**specResult, id);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return Error::notFound(RecordEditorTr::tr("This %1 no longer exists.").arg(entityDisplayName((*specResult)->name)));
    WorkspaceRuleContext context(*m_ws);
    return checkRecord(**specResult, (*loaded)->values, context);
}

Result<RuleReport> RecordEditor::checkDraft(QStringView entity, const FieldValues& values)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    auto drafted = draft(**specResult, QString(), values);
    if (!drafted)
        return drafted.error();
    WorkspaceRuleContext context(*m_ws);
    return checkRecord(**specResult, drafted->values, context);
}

Result<QString> RecordEditor::put(QStringView entity, const QString& id, const FieldValues& values)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    auto exists = m_ws->store().exists(**specResult, id, false);
    if (!exists)
        return exists.error();
    if (!*exists)
        return create(entity, values, id);
    auto updated = update(entity, id, values);
    if (!updated)
        return updated.error();
    return id;
}

Result<FieldValues> RecordEditor::update(QStringView entity, const QString& id, const FieldValues& changes)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    const EntitySpec& spec = **specResult;

    FieldValues before;
    FieldValues afterwards;
    Status written = inOwnTransaction([&]() -> Status {
        auto loaded = m_ws->store().load(spec, id);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return Error::notFound(RecordEditorTr::tr("This %1 no longer exists.").arg(entityDisplayName(spec.name)));
        const RecordState& local = **loaded;
        if (!local.isAlive())
            return Error::invalid(
                RecordEditorTr::tr("This %1 is in the recycle bin; restore it before editing it.").arg(entityDisplayName(spec.name)));

        RecordState change(spec, id);
        std::vector<int> changed;
        for (const auto& [name, value] : changes) {
            const int i = spec.fieldIndex(name);
            if (i < 0 || spec.fields[static_cast<size_t>(i)].meta)
                return Error::invalid(RecordEditorTr::tr("A %1 has no field \"%2\".").arg(entityDisplayName(spec.name), name));
            FieldValue v = value;
            if (auto problem = checkFieldValue(spec.fields[static_cast<size_t>(i)], v))
                return Error::invalid(*problem).about(name);
            if (sameValue(v, local.values[static_cast<size_t>(i)]))
                continue;
            change.values[static_cast<size_t>(i)] = std::move(v);
            changed.push_back(i);
        }
        if (changed.empty())
            return {};
        if (!m_bulk) {
            // The record as it will be: the rules derive what the change implies and may refuse
            // it. Only what this change touches is judged, so a record that already broke a
            // rule (say, as another device wrote it) can still have its other fields edited.
            std::vector<FieldValue> after = local.values;
            for (int i : changed)
                after[static_cast<size_t>(i)] = change.values[static_cast<size_t>(i)];
            WorkspaceRuleContext context(*m_ws);
            std::vector<int> derived = changed;
            deriveFields(spec, &local.values, after, derived, context);
            changed.clear();
            QStringList touched;
            for (int n : derived) {
                const auto i = static_cast<size_t>(n);
                // A derived value is checked like a typed one, and is no change when it equals
                // what is stored.
                if (auto problem = checkFieldValue(spec.fields[i], after[i]))
                    return Error::invalid(*problem).about(spec.fields[i].name);
                if (sameValue(after[i], local.values[i]))
                    continue;
                change.values[i] = after[i];
                changed.push_back(n);
                touched << spec.fields[i].name;
            }
            const RuleReport rules = checkRecord(spec, after, context);
            if (const RuleFinding* refusal = rules.firstRefusalInvolving(touched))
                return Error::invalid(refusal->message).about(refusal->fields.value(0));
        }
        SCORE_TRY(checkReferences(spec, change, changed));
        for (int i : changed) {
            before.push_back({spec.fields[static_cast<size_t>(i)].name, local.values[static_cast<size_t>(i)]});
            afterwards.push_back({spec.fields[static_cast<size_t>(i)].name, change.values[static_cast<size_t>(i)]});
        }

        const Stamp stamp{m_ws->hlc().tick(), m_ws->device().deviceId};
        for (int i : changed)
            change.stamps[static_cast<size_t>(i)] = stamp;
        const auto modifiedAt = static_cast<size_t>(spec.fieldIndex(u"modified_at"));
        const auto modifiedBy = static_cast<size_t>(spec.fieldIndex(u"modified_by"));
        change.values[modifiedAt] = m_ws->clock().nowIso();
        change.stamps[modifiedAt] = stamp;
        change.values[modifiedBy] = m_author;
        change.stamps[modifiedBy] = stamp;
        change.vv = local.vv;
        change.vv.raise(stamp.device, stamp.hlc);
        return applyLocal(change, local.vv);
    });
    if (!written)
        return written.error();
    if (m_recorder && !before.empty())
        m_recorder->push_back({RecordedEdit::Op::Changed, spec.name, id, before, std::move(afterwards)});
    return before;
}

Status RecordEditor::removeTree(const EntitySpec& spec, const QString& id, const Stamp& stamp)
{
    auto loaded = m_ws->store().load(spec, id);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value() || !(*loaded)->isAlive())
        return {};
    RecordState change(spec, id);
    change.deletedStamp = stamp;
    change.vv = (*loaded)->vv;
    change.vv.raise(stamp.device, stamp.hlc);
    SCORE_TRY(applyLocal(change, (*loaded)->vv));

    // Owned records go with their owner, under the same stamp so that restore can find them.
    for (const OwnedThrough& link : EntitySchema::instance().ownedThrough(spec)) {
        auto children = m_ws->store().ownedBy(*link.child, link.field, id, spec.name);
        if (!children)
            return children.error();
        for (const QString& childId : std::as_const(*children))
            SCORE_TRY(removeTree(*link.child, childId, stamp));
    }
    return {};
}

Status RecordEditor::remove(QStringView entity, const QString& id)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    return inOwnTransaction([&]() -> Status {
        auto exists = m_ws->store().exists(**specResult, id, true);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::notFound(
                RecordEditorTr::tr("This %1 does not exist or is already in the recycle bin.").arg(entityDisplayName((*specResult)->name)));
        const Stamp stamp{m_ws->hlc().tick(), m_ws->device().deviceId};
        SCORE_TRY(removeTree(**specResult, id, stamp));
        if (m_recorder)
            m_recorder->push_back({RecordedEdit::Op::Removed, (*specResult)->name, id, {}, {}});
        return {};
    });
}

Status RecordEditor::restoreTree(const EntitySpec& spec, const QString& id, const Stamp& deleted, const Stamp& stamp)
{
    auto loaded = m_ws->store().load(spec, id);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value() || (*loaded)->isAlive() || !((*loaded)->deletedStamp == deleted))
        return {};
    RecordState change(spec, id);
    change.restoredStamp = stamp;
    change.vv = (*loaded)->vv;
    change.vv.raise(stamp.device, stamp.hlc);
    SCORE_TRY(applyLocal(change, (*loaded)->vv));

    for (const OwnedThrough& link : EntitySchema::instance().ownedThrough(spec)) {
        auto children = m_ws->store().ownedBy(*link.child, link.field, id, spec.name);
        if (!children)
            return children.error();
        for (const QString& childId : std::as_const(*children))
            SCORE_TRY(restoreTree(*link.child, childId, deleted, stamp));
    }
    return {};
}

Status RecordEditor::restore(QStringView entity, const QString& id)
{
    auto specResult = specFor(entity);
    if (!specResult)
        return specResult.error();
    return inOwnTransaction([&]() -> Status {
        auto loaded = m_ws->store().load(**specResult, id);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return Error::notFound(RecordEditorTr::tr("This %1 no longer exists.").arg(entityDisplayName((*specResult)->name)));
        if ((*loaded)->isAlive())
            return {};
        const Stamp deleted = (*loaded)->deletedStamp;
        const Stamp stamp{m_ws->hlc().tick(), m_ws->device().deviceId};
        SCORE_TRY(restoreTree(**specResult, id, deleted, stamp));
        if (m_recorder)
            m_recorder->push_back({RecordedEdit::Op::Restored, (*specResult)->name, id, {}, {}});
        return {};
    });
}

}  // namespace score
