#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace score {

QTableView* makeRecordTable(QWidget* parent, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredForWidth);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    return table;
}

}  // namespace score
