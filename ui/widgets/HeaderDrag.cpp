#include "widgets/HeaderDrag.h"

#include <QEvent>
#include <QHeaderView>

namespace score {

HeaderDrag::HeaderDrag(QHeaderView* header, QObject* parent) : QObject(parent), m_viewport(header->viewport())
{
    m_viewport->installEventFilter(this);
}

bool HeaderDrag::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_mouseDown = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_mouseDown = false;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace score
