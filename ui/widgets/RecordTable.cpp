#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace score {

namespace {
// Qt measures up to 1,000 rows per column by default: 100 ms of start-up on a large workspace.
// The rows on screen come first; a few screens' worth is enough to size a column.
constexpr int kRowsMeasuredForWidth = 60;
}  // namespace

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
