#pragma once
// Progress of long work (import, export, demo, reports): called with the work done so far and
// the total (0 when unknown); returning false asks the work to stop and undo what it did.

#include <QtGlobal>

#include <functional>

namespace score {

using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

}  // namespace score
