#include "widgets/PhotoViewer.h"

#include "models/AttachmentListModel.h"
#include "storage/BlobStore.h"
#include "widgets/FileDialogs.h"
#include "widgets/Icons.h"
#include "widgets/Thumbnails.h"

#include <QAbstractItemModel>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace score {

PhotoViewer::PhotoViewer(WorkspaceSession& session, QAbstractItemModel* model, int row, QWidget* parent)
    : QDialog(parent), m_session(&session), m_model(model), m_view(new QLabel(this)), m_caption(new QLineEdit(this)),
      m_about(new QLabel(this)), m_position(new QLabel(this)), m_previous(new QPushButton(tr("Previous"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_open(new QPushButton(tr("Open in another application"), this))
{
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(320, 240);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_view->setStyleSheet(QStringLiteral("background: #202326; border-radius: 3px;"));
    m_view->setAccessibleName(tr("Photo"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("Caption: what the photo shows"));
    m_caption->setMaxLength(2000);
    m_about->setEnabled(false);
    m_about->setWordWrap(true);
    m_previous->setToolTip(tr("Previous photo (Left)"));
    m_next->setToolTip(tr("Next photo (Right)"));
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    m_open->setAutoDefault(false);
    auto* save = new QPushButton(tr("Save a copy…"), this);
    save->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);

    auto* captionRow = new QHBoxLayout;
    auto* captionLabel = new QLabel(tr("&Caption"), this);
    captionLabel->setBuddy(m_caption);
    captionRow->addWidget(captionLabel);
    captionRow->addWidget(m_caption, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_position);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(save);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(captionRow);
    layout->addWidget(m_about);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] { showRow(currentRow() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showRow(currentRow() + 1); });
    connect(m_caption, &QLineEdit::editingFinished, this, &PhotoViewer::saveCaption);
    connect(save, &QPushButton::clicked, this, &PhotoViewer::saveCopy);
    connect(m_open, &QPushButton::clicked, this, &PhotoViewer::openExternally);
    connect(close, &QPushButton::clicked, this, &PhotoViewer::reject);
    // The list changed under us (undo, a sync): show what is there now, or close.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() == 0) {
            reject();
            return;
        }
        const QModelIndexList same = m_model->match(m_model->index(0, 0), AttachmentListModel::IdRole, m_id, 1, Qt::MatchExactly);
        showRow(same.isEmpty() ? 0 : same.front().row());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_caption->hasFocus() && m_index.isValid())
            m_caption->setText(m_index.data(Qt::EditRole).toString());
    });

    if (parent)
        resize(parent->window()->size() * 0.8);
    else
        resize(960, 720);
    showRow(row);
    m_view->setFocus();
}

void PhotoViewer::showRow(int row)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    if (m_caption->hasFocus())
        saveCaption();
    row = std::clamp(row, 0, count - 1);
    m_index = m_model->index(row, 0);
    m_id = m_index.data(AttachmentListModel::IdRole).toString();
    const QString mime = m_index.data(AttachmentListModel::MimeTypeRole).toString();
    const QString fileName = m_index.data(AttachmentListModel::FileNameRole).toString();
    m_picture = isPictureType(mime) ? decodePicture(content()) : QImage();
    m_open->setVisible(!isPictureType(mime));
    m_caption->setText(m_index.data(Qt::EditRole).toString());
    const QString owner = m_index.data(AttachmentListModel::OwnerKindRole).toString() == u"visit"
                              ? tr("of the visit")
                              : tr("of the finding “%1”").arg(m_index.data(AttachmentListModel::OwnerLabelRole).toString());
    m_about->setText(tr("%1, %2 · Left and Right show the other photos.").arg(fileName, owner));
    m_position->setText(tr("%1 of %2").arg(row + 1).arg(count));
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row + 1 < count);
    setWindowTitle(tr("Photo — %1").arg(m_index.data(Qt::DisplayRole).toString()));
    showPicture();
}

QByteArray PhotoViewer::content() const
{
    auto data = BlobStore(m_session->workspace()).get(m_index.data(AttachmentListModel::Sha256Role).toString());
    return data ? *data : QByteArray();
}

void PhotoViewer::showPicture()
{
    if (m_picture.isNull()) {
        const QString mime = m_index.data(AttachmentListModel::MimeTypeRole).toString();
        m_view->setPixmap(appIcon(isPictureType(mime) ? "warning" : "document").pixmap(128, 128));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize room = m_view->size() * ratio;
    QImage shown = m_picture;
    if (m_picture.width() > room.width() || m_picture.height() > room.height())
        shown = m_picture.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(shown);
    pixmap.setDevicePixelRatio(ratio);
    m_view->setPixmap(pixmap);
}

void PhotoViewer::saveCaption()
{
    if (!m_index.isValid() || m_caption->text().trimmed() == m_index.data(Qt::EditRole).toString())
        return;
    // The model makes the undoable edit and reports a refusal.
    if (!m_model->setData(m_index, m_caption->text(), Qt::EditRole))
        m_caption->setText(m_index.data(Qt::EditRole).toString());
}

void PhotoViewer::saveCopy()
{
    const QString name = m_index.data(AttachmentListModel::FileNameRole).toString();
    const QString path = chooseFileToSave(this, FilePurpose::Photos, tr("Save a copy"), name);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray data = content();
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        QMessageBox::warning(this, tr("Save a copy"), tr("%1 could not be written (%2).").arg(path, file.errorString()));
}

void PhotoViewer::openExternally()
{
    // A copy in the temporary folder: the workspace keeps the original.
    const QString name = m_index.data(AttachmentListModel::FileNameRole).toString();
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    dir.mkpath(QStringLiteral("score-desk"));
    dir.cd(QStringLiteral("score-desk"));
    const QString path = dir.filePath(name.isEmpty() ? m_index.data(AttachmentListModel::Sha256Role).toString() : name);
    QFile file(path);
    const QByteArray data = content();
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        QMessageBox::warning(this, windowTitle(), tr("The document could not be prepared for opening (%1).").arg(file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(this, windowTitle(), tr("No application on this computer opens %1.").arg(name));
}

void PhotoViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    showPicture();
}

void PhotoViewer::keyPressEvent(QKeyEvent* event)
{
    if (!m_caption->hasFocus()) {
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp) {
            showRow(currentRow() - 1);
            return;
        }
        if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown) {
            showRow(currentRow() + 1);
            return;
        }
    }
    if (m_caption->hasFocus() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        saveCaption();
        m_view->setFocus();
        return;
    }
    QDialog::keyPressEvent(event);
}

void PhotoViewer::done(int result)
{
    // Escape or Close while typing a caption keeps it.
    if (m_caption->hasFocus())
        saveCaption();
    QDialog::done(result);
}

}  // namespace score
