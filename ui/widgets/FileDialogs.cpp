#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace score {

QString startFolder(FilePurpose purpose, const AppSettings& settings)
{
    // Qt's dialog, given a folder that does not exist, opens in the working directory: a
    // remembered folder may have gone (a USB stick), and a new account may have no Documents.
    const QString last = settings.lastFolder(purpose);
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return QDir::cleanPath(last);
    const QString documents = AppSettings::documentsFolder();
    if (QDir().mkpath(documents) && QFileInfo(documents).isDir())
        return QDir::cleanPath(documents);
    return QDir::homePath();
}

void rememberFolder(FilePurpose purpose, const QString& chosenPath, AppSettings& settings)
{
    if (!chosenPath.isEmpty())
        settings.setLastFolder(purpose, QFileInfo(chosenPath).absolutePath());
}

QString chooseFileToOpen(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& filter)
{
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(purpose, settings), filter);
    rememberFolder(purpose, path, settings);
    return path;
}

QStringList chooseFilesToOpen(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& filter)
{
    AppSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, startFolder(purpose, settings), filter);
    if (!paths.isEmpty())
        rememberFolder(purpose, paths.back(), settings);
    return paths;
}

QString chooseFileToSave(QWidget* parent, FilePurpose purpose, const QString& caption, const QString& fileName, const QString& filter)
{
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(parent, caption, QDir(startFolder(purpose, settings)).filePath(fileName), filter);
    rememberFolder(purpose, path, settings);
    return path;
}

}  // namespace score
