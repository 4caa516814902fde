#pragma once
// Edits of improvement actions that change several fields together, each one undo step through
// the edit facade (Edits.h): moving an action to another status, and the enterprise manager's
// review (approve, or return with a comment).

#include "session/WorkspaceSession.h"

namespace score::edit {

// Sets the status; the rules record the completion date for "done" and clear it when the action
// is reopened.
Status setActionStatus(WorkspaceSession& session, const QString& actionId, const QString& status);

// The manager approves: approval "approved", today's date, the enterprise's manager as approver
// and the comment (may be empty); a proposed action becomes approved.
Status approveAction(WorkspaceSession& session, const QString& actionId, const QString& comment = {});
// The manager returns the action for rework with a comment (required); an approved action that
// has not started goes back to proposed.
Status returnAction(WorkspaceSession& session, const QString& actionId, const QString& comment);

// A new proposed action in an enterprise's plan, starting today; returns its id.
Result<QString> addAction(WorkspaceSession& session, const QString& enterpriseId, const QString& title, const QString& moduleId = {},
                          const QString& ownerId = {}, const QDate& dueDate = {});

}  // namespace score::edit
