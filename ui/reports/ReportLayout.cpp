#include "reports/ReportLayout.h"

#include "reports/ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace score {

namespace {

struct ReportLayoutTr {
    Q_DECLARE_TR_FUNCTIONS(score::ReportLayout)
};

// Layout units: tenths of a point. Fonts are pixel-sized in these units, which keeps text
// metrics independent of the paint device's resolution (QFont point sizes are not).
constexpr double kUnit = 10;
constexpr double pt(double points) { return points * kUnit; }

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kGood(0x1b, 0x7f, 0x3b);
const QColor kBad(0xb3, 0x26, 0x1e);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe4, 0xec, 0xf4);
const QColor kZebra(0xf5, 0xf7, 0xfa);
const QColor kFooterFill(0xec, 0xee, 0xf1);
const QColor kRule(0xc4, 0xcb, 0xd3);

QColor toneColor(TextTone tone)
{
    switch (tone) {
    case TextTone::Muted: return kMuted;
    case TextTone::Good: return kGood;
    case TextTone::Bad: return kBad;
    case TextTone::Normal:
    case TextTone::Strong: break;
    }
    return kInk;
}

// Text shaped once, drawn as often as needed; lines can be drawn in ranges so that a paragraph
// can continue on the next page.
// The widest word of `text` in `metrics` (lines break only at spaces and line separators).
double longestWord(const QFontMetricsF& metrics, const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{2028}]+"));
    double longest = 0;
    for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

class TextBox {
public:
    TextBox(QString text, const QFont& font, double width, Qt::Alignment align = Qt::AlignLeft)
    {
        text.remove(u'\r');
        text.replace(u'\n', QChar::LineSeparator);
        m_layout = std::make_unique<QTextLayout>(text, font);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        const double leading = font.pixelSize() * 0.22;
        double y = 0;
        m_layout->beginLayout();
        for (;;) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0, y));
            m_tops.push_back(y);
            y += line.height();
            m_bottoms.push_back(y);
            y += leading;
        }
        m_layout->endLayout();
    }

    int lineCount() const { return static_cast<int>(m_tops.size()); }
    double height() const { return m_bottoms.empty() ? 0 : m_bottoms.back(); }
    double lineTop(int i) const { return m_tops[static_cast<size_t>(i)]; }
    double lineBottom(int i) const { return m_bottoms[static_cast<size_t>(i)]; }
    double heightOf(int first, int last) const { return last <= first ? 0 : lineBottom(last - 1) - lineTop(first); }

    // Draws lines [first, last) with the top of line `first` at `topLeft`.
    void draw(QPainter& p, const QPointF& topLeft, const QColor& color, int first = 0, int last = -1) const
    {
        if (last < 0)
            last = lineCount();
        p.setPen(color);
        const QPointF origin = topLeft - QPointF(0, first < lineCount() ? lineTop(first) : 0);
        for (int i = first; i < last; ++i)
            m_layout->lineAt(i).draw(&p, origin);
    }

private:
    std::unique_ptr<QTextLayout> m_layout;
    std::vector<double> m_tops;
    std::vector<double> m_bottoms;
};

using TextPtr = std::shared_ptr<const TextBox>;
using PaintOp = std::function<void(QPainter&)>;

struct Fonts {
    explicit Fonts(const QLocale& locale, bool compact)
        : body(reportFont(locale, compact ? 8.5 : 9.5)), small(reportFont(locale, 7.5)), table(reportFont(locale, compact ? 7.5 : 8.5)),
          tableBold(reportFont(locale, compact ? 7.5 : 8.5, true)), label(reportFont(locale, compact ? 7.5 : 8)),
          strong(reportFont(locale, compact ? 8.5 : 9.5, true)), h1(reportFont(locale, 17, true)), h2(reportFont(locale, 12.5, true)),
          h3(reportFont(locale, 10.5, true)), running(reportFont(locale, 7.5))
    {
    }
    QFont body, small, table, tableBold, label, strong, h1, h2, h3, running;
};

}  // namespace

