#pragma once
// Photos of evidence for one checklist item: thumbnails of the attachments owned by the item's
// response, adding photos from files (the response is created first when the item has no
// answer yet), removing one, and a larger view on double-click.

#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace score {

class ChecklistPhotoModel;

class ItemPhotos final : public QWidget {
    Q_OBJECT

public:
    explicit ItemPhotos(WorkspaceSession& session, QWidget* parent = nullptr);

    // `responseId` is empty while the item has no response.
    void setItem(const QString& assessmentId, const TemplateItemInfo& item, const QString& itemNumber, const QString& responseId);
    // Attaches image files to the item as one undo step; false (and `problem`) on a refusal.
    bool addPhotos(const QStringList& paths);
    ChecklistPhotoModel* model() const { return m_model; }
    QWidget* firstTabStop() const;
    QWidget* lastTabStop() const;

signals:
    void problem(const QString& message);

private:
    void choosePhotos();
    void removePhoto();
    void showPhoto(const QModelIndex& index);
    void updateButtons();

    WorkspaceSession* m_session;
    ChecklistPhotoModel* m_model;
    QListView* m_list;
    QLabel* m_none;
    QPushButton* m_add;
    QPushButton* m_remove;
    QString m_assessmentId;
    TemplateItemInfo m_item;
    QString m_itemNumber;
};

}  // namespace score
