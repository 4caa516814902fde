#pragma once
// Lets one column of a table take the width the other columns leave, as QHeaderView::Stretch
// does, but never less than its own contents (up to a cap of average characters,
// kMaxFittedCharacters unless told otherwise).
// With Stretch, long translated headers of the other columns squeezed the team's names to
// "Vũ ..." and the modules to "Hợ...": a column that shows what a row is about should rather
// keep its text and let the table scroll sideways.

#include "widgets/RecordTable.h"

#include <QObject>

class QTableView;
class QWidget;

namespace score {

class HeaderDrag;

class FillColumn : public QObject {
    Q_OBJECT
public:
    // Manages `column` of `table` (set the model first). A width the user drags it to is kept.
    // The column is never narrower than its contents up to `maxCharacters` average characters.
    static FillColumn* install(QTableView* table, int column, int maxCharacters = kMaxFittedCharacters);

    // The narrowest the column gets: its header or its widest measured cell, up to the cap.
    int contentWidth() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FillColumn(QTableView* table, int column, int maxCharacters);
    void contentsChanged();
    void fill();

    QTableView* m_table;
    QWidget* m_viewport;
    HeaderDrag* m_headerDrag;
    int m_column;
    int m_maxCharacters;
    mutable int m_contentWidth = -1;  // measured lazily, after the model changes
    bool m_filling = false;
    bool m_resizedByUser = false;
};

}  // namespace score
