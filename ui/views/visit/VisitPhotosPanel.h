#pragma once
// The photos of the shown visit and its findings, as a film strip: add them from files or by
// dropping them on the strip (to the chosen finding, else to the visit), edit a caption, look at
// one full size, or remove one.

#include "util/Result.h"

#include <QGroupBox>

class QAbstractButton;
class QListView;
class QPushButton;

namespace score {

class AttachmentListModel;
class VisitPanelHost;
class WorkspaceSession;

class VisitPhotosPanel final : public QGroupBox {
    Q_OBJECT

public:
    VisitPhotosPanel(WorkspaceSession& session, VisitPanelHost& host, AttachmentListModel* photos, QWidget* parent);

    // To the host's chosen finding, else to its visit. Several files are one undo step.
    Result<QStringList> addPhotos(const QStringList& paths);
    Status setPhotoCaption(const QString& attachmentId, const QString& caption);
    Status removePhoto(const QString& attachmentId);
    int stripHeight() const;

    void choosePhotos();
    // The add button says where new photos go.
    void setFindingChosen(const QString& findingId, const QString& title);
    // Enables the buttons that act on the chosen row.
    void updateButtons();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void editSelectedCaption();
    void removeSelectedPhoto();
    void viewSelectedPhoto();

    WorkspaceSession& m_session;
    VisitPanelHost& m_host;
    AttachmentListModel* m_photos;
    QListView* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QAbstractButton* m_caption = nullptr;
    QAbstractButton* m_remove = nullptr;
};

}  // namespace score
