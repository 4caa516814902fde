#pragma once
// The pages of a PDF report on screen, one under the other, zoomed to the width of the view.
// Pages are painted through the same layout as the PDF, lazily (only those scrolled into view)
// and kept as images until the width changes.

#include <QScrollArea>

#include <memory>
#include <vector>

namespace score {

class PdfReportWriter;

class ReportPreview final : public QScrollArea {
    Q_OBJECT

public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    // Shows `pages` (null: nothing, with `message` instead).
    void setReport(std::shared_ptr<const PdfReportWriter> pages, const QString& message = {});
    int pageCount() const;
    // The page as shown now (rendering it if needed); for tests and screenshots.
    QImage pageImage(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    class PageStrip;
    void relayout();

    PageStrip* m_strip;
};

}  // namespace score