QStringList reportFontFamilies(const QLocale& locale)
{
    QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (locale.language() == QLocale::Japanese)
        cjk = QStringLiteral("Noto Sans CJK JP");
    else if (locale.language() == QLocale::Korean)
        cjk = QStringLiteral("Noto Sans CJK KR");
    else if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalHanScript)
        cjk = QStringLiteral("Noto Sans CJK TC");
    return {QStringLiteral("Noto Sans"), cjk, QStringLiteral("Noto Sans Devanagari")};
}

QFont reportFont(const QLocale& locale, double points, bool bold)
{
    QFont font;
    font.setFamilies(reportFontFamilies(locale));
    font.setPixelSize(static_cast<int>(std::lround(pt(points))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // A hair of letter spacing turns off ligatures (Qt has no feature switch before 6.6), so that
    // text copied or extracted from the PDF reads "fi", not the single glyph "ﬁ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

struct ReportLayout::Private {
    struct Page {
        std::vector<PaintOp> ops;
    };

    Private(const ReportDocument& doc)
        : title(doc.title), subject(doc.subject), footerNote(doc.footerNote), orientation(doc.orientation),
          fonts(doc.locale, doc.orientation == QPageLayout::Landscape), size(QPageSize(QPageSize::A4).size(QPageSize::Point))
    {
        if (doc.orientation == QPageLayout::Landscape)
            size.transpose();
        left = pt(40);
        right = pt(size.width() - 40);
        top = pt(58);
        bottom = pt(size.height() - 46);
        newPage();
        for (const ReportBlock& block : doc.blocks)
            std::visit([this](const auto& b) { place(b); }, block);
        // A trailing page break or an empty document still has one page.
        if (pages.size() > 1 && pages.back().ops.empty() && atTop())
            pages.pop_back();
    }

    double width() const { return right - left; }
    bool atTop() const { return y <= top + 0.5; }
    double room() const { return bottom - y; }

    void newPage()
    {
        pages.emplace_back();
        y = top;
    }
    void ensure(double height)
    {
        if (!atTop() && y + height > bottom)
            newPage();
    }
    void add(PaintOp op) { pages.back().ops.push_back(std::move(op)); }

    void place(const HeadingBlock& h)
    {
        const QFont& font = h.level <= 1 ? fonts.h1 : h.level == 2 ? fonts.h2 : fonts.h3;
        const double before = h.level <= 1 ? pt(4) : h.level == 2 ? pt(14) : pt(9);
        const double after = h.level <= 1 ? pt(10) : pt(5);
        auto text = std::make_shared<const TextBox>(h.text, font, width());
        const double rule = h.level <= 2 ? pt(1.2) : 0;
        // Keep a heading with at least a few lines of what follows.
        const double keep = h.keepWithNext > 0 ? pt(h.keepWithNext) : h.level <= 2 ? pt(90) : pt(48);
        ensure(before + text->height() + rule + after + keep);
        if (!atTop())
            y += before;
        const QPointF at(left, y);
        const double w = width();
        const int level = h.level;
        add([text, at, w, level, h = text->height()](QPainter& p) {
            text->draw(p, at, level <= 2 ? kAccent : kInk);
            if (level <= 2) {
                p.setPen(QPen(level == 1 ? kAccent : kRule, level == 1 ? pt(1.2) : pt(0.6)));
                p.drawLine(QPointF(at.x(), at.y() + h + pt(2.5)), QPointF(at.x() + w, at.y() + h + pt(2.5)));
            }
        });
        y += text->height() + rule + after;
    }

    void place(const ParagraphBlock& para)
    {
        auto text = std::make_shared<const TextBox>(para.text,
                                                    para.small                      ? fonts.small
                                                    : para.tone == TextTone::Strong ? fonts.strong
                                                                                    : fonts.body,
                                                    width());
        const QColor color = toneColor(para.tone);
        int line = 0;
        while (line < text->lineCount()) {
            int last = line;
            while (last < text->lineCount() && y + text->heightOf(line, last + 1) <= bottom)
                ++last;
            if (last == line) {
                if (atTop())
                    last = line + 1;  // taller than a page: draw it anyway
                else {
                    newPage();
                    continue;
                }
            }
            const QPointF at(left, y);
            add([text, at, color, line, last](QPainter& p) { text->draw(p, at, color, line, last); });
            y += text->heightOf(line, last);
            line = last;
            if (line < text->lineCount())
                newPage();
        }
        y += pt(para.small ? 4 : 6);
    }

    void place(const FactsBlock& block)
    {
        const int columns = std::max(1, block.columns);
        const double gap = pt(14);
        const double columnWidth = (width() - gap * (columns - 1)) / columns;
        const double labelWidth = columnWidth * 0.40;
        const double valueWidth = columnWidth - labelWidth - pt(6);
        for (size_t i = 0; i < block.facts.size(); i += static_cast<size_t>(columns)) {
            std::vector<std::pair<TextPtr, TextPtr>> row;
            double height = 0;
            for (size_t c = 0; c < static_cast<size_t>(columns) && i + c < block.facts.size(); ++c) {
                const auto& [label, value] = block.facts[i + c];
                auto l = std::make_shared<const TextBox>(label, fonts.label, labelWidth);
                auto v = std::make_shared<const TextBox>(value.isEmpty() ? QStringLiteral("–") : value, fonts.body, valueWidth);
                height = std::max({height, l->height(), v->height()});
                row.emplace_back(std::move(l), std::move(v));
            }
            ensure(height + pt(4));
            const double top = y;
            const double x0 = left;
            add([row, top, x0, columnWidth, gap, labelWidth](QPainter& p) {
                for (size_t c = 0; c < row.size(); ++c) {
                    const double x = x0 + static_cast<double>(c) * (columnWidth + gap);
                    row[c].first->draw(p, QPointF(x, top + pt(1)), kMuted);
                    row[c].second->draw(p, QPointF(x + labelWidth + pt(6), top), kInk);
                }
            });
            y += height + pt(4);
        }
        y += pt(6);
    }

    // Column widths from the columns' shares, widened where the longest word of a column
    // (header included) would not fit, at the expense of the columns that have room to spare.
    std::vector<double> columnWidths(const ReportTable& table, double pad) const
    {
        const size_t n = table.columns.size();
        double weights = 0;
        for (const TableColumn& c : table.columns)
            weights += c.width;
        std::vector<double> widths(n);
        std::vector<double> minimum(n, 0);
        const QFontMetricsF plain(fonts.table);
        const QFontMetricsF bold(fonts.tableBold);
        const size_t footerStart = table.rows.size()
                                   - static_cast<size_t>(std::clamp<int>(table.footerRows, 0, static_cast<int>(table.rows.size())));
        for (size_t c = 0; c < n; ++c) {
            widths[c] = width() * table.columns[c].width / weights;
            minimum[c] = longestWord(bold, table.columns[c].title);
            for (size_t r = 0; r < table.rows.size(); ++r)
                if (c < table.rows[r].size())
                    minimum[c] = std::max(
                        minimum[c],
                        longestWord(r >= footerStart || table.rows[r][c].tone == TextTone::Strong ? bold : plain, table.rows[r][c].text));
            // Ideographic text breaks anywhere: never let one column take over the table.
            minimum[c] = std::min(minimum[c] + 2 * pad + pt(0.5), std::max(widths[c], width() * 0.35));
        }
        double deficit = 0;
        double slack = 0;
        for (size_t c = 0; c < n; ++c) {
            if (widths[c] < minimum[c])
                deficit += minimum[c] - widths[c];
            else
                slack += widths[c] - minimum[c];
        }
        if (deficit <= 0 || slack <= 0)
            return widths;
        const double take = std::min(1.0, deficit / slack);
        for (size_t c = 0; c < n; ++c) {
            if (widths[c] < minimum[c])
                widths[c] = deficit <= slack ? minimum[c] : widths[c] + (minimum[c] - widths[c]) * slack / deficit;
            else
                widths[c] -= (widths[c] - minimum[c]) * take;
        }
        return widths;
    }

    void place(const ReportTable& table)
    {
        if (table.rows.empty()) {
            if (!table.emptyText.isEmpty())
                place(ParagraphBlock{table.emptyText, TextTone::Muted, false});
            return;
        }
        const double pad = pt(3);
        const std::vector<double> ws = columnWidths(table, pad);
        std::vector<double> xs;  // left edge of each column
        double x = left;
        for (const double w : ws) {
            xs.push_back(x);
            x += w;
        }
        const auto align = [&](size_t c) { return table.columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft; };

        // The header, shaped once and painted on every page the table reaches.
        std::vector<TextPtr> header;
        double headerHeight = 0;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            // A header word longer than its column (longer languages, narrow numeric columns)
            // is set smaller, down to three quarters, rather than broken inside the word.
            QFont font = fonts.tableBold;
            const double longest = longestWord(QFontMetricsF(font), table.columns[c].title);
            const double room = ws[c] - 2 * pad;
            if (longest > room && font.pixelSize() > 0)
                font.setPixelSize(std::max(static_cast<int>(font.pixelSize() * 0.75), static_cast<int>(font.pixelSize() * room / longest)));
            header.push_back(std::make_shared<const TextBox>(table.columns[c].title, font, room, align(c)));
            headerHeight = std::max(headerHeight, header.back()->height());
        }
        headerHeight += 2 * pad;
        const double tableLeft = left;
        const double tableWidth = width();
        const auto placeHeader = [&] {
            const double top = y;
            add([header, xs, top, headerHeight, tableLeft, tableWidth, pad](QPainter& p) {
                p.fillRect(QRectF(tableLeft, top, tableWidth, headerHeight), kHeaderFill);
                for (size_t c = 0; c < header.size(); ++c)
                    header[c]->draw(p, QPointF(xs[c] + pad, top + pad), kAccent);
                p.setPen(QPen(kAccent, pt(0.8)));
                p.drawLine(QPointF(tableLeft, top + headerHeight), QPointF(tableLeft + tableWidth, top + headerHeight));
            });
            y += headerHeight;
        };

        const size_t footerStart = table.rows.size()
                                   - static_cast<size_t>(std::clamp<int>(table.footerRows, 0, static_cast<int>(table.rows.size())));
        // Shape every row first: the last data row and the totals under it stay on one page.
        struct Row {
            std::vector<std::pair<TextPtr, QColor>> cells;
            double height = 0;
        };
        std::vector<Row> shaped(table.rows.size());
        for (size_t r = 0; r < table.rows.size(); ++r) {
            for (size_t c = 0; c < table.columns.size(); ++c) {
                const TableCell cell = c < table.rows[r].size() ? table.rows[r][c] : TableCell();
                const bool bold = r >= footerStart || cell.tone == TextTone::Strong;
                shaped[r].cells.emplace_back(
                    std::make_shared<const TextBox>(cell.text, bold ? fonts.tableBold : fonts.table, ws[c] - 2 * pad, align(c)),
                    toneColor(cell.tone));
                shaped[r].height = std::max(shaped[r].height, shaped[r].cells.back().first->height());
            }
            shaped[r].height += 2 * pad;
        }
        bool headerPlaced = false;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const bool footer = r >= footerStart;
            const auto& cells = shaped[r].cells;
            const double height = shaped[r].height;
            double keep = height;
            if (footerStart < table.rows.size() && r + 1 >= footerStart)
                for (size_t k = r + 1; k < table.rows.size(); ++k)
                    keep += shaped[k].height;
            const double pageRoom = bottom - this->top - headerHeight;
            if (!headerPlaced) {
                ensure(headerHeight + std::min(keep, pageRoom));
                placeHeader();
                headerPlaced = true;
            } else if (y + (keep <= pageRoom ? keep : height) > bottom) {
                newPage();
                placeHeader();
            }
            const double top = y;
            const bool zebra = !footer && (r % 2 == 1);
            const bool firstFooter = footer && r == footerStart;
            add([cells, xs, top, height, tableLeft, tableWidth, pad, zebra, footer, firstFooter](QPainter& p) {
                if (zebra)
                    p.fillRect(QRectF(tableLeft, top, tableWidth, height), kZebra);
                if (footer)
                    p.fillRect(QRectF(tableLeft, top, tableWidth, height), kFooterFill);
                for (size_t c = 0; c < cells.size(); ++c)
                    cells[c].first->draw(p, QPointF(xs[c] + pad, top + pad), cells[c].second);
                if (firstFooter) {
                    p.setPen(QPen(kInk, pt(0.8)));
                    p.drawLine(QPointF(tableLeft, top), QPointF(tableLeft + tableWidth, top));
                }
                p.setPen(QPen(kRule, pt(0.4)));
                p.drawLine(QPointF(tableLeft, top + height), QPointF(tableLeft + tableWidth, top + height));
            });
            y += height;
        }
        y += pt(10);
    }

    void place(const PhotosBlock& block)
    {
        const int perRow = std::max(1, block.perRow);
        const double gap = pt(10);
        const double cellWidth = (width() - gap * (perRow - 1)) / perRow;
        const double maxImageHeight = cellWidth * 0.75;
        for (size_t i = 0; i < block.photos.size(); i += static_cast<size_t>(perRow)) {
            struct Cell {
                QImage image;
                QSizeF size;
                TextPtr caption;
            };
            std::vector<Cell> row;
            double height = 0;
            for (size_t c = 0; c < static_cast<size_t>(perRow) && i + c < block.photos.size(); ++c) {
                const ReportImage& photo = block.photos[i + c];
                Cell cell;
                QSizeF size(cellWidth, maxImageHeight);
                if (!photo.image.isNull()) {
                    size = QSizeF(photo.image.size()).scaled(QSizeF(cellWidth, maxImageHeight), Qt::KeepAspectRatio);
                    // Never embed more pixels than 200 dpi needs (camera photos are large).
                    const QSize needed = (size / kUnit * 200.0 / 72.0).toSize();
                    cell.image = photo.image.width() > needed.width() * 1.2
                                     ? photo.image.scaled(needed, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                     : photo.image;
                }
                cell.size = size;
                cell.caption = std::make_shared<const TextBox>(photo.caption, fonts.small, cellWidth);
                height = std::max(height, size.height() + pt(3) + cell.caption->height());
                row.push_back(std::move(cell));
            }
            ensure(height + gap);
            const double top = y;
            const double x0 = left;
            const QString missing = ReportLayoutTr::tr("The photo has not reached this workspace yet.");
            const QFont font = fonts.small;
            add([row, top, x0, cellWidth, gap, missing, font](QPainter& p) {
                for (size_t c = 0; c < row.size(); ++c) {
                    const double x = x0 + static_cast<double>(c) * (cellWidth + gap);
                    const QRectF box(x, top, row[c].size.width(), row[c].size.height());
                    if (row[c].image.isNull()) {
                        p.fillRect(box, kZebra);
                        p.setPen(QPen(kRule, pt(0.6)));
                        p.drawRect(box);
                        p.setFont(font);
                        p.setPen(kMuted);
                        p.drawText(box.adjusted(pt(6), pt(6), -pt(6), -pt(6)), Qt::AlignCenter | Qt::TextWordWrap, missing);
                    } else {
                        p.drawImage(box, row[c].image);
                        p.setPen(QPen(kRule, pt(0.4)));
                        p.drawRect(box);
                    }
                    row[c].caption->draw(p, QPointF(x, top + box.height() + pt(3)), kMuted);
                }
            });
            y += height + gap;
        }
    }

    void place(const ChartBlock& block)
    {
        const double height = pt(block.height);
        const double w = width() * std::clamp(block.widthShare, 0.1, 1.0);
        ensure(height);
        const QRectF rect(left + (width() - w) / 2, y, w, height);
        add([make = block.make, rect](QPainter& p) { paintChart(p, rect, rect.size() / kUnit, make()); });
        y += height + pt(8);
    }

    void place(const ChartRowBlock& block)
    {
        if (block.charts.empty())
            return;
        const double gap = pt(10);
        const double height = pt(block.height);
        const double n = static_cast<double>(block.charts.size());
        const double w = (width() - gap * (n - 1)) / n;
        ensure(height);
        for (size_t i = 0; i < block.charts.size(); ++i) {
            const QRectF rect(left + static_cast<double>(i) * (w + gap), y, w, height);
            add([make = block.charts[i], rect](QPainter& p) { paintChart(p, rect, rect.size() / kUnit, make()); });
        }
        y += height + pt(8);
    }

    void place(const SignaturesBlock& block)
    {
        if (block.boxes.empty())
            return;
        const double gap = pt(24);
        const double n = static_cast<double>(block.boxes.size());
        const double w = (width() - gap * (n - 1)) / n;
        const double height = pt(92);
        ensure(height + pt(6));
        const double top = y;
        for (size_t i = 0; i < block.boxes.size(); ++i) {
            const SignatureBox& box = block.boxes[i];
            const double x = left + static_cast<double>(i) * (w + gap);
            auto role = std::make_shared<const TextBox>(box.role, fonts.strong, w);
            auto name = std::make_shared<const TextBox>(box.name.isEmpty() ? ReportLayoutTr::tr("Name:") : box.name, fonts.body, w);
            auto signLabel = std::make_shared<const TextBox>(ReportLayoutTr::tr("Signature"), fonts.small, w);
            auto dateLabel = std::make_shared<const TextBox>(
                box.signedOn.isEmpty() ? ReportLayoutTr::tr("Date") : ReportLayoutTr::tr("Signed on %1").arg(box.signedOn), fonts.small, w);
            add([=](QPainter& p) {
                const QRectF frame(x, top, w, height);
                p.setPen(QPen(kRule, pt(0.6)));
                p.drawRect(frame);
                const double inner = x + pt(8);
                role->draw(p, QPointF(inner, top + pt(6)), kInk);
                name->draw(p, QPointF(inner, top + pt(6) + role->height() + pt(2)), kInk);
                const double line = top + height - pt(30);
                p.setPen(QPen(kMuted, pt(0.5)));
                p.drawLine(QPointF(inner, line), QPointF(x + w - pt(8), line));
                signLabel->draw(p, QPointF(inner, line + pt(2)), kMuted);
                const double dateLine = top + height - pt(6) - dateLabel->height();
                dateLabel->draw(p, QPointF(inner, dateLine), kMuted);
            });
        }
        y += height + pt(10);
    }

    void place(const SpacerBlock& block)
    {
        if (!atTop())
            y = std::min(bottom, y + pt(block.height));
    }

    void place(const PageBreakBlock&)
    {
        if (!atTop())
            newPage();
    }

    void paintRunningText(QPainter& p, int index, int count) const
    {
        const double w = width();
        const TextBox titleText(title, fonts.running, w * 0.6);
        const TextBox subjectText(subject, fonts.running, w * 0.4 - pt(10), Qt::AlignRight);
        titleText.draw(p, QPointF(left, pt(30)), kMuted, 0, std::min(1, titleText.lineCount()));
        subjectText.draw(p, QPointF(left + w * 0.6 + pt(10), pt(30)), kMuted, 0, std::min(1, subjectText.lineCount()));
        p.setPen(QPen(kRule, pt(0.5)));
        p.drawLine(QPointF(left, pt(43)), QPointF(right, pt(43)));

        const double footerTop = pt(size.height() - 32);
        p.drawLine(QPointF(left, footerTop - pt(4)), QPointF(right, footerTop - pt(4)));
        const TextBox note(footerNote, fonts.running, w * 0.75);
        const TextBox number(ReportLayoutTr::tr("Page %1 of %2").arg(index + 1).arg(count), fonts.running, w * 0.25, Qt::AlignRight);
        note.draw(p, QPointF(left, footerTop), kMuted, 0, std::min(1, note.lineCount()));
        number.draw(p, QPointF(left + w * 0.75, footerTop), kMuted);
    }

    QString title;
    QString subject;
    QString footerNote;
    QPageLayout::Orientation orientation;
    Fonts fonts;
    QSizeF size;  // points
    double left = 0;
    double right = 0;
    double top = 0;
    double bottom = 0;
    double y = 0;
    std::vector<Page> pages;
};

ReportLayout::ReportLayout(const ReportDocument& document) : d(std::make_unique<Private>(document)) {}

ReportLayout::~ReportLayout() = default;

int ReportLayout::pageCount() const { return static_cast<int>(d->pages.size()); }

QSizeF ReportLayout::pageSize() const { return d->size; }

QPageLayout::Orientation ReportLayout::orientation() const { return d->orientation; }

void ReportLayout::paintPage(int index, QPainter& painter, const QRectF& target) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / pt(d->size.width()), target.height() / pt(d->size.height()));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    for (const PaintOp& op : d->pages[static_cast<size_t>(index)].ops) {
        painter.save();
        op(painter);
        painter.restore();
    }
    d->paintRunningText(painter, index, pageCount());
    painter.restore();
}

}  // namespace score
