#include "models/AttachmentListModel.h"

#include "models/RowIds.h"

#include "edit/Edits.h"
#include "widgets/Thumbnails.h"

#include <QLocale>
#include <QPixmap>

namespace score {

AttachmentListModel::AttachmentListModel(WorkspaceSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(&session), m_thumbnails(std::make_unique<Thumbnails>(session.workspace(), thumbnailSize()))
{
    reload();
    connect(&session, &WorkspaceSession::currentVisitChanged, this, [this] {
        if (m_followsVisit)
            reload();
    });
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"attachment" || entity == u"finding")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &AttachmentListModel::reload);
}

AttachmentListModel::~AttachmentListModel() = default;

void AttachmentListModel::setOwner(const QString& kind, const QString& id)
{
    if (!m_followsVisit && kind == m_ownerKind && id == m_ownerId)
        return;
    m_followsVisit = false;
    m_ownerKind = kind;
    m_ownerId = id;
    reload();
}

void AttachmentListModel::loadVisit(std::vector<AttachmentRow>& rows, std::vector<QString>& owners) const
{
    const QString visit = m_session->currentVisit();
    if (visit.isEmpty())
        return;
    DomainQueries q = m_session->queries();
    if (auto own = q.attachments(QStringLiteral("visit"), visit)) {
        for (AttachmentRow& a : *own) {
            rows.push_back(std::move(a));
            owners.push_back(tr("Visit"));
        }
    }
    if (auto findings = q.findings(visit)) {
        for (const FindingRow& f : *findings) {
            auto theirs = q.attachments(QStringLiteral("finding"), f.id);
            if (!theirs)
                continue;
            for (AttachmentRow& a : *theirs) {
                rows.push_back(std::move(a));
                owners.push_back(f.title);
            }
        }
    }
}

void AttachmentListModel::reload()
{
    std::vector<AttachmentRow> rows;
    std::vector<QString> owners;
    if (m_followsVisit) {
        loadVisit(rows, owners);
    } else if (!m_ownerId.isEmpty()) {
        if (auto own = m_session->queries().attachments(m_ownerKind, m_ownerId))
            rows = std::move(*own);
        owners.resize(rows.size());
    }
    // Same attachments in the same order (a caption changed): update in place.
    const bool sameRows = sameIds(rows, m_rows);
    if (sameRows) {
        m_rows = std::move(rows);
        m_ownerLabels = std::move(owners);
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_ownerLabels = std::move(owners);
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int AttachmentListModel::rowOf(const QString& id) const { return rowOfId(m_rows, id); }

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const auto row = static_cast<size_t>(index.row());
    const AttachmentRow& a = m_rows[row];
    switch (role) {
    case Qt::DisplayRole: return a.caption.isEmpty() ? a.fileName : a.caption;
    case Qt::EditRole: return a.caption;
    case Qt::DecorationRole: return m_thumbnails->thumbnail(a.sha256, a.mimeType);
    case Qt::ToolTipRole: {
        const QString about = tr("%1 · %2 · %3")
                                  .arg(a.fileName.isEmpty() ? tr("unnamed file") : a.fileName, QLocale().formattedDataSize(a.size),
                                       a.takenOn.isValid() ? QLocale().toString(a.takenOn, QLocale::ShortFormat) : tr("no date"));
        if (!m_followsVisit)  // one record's: no need to say whose
            return a.caption.isEmpty() ? about : tr("%1\n%2").arg(a.caption, about);
        const QString owner = a.ownerKind == u"visit" ? tr("Of the visit") : tr("Of the finding “%1”").arg(m_ownerLabels[row]);
        return a.caption.isEmpty() ? tr("%1\n%2").arg(about, owner) : tr("%1\n%2\n%3").arg(a.caption, about, owner);
    }
    case Qt::AccessibleTextRole: return a.caption.isEmpty() ? tr("Photo %1").arg(a.fileName) : a.caption;
    case IdRole: return a.id;
    case OwnerKindRole: return a.ownerKind;
    case OwnerIdRole: return a.ownerId;
    case OwnerLabelRole: return m_ownerLabels[row];
    case Sha256Role: return a.sha256;
    case MimeTypeRole: return a.mimeType;
    case FileNameRole: return a.fileName;
    case IsPictureRole: return isPictureType(a.mimeType);
    default: return {};
    }
}

bool AttachmentListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return false;
    const AttachmentRow a = m_rows[static_cast<size_t>(index.row())];
    const QString caption = value.toString().trimmed();
    if (caption == a.caption)
        return true;
    const Status s = edit::setField(*m_session, QStringLiteral("attachment"), a.id, QStringLiteral("caption"),
                                    caption.isEmpty() ? FieldValue() : FieldValue(caption), tr("Edit caption"));
    if (!s) {
        emit problem(s.message());
        return false;
    }
    return true;  // the session's notification has refreshed the row
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

}  // namespace score
