#pragma once
// Sizes a long table's columns to their contents without the cost of Qt's ResizeToContents.
//
// ResizeToContents asks the delegate for the size of every measured cell on every layout pass
// (a style layout per cell, tens of microseconds): for the 500-enterprise list that was 25 ms
// of start-up, paid again after each edit. The fitter measures the display text of the first
// rows with font metrics once per model reset (and again for columns whose data changed), and
// leaves the columns interactive: a column the user drags to a width keeps it from then on.

#include <QObject>
#include <QSet>

class QTableView;

namespace score {

class HeaderDrag;

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    // Fits `table`'s columns now and after each reset of its model (set the model first).
    static ColumnFitter* install(QTableView* table);

    void fit();
    // The width `fit` gives a column: its header or its widest measured cell, whichever is wider.
    int fittedWidth(int column) const;

private:
    explicit ColumnFitter(QTableView* table);
    void fitColumns(int first, int last);

    QTableView* m_table;
    HeaderDrag* m_headerDrag;
    bool m_fitting = false;
    QSet<int> m_resizedByUser;
};

}  // namespace score
