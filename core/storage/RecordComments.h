#pragma once
// The comments written about one record (an improvement action, a visit…), oldest first, as a
// conversation reads. Comments are records of kind "comment" whose target names the record.

#include "storage/Workspace.h"

#include <QDateTime>

#include <vector>

namespace score {

struct CommentRow {
    QString id;
    QString author;
    QString body;
    QDateTime createdAt;  // UTC
};

Result<std::vector<CommentRow>> recordComments(Workspace& ws, const QString& targetKind, const QString& targetId);

}  // namespace score
