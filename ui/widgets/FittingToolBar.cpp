#include "widgets/FittingToolBar.h"

#include <QActionEvent>
#include <QResizeEvent>

namespace score {

FittingToolBar::FittingToolBar(const QString& title, QWidget* parent) : QToolBar(title, parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

QAction* FittingToolBar::addOptionalWidget(QWidget* widget)
{
    QAction* action = addWidget(widget);
    m_optional << action;
    m_measured = false;
    return action;
}

void FittingToolBar::apply(bool words, bool optional)
{
    m_applying = true;
    setToolButtonStyle(words ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    for (QAction* action : std::as_const(m_optional))
        action->setVisible(optional);
    m_applying = false;
}

void FittingToolBar::measure()
{
    // The widths of the arrangements, measured as the bar lays them out; the bar goes back to
    // the one it had, and fit() chooses from these numbers only, so that a resize never
    // measures again.
    const bool words = showsWords();
    const bool optional = m_optional.isEmpty() || m_optional.front()->isVisible();
    apply(true, true);
    m_full = sizeHint().width();
    apply(true, false);
    m_withoutOptional = sizeHint().width();
    apply(false, true);
    m_iconsWithOptional = sizeHint().width();
    apply(words, optional);
    m_measured = true;
}

void FittingToolBar::fit(int width)
{
    if (!m_measured)
        measure();
    if (width >= m_full)
        apply(true, true);
    else if (width >= m_withoutOptional)
        apply(true, false);
    else
        apply(false, width >= m_iconsWithOptional);
}

void FittingToolBar::resizeEvent(QResizeEvent* event)
{
    QToolBar::resizeEvent(event);
    if (orientation() == Qt::Horizontal)
        fit(event->size().width());
}

void FittingToolBar::changeEvent(QEvent* event)
{
    QToolBar::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        m_measured = false;
        if (isVisible())
            fit(width());
        break;
    default: break;
    }
}

void FittingToolBar::actionEvent(QActionEvent* event)
{
    QToolBar::actionEvent(event);
    // Showing and hiding the optional widgets changes actions too; that is no new content.
    if (!m_applying)
        m_measured = false;
}

}  // namespace score
