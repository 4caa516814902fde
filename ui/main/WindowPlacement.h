#pragma once
// Where the main window opens: where it was closed, but inside the screen it opens on. Qt's
// restoreGeometry() gives up on a geometry saved on a screen more than a quarter wider or
// narrower (the window then came up at whatever size its layout had), and puts one saved on a
// slightly bigger screen back as it was: on a 1024×600 netbook, a window saved at 1280×800
// had its status bar under the panel.

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace score {

// `frame` moved inside `available`, and made smaller only where it cannot fit.
QRect fitInside(QRect frame, const QRect& available);

// Gives `window` the geometry saveGeometry() wrote into `saved`, or the `preferred` size in the
// middle of the screen when there is none or Qt cannot use it, never beyond the screen's
// available geometry (without the panels). Once the window shows, its real frame is checked too.
void placeWindow(QWidget& window, const QByteArray& saved, QSize preferred);

}  // namespace score
