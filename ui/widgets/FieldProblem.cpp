#include "widgets/FieldProblem.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace score {

void showFieldProblem(QWidget* field, const QString& problem)
{
    if (problem.isEmpty()) {
        field->setPalette(QPalette());
    } else {
        QPalette p = field->palette();
        p.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
        p.setColor(QPalette::Text, QColor(0xa3, 0x22, 0x14));
        field->setPalette(p);
    }
    field->setToolTip(problem);
    field->setAccessibleDescription(problem);
}

}  // namespace score
