#include "edit/Attachments.h"

#include "edit/Edits.h"
#include "storage/BlobStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace score::edit {

namespace {
struct AttachmentsTr {
    Q_DECLARE_TR_FUNCTIONS(score::edit::Attachments)
};
}  // namespace

Result<QString> addAttachment(WorkspaceSession& session, const QString& ownerKind, const QString& ownerId, const QString& filePath,
                              const QString& caption)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(AttachmentsTr::tr("%1 cannot be read (%2).").arg(info.fileName(), file.errorString()));
    if (file.size() > kMaxAttachmentBytes)
        return Error::invalid(AttachmentsTr::tr("%1 is larger than 50 MB; take a smaller photo or scan.").arg(info.fileName()));
    const QByteArray data = file.readAll();
    if (data.size() != file.size())
        return Error::io(AttachmentsTr::tr("%1 could not be read completely.").arg(info.fileName()));
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), data).name();
    return addAttachmentData(session, ownerKind, ownerId, data, info.fileName(), mime, caption);
}

Result<QString> addAttachmentData(WorkspaceSession& session, const QString& ownerKind, const QString& ownerId, const QByteArray& data,
                                  const QString& fileName, const QString& mimeType, const QString& caption)
{
    // The content goes in first; it is keyed by its hash, so a left-over copy harms nothing.
    auto hash = BlobStore(session.workspace()).put(data);
    if (!hash)
        return hash.error();
    FieldValues values = {{QStringLiteral("owner_kind"), ownerKind},
                          {QStringLiteral("owner_id"), ownerId},
                          {QStringLiteral("sha256"), *hash},
                          {QStringLiteral("mime_type"), mimeType.left(100)},
                          {QStringLiteral("size"), qint64(data.size())},
                          {QStringLiteral("file_name"), fileName.left(255)},
                          {QStringLiteral("taken_on"), session.workspace().clock().today().toString(Qt::ISODate)}};
    if (!caption.isEmpty())
        values.push_back({QStringLiteral("caption"), caption});
    return create(session, QStringLiteral("attachment"), values, AttachmentsTr::tr("Add %1").arg(fileName));
}

}  // namespace score::edit
