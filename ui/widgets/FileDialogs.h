#pragma once
// Every file dialog of the app opens where the user last went for the same purpose (bundles,
// reports, photos, workspaces, spreadsheets), else in the user's Documents folder — never in
// the process's working directory, which is wherever the app happened to be started from.

#include "settings/AppSettings.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace score {

// The folder a file dialog for `purpose` starts in: the last one used for it while it still
// exists, else Documents (created if missing), else the home folder.
QString startFolder(FilePurpose purpose, const AppSettings& settings);
// Remembers the folder of `chosenPath` (a file) as the start for `purpose` next time.
void rememberFolder(FilePurpose purpose, const QString& chosenPath, AppSettings& settings);

// The dialogs themselves, starting in startFolder() and remembering the choice. Empty when
// the user cancels.
QString chooseFileToOpen(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& filter);
QStringList chooseFilesToOpen(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& filter);
// Proposes `fileName` in the start folder.
QString chooseFileToSave(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& fileName, const QString& filter = {});

}  // namespace score
