#pragma once
// Edits of the checklist editor. An assessment is created against the template in force on its
// date. Answers are one response per item per assessment, on its natural id, so that two
// devices answering the same item write one record; each save is one undo step, also when it
// brings back an answer whose creation was undone.

#include "edit/Edits.h"
#include "storage/ContentQueries.h"

namespace score::checklist {

// A new draft assessment of `moduleCode` for the enterprise, on the template in force on `date`;
// linked to `visitId` when that visit is of the same enterprise and module.
Result<QString> createAssessment(WorkspaceSession& session, const std::vector<TemplateInfo>& templates, const QString& enterpriseId,
                                 const QString& moduleCode, const QString& kind, const QDate& date, const QString& visitId);

// Sets fields of the response to `item` (answer, comment), creating it when needed. Typing
// into the comment box passes `mergeable`, so a comment written in pauses is one undo step.
Result<QString> saveResponse(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item,
                             const FieldValues& changes, const QString& description, bool mergeable = false);

// The answer (empty: clears it).
Result<QString> saveAnswer(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item, const QString& answer,
                           const QString& description);

// The id of the response to `item`, created without an answer when there is none, so that a
// photo can be attached before the item is answered.
Result<QString> ensureResponse(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item,
                               const QString& description);

}  // namespace score::checklist
