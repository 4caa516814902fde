#include "models/ChecklistPhotoModel.h"

#include "storage/BlobStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

namespace score {

ChecklistPhotoModel::ChecklistPhotoModel(WorkspaceSession& session, QObject* parent) : QAbstractListModel(parent), m_session(&session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"attachment" || entity == u"response")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, [this] {
        m_thumbnails.clear();
        reload();
    });
}

void ChecklistPhotoModel::setResponse(const QString& responseId)
{
    if (responseId == m_response)
        return;
    m_response = responseId;
    reload();
}

void ChecklistPhotoModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_response.isEmpty()) {
        auto rows = m_session->queries().attachments(QStringLiteral("response"), m_response);
        if (rows)
            m_rows = std::move(*rows);
    }
    endResetModel();
}

int ChecklistPhotoModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QImage ChecklistPhotoModel::image(int row, QString* error) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const AttachmentRow& a = m_rows[static_cast<size_t>(row)];
    auto data = BlobStore(m_session->workspace()).get(a.sha256);
    if (!data) {
        if (error)
            *error = data.error().message;
        return {};
    }
    QImage image;
    if (!image.loadFromData(*data) && error)
        *error = tr("%1 is not an image SCORE Desk can show.").arg(a.fileName);
    return image;
}

QImage ChecklistPhotoModel::thumbnail(const AttachmentRow& row) const
{
    if (auto it = m_thumbnails.constFind(row.sha256); it != m_thumbnails.constEnd())
        return *it;
    QImage thumb;
    if (auto data = BlobStore(m_session->workspace()).get(row.sha256)) {
        // Decode at thumbnail size: a phone photo is 12 megapixels, and JPEG decodes scaled cheaply.
        QBuffer buffer(&*data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(kThumbnailSize * 2, kThumbnailSize * 2, Qt::KeepAspectRatio));
        thumb = reader.read().scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_thumbnails.insert(row.sha256, thumb);
    return thumb;
}

QVariant ChecklistPhotoModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRow& a = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return a.caption.isEmpty() ? a.fileName : a.caption;
    case Qt::DecorationRole: return thumbnail(a);
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 KB")
            .arg(a.caption.isEmpty() ? a.fileName : a.caption,
                 a.takenOn.isValid() ? QLocale().toString(a.takenOn, QLocale::ShortFormat) : a.fileName)
            .arg(qMax<qint64>(1, a.size / 1024));
    case Qt::AccessibleTextRole: return tr("Photo %1").arg(a.caption.isEmpty() ? a.fileName : a.caption);
    case IdRole: return a.id;
    case Sha256Role: return a.sha256;
    case FileNameRole: return a.fileName;
    default: return {};
    }
}

}  // namespace score
