#include "widgets/FillColumn.h"

#include "widgets/HeaderDrag.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace score {

FillColumn* FillColumn::install(QTableView* table, int column, int maxCharacters) { return new FillColumn(table, column, maxCharacters); }

FillColumn::FillColumn(QTableView* table, int column, int maxCharacters)
    : QObject(table), m_table(table), m_viewport(table->viewport()), m_headerDrag(new HeaderDrag(table->horizontalHeader(), this)),
      m_column(column), m_maxCharacters(maxCharacters)
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(m_column, QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (m_filling)
            return;
        if (logicalIndex == m_column && m_headerDrag->active()) {
            m_resizedByUser = true;
            return;
        }
        fill();
    });
    if (const QAbstractItemModel* model = m_table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &FillColumn::contentsChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FillColumn::contentsChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FillColumn::contentsChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FillColumn::contentsChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            if (topLeft.column() <= m_column && m_column <= bottomRight.column())
                contentsChanged();
        });
    }
    m_viewport->installEventFilter(this);
    fill();
}

int FillColumn::contentWidth() const
{
    if (m_contentWidth < 0) {
        const int cap = m_table->fontMetrics().averageCharWidth() * m_maxCharacters;
        // Public in QAbstractItemView (QTableView re-declares it protected): measures the
        // header's resizeContentsPrecision() rows, those on screen first.
        const QAbstractItemView* view = m_table;
        const int cells = std::min(view->sizeHintForColumn(m_column), cap);
        m_contentWidth = std::max(cells, m_table->horizontalHeader()->sectionSizeHint(m_column));
    }
    return m_contentWidth;
}

bool FillColumn::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport still gets events (Destroy) while the table is being torn down, when calling
    // into the table is undefined: compare with the pointer kept, and act on resizes only.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fill();
    return QObject::eventFilter(watched, event);
}

void FillColumn::contentsChanged()
{
    m_contentWidth = -1;
    fill();
}

void FillColumn::fill()
{
    if (m_resizedByUser || m_table->isColumnHidden(m_column))
        return;
    const QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != m_column && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    const int width = std::max(contentWidth(), m_table->viewport()->width() - others);
    if (header->sectionSize(m_column) == width)
        return;
    m_filling = true;
    m_table->setColumnWidth(m_column, width);
    m_filling = false;
}

}  // namespace score
