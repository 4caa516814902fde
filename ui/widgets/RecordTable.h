#pragma once
// The one look of the app's read-only lists shown as tables (enterprises, visits, KPIs, sync).

#include <QString>

class QTableView;
class QWidget;

namespace score {

// Columns sized to their contents measure this many rows, those on screen first. Qt's default
// of 1,000 cost 100 ms of start-up on a workspace of 500 enterprises; a few screens' worth is
// enough to size a column.
constexpr int kRowsMeasuredForWidth = 60;
// A column sized to its contents grows to at most this many average characters; longer text is
// elided (the user can still widen the column).
constexpr int kMaxFittedCharacters = 40;
// A column of sentences (a finding, an action agreed) in a narrow table keeps at least this many:
// its whole text is in the tooltip, and the short columns beside it (severity, owner, status)
// stay in view instead of behind a sideways scroll.
constexpr int kMinSentenceCharacters = 15;

// A read-only table: whole rows selected, one at a time, alternating colours, no row numbers,
// one line per row. Columns sized to their contents measure a bounded number of rows, so a
// table of 500 enterprises opens as fast as a table of five.
QTableView* makeRecordTable(QWidget* parent, const QString& accessibleName);

}  // namespace score
