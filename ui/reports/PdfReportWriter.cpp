#include "reports/PdfReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace score {

namespace {
struct PdfReportWriterTr {
    Q_DECLARE_TR_FUNCTIONS(score::PdfReportWriter)
};

// The PDF's resolution: one device pixel is one layout unit (a tenth of a point).
constexpr int kResolution = 720;
}  // namespace

PdfReportWriter::PdfReportWriter(const ReportDocument& document) : m_title(document.title), m_layout(document) {}

QImage PdfReportWriter::pageImage(int index, int width) const
{
    const QSizeF page = pageSize();
    const int height = static_cast<int>(std::lround(width * page.height() / page.width()));
    QImage image(width, std::max(1, height), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(index, painter, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

Status PdfReportWriter::write(QIODevice& device) const
{
    QPdfWriter pdf(&device);
    pdf.setCreator(QStringLiteral("SCORE Desk %1").arg(QStringLiteral(SCORE_VERSION)));
    pdf.setTitle(m_title);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_layout.orientation(), QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::io(PdfReportWriterTr::tr("The PDF could not be started."));
    const QSizeF page = pageSize() * (kResolution / 72.0);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !pdf.newPage())
            return Error::io(PdfReportWriterTr::tr("The PDF could not get a new page."));
        paintPage(i, painter, QRectF(QPointF(0, 0), page));
    }
    if (!painter.end())
        return Error::io(PdfReportWriterTr::tr("The PDF could not be finished."));
    return {};
}

Status PdfReportWriter::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(PdfReportWriterTr::tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    SCORE_TRY(write(file));
    if (!file.commit())
        return Error::io(PdfReportWriterTr::tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

}  // namespace score
