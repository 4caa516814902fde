#include "storage/BlobStore.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>

namespace score {

namespace {
struct BlobStoreTr {
    Q_DECLARE_TR_FUNCTIONS(score::BlobStore)
};
}  // namespace

Result<QString> BlobStore::put(const QByteArray& data)
{
    const QString hash = crypto::sha256Hex(data);
    SCORE_TRY(putVerified(hash, data));
    return hash;
}

Status BlobStore::putVerified(const QString& sha256, const QByteArray& data)
{
    auto stmt = m_ws->db().prepare(u"INSERT OR IGNORE INTO attachment_blob (sha256, size, data) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sha256).bind(2, qint64(data.size()));
    stmt->bindBlob(3, data);
    return stmt->exec();
}

Result<bool> BlobStore::contains(const QString& sha256)
{
    auto stmt = m_ws->db().prepare(u"SELECT 1 FROM attachment_blob WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sha256);
    const bool found = stmt->next();
    if (!stmt->ok())
        return Error::io(stmt->error());
    return found;
}

Result<QByteArray> BlobStore::get(const QString& sha256)
{
    auto stmt = m_ws->db().prepare(u"SELECT data FROM attachment_blob WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sha256);
    if (!stmt->next())
        return Error::notFound(BlobStoreTr::tr("The content of this attachment is not in the workspace."));
    return stmt->blob(0);
}

}  // namespace score
