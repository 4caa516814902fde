#include "views/reports/ReportPreview.h"

#include "reports/PdfReportWriter.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace score {

namespace {
constexpr int kGap = 12;  // between pages and around them, in pixels
constexpr int kMinPageWidth = 120;
constexpr size_t kKeptPages = 8;            // images kept for scrolling back; a page at 400 % is some 60 MB
constexpr int kWheelStep = 120;             // QWheelEvent's eighths of a degree in one notch
const QSizeF kA4Portrait(595.276, 841.89);  // points: the width a zoom refers to before any report
}  // namespace

class ReportPreview::PageStrip final : public QWidget {
public:
    explicit PageStrip(QWidget* parent) : QWidget(parent) { setAttribute(Qt::WA_OpaquePaintEvent); }

    void setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message)
    {
        m_pages = std::move(pages);
        m_message = message;
        forgetPages();
        update();
    }
    int pageCount() const { return m_pages ? m_pages->pageCount() : 0; }
    QSizeF pageSize() const { return m_pages ? m_pages->pageSize() : kA4Portrait; }

    // Pages `pageWidth` pixels wide, centred in a strip at least `minWidth` wide; returns the
    // size the strip needs.
    QSize layOut(int pageWidth, int minWidth)
    {
        if (pageWidth != m_pageWidth) {
            m_pageWidth = pageWidth;
            forgetPages();
        }
        const int height = pageCount() == 0 ? 0 : kGap + pageCount() * (pageHeight() + kGap);
        return {std::max(minWidth, m_pageWidth + 2 * kGap), height};
    }

    QImage page(int index)
    {
        if (index < 0 || index >= pageCount())
            return {};
        if (m_cache.size() != static_cast<size_t>(pageCount()))
            forgetPages();
        QImage& cached = m_cache[static_cast<size_t>(index)];
        if (cached.isNull()) {
            cached = m_pages->pageImage(index, m_pageWidth);
            m_recent.push_back(index);
            if (m_recent.size() > kKeptPages) {
                m_cache[static_cast<size_t>(m_recent.front())] = QImage();
                m_recent.erase(m_recent.begin());
            }
        }
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
        const int left = (width() - m_pageWidth) / 2;
        for (int i = 0; i < pageCount(); ++i) {
            const QRect area(left, kGap + i * (pageHeight() + kGap), m_pageWidth, pageHeight());
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
        const QSizeF size = pageSize();
        return static_cast<int>(std::lround(m_pageWidth * size.height() / size.width()));
    }
    void forgetPages()
    {
        m_cache.assign(static_cast<size_t>(pageCount()), QImage());
        m_recent.clear();
    }

    std::shared_ptr<const PdfReportWriter> m_pages;
    QString m_message;
    int m_pageWidth = 600;
    std::vector<QImage> m_cache;  // by page; null when not painted at this width or dropped
    std::vector<int> m_recent;    // the pages in m_cache, oldest first
};

