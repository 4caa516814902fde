#include "widgets/ColumnFitter.h"

#include "widgets/HeaderDrag.h"
#include "widgets/RecordTable.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>

namespace score {

ColumnFitter* ColumnFitter::install(QTableView* table) { return new ColumnFitter(table); }

ColumnFitter::ColumnFitter(QTableView* table)
    : QObject(table), m_table(table), m_headerDrag(new HeaderDrag(table->horizontalHeader(), this))
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && m_headerDrag->active())
            m_resizedByUser.insert(column);
    });
    if (const QAbstractItemModel* model = m_table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
        // Counts that arrive after the rows (the enterprise list) may be wider than the blanks.
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) { fitColumns(topLeft.column(), bottomRight.column()); });
    }
    fit();
}

void ColumnFitter::fit()
{
    if (const QAbstractItemModel* model = m_table->model())
        fitColumns(0, model->columnCount() - 1);
}

void ColumnFitter::fitColumns(int first, int last)
{
    m_fitting = true;
    for (int column = first; column <= last; ++column) {
        if (!m_resizedByUser.contains(column) && !m_table->isColumnHidden(column))
            m_table->setColumnWidth(column, fittedWidth(column));
    }
    m_fitting = false;
}

int ColumnFitter::fittedWidth(int column) const
{
    const QAbstractItemModel* model = m_table->model();
    const QHeaderView* header = m_table->horizontalHeader();
    const auto* delegate = qobject_cast<const QStyledItemDelegate*>(m_table->itemDelegateForColumn(column));
    // The text margins QStyledItemDelegate draws with, plus the grid line.
    const int margins = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 1;
    const QFontMetrics tableMetrics = m_table->fontMetrics();
    const int cap = tableMetrics.averageCharWidth() * kMaxFittedCharacters;

    int widest = 0;
    const int rows = std::min(model->rowCount(), kRowsMeasuredForWidth);
    for (int row = 0; row < rows && widest < cap; ++row) {
        const QModelIndex index = model->index(row, column);
        const QVariant value = index.data(Qt::DisplayRole);
        if (!value.isValid())
            continue;
        const QString text = delegate ? delegate->displayText(value, m_table->locale()) : value.toString();
        const QVariant font = index.data(Qt::FontRole);
        const int width = font.isValid() ? QFontMetrics(font.value<QFont>()).horizontalAdvance(text) : tableMetrics.horizontalAdvance(text);
        widest = std::max(widest, width);
    }
    return std::max(header->sectionSizeHint(column), std::min(widest, cap) + margins);
}

}  // namespace score
