#pragma once
// What a record must satisfy beyond its fields' own values, whoever wrote it (this device or an
// import): a record with a natural key carries the id its key gives (an answer per assessment and
// item, a KPI reading per enterprise, KPI and month, a team member per enterprise and person); an
// answer names the key of its item, an item of its assessment's template; a comment or attachment
// belongs to a record that exists. `check` reports them for the whole workspace; an import
// refuses a bundle that would leave one broken, so no import leaves what `check` rejects.

#include "model/RecordState.h"
#include "storage/RecordWriter.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QStringList>

#include <utility>
#include <vector>

namespace score {

class RecordInvariants {
public:
    explicit RecordInvariants(Workspace& ws) : m_ws(&ws) {}

    // What `record` breaks on its own: its id against its natural key.
    QStringList ownProblems(const RecordState& record) const;
    // Whether `record` (a bundle's, which carries only the fields it changes) carries every
    // field of its natural key; false for a kind without one.
    static bool carriesNaturalKey(const RecordState& record);
    // What it breaks against the rest of the workspace: its checklist item, its owner.
    Result<QStringList> relationProblems(const RecordState& record);
    // Whether relationProblems() has anything to look at for records of this kind.
    static bool hasRelations(const EntitySpec& spec);

    // During an import, each record as merged (`outcome`): what it changed that relations depend
    // on is noted, to be checked by pendingProblems() once everything is merged, since a record
    // may arrive before what it refers to. A new answer whose item and assessment are already
    // here is checked at once, so a full bundle's hundreds of thousands of answers are never
    // read back.
    Status noteImported(const RecordState& record, const ApplyOutcome& outcome);
    // What the records noted break, read as merged; empty when all hold.
    Result<QStringList> pendingProblems();

    // "Checklist answer 1a2b…", how the sentences name a record.
    static QString describe(const EntitySpec& spec, const QString& id);

private:
    Result<QString> textOf(const QString& entity, const QString& id, const char* field, QHash<QString, QString>& cache);
    // An item or assessment changed by an import: what was read of it is read again, and its
    // answers are checked again.
    Status forgetAndRecheckAnswersOf(const EntitySpec& spec, const QString& id);

    Workspace* m_ws;
    QHash<QString, QString> m_itemKeys;                            // template item id -> its key
    QHash<QString, QString> m_itemTemplates;                       // template item id -> its template
    QHash<QString, QString> m_assessmentTemplates;                 // assessment id -> its template
    std::vector<std::pair<const EntitySpec*, QString>> m_pending;  // noted by noteImported()
};

}  // namespace score