ReportPreview::ReportPreview(QWidget* parent)
    : QScrollArea(parent), m_strip(new PageStrip(this)), m_zoomIn(new QAction(appIcon("zoom-in"), tr("Zoom &in"), this)),
      m_zoomOut(new QAction(appIcon("zoom-out"), tr("Zoom &out"), this)), m_fit(new QAction(appIcon("fit-width"), tr("&Fit width"), this))
{
    setAccessibleName(tr("Report preview"));
    setWidget(m_strip);
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);  // only a page zoomed wider than the view has one
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);    // a steady width: fitting never flips the bar on and off
    setBackgroundRole(QPalette::Mid);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);

    // Ctrl+= is Ctrl++ without Shift, which is how most keyboards type it.
    m_zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    // Window-wide, as in a PDF viewer, but only while the preview shows (a hidden widget's
    // actions do not answer): the focus may be in the navigation pane or the report's choices.
    for (QAction* action : zoomActions()) {
        action->setToolTip(tr("%1 (%2)").arg(action->iconText(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, &ReportPreview::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &ReportPreview::zoomOut);
    connect(m_fit, &QAction::triggered, this, &ReportPreview::fitWidth);
    relayout();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message)
{
    m_strip->setReport(std::move(pages), message);
    relayout();
    // A new report is read from its top left, at the zoom chosen.
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

int ReportPreview::pageCount() const { return m_strip->pageCount(); }

QImage ReportPreview::pageImage(int index) { return m_strip->page(index); }

const std::vector<double>& ReportPreview::zoomSteps()
{
    static const std::vector<double> steps = {0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
    return steps;
}

double ReportPreview::naturalPageWidth() const { return m_strip->pageSize().width() * logicalDpiX() / 72.0; }

int ReportPreview::fitPageWidth() const { return std::max(kMinPageWidth, viewport()->width() - 2 * kGap); }

double ReportPreview::zoom() const { return m_fitWidth ? fitPageWidth() / naturalPageWidth() : m_zoom; }

void ReportPreview::setZoom(double factor) { zoomTo(false, factor, {-1, -1}); }

void ReportPreview::fitWidth() { zoomTo(true, m_zoom, {-1, -1}); }

void ReportPreview::zoomIn() { stepZoom(1, {-1, -1}); }

void ReportPreview::zoomOut() { stepZoom(-1, {-1, -1}); }

void ReportPreview::stepZoom(int steps, QPoint anchor)
{
    // From wherever the zoom is (fit width gives any factor), to the next level up or down.
    const std::vector<double>& levels = zoomSteps();
    double factor = zoom();
    for (; steps > 0; --steps) {
        const auto next = std::find_if(levels.begin(), levels.end(), [&](double level) { return level > factor * 1.01; });
        factor = next == levels.end() ? levels.back() : *next;
    }
    for (; steps < 0; ++steps) {
        const auto next = std::find_if(levels.rbegin(), levels.rend(), [&](double level) { return level < factor * 0.99; });
        factor = next == levels.rend() ? levels.front() : *next;
    }
    zoomTo(false, factor, anchor);
}

void ReportPreview::zoomTo(bool fitWidth, double factor, QPoint anchor)
{
    factor = std::clamp(factor, zoomSteps().front(), zoomSteps().back());
    if (fitWidth == m_fitWidth && (fitWidth || qFuzzyCompare(factor, m_zoom)))
        return;
    m_fitWidth = fitWidth;
    m_zoom = factor;
    m_fit->setChecked(fitWidth);
    relayout(anchor);
}

void ReportPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void ReportPreview::wheelEvent(QWheelEvent* event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        m_wheelDelta = 0;
        QScrollArea::wheelEvent(event);
        return;
    }
    // Zoom around the pointer, a level per notch; a touchpad's small deltas add up to one.
    // (The event comes through the viewport, in its coordinates.)
    m_wheelDelta += event->angleDelta().y();
    const int steps = m_wheelDelta / kWheelStep;
    m_wheelDelta -= steps * kWheelStep;
    if (steps != 0)
        stepZoom(steps, event->position().toPoint());
    event->accept();
}

void ReportPreview::relayout(QPoint anchor)
{
    // Where the anchor is in the document, as a share of its size, to put that point back
    // under the anchor at the new zoom.
    if (anchor.x() < 0)
        anchor = QPoint(viewport()->width() / 2, 0);
    const QSize before = m_strip->size();
    const double atX = before.width() > 0 ? (horizontalScrollBar()->value() + anchor.x()) / static_cast<double>(before.width()) : 0.5;
    const double atY = before.height() > 0 ? (verticalScrollBar()->value() + anchor.y()) / static_cast<double>(before.height()) : 0.0;

    const int pageWidth = m_fitWidth ? fitPageWidth() : std::max(kMinPageWidth, static_cast<int>(std::lround(naturalPageWidth() * m_zoom)));
    const QSize needed = m_strip->layOut(pageWidth, viewport()->width());
    m_strip->resize(needed.width(), std::max(needed.height(), viewport()->height()));
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(atX * m_strip->width())) - anchor.x());
    verticalScrollBar()->setValue(static_cast<int>(std::lround(atY * m_strip->height())) - anchor.y());
    m_strip->update();
    emit zoomChanged();
}

}  // namespace score
