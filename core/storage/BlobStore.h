#pragma once
// Attachment content, stored once per SHA-256 whatever the number of records that use it.

#include "storage/Workspace.h"

namespace score {

class BlobStore {
public:
    explicit BlobStore(Workspace& ws) : m_ws(&ws) {}

    // Stores content (no-op when present) and returns its hash.
    Result<QString> put(const QByteArray& data);
    // Stores content that arrived with a hash already verified by the caller.
    Status putVerified(const QString& sha256, const QByteArray& data);
    Result<bool> contains(const QString& sha256);
    Result<QByteArray> get(const QString& sha256);

private:
    Workspace* m_ws;
};

}  // namespace score
