#pragma once
// Photos of evidence and scanned documents: adding one to a record stores its content once
// (by SHA-256) and creates an attachment record, undoable like any edit.

#include "session/WorkspaceSession.h"

namespace score::edit {

// The largest file accepted as an attachment.
constexpr qint64 kMaxAttachmentBytes = 50 * 1024 * 1024;

// `ownerKind` is a record kind that takes attachments (visit, finding, improvement_action,
// response, …). Returns the new attachment's id.
Result<QString> addAttachment(WorkspaceSession& session, const QString& ownerKind, const QString& ownerId, const QString& filePath,
                              const QString& caption = {});
Result<QString> addAttachmentData(WorkspaceSession& session, const QString& ownerKind, const QString& ownerId, const QByteArray& data,
                                  const QString& fileName, const QString& mimeType, const QString& caption = {});

}  // namespace score::edit
