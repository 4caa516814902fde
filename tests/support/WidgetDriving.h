#pragma once
// Playing a person at the keyboard and the mouse of real widgets: finding a field by the label
// or the accessible name a person reads, typing over it, clicking a button by its words, and
// answering the modal dialogs an action opens (QDialog::exec() runs its own event loop, so what
// to do in a dialog is said before the click that opens it).

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractButton;
class QWidget;

namespace score::test {

// The editor a form's label names ("&Due date:" → "Due date"); fails the test when none.
QWidget* fieldLabelled(QWidget* root, const QString& label);
// The visible widget of type T called `name` for assistive technology; fails when none.
QWidget* namedWidget(QWidget* root, const QString& accessibleName);
template <class T>
T* named(QWidget* root, const QString& accessibleName)
{
    return qobject_cast<T*>(namedWidget(root, accessibleName));
}
// The visible, enabled button whose words (without the & of its shortcut, nor its "…") are
// `words`; fails when none.
QAbstractButton* buttonSaying(QWidget* root, const QString& words);

// Selects everything in the field, types `text` over it and leaves it with Tab.
void typeOver(QWidget* editor, const QString& text);
// Clicks `button` with the mouse where a person would, in its middle.
void click(QAbstractButton* button);
// Chooses the item of a combo box whose text contains `words`, with the keyboard: the first
// letters typed, then arrows until it shows. Fails when no item says it.
void chooseIn(QWidget* combo, const QString& words);
// A sentence shown under `root` that contains `words`.
bool saysSomewhere(QWidget* root, const QString& words);
// Shows a top-level widget and waits until it is the active window.
void showActive(QWidget* window);

// What to do with the next modal dialog to show: `steps` run once a modal widget other than
// the one active now is shown, within 20 s. They may say what to do with a dialog they open in
// turn. A failure inside them closes the dialog (so the test goes on instead of hanging) and is
// kept for dialogsAnswered().
void whenDialogShows(const QString& what, std::function<void(QWidget* dialog)> steps);
// True when every dialog announced has shown and its steps ran without failing; otherwise the
// test fails with what was awaited or what failed.
bool dialogsAnswered();

// Pictures for a person to look at, kept when the environment variable `variable` names a
// folder: "<prefix>-NN-<name>.png" in the order taken.
class Pictures {
public:
    Pictures(const char* variable, QString prefix);
    void take(QWidget* widget, const QString& name);
    bool kept() const { return !m_folder.isEmpty(); }

private:
    QString m_folder;
    QString m_prefix;
    int m_taken = 0;
};

// Waits for queued events and deferred layouts to settle.
void settleEvents(int ms = 50);

}  // namespace score::test
