#pragma once
// Small pictures of attachments for lists: decoded once from the stored content and kept by
// content hash (what is under a hash never changes, so the cache is never stale). Documents
// and content not yet on this device get an icon instead.

#include "storage/Workspace.h"

#include <QCache>
#include <QImage>
#include <QPixmap>
#include <QSize>

namespace score {

// Whether a MIME type is a picture Qt can show (JPEG, PNG, …).
bool isPictureType(const QString& mimeType);
// Decodes a picture, turned upright (EXIF orientation) and, when `bound` is valid, scaled to fit
// in it while decoding (fast for large camera JPEGs). A null image if it is not one.
QImage decodePicture(const QByteArray& data, const QSize& bound = {});

class Thumbnails {
public:
    // `size`: the logical size of every thumbnail; pictures are fitted and centred in it.
    Thumbnails(Workspace& ws, const QSize& size);
    Thumbnails(const Thumbnails&) = delete;
    Thumbnails& operator=(const Thumbnails&) = delete;

    QSize size() const { return m_size; }
    // A pixmap of exactly size() (at the screen's pixel ratio).
    QPixmap thumbnail(const QString& sha256, const QString& mimeType);

private:
    QPixmap framed(const QImage& picture) const;
    QPixmap iconTile(const char* icon) const;

    Workspace* m_ws;
    QSize m_size;
    qreal m_ratio;
    QCache<QString, QPixmap> m_cache;
};

}  // namespace score
