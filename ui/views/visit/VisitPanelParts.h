#pragma once
// The pieces the panels of the visit view are built from, so that their buttons, tables and
// keys look and behave alike: the view's shortcuts, buttons named for screen readers, a table
// sized to a number of rows, and the Delete key on a list.

#include <QAbstractItemView>
#include <QAction>
#include <QKeySequence>
#include <QString>

class QIcon;
class QPushButton;
class QTableView;
class QToolButton;
class QWidget;

namespace score::visitpanel {

inline const QKeySequence kNewVisit(QStringLiteral("Ctrl+Shift+N"));
inline const QKeySequence kNewFinding(QStringLiteral("Ctrl+Shift+F"));
inline const QKeySequence kAddPhoto(QStringLiteral("Ctrl+Shift+P"));
inline const QKeySequence kAddAction(QStringLiteral("Ctrl+Shift+A"));

// How a key is written in a tooltip on this platform.
QString keys(const QKeySequence& sequence);

// A table tall enough for `rows` rows without scrolling, and no taller.
void fitRows(QTableView* table, int rows);

QPushButton* makeButton(const QIcon& icon, const QString& text, const QString& tip, QWidget* parent);
// A small square button for an action on the selected row; named for screen readers.
QToolButton* makeIconButton(const QIcon& icon, const QString& name, const QString& tip, QWidget* parent);

// The id (in `role`) of the row that is current and selected; empty when none is.
QString selectedId(const QAbstractItemView* view, int role);

// The Delete key on `view` (only while it has the focus) calls `slot` of `receiver`.
template <typename Receiver>
void addDeleteKey(QAbstractItemView* view, const QString& text, Receiver* receiver, void (Receiver::*slot)())
{
    auto* deleteKey = new QAction(text, view);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(deleteKey, &QAction::triggered, receiver, slot);
    view->addAction(deleteKey);
}

}  // namespace score::visitpanel
