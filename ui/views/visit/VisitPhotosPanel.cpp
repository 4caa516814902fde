#include "views/visit/VisitPhotosPanel.h"

#include "edit/Attachments.h"
#include "edit/Edits.h"
#include "models/AttachmentListModel.h"
#include "session/WorkspaceSession.h"
#include "views/visit/VisitPanelHost.h"
#include "views/visit/VisitPanelParts.h"
#include "widgets/FileDialogs.h"
#include "widgets/Icons.h"
#include "widgets/PhotoViewer.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace score {

using namespace visitpanel;

VisitPhotosPanel::VisitPhotosPanel(WorkspaceSession& session, VisitPanelHost& host, AttachmentListModel* photos, QWidget* parent)
    : QGroupBox(tr("Photos"), parent), m_session(session), m_host(host), m_photos(photos)
{
    auto* layout = new QVBoxLayout(this);
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Photos of the visit and its findings"));
    m_list->setModel(m_photos);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(AttachmentListModel::thumbnailSize());
    const QSize grid(AttachmentListModel::thumbnailSize().width() + 16,
                     AttachmentListModel::thumbnailSize().height() + m_list->fontMetrics().lineSpacing() * 2 + 14);
    m_list->setGridSize(grid);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    // A film strip: one row, scrolled sideways, so the box keeps its height.
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::NoDragDrop);
    const int listHeight = grid.height() + m_list->horizontalScrollBar()->sizeHint().height() + 2 * m_list->frameWidth() + 4;
    m_list->setMinimumHeight(listHeight);
    m_list->setMaximumHeight(listHeight);
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QListView::activated, this, &VisitPhotosPanel::viewSelectedPhoto);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitPhotosPanel::updateButtons);
    connect(m_photos, &QAbstractItemModel::modelReset, this, &VisitPhotosPanel::updateButtons);
    layout->addWidget(m_list);

    auto* buttons = new QHBoxLayout;
    m_add = makeButton(appIcon("photo"), tr("Add…"), QString(), this);
    m_caption = makeIconButton(appIcon("edit"), tr("Edit caption"), tr("Edit the caption of the selected photo (F2)"), this);
    m_remove = makeIconButton(appIcon("remove"), tr("Remove photo"), tr("Remove the selected photo (Delete)"), this);
    m_add->setAccessibleName(tr("Add photo"));
    connect(m_add, &QPushButton::clicked, this, &VisitPhotosPanel::choosePhotos);
    connect(m_caption, &QAbstractButton::clicked, this, &VisitPhotosPanel::editSelectedCaption);
    connect(m_remove, &QAbstractButton::clicked, this, &VisitPhotosPanel::removeSelectedPhoto);
    buttons->addWidget(m_add);
    buttons->addWidget(m_caption);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    addDeleteKey(m_list, tr("Remove photo"), this, &VisitPhotosPanel::removeSelectedPhoto);
}

int VisitPhotosPanel::stripHeight() const { return m_list->maximumHeight(); }

void VisitPhotosPanel::updateButtons()
{
    const bool photo = !selectedId(m_list, AttachmentListModel::IdRole).isEmpty();
    m_caption->setEnabled(photo);
    m_remove->setEnabled(photo);
}

void VisitPhotosPanel::setFindingChosen(const QString& findingId, const QString& title)
{
    if (findingId.isEmpty()) {
        m_add->setText(tr("Add to visit…"));
        m_add->setToolTip(tr("Add photos or scanned documents to the visit (%1), or drop files on the strip. "
                             "Select a finding first to add them to it.")
                              .arg(keys(kAddPhoto)));
    } else {
        m_add->setText(tr("Add to finding…"));
        m_add->setToolTip(
            tr("Add photos or scanned documents to the finding “%1” (%2), or drop files on the strip.").arg(title, keys(kAddPhoto)));
    }
}

Result<QStringList> VisitPhotosPanel::addPhotos(const QStringList& paths)
{
    m_host.commitTyping();
    const QString visit = m_host.shownVisit();
    if (visit.isEmpty())
        return Error::invalid(tr("Choose or create a visit first."));
    const QString finding = m_host.selectedFinding();
    const QString ownerKind = finding.isEmpty() ? QStringLiteral("visit") : QStringLiteral("finding");
    const QString owner = finding.isEmpty() ? visit : finding;
    QStringList added;
    {
        std::optional<edit::Batch> batch;
        if (paths.size() > 1)
            batch.emplace(m_session, tr("Add %n photo(s)", nullptr, static_cast<int>(paths.size())));
        for (const QString& path : paths) {
            auto id = edit::addAttachment(m_session, ownerKind, owner, path);
            if (!id)
                return id.error();
            added << *id;
        }
    }
    if (!added.isEmpty()) {
        const int row = m_photos->rowOf(added.back());
        if (row >= 0) {
            m_list->setCurrentIndex(m_photos->index(row));
            m_list->scrollTo(m_photos->index(row));
        }
    }
    return added;
}

Status VisitPhotosPanel::setPhotoCaption(const QString& attachmentId, const QString& caption)
{
    const QString trimmed = caption.trimmed();
    return edit::setField(m_session, QStringLiteral("attachment"), attachmentId, QStringLiteral("caption"),
                          trimmed.isEmpty() ? FieldValue() : FieldValue(trimmed), tr("Edit caption"));
}

Status VisitPhotosPanel::removePhoto(const QString& attachmentId)
{
    const int row = m_photos->rowOf(attachmentId);
    const QString name = row >= 0 ? m_photos->index(row).data().toString() : QString();
    SCORE_TRY(edit::remove(m_session, QStringLiteral("attachment"), attachmentId, tr("Remove photo “%1”").arg(name)));
    m_host.tell(tr("Photo removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

void VisitPhotosPanel::choosePhotos()
{
    if (m_host.shownVisit().isEmpty())
        return;
    m_host.commitTyping();
    const QStringList paths = chooseFilesToOpen(
        this, FilePurpose::Photos, tr("Add photos"),
        tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)"));
    if (paths.isEmpty())
        return;
    auto added = addPhotos(paths);
    if (!added)
        m_host.report(added.error());
    else
        m_list->setFocus(Qt::OtherFocusReason);
}

void VisitPhotosPanel::editSelectedCaption()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->edit(index);
}

void VisitPhotosPanel::removeSelectedPhoto()
{
    const QString id = selectedId(m_list, AttachmentListModel::IdRole);
    if (!id.isEmpty())
        m_host.report(removePhoto(id));
}

void VisitPhotosPanel::viewSelectedPhoto()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    PhotoViewer viewer(m_session, m_photos, index.row(), this);
    viewer.exec();
    const QModelIndex last = m_photos->index(viewer.currentRow());
    if (last.isValid())
        m_list->setCurrentIndex(last);
}

bool VisitPhotosPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Photos dragged from the file manager onto the list are added like "Add photo…".
    if (m_list && watched == m_list->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDropEvent*>(event);
            if (drag->mimeData()->hasUrls() && !m_host.shownVisit().isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            QStringList paths;
            for (const QUrl& url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    paths << url.toLocalFile();
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                auto added = addPhotos(paths);
                if (!added)
                    m_host.report(added.error());
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

}  // namespace score
