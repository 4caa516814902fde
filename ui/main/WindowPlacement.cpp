#include "main/WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace score {

namespace {
// A frame not drawn yet: a title bar and thin borders, as window managers commonly draw them.
QMargins expectedFrame(const QWidget& window)
{
    const int border = 4;
    const int title = std::max(30, window.style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, &window));
    return {border, title + border, border, border};
}

QMargins shownFrame(const QWidget& window)
{
    const QRect frame = window.frameGeometry();
    const QRect inside = window.geometry();
    return {inside.left() - frame.left(), inside.top() - frame.top(), frame.right() - inside.right(), frame.bottom() - inside.bottom()};
}

QRect availableFor(const QWidget& window)
{
    const QScreen* screen = QGuiApplication::screenAt(window.geometry().center());
    if (!screen)
        screen = window.screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

bool managedByWindowState(const QWidget& window) { return window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen); }

// Fits the window once it has shown with its real frame, unless something sized it since
// (a screenshot asks for 1280×800 whatever the screen).
class FrameCheck final : public QObject {
public:
    FrameCheck(QWidget& window, const QRect& placed) : QObject(&window), m_window(&window), m_placed(placed)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            m_window->removeEventFilter(this);
            // The frame is known once the window system has placed the window.
            QTimer::singleShot(0, this, [this] {
                if (m_window && !managedByWindowState(*m_window) && m_window->geometry() == m_placed) {
                    const QMargins frame = shownFrame(*m_window);
                    const QRect fitted = fitInside(m_window->geometry().marginsAdded(frame), availableFor(*m_window)).marginsRemoved(frame);
                    if (fitted != m_window->geometry())
                        m_window->setGeometry(fitted);
                }
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    QRect m_placed;
};
}  // namespace

QRect fitInside(QRect frame, const QRect& available)
{
    if (!available.isValid())
        return frame;
    frame.setSize(frame.size().boundedTo(available.size()));
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
    return frame;
}

void placeWindow(QWidget& window, const QByteArray& saved, QSize preferred)
{
    const QMargins frame = expectedFrame(window);
    const bool restored = !saved.isEmpty() && window.restoreGeometry(saved);
    if (!restored) {
        QRect wanted(QPoint(), preferred.grownBy(frame));
        wanted.moveCenter(availableFor(window).center());
        window.setGeometry(wanted.marginsRemoved(frame));
    }
    // A restored geometry comes with the frame it was saved with; only one that does not fit
    // is fitted before the real frame is known.
    const QRect available = availableFor(window);
    if (!managedByWindowState(window) && (!restored || !available.contains(window.geometry())))
        window.setGeometry(fitInside(window.geometry().marginsAdded(frame), available).marginsRemoved(frame));
    new FrameCheck(window, window.geometry());
}

}  // namespace score
