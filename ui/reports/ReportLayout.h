#pragma once
// The small layout engine behind PDF reports and their preview: flows a ReportDocument's blocks
// onto A4 pages — headings kept with what follows, paragraphs split between lines, tables that
// break between rows and repeat their header, photos and charts that never straddle a page —
// once, and paints any page on any QPainter (a PDF, an image for the preview).
//
// Text is shaped once with QTextLayout in fonts sized in tenths of a point, independent of the
// paint device, so a page looks the same in the preview and on paper; fonts fall back from
// Noto Sans to Noto Sans CJK and Noto Sans Devanagari for Chinese and Hindi.

#include "reports/ReportDocument.h"

#include <QFont>
#include <QSizeF>

#include <memory>

class QPainter;
class QRectF;

namespace score {

// Noto families for a locale: Noto Sans first, then the CJK variant for its script.
QStringList reportFontFamilies(const QLocale& locale);
// A report font of `points` size (pixel-sized, device independent: see the header comment).
QFont reportFont(const QLocale& locale, double points, bool bold = false);

class ReportLayout {
public:
    explicit ReportLayout(const ReportDocument& document);
    ~ReportLayout();
    ReportLayout(const ReportLayout&) = delete;
    ReportLayout& operator=(const ReportLayout&) = delete;

    int pageCount() const;
    QSizeF pageSize() const;  // points
    QPageLayout::Orientation orientation() const;
    // Paints page `index` (0-based) scaled into `target`, in the painter's coordinates.
    void paintPage(int index, QPainter& painter, const QRectF& target) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace score
