#include "reportdata/ReportPhotos.h"

#include "storage/BlobStore.h"

namespace score {

Result<std::vector<ReportPhoto>> loadReportPhotos(Workspace& ws, const QString& ownerKind, const QString& ownerId)
{
    auto attachments = DomainQueries(ws).attachments(ownerKind, ownerId);
    if (!attachments)
        return attachments.error();
    BlobStore blobs(ws);
    std::vector<ReportPhoto> photos;
    for (const AttachmentRow& a : *attachments) {
        if (!a.mimeType.startsWith(u"image/"))
            continue;
        ReportPhoto photo{a.caption, a.fileName, a.mimeType, a.takenOn, {}};
        auto present = blobs.contains(a.sha256);
        if (!present)
            return present.error();
        if (*present) {
            auto bytes = blobs.get(a.sha256);
            if (!bytes)
                return bytes.error();
            photo.content = std::move(*bytes);
        }
        photos.push_back(std::move(photo));
    }
    return photos;
}

}  // namespace score
