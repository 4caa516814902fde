#include "tasks/BackgroundTask.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace score {

namespace {
// The application's cursor says "working" from the first moment, before the dialog shows, and
// until the work is over, however it ends.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::BusyCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};
}  // namespace

Status runInBackground(QWidget* parent, const QString& title, const QString& label,
                       const std::function<Status(const ProgressCallback&)>& work)
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Status result;

    const ProgressCallback progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    QThread* thread = QThread::create([&] { result = work(progress); });

    QProgressDialog dialog(label, QCoreApplication::translate("score::BackgroundTask", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // Qt restarts its show timer only from setValue(minimum): setMinimumDuration() alone
    // left the dialog to Qt's default of 4 s, so work of a few seconds showed nothing at all.
    dialog.setMinimumDuration(400);
    dialog.setValue(0);
    const BusyCursor busy;
    QObject::connect(&dialog, &QProgressDialog::canceled, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("score::BackgroundTask", "Cancelling; undoing what was started…"));
    });

    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const qint64 t = total.load();
        if (t > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(static_cast<int>(std::min<qint64>(1000, done.load() * 1000 / t)));
        }
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    thread->start();
    loop.exec();  // the window-modal dialog keeps other input away while it shows
    poll.stop();
    thread->wait();
    delete thread;
    dialog.close();
    return result;
}

}  // namespace score
