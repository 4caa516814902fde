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

// Records are never purged (their tombstones stay for sync), so `attachment` holds every record
// that may still need its content. Its sha256 column has no index: the subquery is read once
// into a temporary b-tree, never once per blob.
Result<QSet<QString>> BlobStore::referencedHashes()
{
    auto stmt = m_ws->db().prepare(u"SELECT DISTINCT sha256 FROM attachment");
    if (!stmt)
        return stmt.error();
    QSet<QString> hashes;
    while (stmt->next())
        hashes.insert(stmt->text(0));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return hashes;
}

Result<std::vector<StoredBlob>> BlobStore::referencedContent()
{
    auto stmt = m_ws->db().prepare(
        u"SELECT sha256, size FROM attachment_blob WHERE sha256 IN (SELECT sha256 FROM attachment) ORDER BY sha256");
    if (!stmt)
        return stmt.error();
    std::vector<StoredBlob> content;
    while (stmt->next())
        content.push_back({stmt->text(0), stmt->integer(1)});
    if (!stmt->ok())
        return Error::io(stmt->error());
    return content;
}

Result<UnreferencedBlobs> BlobStore::unreferenced()
{
    auto stmt = m_ws->db().prepare(
        u"SELECT count(*), coalesce(sum(size), 0) FROM attachment_blob WHERE sha256 NOT IN (SELECT sha256 FROM attachment)");
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return Error::io(stmt->error());
    return UnreferencedBlobs{stmt->integer(0), stmt->integer(1)};
}

Result<qint64> BlobStore::removeUnreferenced()
{
    auto stmt = m_ws->db().prepare(u"DELETE FROM attachment_blob WHERE sha256 NOT IN (SELECT sha256 FROM attachment)");
    if (!stmt)
        return stmt.error();
    SCORE_TRY(stmt->exec());
    return m_ws->db().changes();
}

}  // namespace score
