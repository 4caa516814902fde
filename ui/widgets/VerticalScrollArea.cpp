#include "widgets/VerticalScrollArea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>

#include <algorithm>

namespace score {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Sized here, not by QScrollArea: its resizable mode makes a page with wrapped text as tall
    // as the size hints of everything on it, so a page that could fit scrolled all the same.
    setWidgetResizable(false);
    setWidget(content);
    // The page keeps the window's colour, not the base colour of a list.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    content->installEventFilter(this);
}

int VerticalScrollArea::chromeWidth() const { return 2 * frameWidth() + verticalScrollBar()->sizeHint().width(); }

int VerticalScrollArea::contentMinimumWidth() const
{
    const QWidget* content = widget();
    return std::max(content->minimumSizeHint().width(), content->minimumWidth());
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    if (!widget())
        return QScrollArea::minimumSizeHint();
    // A few lines of the page, whatever its length.
    return {contentMinimumWidth() + chromeWidth(), QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QWidget* content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    const QSize page = content->sizeHint().expandedTo(content->minimumSizeHint());
    return {page.width() + chromeWidth(), page.height() + 2 * frameWidth()};
}

void VerticalScrollArea::fitContent()
{
    QWidget* content = widget();
    if (!content)
        return;
    // As wide as the view (the room of the scroll bar is kept in the minimum width), and as
    // tall as the view, or as the page needs at that width when that is more.
    const int width = std::max(viewport()->width(), contentMinimumWidth());
    int height = std::max(content->minimumSizeHint().height(), content->minimumHeight());
    if (const QLayout* layout = content->layout(); layout && layout->hasHeightForWidth())
        height = std::max(height, layout->totalMinimumHeightForWidth(width));
    content->resize(width, std::max(height, viewport()->height()));
}

void VerticalScrollArea::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    fitContent();
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        // The page changed what it needs: its minimum width is this area's, its height ours to set.
        updateGeometry();
        fitContent();
    }
    return QScrollArea::eventFilter(watched, event);
}

}  // namespace score
