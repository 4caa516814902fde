#pragma once
// A report as a sequence of blocks — headings, paragraphs, facts, tables, photos, charts and
// signature boxes — that ReportLayout flows onto pages. The report documents (ReportDocuments.h)
// build it from report data; it knows nothing of PDF files or of the screen.

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <utility>
#include <variant>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace score {

// How a piece of text reads: muted for secondary facts, good and bad for changes people should
// notice (better or worse, whatever the direction of the KPI), strong for totals.
enum class TextTone { Normal, Muted, Good, Bad, Strong };

struct TableCell {
    TableCell() = default;
    TableCell(QString text, TextTone tone = TextTone::Normal) : text(std::move(text)), tone(tone) {}  // NOLINT(google-explicit-constructor)
    QString text;
    TextTone tone = TextTone::Normal;
};

struct TableColumn {
    QString title;
    double width = 1;      // share of the table's width
    bool numeric = false;  // right-aligned
};

struct ReportTable {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
    int footerRows = 0;  // the last rows are totals: bold and ruled off
    QString emptyText;   // said instead of an empty table
};

struct HeadingBlock {
    QString text;
    int level = 1;            // 1 title, 2 section, 3 subsection
    double keepWithNext = 0;  // points of what follows that must fit below it (0: by level)
};

struct ParagraphBlock {
    QString text;
    TextTone tone = TextTone::Normal;
    bool small = false;
};

// Label–value pairs in columns (a profile, the facts of a visit).
struct FactsBlock {
    std::vector<std::pair<QString, QString>> facts;
    int columns = 2;
};

struct ReportImage {
    QImage image;  // null: the photo is missing, the caption says so
    QString caption;
};

struct PhotosBlock {
    std::vector<ReportImage> photos;
    int perRow = 3;
};

// A chart built when the page is painted (a QChart belongs to the painting thread). Drawn
// through QGraphicsScene::render, so it stays vector graphics in a PDF.
struct ChartBlock {
    std::function<QChart*()> make;
    double height = 200;    // points
    double widthShare = 1;  // of the text width
};

// Several charts side by side (small multiples), each of the same height.
struct ChartRowBlock {
    std::vector<std::function<QChart*()>> charts;
    double height = 150;
};

struct SignatureBox {
    QString role;  // "Counsellor"
    QString name;
    QString signedOn;  // formatted date, or empty for a blank line
};

struct SignaturesBlock {
    std::vector<SignatureBox> boxes;
};

struct SpacerBlock {
    double height = 12;  // points
};

struct PageBreakBlock {};

using ReportBlock = std::variant<HeadingBlock, ParagraphBlock, FactsBlock, ReportTable, PhotosBlock, ChartBlock, ChartRowBlock,
                                 SignaturesBlock, SpacerBlock, PageBreakBlock>;

struct ReportDocument {
    QString title;       // the PDF's title and the running header on the left
    QString subject;     // the running header on the right (an enterprise, a cohort)
    QString footerNote;  // left of the page number
    QLocale locale;      // dates, numbers, and the fonts for its script
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::vector<ReportBlock> blocks;

    void heading(const QString& text, int level = 1, double keepWithNext = 0)
    {
        blocks.emplace_back(HeadingBlock{text, level, keepWithNext});
    }
    void paragraph(const QString& text, TextTone tone = TextTone::Normal) { blocks.emplace_back(ParagraphBlock{text, tone, false}); }
    void note(const QString& text) { blocks.emplace_back(ParagraphBlock{text, TextTone::Muted, true}); }
    void facts(std::vector<std::pair<QString, QString>> facts, int columns = 2)
    {
        blocks.emplace_back(FactsBlock{std::move(facts), columns});
    }
    void table(ReportTable table) { blocks.emplace_back(std::move(table)); }
    void photos(std::vector<ReportImage> photos, int perRow = 3) { blocks.emplace_back(PhotosBlock{std::move(photos), perRow}); }
    void chart(std::function<QChart*()> make, double height, double widthShare = 1)
    {
        blocks.emplace_back(ChartBlock{std::move(make), height, widthShare});
    }
    void chartRow(std::vector<std::function<QChart*()>> charts, double height)
    {
        blocks.emplace_back(ChartRowBlock{std::move(charts), height});
    }
    void signatures(std::vector<SignatureBox> boxes) { blocks.emplace_back(SignaturesBlock{std::move(boxes)}); }
    void space(double height = 12) { blocks.emplace_back(SpacerBlock{height}); }
    void pageBreak() { blocks.emplace_back(PageBreakBlock{}); }
};

}  // namespace score
