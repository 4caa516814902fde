#include "support/WidgetDriving.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

#include <algorithm>

namespace score::test {

namespace {

// "&Save…" → "Save", as a person reads it.
QString readable(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

// The dialogs announced and not yet answered, and what went wrong with them.
struct DialogQueue {
    int awaited = 0;
    QStringList problems;
};
DialogQueue& queue()
{
    static DialogQueue q;
    return q;
}

}  // namespace

QWidget* fieldLabelled(QWidget* root, const QString& label)
{
    const auto labels = root->findChildren<QLabel*>();
    for (QLabel* l : labels)
        if (readable(l->text()) == label && l->buddy() && l->isVisibleTo(root))
            return l->buddy();
    FAIL("no field labelled “" << label.toStdString() << "” in " << root->metaObject()->className());
    return nullptr;
}

QWidget* namedWidget(QWidget* root, const QString& accessibleName)
{
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets)
        if (w->accessibleName() == accessibleName && w->isVisibleTo(root))
            return w;
    FAIL("nothing called “" << accessibleName.toStdString() << "” in " << root->metaObject()->className());
    return nullptr;
}

QAbstractButton* buttonSaying(QWidget* root, const QString& words)
{
    const auto buttons = root->findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons)
        if ((readable(b->text()) == words || b->accessibleName() == words) && b->isVisibleTo(root) && b->isEnabled())
            return b;
    FAIL("no button “" << words.toStdString() << "” to click in " << root->metaObject()->className());
    return nullptr;
}

void typeOver(QWidget* editor, const QString& text)
{
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    else
        QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

void click(QAbstractButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

void chooseIn(QWidget* widget, const QString& words)
{
    auto* combo = qobject_cast<QComboBox*>(widget);
    REQUIRE(combo != nullptr);
    // The item that says exactly that, else the first that begins so, else one containing it
    // ("Man" is not "Woman").
    int wanted = combo->findText(words, Qt::MatchFixedString);
    if (wanted < 0)
        wanted = combo->findText(words, Qt::MatchStartsWith);
    if (wanted < 0)
        wanted = combo->findText(words, Qt::MatchContains);
    INFO("choices: " << [&] {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts.join(QStringLiteral(" | ")).toStdString();
    }());
    REQUIRE(wanted >= 0);
    combo->setFocus(Qt::TabFocusReason);
    // Home, then Down to the item: what a person does in a closed combo with the keyboard.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() != wanted; ++i)
        QTest::keyClick(combo, wanted > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(combo->currentIndex() == wanted);
}

bool saysSomewhere(QWidget* root, const QString& words)
{
    QList<QLabel*> labels = root->findChildren<QLabel*>();
    if (auto* label = qobject_cast<QLabel*>(root))
        labels << label;
    // What a person reads: a rich text label's words, not its markup and entities.
    const auto shown = [](const QLabel* l) {
        const bool rich = l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
        return rich ? QTextDocumentFragment::fromHtml(l->text()).toPlainText() : l->text();
    };
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel* l) { return (l == root || l->isVisibleTo(root)) && shown(l).contains(words); });
}

void showActive(QWidget* w)
{
    w->show();
    QApplication::setActiveWindow(w);
    REQUIRE(QTest::qWaitForWindowActive(w));
}

void whenDialogShows(const QString& what, std::function<void(QWidget* dialog)> steps)
{
    ++queue().awaited;
    const QPointer<QWidget> before = QApplication::activeModalWidget();
    auto* poll = new QTimer;
    const QDeadlineTimer deadline(20000);
    QObject::connect(poll, &QTimer::timeout, [poll, before, deadline, what, steps = std::move(steps)] {
        QWidget* dialog = QApplication::activeModalWidget();
        // A progress dialog of work on a worker thread is not a question to answer.
        const bool shown = dialog != nullptr && dialog != before.data() && dialog->isVisible() && !qobject_cast<QProgressDialog*>(dialog);
        if (!shown) {
            if (deadline.hasExpired()) {
                queue().problems << QStringLiteral("“%1” never showed").arg(what);
                --queue().awaited;
                poll->deleteLater();
                poll->stop();
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        --queue().awaited;
        if (!QTest::qWaitForWindowExposed(dialog))
            queue().problems << QStringLiteral("“%1” showed but was never drawn").arg(what);
        const QPointer<QWidget> guard = dialog;
        try {
            steps(dialog);
        } catch (...) {
            // A failed REQUIRE inside the dialog's own event loop: Catch has recorded it; close
            // the dialog so that exec() returns and the test can stop.
            queue().problems << QStringLiteral("the steps in “%1” failed").arg(what);
            if (guard)
                guard->close();
        }
    });
    poll->start(20);
}

bool dialogsAnswered()
{
    // Wait for dialogs announced but not shown yet (one opened by a timer of the app).
    const QDeadlineTimer deadline(20000);
    while (queue().awaited > 0 && !deadline.hasExpired())
        QTest::qWait(20);
    const QStringList problems = std::exchange(queue().problems, {});
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    return problems.isEmpty() && queue().awaited == 0;
}

Pictures::Pictures(const char* variable, QString prefix) : m_folder(qEnvironmentVariable(variable)), m_prefix(std::move(prefix))
{
    if (!m_folder.isEmpty())
        QDir().mkpath(m_folder);
}

void Pictures::take(QWidget* widget, const QString& name)
{
    ++m_taken;
    if (m_folder.isEmpty())
        return;
    settleEvents();
    const QString file = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3.png").arg(m_prefix).arg(m_taken, 2, 10, QLatin1Char('0')).arg(name));
    CHECK(widget->grab().save(file));
}

void settleEvents(int ms)
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(ms / 3 + 1);
    }
}

}  // namespace score::test
