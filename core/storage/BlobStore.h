#pragma once
// Attachment content, stored once per SHA-256 whatever the number of records that use it.
// Content belongs to the workspace only while an attachment record refers to it, live or in the
// recycle bin (a restore needs it); this class is the one place that says what "referred to" is.

#include "storage/Workspace.h"

#include <QSet>

#include <vector>

namespace score {

struct StoredBlob {
    QString sha256;
    qint64 size = 0;
};

struct UnreferencedBlobs {
    qint64 count = 0;
    qint64 bytes = 0;
};

class BlobStore {
public:
    explicit BlobStore(Workspace& ws) : m_ws(&ws) {}

    // Stores content (no-op when present) and returns its hash.
    Result<QString> put(const QByteArray& data);
    // Stores content that arrived with a hash already verified by the caller.
    Status putVerified(const QString& sha256, const QByteArray& data);
    Result<bool> contains(const QString& sha256);
    Result<QByteArray> get(const QString& sha256);

    // The hashes that attachment records (live or deleted) refer to, stored or not.
    Result<QSet<QString>> referencedHashes();
    // The stored content some record refers to, by hash: what the canonical dump lists.
    Result<std::vector<StoredBlob>> referencedContent();
    // Stored content that no record refers to (a left-over from a failed step, or accepted by
    // an older SCORE Desk from a bundle that carried it without a record).
    Result<UnreferencedBlobs> unreferenced();
    // Removes the content no record refers to; returns how many were removed.
    Result<qint64> removeUnreferenced();

private:
    Workspace* m_ws;
};

}  // namespace score
