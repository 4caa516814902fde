#pragma once
// The pages of a PDF report on screen, one under the other, zoomed as in a PDF viewer: to the
// width of the view (the default, following its width), or to a level from 25 % to 400 % of the
// printed size, with Ctrl+wheel and the zoom actions (Ctrl++, Ctrl+−, Ctrl+0). The zoom stays
// when another report is shown. Pages are painted through the same layout as the PDF, lazily
// (only those scrolled into view), and the last few are kept as images until the zoom changes.

#include <QScrollArea>

#include <memory>
#include <vector>

class QAction;

namespace score {

class PdfReportWriter;

class ReportPreview final : public QScrollArea {
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    // Shows `pages` (null: nothing, with `message` instead), at the zoom chosen before.
    void setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message = {});
    int pageCount() const;
    // The page as shown now (rendering it if needed); for tests and screenshots.
    QImage pageImage(int index);

    // The zoom: fit width, or a fixed factor of the printed size (1.0: 100 %, at the screen's
    // logical resolution). zoom() is the factor shown now, in fit width too.
    bool fitsWidth() const { return m_fitWidth; }
    double zoom() const;
    static const std::vector<double>& zoomSteps();
    void setZoom(double factor);
    void fitWidth();
    void zoomIn();
    void zoomOut();
    // Zoom in, zoom out, fit width, with their shortcuts (answering in the whole window while
    // the preview shows), for buttons and menus.
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitWidthAction() const { return m_fit; }
    QList<QAction*> zoomActions() const { return {m_zoomIn, m_zoomOut, m_fit}; }

signals:
    void zoomChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    class PageStrip;
    // Lays the pages out at the zoom, keeping the document point under `anchor` (a viewport
    // position; default: its top centre) where it was.
    void relayout(QPoint anchor = {-1, -1});
    void zoomTo(bool fitWidth, double factor, QPoint anchor);
    void stepZoom(int steps, QPoint anchor);
    int fitPageWidth() const;
    double naturalPageWidth() const;  // the page's width at 100 %, in pixels

    PageStrip* m_strip;
    bool m_fitWidth = true;
    double m_zoom = 1.0;   // when not fitting the width
    int m_wheelDelta = 0;  // a touchpad sends eighths of a wheel step: gathered into steps
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
};

}  // namespace score
