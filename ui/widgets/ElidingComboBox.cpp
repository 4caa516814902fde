#include "widgets/ElidingComboBox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

#include <algorithm>

namespace score {

int ElidingComboBox::textRoom() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    int room = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this).width();
    // The style draws the icon inside the edit field, before the text (QCommonStyle's label).
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    return std::max(0, room);
}

QString ElidingComboBox::shownText() const
{
    const QString text = currentText();
    if (isEditable())
        return text;  // the line edit shows it and scrolls
    return fontMetrics().elidedText(text, Qt::ElideRight, textRoom());
}

void ElidingComboBox::paintEvent(QPaintEvent* event)
{
    if (isEditable()) {
        QComboBox::paintEvent(event);
        return;
    }
    // As QComboBox paints itself, with the label's text shortened to the room it has.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidingComboBox::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && shownText() != currentText()) {
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), currentText(), this);
        return true;
    }
    return QComboBox::event(event);
}

}  // namespace score
