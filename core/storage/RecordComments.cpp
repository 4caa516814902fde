#include "storage/RecordComments.h"

namespace score {

Result<std::vector<CommentRow>> recordComments(Workspace& ws, const QString& targetKind, const QString& targetId)
{
    auto stmt = ws.db().prepare(
        u"SELECT id, author, body, created_at FROM comment WHERE target_kind = ?1 AND target_id = ?2 AND deleted = 0 "
        u"ORDER BY created_at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, targetKind).bind(2, targetId);
    std::vector<CommentRow> comments;
    while (stmt->next())
        comments.push_back({stmt->text(0), stmt->text(1), stmt->text(2), QDateTime::fromString(stmt->text(3), Qt::ISODateWithMs).toUTC()});
    if (!stmt->ok())
        return Error::io(stmt->error());
    return comments;
}

}  // namespace score
