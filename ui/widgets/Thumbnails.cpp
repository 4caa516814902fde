#include "widgets/Thumbnails.h"

#include "storage/BlobStore.h"
#include "widgets/Icons.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>

namespace score {

bool isPictureType(const QString& mimeType)
{
    static const QList<QByteArray> supported = QImageReader::supportedMimeTypes();
    return mimeType.startsWith(u"image/") && supported.contains(mimeType.toLatin1());
}

QImage decodePicture(const QByteArray& data, const QSize& bound)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (bound.isValid()) {
        QSize full = reader.size();
        // Rotated photos swap their sides once turned upright.
        if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            full.transpose();
        if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height())) {
            QSize scaled = full.scaled(bound, Qt::KeepAspectRatio);
            if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
                scaled.transpose();
            reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
        }
    }
    QImage image = reader.read();
    if (!image.isNull() && bound.isValid() && (image.width() > bound.width() || image.height() > bound.height()))
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

Thumbnails::Thumbnails(Workspace& ws, const QSize& size)
    : m_ws(&ws), m_size(size), m_ratio(qGuiApp ? qGuiApp->devicePixelRatio() : 1.0), m_cache(400)
{
}

QPixmap Thumbnails::thumbnail(const QString& sha256, const QString& mimeType)
{
    if (const QPixmap* cached = m_cache.object(sha256))
        return *cached;
    QPixmap result;
    auto data = BlobStore(*m_ws).get(sha256);
    if (!data) {
        // Not on this device yet (or unreadable): say so, and try again next time.
        return iconTile("warning");
    }
    if (isPictureType(mimeType)) {
        const QImage picture = decodePicture(*data, m_size * m_ratio);
        result = picture.isNull() ? iconTile("warning") : framed(picture);
    } else {
        result = iconTile("document");
    }
    m_cache.insert(sha256, new QPixmap(result));
    return result;
}

QPixmap Thumbnails::framed(const QImage& picture) const
{
    QPixmap tile(m_size * m_ratio);
    tile.setDevicePixelRatio(m_ratio);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF shown = QSizeF(picture.size()) / m_ratio;
    const QRectF target((m_size.width() - shown.width()) / 2, (m_size.height() - shown.height()) / 2, shown.width(), shown.height());
    p.drawImage(target, picture);
    p.setPen(QColor(0, 0, 0, 60));
    p.drawRect(target.adjusted(0, 0, -1 / m_ratio, -1 / m_ratio));
    return tile;
}

QPixmap Thumbnails::iconTile(const char* icon) const
{
    QPixmap tile(m_size * m_ratio);
    tile.setDevicePixelRatio(m_ratio);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    const int side = std::min(m_size.width(), m_size.height()) * 3 / 5;
    const QRect target((m_size.width() - side) / 2, (m_size.height() - side) / 2, side, side);
    appIcon(icon).paint(&p, target);
    return tile;
}

}  // namespace score
