#include "storage/CanonicalDump.h"

namespace score {

Status writeCanonicalDump(Workspace& ws, QIODevice& out)
{
    out.write("# SCORE Desk canonical dump 1\n");
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        out.write("[" + spec.name.toUtf8() + "]\n");
        QByteArray line;
        SCORE_TRY(ws.store().forEach(spec, [&](const RecordState& record) {
            line.clear();
            line += record.id.toUtf8();
            line += record.isAlive() ? " live" : " deleted";
            for (size_t i = 0; i < spec.fields.size(); ++i) {
                line += ' ';
                line += spec.fields[i].name.toUtf8();
                line += '=';
                line += canonicalValue(record.values[i]).toUtf8();
            }
            line += '\n';
            return out.write(line) == line.size();
        }));
    }
    out.write("[attachment content]\n");
    auto stmt = ws.db().prepare(u"SELECT sha256, size FROM attachment_blob ORDER BY sha256");
    if (!stmt)
        return stmt.error();
    while (stmt->next())
        out.write(stmt->text(0).toUtf8() + ' ' + QByteArray::number(stmt->integer(1)) + '\n');
    if (!stmt->ok())
        return Error::io(stmt->error());
    return {};
}

}  // namespace score
