#pragma once
// The one look of the app's read-only lists shown as tables (enterprises, visits, KPIs, sync).

#include <QString>

class QTableView;
class QWidget;

namespace score {

// A read-only table: whole rows selected, one at a time, alternating colours, no row numbers,
// one line per row. Columns sized to their contents measure a bounded number of rows, so a
// table of 500 enterprises opens as fast as a table of five.
QTableView* makeRecordTable(QWidget* parent, const QString& accessibleName);

}  // namespace score
