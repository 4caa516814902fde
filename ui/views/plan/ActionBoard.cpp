#include "views/plan/ActionBoard.h"

#include "domain/Labels.h"
#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "widgets/Icons.h"

#include <QDragEnterEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace score {

namespace {
const QColor kOverdue(0xb0, 0x2a, 0x1a);
const QColor kReturned(0xd0, 0x86, 0x1c);  // a returned card's edge
const QColor kReturnedText(0x8a, 0x5a, 0x00);
const QColor kSecondaryText(0x55, 0x5f, 0x6b);

// At most `maxLines` lines of `text` wrapped to `width`, the last one elided.
QString wrapped(const QString& text, const QFont& font, int width, int maxLines)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (i == maxLines - 1)
            lines << fm.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
        else
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(u'\n');
}

struct PriorityColours {
    QColor background;
    QColor text;
};
PriorityColours priorityColours(const QString& priority)
{
    if (priority == u"high")
        return {QColor(0xfb, 0xe3, 0xe0), QColor(0xa3, 0x22, 0x14)};
    if (priority == u"medium")
        return {QColor(0xff, 0xf0, 0xd2), QColor(0x80, 0x52, 0x00)};
    return {QColor(0xe8, 0xec, 0xef), kSecondaryText};
}
}  // namespace

// ---------------------------------------------------------------------------------------------

ActionCardDelegate::ActionCardDelegate(const ActionTableModel* actions, QObject* parent) : QStyledItemDelegate(parent), m_actions(actions)
{
}

QSize ActionCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int line = QFontMetrics(option.font).lineSpacing();
    return {120, 6 + 14 + QFontMetrics(bold).lineSpacing() * 2 + line * 2 + 6};
}

void ActionCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = selected && option.state.testFlag(QStyle::State_Active);
    const bool overdue = index.data(ActionTableModel::OverdueRole).toBool();
    const bool returned = index.data(ActionTableModel::ApprovalRole).toString() == u"returned";
    const QString priority = index.data(ActionTableModel::PriorityRole).toString();

    const QRectF card = QRectF(option.rect).adjusted(6.5, 3.5, -6.5, -3.5);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    const QColor base = option.palette.color(QPalette::Base);
    QColor fill = base.lightness() > 128 ? QColor(Qt::white) : base.lighter(140);
    const QColor highlight = option.palette.color(QPalette::Highlight);
    if (selected) {
        const qreal f = focused ? 0.14 : 0.08;
        fill = QColor::fromRgbF(fill.redF() * (1 - f) + highlight.redF() * f, fill.greenF() * (1 - f) + highlight.greenF() * f,
                                fill.blueF() * (1 - f) + highlight.blueF() * f);
    }
    painter->fillPath(shape, fill);
    if (overdue || returned) {  // an edge of colour: red for overdue, else amber for returned
        painter->save();
        painter->setClipPath(shape);
        painter->fillRect(QRectF(card.left(), card.top(), 4, card.height()), overdue ? kOverdue : kReturned);
        painter->restore();
    }
    painter->setPen(QPen(selected ? highlight : QColor(0xc9, 0xcf, 0xd6), selected ? 2.0 : 1.0));
    painter->drawPath(shape);

    const QRect text = card.toRect().adjusted(12, 7, -8, -7);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics bfm(bold);
    const QColor textColour = option.palette.color(QPalette::Text);

    // Title: two lines at most.
    painter->setFont(bold);
    painter->setPen(textColour);
    const QRect titleRect(text.left(), text.top(), text.width(), bfm.lineSpacing() * 2);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, wrapped(index.data(Qt::DisplayRole).toString(), bold, text.width(), 2));

    // Owner (and enterprise, when the board shows every enterprise), and a returned action's
    // mark at the end of the line, in the colours of the manager's review.
    painter->setFont(option.font);
    int ownerWidth = text.width();
    if (returned) {
        const QString mark = valueLabel(u"approval", u"returned");
        const int iconSize = fm.height() - 4;
        const int markWidth = iconSize + 4 + fm.horizontalAdvance(mark) + 12;
        const QRectF chip(text.right() - markWidth + 1, titleRect.bottom() + 2, markWidth, fm.lineSpacing() - 2);
        QPainterPath chipShape;
        chipShape.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->fillPath(chipShape, returnedColour());
        const QRectF iconRect(chip.left() + 6, chip.center().y() - iconSize / 2.0, iconSize, iconSize);
        appIcon("return").paint(painter, iconRect.toRect());
        painter->setPen(kReturnedText);
        painter->drawText(chip.adjusted(6 + iconSize + 4, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, mark);
        ownerWidth -= markWidth + 6;
    }
    painter->setPen(kSecondaryText);
    QString who = index.siblingAtColumn(ActionTableModel::Owner).data().toString();
    if (m_actions && m_actions->allEnterprises()) {
        const QString enterprise = index.siblingAtColumn(ActionTableModel::Enterprise).data().toString();
        who = who.isEmpty() ? enterprise : tr("%1 · %2").arg(who, enterprise);
    }
    if (who.isEmpty())
        who = tr("No owner");
    const QRect ownerRect(text.left(), titleRect.bottom() + 1, text.width(), fm.lineSpacing());
    painter->drawText(QRect(ownerRect.topLeft(), QSize(ownerWidth, ownerRect.height())), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(who, Qt::ElideRight, ownerWidth));

    // Due date with the overdue mark, and the priority as a chip on the right.
    const QRect lastRect(text.left(), ownerRect.bottom() + 1, text.width(), fm.lineSpacing());
    const QString priorityText = valueLabel(u"priority", priority);
    const int chipWidth = fm.horizontalAdvance(priorityText) + 12;
    const QRectF chip(lastRect.right() - chipWidth + 1, lastRect.top() + 1, chipWidth, lastRect.height() - 2);
    const PriorityColours colours = priorityColours(priority);
    QPainterPath chipShape;
    chipShape.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->fillPath(chipShape, colours.background);
    painter->setPen(colours.text);
    painter->drawText(chip, Qt::AlignCenter, priorityText);

    const QString due = index.siblingAtColumn(ActionTableModel::Due).data().toString();
    const int dueWidth = lastRect.width() - chipWidth - 6;
    if (overdue) {
        painter->setFont(bold);
        painter->setPen(kOverdue);
        painter->drawText(QRect(lastRect.left(), lastRect.top(), dueWidth, lastRect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          bfm.elidedText(tr("Overdue · %1").arg(due), Qt::ElideRight, dueWidth));
    } else {
        painter->setPen(kSecondaryText);
        painter->drawText(QRect(lastRect.left(), lastRect.top(), dueWidth, lastRect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(due.isEmpty() ? tr("No due date") : tr("Due %1").arg(due), Qt::ElideRight, dueWidth));
    }
    painter->restore();
}

// ---------------------------------------------------------------------------------------------

ActionBoardColumn::ActionBoardColumn(QString status, QWidget* parent) : QListView(parent), m_status(std::move(status))
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDropHighlight(false);
}

void ActionBoardColumn::setDropHighlight(bool on)
{
    QPalette p = palette();
    p.setColor(QPalette::Base, on ? QColor(0xdc, 0xe8, 0xf4) : QColor(0xee, 0xf1, 0xf4));
    setPalette(p);
}

void ActionBoardColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(ActionTableModel::mimeType()) && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setDropHighlight(true);
        return;
    }
    event->ignore();
}

void ActionBoardColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(ActionTableModel::mimeType()) && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        return;
    }
    event->ignore();
}

void ActionBoardColumn::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QListView::dragLeaveEvent(event);
}

