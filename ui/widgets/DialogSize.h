#pragma once
// A dialog as big as its content asks, within the screen it opens on. Qt opens a dialog at its
// size hint cut to two thirds of the screen, so a long form opened on a 1024×600 laptop showed
// six of its twelve fields in a narrow box although the screen had room for all of them.

class QWidget;

namespace score {

// Resizes `dialog` (once its layout is built) to its size hint, no bigger than the available
// room of the screen of `parent` (or its own), less the room a window's frame and title take.
void sizeDialogToScreen(QWidget& dialog, QWidget* parent);

}  // namespace score
