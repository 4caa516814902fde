#include "storage/CanonicalDump.h"

#include "storage/BlobStore.h"

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
    // Only content a record refers to: left-over content is no shared data, and a workspace that
    // holds some must still dump the same as its peers.
    out.write("[attachment content]\n");
    auto content = BlobStore(ws).referencedContent();
    if (!content)
        return content.error();
    for (const StoredBlob& blob : *content)
        out.write(blob.sha256.toUtf8() + ' ' + QByteArray::number(blob.size) + '\n');
    return {};
}

}  // namespace score
