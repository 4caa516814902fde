#include "views/visit/VisitPanelParts.h"

#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace score::visitpanel {

QString keys(const QKeySequence& sequence) { return sequence.toString(QKeySequence::NativeText); }

void fitRows(QTableView* table, int rows)
{
    const int height = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * rows
                       + 2 * table->frameWidth() + 2;
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

QPushButton* makeButton(const QIcon& icon, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(icon, text, parent);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

QToolButton* makeIconButton(const QIcon& icon, const QString& name, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(name);
    button->setAccessibleName(name);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const int side = QPushButton(parent).sizeHint().height();
    button->setFixedSize(side, side);
    return button;
}

QString selectedId(const QAbstractItemView* view, int role)
{
    const QModelIndex index = view->selectionModel() ? view->selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() && view->selectionModel()->isSelected(index) ? index.data(role).toString() : QString();
}

}  // namespace score::visitpanel
