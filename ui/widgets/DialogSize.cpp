#include "widgets/DialogSize.h"

#include <QScreen>
#include <QWidget>

namespace score {

namespace {
// A title bar and borders, as on Windows at 100 % and GNOME (ImportPreviewDialog uses the same).
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
}  // namespace

void sizeDialogToScreen(QWidget& dialog, QWidget* parent)
{
    QSize wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint());
    if (const QScreen* shown = parent ? parent->screen() : dialog.screen()) {
        const QSize room = shown->availableGeometry().size() - QSize(kFrameWidth, kFrameHeight);
        wanted = wanted.boundedTo(room).expandedTo(dialog.minimumSize());
    }
    dialog.resize(wanted);
}

}  // namespace score
