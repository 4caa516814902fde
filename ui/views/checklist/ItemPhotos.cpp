#include "views/checklist/ItemPhotos.h"

#include "edit/Attachments.h"
#include "models/ChecklistPhotoModel.h"
#include "views/checklist/ChecklistEdits.h"
#include "widgets/FileDialogs.h"
#include "widgets/Icons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace score {

ItemPhotos::ItemPhotos(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(&session), m_model(new ChecklistPhotoModel(session, this)), m_list(new QListView(this)),
      m_none(new QLabel(tr("No photo of this item yet."), this)), m_add(new QPushButton(appIcon("photo"), tr("Add photo…"), this)),
      m_remove(new QPushButton(appIcon("remove"), tr("Remove"), this))
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Photos of this item"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(ChecklistPhotoModel::kThumbnailSize, ChecklistPhotoModel::kThumbnailSize));
    m_list->setGridSize(QSize(ChecklistPhotoModel::kThumbnailSize + 16, ChecklistPhotoModel::kThumbnailSize + 8));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFixedHeight(ChecklistPhotoModel::kThumbnailSize + 30);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setToolTip(tr("Double-click a photo to see it larger"));
    connect(m_list, &QListView::doubleClicked, this, &ItemPhotos::showPhoto);
    connect(m_list, &QListView::activated, this, &ItemPhotos::showPhoto);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemPhotos::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemPhotos::updateButtons);

    m_add->setToolTip(tr("Attach photos of evidence to this item"));
    m_remove->setToolTip(tr("Remove the selected photo from this item"));
    connect(m_add, &QPushButton::clicked, this, &ItemPhotos::choosePhotos);
    connect(m_remove, &QPushButton::clicked, this, &ItemPhotos::removePhoto);

    m_none->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_none->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_none, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    updateButtons();
}

QWidget* ItemPhotos::firstTabStop() const { return m_list; }
QWidget* ItemPhotos::lastTabStop() const { return m_remove; }

void ItemPhotos::setItem(const QString& assessmentId, const TemplateItemInfo& item, const QString& itemNumber, const QString& responseId)
{
    m_assessmentId = assessmentId;
    m_item = item;
    m_itemNumber = itemNumber;
    m_model->setResponse(responseId);
    updateButtons();
}

void ItemPhotos::updateButtons()
{
    // No empty box for items without photos: a line saying so.
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    m_none->setVisible(!any);
    m_remove->setVisible(any);
    m_add->setEnabled(!m_assessmentId.isEmpty() && !m_item.key.isEmpty());
    m_remove->setEnabled(m_list->selectionModel()->hasSelection());
}

void ItemPhotos::choosePhotos()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QStringList paths = chooseFilesToOpen(this, FilePurpose::Photos, tr("Add photos to item %1").arg(m_itemNumber),
                                                tr("Images (%1)").arg(patterns.join(u' ')));
    if (!paths.isEmpty())
        addPhotos(paths);
}

bool ItemPhotos::addPhotos(const QStringList& paths)
{
    if (m_assessmentId.isEmpty() || m_item.key.isEmpty() || paths.isEmpty())
        return false;
    const QString description = tr("Add %n photo(s) to item %1", nullptr, static_cast<int>(paths.size())).arg(m_itemNumber);
    edit::Batch batch(*m_session, description);
    auto response = checklist::ensureResponse(*m_session, m_assessmentId, m_item, description);
    if (!response) {
        emit problem(response.message());
        return false;
    }
    m_model->setResponse(*response);
    for (const QString& path : paths) {
        auto added = edit::addAttachment(*m_session, QStringLiteral("response"), *response, path);
        if (!added) {
            emit problem(added.message());
            return false;
        }
    }
    return true;
}

void ItemPhotos::removePhoto()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const Status s = edit::remove(
        *m_session, QStringLiteral("attachment"), index.data(ChecklistPhotoModel::IdRole).toString(),
        tr("Remove photo %1 from item %2").arg(index.data(ChecklistPhotoModel::FileNameRole).toString(), m_itemNumber));
    if (!s)
        emit problem(s.message());
}

void ItemPhotos::showPhoto(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    QString error;
    const QImage image = m_model->image(index.row(), &error);
    if (image.isNull()) {
        emit problem(error);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Item %1 — %2").arg(m_itemNumber, index.data().toString()));
    auto* label = new QLabel(&dialog);
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(index.data().toString());
    const QSize room = screen() ? screen()->availableSize() * 0.8 : QSize(1024, 768);
    label->setPixmap(QPixmap::fromImage(
        image.size().boundedTo(room) == image.size() ? image : image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label, 1);
    layout->addWidget(buttons);
    dialog.exec();
}

}  // namespace score
