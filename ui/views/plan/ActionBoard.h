#pragma once
// The plan as a board: one column per status (proposed, approved, in progress, done, dropped),
// each a list of cards (title, owner, due date, overdue mark, priority, the mark of an action
// the manager returned) over its own filter of the same actions model. A card moves to another
// status by drag and drop or, from the keyboard, with Ctrl+Shift+Left/Right; Left and Right move
// between columns.

#include <QListView>
#include <QStyledItemDelegate>
#include <QWidget>

#include <array>

class QLabel;

namespace score {

class ActionFilterModel;
class ActionTableModel;

// Paints an action as a card.
class ActionCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ActionCardDelegate(const ActionTableModel* actions, QObject* parent = nullptr);
    // The colour of the mark on a returned action's card (its chip), as the review's box.
    static QColor returnedColour() { return {0xff, 0xe7, 0xc2}; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const ActionTableModel* m_actions;
};

// One status column: a list that accepts cards dropped from the other columns.
class ActionBoardColumn final : public QListView {
    Q_OBJECT

public:
    ActionBoardColumn(QString status, QWidget* parent = nullptr);
    const QString& status() const { return m_status; }

signals:
    void cardsDropped(const QStringList& ids, const QString& status);
    // Ctrl+Shift+Left/Right on the current card (-1, +1); Left/Right without modifiers (focus).
    void moveRequested(int step);
    void focusNeighbour(int step);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void setDropHighlight(bool on);
    QString m_status;
};

class ActionBoard final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kColumns = 5;
    // The statuses in board order.
    static const QStringList& statuses();

    explicit ActionBoard(ActionTableModel* actions, QWidget* parent = nullptr);

    void setSearchText(const QString& text);
    void setModuleFilter(const QString& moduleCode);
    void setStatusFilter(const QString& status);

    QString currentAction() const;
    void setCurrentAction(const QString& id);
    ActionFilterModel* columnModel(int column) const { return m_models[static_cast<size_t>(column)]; }
    ActionBoardColumn* columnView(int column) const { return m_views[static_cast<size_t>(column)]; }
    int columnOf(const QString& status) const;

signals:
    void currentActionChanged(const QString& id);
    void activated(const QString& id);
    // The user asked for the action to take this status (drop or keyboard).
    void moveRequested(const QString& id, const QString& status);
    void contextMenuRequested(const QString& id, const QPoint& globalPos);

private:
    void updateHeading(int column);
    void onCurrentChanged(int column, const QModelIndex& current);

    ActionTableModel* m_actions;
    std::array<ActionFilterModel*, kColumns> m_models{};
    std::array<ActionBoardColumn*, kColumns> m_views{};
    std::array<QLabel*, kColumns> m_headings{};
    bool m_syncing = false;
};

}  // namespace score