void ActionBoardColumn::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    if (!event->mimeData()->hasFormat(ActionTableModel::mimeType()) || event->source() == this) {
        event->ignore();
        return;
    }
    const QStringList ids = QString::fromUtf8(event->mimeData()->data(ActionTableModel::mimeType())).split(u'\n', Qt::SkipEmptyParts);
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // Change the data after the drag has finished in the source column.
    QTimer::singleShot(0, this, [this, ids] { emit cardsDropped(ids, m_status); });
}

void ActionBoardColumn::keyPressEvent(QKeyEvent* event)
{
    const bool left = event->key() == Qt::Key_Left;
    const bool right = event->key() == Qt::Key_Right;
    if (left || right) {
        const int step = left ? -1 : 1;
        if (event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
            emit moveRequested(step);
        else if (event->modifiers() == Qt::NoModifier)
            emit focusNeighbour(step);
        else
            QListView::keyPressEvent(event);
        return;
    }
    QListView::keyPressEvent(event);
}

void ActionBoardColumn::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    // An empty column says so, and that cards can be dropped on it.
    QPainter p(viewport());
    p.setPen(kSecondaryText);
    p.drawText(viewport()->rect().adjusted(8, 16, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               tr("No actions.\nDrop a card here to move it."));
}

// ---------------------------------------------------------------------------------------------

const QStringList& ActionBoard::statuses()
{
    static const QStringList s = {QStringLiteral("proposed"), QStringLiteral("approved"), QStringLiteral("in_progress"),
                                  QStringLiteral("done"), QStringLiteral("dropped")};
    return s;
}

ActionBoard::ActionBoard(ActionTableModel* actions, QWidget* parent) : QWidget(parent), m_actions(actions)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* delegate = new ActionCardDelegate(actions, this);
    for (int c = 0; c < kColumns; ++c) {
        const QString status = statuses()[c];
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        // Room for a few words of a card's title; a narrow view scrolls the board sideways.
        frame->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
        auto* column = new QVBoxLayout(frame);
        column->setContentsMargins(1, 4, 1, 1);
        column->setSpacing(2);
        auto* heading = new QLabel(frame);
        heading->setContentsMargins(8, 2, 8, 2);
        heading->setTextFormat(Qt::RichText);
        // Five columns share a small laptop's screen with the detail: a long status wraps.
        heading->setWordWrap(true);
        auto* model = new ActionFilterModel(this);
        model->setSourceModel(actions);
        model->setColumnStatus(status);
        model->sort(ActionTableModel::Due, Qt::AscendingOrder);
        auto* view = new ActionBoardColumn(status, frame);
        view->setModel(model);
        view->setItemDelegate(delegate);
        view->setModelColumn(ActionTableModel::Title);
        heading->setBuddy(view);
        column->addWidget(heading);
        column->addWidget(view, 1);
        layout->addWidget(frame, 1);
        m_models[static_cast<size_t>(c)] = model;
        m_views[static_cast<size_t>(c)] = view;
        m_headings[static_cast<size_t>(c)] = heading;

        connect(model, &QAbstractItemModel::layoutChanged, this, [this, c] { updateHeading(c); });
        connect(model, &QAbstractItemModel::modelReset, this, [this, c] { updateHeading(c); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this, c] { updateHeading(c); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this, c] { updateHeading(c); });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, c](const QModelIndex& current) { onCurrentChanged(c, current); });
        connect(view, &QListView::activated, this,
                [this](const QModelIndex& index) { emit activated(index.data(ActionTableModel::IdRole).toString()); });
        connect(view, &ActionBoardColumn::cardsDropped, this, [this](const QStringList& ids, const QString& to) {
            for (const QString& id : ids)
                emit moveRequested(id, to);
        });
        connect(view, &ActionBoardColumn::moveRequested, this, [this, c](int step) {
            const int target = c + step;
            const QString id = currentAction();
            if (target < 0 || target >= kColumns || id.isEmpty())
                return;
            emit moveRequested(id, statuses()[target]);
            // Keep the moved card selected and focused in its new column.
            setCurrentAction(id);
        });
        connect(view, &ActionBoardColumn::focusNeighbour, this, [this, c](int step) {
            const int target = c + step;
            if (target < 0 || target >= kColumns)
                return;
            ActionBoardColumn* next = m_views[static_cast<size_t>(target)];
            next->setFocus(Qt::OtherFocusReason);
            if (!next->currentIndex().isValid() && next->model()->rowCount() > 0)
                next->setCurrentIndex(next->model()->index(0, ActionTableModel::Title));
            else if (next->currentIndex().isValid())
                onCurrentChanged(target, next->currentIndex());
        });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid())
                return;
            view->setCurrentIndex(index);
            emit contextMenuRequested(index.data(ActionTableModel::IdRole).toString(), view->viewport()->mapToGlobal(pos));
        });
        updateHeading(c);
    }
    for (int c = 0; c + 1 < kColumns; ++c)
        setTabOrder(m_views[static_cast<size_t>(c)], m_views[static_cast<size_t>(c + 1)]);
}

