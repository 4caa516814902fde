#include "views/reports/ReportPreview.h"

#include "reports/PdfReportWriter.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace score {

namespace {
constexpr int kGap = 12;  // between pages and around them, in pixels
}

class ReportPreview::PageStrip final : public QWidget {
public:
    explicit PageStrip(QWidget* parent) : QWidget(parent) { setAttribute(Qt::WA_OpaquePaintEvent); }

    void setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message)
    {
        m_pages = std::move(pages);
        m_message = message;
        m_cache.clear();
        update();
    }
    int pageCount() const { return m_pages ? m_pages->pageCount() : 0; }

    // Fits the pages to `width` pixels and returns the height they need.
    int setPageWidth(int width)
    {
        m_pageWidth = std::max(120, width - 2 * kGap);
        if (m_cache.size() != static_cast<size_t>(pageCount()) || (!m_cache.empty() && m_cache.front().width() != m_pageWidth))
            m_cache.assign(static_cast<size_t>(pageCount()), QImage());
        return pageCount() == 0 ? 0 : kGap + pageCount() * (pageHeight() + kGap);
    }

    QImage page(int index)
    {
        if (index < 0 || index >= pageCount())
            return {};
        if (m_cache.size() != static_cast<size_t>(pageCount()))
            m_cache.assign(static_cast<size_t>(pageCount()), QImage());
        QImage& cached = m_cache[static_cast<size_t>(index)];
        if (cached.isNull() || cached.width() != m_pageWidth)
            cached = m_pages->pageImage(index, m_pageWidth);
        return cached;
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter p(this);
        p.fillRect(event->rect(), palette().color(QPalette::Mid));
        if (pageCount() == 0) {
            p.setPen(palette().color(QPalette::BrightText));
            p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_message);
            return;
        }
        for (int i = 0; i < pageCount(); ++i) {
            const QRect area(kGap, kGap + i * (pageHeight() + kGap), m_pageWidth, pageHeight());
            if (!area.intersects(event->rect()))
                continue;
            p.drawImage(area.topLeft(), page(i));
            p.setPen(palette().color(QPalette::Shadow));
            p.drawRect(area.adjusted(0, 0, -1, -1));
        }
    }

private:
    int pageHeight() const
    {
        if (!m_pages)
            return 0;
        const QSizeF size = m_pages->pageSize();
        return static_cast<int>(std::lround(m_pageWidth * size.height() / size.width()));
    }

    std::shared_ptr<const PdfReportWriter> m_pages;
    QString m_message;
    int m_pageWidth = 600;
    std::vector<QImage> m_cache;
};

ReportPreview::ReportPreview(QWidget* parent) : QScrollArea(parent), m_strip(new PageStrip(this))
{
    setAccessibleName(tr("Report preview"));
    setWidget(m_strip);
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);  // a steady width: fitting never flips the bar on and off
    setBackgroundRole(QPalette::Mid);
    verticalScrollBar()->setSingleStep(24);
    relayout();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message)
{
    m_strip->setReport(std::move(pages), message);
    relayout();
    verticalScrollBar()->setValue(0);
}

int ReportPreview::pageCount() const { return m_strip->pageCount(); }

QImage ReportPreview::pageImage(int index) { return m_strip->page(index); }

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void ReportPreview::relayout()
{
    const int width = viewport()->width();
    const int height = m_strip->setPageWidth(width);
    m_strip->resize(width, std::max(height, viewport()->height()));
    m_strip->update();
}

}  // namespace score
