#pragma once
// Photos and documents as thumbnails with their captions: those of the current visit and of its
// findings, or those of one record (an improvement action's evidence) once setOwner() is called.
// A caption is edited in place (an undoable edit).

#include "session/WorkspaceSession.h"

#include <QAbstractListModel>
#include <QSize>

#include <memory>

namespace score {

class Thumbnails;

class AttachmentListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        OwnerKindRole,  // "visit" or "finding"
        OwnerIdRole,
        OwnerLabelRole,  // "Visit" or the finding's title
        Sha256Role,
        MimeTypeRole,
        FileNameRole,
        IsPictureRole
    };

    explicit AttachmentListModel(WorkspaceSession& session, QObject* parent = nullptr);
    ~AttachmentListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // From now on, the attachments of this record only (none while `id` is empty), not the
    // current visit's.
    void setOwner(const QString& kind, const QString& id);

    static QSize thumbnailSize() { return {128, 96}; }
    const std::vector<AttachmentRow>& attachments() const { return m_rows; }
    int rowOf(const QString& id) const;
    void reload();

signals:
    // An edit made through setData was refused; a sentence for the user.
    void problem(const QString& message);

private:
    void loadVisit(std::vector<AttachmentRow>& rows, std::vector<QString>& owners) const;

    WorkspaceSession* m_session;
    bool m_followsVisit = true;
    QString m_ownerKind;
    QString m_ownerId;
    std::unique_ptr<Thumbnails> m_thumbnails;
    std::vector<AttachmentRow> m_rows;
    std::vector<QString> m_ownerLabels;
};

}  // namespace score
