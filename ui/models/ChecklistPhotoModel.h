#pragma once
// The photos attached to one checklist answer (attachments owned by a response), with
// thumbnails decoded from the workspace's blob store. Thumbnails are kept per content hash, so
// moving between items and back does not decode the same photo twice.

#include "session/WorkspaceSession.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace score {

class ChecklistPhotoModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1, Sha256Role, FileNameRole };
    static constexpr int kThumbnailSize = 96;

    explicit ChecklistPhotoModel(WorkspaceSession& session, QObject* parent = nullptr);

    // The response whose photos are shown (empty: none, e.g. an item not answered yet).
    void setResponse(const QString& responseId);
    const QString& response() const { return m_response; }
    const std::vector<AttachmentRow>& photos() const { return m_rows; }
    void reload();

    // The full image of a photo (not cached), or a null image with `error` set.
    QImage image(int row, QString* error = nullptr) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QImage thumbnail(const AttachmentRow& row) const;

    WorkspaceSession* m_session;
    QString m_response;
    std::vector<AttachmentRow> m_rows;
    mutable QHash<QString, QImage> m_thumbnails;
};

}  // namespace score
