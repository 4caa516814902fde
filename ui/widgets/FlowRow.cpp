#include "widgets/FlowRow.h"

#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace score {

namespace {
// Hidden widgets take no room; a stretch is "empty" to Qt but takes what a line spares.
bool takesNoRoom(QLayoutItem* item) { return item->isEmpty() && !item->spacerItem(); }
}  // namespace

FlowRow::FlowRow(QWidget* parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }

FlowRow::~FlowRow()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowRow::addStretch() { addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum)); }

void FlowRow::addItem(QLayoutItem* item) { m_items << item; }

int FlowRow::count() const { return static_cast<int>(m_items.size()); }

QLayoutItem* FlowRow::itemAt(int index) const { return index >= 0 && index < m_items.size() ? m_items[index] : nullptr; }

QLayoutItem* FlowRow::takeAt(int index) { return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr; }

Qt::Orientations FlowRow::expandingDirections() const { return Qt::Horizontal; }

int FlowRow::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowRow::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}

int FlowRow::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowRow::minimumSize() const
{
    // As narrow as the widest item allows; as high as one line (the height for a given width
    // comes from heightForWidth, as for a label that wraps).
    QSize size;
    for (QLayoutItem* item : m_items)
        if (!takesNoRoom(item))
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

QSize FlowRow::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (QLayoutItem* item : m_items) {
        if (takesNoRoom(item))
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    width += std::max(0, shown - 1) * horizontalGap();
    const QMargins m = contentsMargins();
    return QSize(width, height).grownBy(m);
}

void FlowRow::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowRow::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int room = std::max(0, area.width());
    const int gap = horizontalGap();
    struct Placed {
        QLayoutItem* item;
        int width;
    };
    // Break the items into lines by their preferred widths.
    QList<QList<Placed>> lines;
    int used = 0;
    for (QLayoutItem* item : m_items) {
        if (takesNoRoom(item))
            continue;
        const int width = std::min(item->sizeHint().width(), std::max(room, item->minimumSize().width()));
        if (lines.isEmpty() || (used > 0 && used + gap + width > room)) {
            lines.append(QList<Placed>());
            used = 0;
        }
        used += (used > 0 ? gap : 0) + width;
        lines.back().append({item, width});
    }
    m_lines = static_cast<int>(lines.size());
    int y = area.top();
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QList<Placed>& line = lines[l];
        int height = 0;
        int taken = 0;
        int expanding = 0;
        for (const Placed& p : line) {
            height = std::max(height, p.item->sizeHint().height());
            taken += p.width;
            if (p.item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        taken += gap * static_cast<int>(line.size() - 1);
        if (apply) {
            // The room to spare goes to the items that expand, in equal parts.
            int spare = std::max(0, room - taken);
            int x = area.left();
            for (const Placed& p : line) {
                int width = p.width;
                if (expanding > 0 && (p.item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding--;
                    width += share;
                    spare -= share;
                }
                const int itemHeight = std::min(height, std::max(p.item->sizeHint().height(), p.item->minimumSize().height()));
                p.item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height + (l + 1 < lines.size() ? verticalGap() : 0);
    }
    return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

}  // namespace score
