#include "models/ReceivedBundleModel.h"

#include "storage/ConflictStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace score {

namespace {
QString whenIso(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
}  // namespace

ReceivedBundleModel::ReceivedBundleModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &ReceivedBundleModel::reload);
}

void ReceivedBundleModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto bundles = SyncState(m_session->workspace()).receivedBundles(kLimit);
    if (bundles) {
        QHash<QUuid, QString> names;
        for (ReceivedBundle& b : *bundles) {
            auto name = names.constFind(b.deviceId);
            if (name == names.constEnd())
                name = names.insert(b.deviceId, describeDevice(m_session->workspace(), b.deviceId));
            m_rows.push_back({std::move(b), *name});
        }
    }
    endResetModel();
}

int ReceivedBundleModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ReceivedBundleModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ReceivedBundleModel::changesText(const QString& summaryJson)
{
    qint64 added = 0, updated = 0, deleted = 0, restored = 0, conflicts = 0;
    const QJsonObject kinds = QJsonDocument::fromJson(summaryJson.toUtf8()).object();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        added += c.value(QStringLiteral("new")).toInteger();
        updated += c.value(QStringLiteral("updated")).toInteger();
        deleted += c.value(QStringLiteral("deleted")).toInteger();
        restored += c.value(QStringLiteral("restored")).toInteger();
        conflicts += c.value(QStringLiteral("conflicts")).toInteger();
    }
    QStringList parts;
    if (added > 0)
        parts << tr("%1 new").arg(QLocale().toString(added));
    if (updated > 0)
        parts << tr("%1 changed").arg(QLocale().toString(updated));
    if (deleted > 0)
        parts << tr("%1 deleted").arg(QLocale().toString(deleted));
    if (restored > 0)
        parts << tr("%1 restored").arg(QLocale().toString(restored));
    if (conflicts > 0)
        parts << tr("conflicts: %1").arg(QLocale().toString(conflicts));
    return parts.isEmpty() ? tr("nothing new") : parts.join(QStringLiteral(" · "));
}

QVariant ReceivedBundleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const ReceivedBundle& b = r.bundle;
    switch (role) {
    case IdRole: return b.bundleId;
    case SortRole:
        switch (index.column()) {
        case Made: return b.createdAt;
        case Imported: return b.importedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case From: return r.from;
        case Made: return whenIso(b.createdAt);
        case Imported: return whenIso(b.importedAt);
        case Kind:
            if (b.scope == u"full")
                return tr("Everything");
            if (b.scope == u"delta")
                return tr("New changes only");
            if (b.scope == u"scoped")
                return tr("Some enterprises");
            return b.scope;
        case Changes: return changesText(b.summary);
        case File: return b.fileName;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Changes)
            return changesText(b.summary);
        if (index.column() == File)
            return tr("Bundle %1").arg(b.bundleId);
        return {};
    default: return {};
    }
}

QVariant ReceivedBundleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case From: return tr("From");
    case Made: return tr("Made");
    case Imported: return tr("Imported");
    case Kind: return tr("Contents");
    case Changes: return tr("Changes here");
    case File: return tr("File");
    default: return {};
    }
}

}  // namespace score
