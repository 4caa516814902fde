#pragma once
// A widget test on a screen of a given size: the offscreen platform takes its screens from a
// JSON file, and only when the application starts, so the test cases tagged `tag` run again in a
// child process of the same test program on that screen.

#include "support/TestSupport.h"

#include <QProcessEnvironment>
#include <QSize>

namespace score::test {

// Runs this program's test cases tagged `tag` on one offscreen screen of `screen` pixels, with
// `environment` added to this process's; fails unless they pass. Returns what they printed.
QString runOnScreen(const TempDir& dir, QSize screen, const QString& tag, const QProcessEnvironment& environment = {});

}  // namespace score::test
