#pragma once
// Long work (import, export, reports, demo) off the GUI thread: a busy cursor at once, then
// (after 400 ms) a window-modal progress dialog that can be cancelled, while the window keeps
// repainting. Until the dialog shows the window takes input, so a caller disables whatever
// would start the work again. The work opens its own connection to the workspace file (SQLite
// connections are not shared between threads) and must undo itself when cancelled; all core
// work here does (one transaction, rolled back).

#include "util/ProgressCallback.h"
#include "util/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace score {

// Runs `work` on a worker thread and waits, showing progress; returns what `work` returned.
// `work` receives a progress callback that returns false once the user cancelled.
Status runInBackground(QWidget* parent, const QString& title, const QString& label,
                       const std::function<Status(const ProgressCallback&)>& work);

}  // namespace score
