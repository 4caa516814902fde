#include "demo/DemoImages.h"

#include "demo/DemoRandom.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace score {

QByteArray generateEvidencePhoto(quint64 seed, int width, int height)
{
    DemoRandom random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    // Wall and floor.
    const QColor wall = QColor::fromHsv(random.range(180, 230), random.range(10, 40), random.range(200, 235));
    const QColor floor = QColor::fromHsv(random.range(20, 40), random.range(20, 60), random.range(110, 160));
    const int horizon = height * random.range(35, 50) / 100;
    p.fillRect(0, 0, width, horizon, wall);
    p.fillRect(0, horizon, width, height - horizon, floor);
    // Windows or lamps along the wall.
    for (int x = random.range(10, 40); x < width; x += random.range(70, 110))
        p.fillRect(x, horizon / 5, 36, horizon / 3, QColor(250, 250, 230));
    // Yellow walkway lines in perspective.
    p.setPen(QPen(QColor(235, 200, 20), 6));
    p.drawLine(width / 2 - 40, horizon, width / 6, height);
    p.drawLine(width / 2 + 40, horizon, width * 5 / 6, height);
    // Machines, racks and boxes.
    const int objects = random.range(3, 7);
    for (int i = 0; i < objects; ++i) {
        const int w = random.range(40, 110);
        const int h = random.range(30, 90);
        const int x = random.range(0, width - w);
        const int y = random.range(horizon - h / 2, height - h);
        const QColor c = QColor::fromHsv(random.range(0, 359), random.range(60, 200), random.range(90, 200));
        p.fillRect(x, y, w, h, c);
        p.setPen(QPen(c.darker(150), 2));
        p.drawRect(x, y, w, h);
    }
    p.end();
    // Photos from a phone are JPEG; it is also a tenth of the time PNG takes to encode.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG", 70)) {
        buffer.seek(0);
        bytes.clear();
        image.save(&buffer, "PNG");
    }
    return bytes;
}

}  // namespace score

namespace score {

QString evidencePhotoMimeType(const QByteArray& photo)
{
    return photo.startsWith("\xFF\xD8") ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
}

}  // namespace score
