#include "sheet/SheetTable.h"

namespace score {

QString SheetTable::cell(int row, int column) const
{
    if (row < 0 || column < 0 || static_cast<size_t>(row) >= rows.size())
        return {};
    const QStringList& cells = rows[static_cast<size_t>(row)];
    return column < cells.size() ? cells.at(column) : QString();
}

void SheetTable::trim()
{
    for (QStringList& cells : rows)
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
    while (!rows.empty() && rows.back().isEmpty())
        rows.pop_back();
}

}  // namespace score
