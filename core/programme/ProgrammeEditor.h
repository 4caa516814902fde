#pragma once
// Creates, changes and removes cohorts, enterprises and people from their public fields (text,
// as typed on the command line or in a spreadsheet cell; see ProgrammeFields.h): references by
// id or by name, an enterprise's country from its cohort, a person's place in the improvement
// team together with the person, a cohort's trainers by name, "archived" as yes, no or a date.
// Every write goes through RecordEditor, so the record rules apply, and each call is one
// transaction. A refusal is one sentence whose Error::subject is the public key it is about.

#include "programme/ProgrammeFields.h"
#include "storage/ProgrammeDirectory.h"
#include "storage/RecordEditor.h"

#include <utility>
#include <vector>

namespace score {

// key → text, in the order given. Empty text clears a field (when changing a record).
using PublicValues = std::vector<std::pair<QString, QString>>;

class ProgrammeEditor {
public:
    ProgrammeEditor(Workspace& ws, RecordEditor& editor);

    // Returns the new record's id: `id` when given (a record exported elsewhere), else a new one.
    Result<QString> add(ProgrammeKind kind, const PublicValues& values, const QString& id = {});
    Status change(ProgrammeKind kind, const QString& id, const PublicValues& values);
    // To the recycle bin, with what the record owns. A cohort that still has enterprises is
    // refused: its enterprises' work would go with it.
    Status remove(ProgrammeKind kind, const QString& id);
    // The record's public values as stored: choices as codes, references as ids, dates ISO
    // (what a form starts from; add() and change() read them back unchanged).
    Result<PublicValues> values(ProgrammeKind kind, const QString& id);

    // What add() (empty `id`) or change() would say, without keeping anything: the refusal, or
    // the record's warnings. A dialog checks as the user types.
    Result<RuleReport> preview(ProgrammeKind kind, const QString& id, const PublicValues& values);

    // What the rules say of the record as it is now (its warnings).
    Result<RuleReport> check(ProgrammeKind kind, const QString& id);

    // The person using this device: the one chosen before, or a new one with this name, role
    // (counsellor, trainer, staff, manager) and gender ("not said" unless given), remembered
    // for this device.
    Result<QString> adoptDevicePerson(const QString& name, const QString& role = QStringLiteral("counsellor"), const QString& gender = {});

    // What a new record starts from when whoever adds it says nothing else (a dialog's first
    // values, the command line's missing options): a cohort plans all five modules and has this
    // device's person among its trainers; an enterprise joins `scope` (a cohort) or the only
    // cohort there is, and is counselled by this device's person when they are a counsellor; a
    // person of enterprise `scope` joins its improvement team today as a permanent worker,
    // anyone else is a counsellor.
    Result<PublicValues> startingValues(ProgrammeKind kind, const QString& scope = {});

    // Finds a record by id or by name ("Two enterprises are called …" when the name is shared).
    Result<QString> find(ProgrammeKind kind, const QString& idOrName);

private:
    struct Resolved;
    Result<Resolved> resolve(ProgrammeKind kind, const QString& id, const PublicValues& values);
    Result<FieldValue> resolveValue(ProgrammeKind kind, const QString& id, const PublicField& field, const QString& text);
    Result<QString> reference(const QString& key, const QString& targetEntity, const QString& text, const QString& scope);
    Status writeMembership(const QString& personId, const Resolved& resolved);
    Status writeTrainers(const QString& cohortId, const QStringList& people);

    Workspace* m_ws;
    RecordEditor* m_editor;
    ProgrammeDirectory m_directory;
};

}  // namespace score