int ActionBoard::columnOf(const QString& status) const { return static_cast<int>(statuses().indexOf(status)); }

void ActionBoard::setSearchText(const QString& text)
{
    for (ActionFilterModel* m : m_models)
        m->setSearchText(text);
}

void ActionBoard::setModuleFilter(const QString& moduleCode)
{
    for (ActionFilterModel* m : m_models)
        m->setModuleFilter(moduleCode);
}

void ActionBoard::setStatusFilter(const QString& status)
{
    for (ActionFilterModel* m : m_models)
        m->setStatusFilter(status);
}

void ActionBoard::updateHeading(int column)
{
    const QString status = statuses()[column];
    const int count = m_models[static_cast<size_t>(column)]->rowCount();
    m_headings[static_cast<size_t>(column)]->setText(
        tr("<b>%1</b>&nbsp;&nbsp;<span style=\"color:#6b7580\">%2</span>").arg(valueLabel(u"status", status).toHtmlEscaped()).arg(count));
    m_views[static_cast<size_t>(column)]->setAccessibleName(tr("%1 actions (%2)").arg(valueLabel(u"status", status)).arg(count));
}

QString ActionBoard::currentAction() const
{
    for (ActionBoardColumn* v : m_views)
        if (v->selectionModel()->hasSelection() && v->currentIndex().isValid())
            return v->currentIndex().data(ActionTableModel::IdRole).toString();
    return {};
}

void ActionBoard::setCurrentAction(const QString& id)
{
    const int row = m_actions->rowOf(id);
    const int column = row >= 0 ? columnOf(m_actions->action(row).status) : -1;
    m_syncing = true;
    for (int c = 0; c < kColumns; ++c) {
        ActionBoardColumn* view = m_views[static_cast<size_t>(c)];
        if (c != column) {
            view->selectionModel()->clear();
            continue;
        }
        const int proxyRow = m_models[static_cast<size_t>(c)]->proxyRowOf(id);
        if (proxyRow < 0) {
            view->selectionModel()->clear();
            continue;
        }
        const QModelIndex index = m_models[static_cast<size_t>(c)]->index(proxyRow, ActionTableModel::Title);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(index);
        if (hasFocus() || isAncestorOf(QWidget::focusWidget()))
            view->setFocus(Qt::OtherFocusReason);
    }
    m_syncing = false;
}

void ActionBoard::onCurrentChanged(int column, const QModelIndex& current)
{
    if (m_syncing || !current.isValid())
        return;
    m_syncing = true;
    for (int c = 0; c < kColumns; ++c)
        if (c != column)
            m_views[static_cast<size_t>(c)]->selectionModel()->clear();
    m_views[static_cast<size_t>(column)]->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    emit currentActionChanged(current.data(ActionTableModel::IdRole).toString());
}

}  // namespace score
