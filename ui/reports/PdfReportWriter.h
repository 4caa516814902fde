#pragma once
// Writes a ReportDocument as a PDF (QPdfWriter, A4, fonts embedded, charts as vectors) and
// paints its pages into images for the preview in the desktop app. Both go through the same
// ReportLayout, so the preview is the page that will be printed.

#include "reports/ReportDocument.h"
#include "reports/ReportLayout.h"
#include "util/Result.h"

class QIODevice;

namespace score {

class PdfReportWriter {
public:
    explicit PdfReportWriter(const ReportDocument& document);

    int pageCount() const { return m_layout.pageCount(); }
    QSizeF pageSize() const { return m_layout.pageSize(); }  // points

    // Paints page `index` (0-based) scaled into `target`.
    void paintPage(int index, QPainter& painter, const QRectF& target) const { m_layout.paintPage(index, painter, target); }
    // Page `index` as an image `width` pixels wide, on white.
    QImage pageImage(int index, int width) const;

    // Writes the PDF atomically (the file appears complete or not at all).
    Status write(const QString& path) const;
    Status write(QIODevice& device) const;

private:
    QString m_title;
    ReportLayout m_layout;
};

}  // namespace score
