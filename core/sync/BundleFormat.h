#pragma once
// The *.scorebundle file: a ZIP archive (optionally passphrase-protected as a whole) holding
//   manifest.json   what the bundle is: format and schema versions, the sender (device id,
//                   name, public key), scope, counts, the sender's version vector, the device
//                   list that stamps refer to, and the SHA-256 and size of every other entry;
//   manifest.sig    the Ed25519 signature of manifest.json by the sender's device key;
//   changes.jsonl   one complete record state per line;
//   blobs/<sha256>  attachment content, named by its hash.
// Everything read from a bundle is untrusted; the limits below bound what is accepted.

#include "model/RecordState.h"
#include "model/StampCodec.h"
#include "model/VersionVector.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

namespace score {

namespace bundle {
constexpr int kFormatVersion = 1;
const QString kManifestName = QStringLiteral("manifest.json");
const QString kSignatureName = QStringLiteral("manifest.sig");
const QString kChangesName = QStringLiteral("changes.jsonl");
const QString kBlobPrefix = QStringLiteral("blobs/");

constexpr qint64 kMaxEntries = 200000;
constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr qint64 kMaxChangesBytes = qint64(8) * 1024 * 1024 * 1024;
constexpr qint64 kMaxBlobBytes = 100 * 1024 * 1024;
constexpr qint64 kMaxTotalBytes = qint64(16) * 1024 * 1024 * 1024;
constexpr qint64 kMaxCompressionRatio = 400;
constexpr int kMaxDevices = 100000;
// The record schema whose lines may carry a record's lost set ("l"), bounded by LostStamps::kMax.
constexpr int kLostStampsSinceSchema = 3;
}  // namespace bundle

struct BundleEntryInfo {
    QString name;
    qint64 size = 0;
    QString sha256;
};

struct BundleSource {
    QUuid deviceId;
    QString deviceName;
    QString userName;
    QByteArray publicKey;
};

enum class BundleMode { Full, Delta, Scoped };
QString bundleModeName(BundleMode mode);

struct BundleManifest {
    int format = bundle::kFormatVersion;
    int schema = 0;
    QString app;
    QString bundleId;
    QDateTime createdAt;
    BundleSource source;
    BundleMode mode = BundleMode::Full;
    QUuid forDevice;               // Delta: the device it was made for
    VersionVector baseVv;          // Delta: what that device was known to hold
    QStringList enterprises;       // Scoped
    QStringList cohorts;           // Scoped
    VersionVector senderVv;        // what the sender held when it made the bundle
    QList<QUuid> devices;          // stamps in changes.jsonl refer to these by position
    QMap<QString, qint64> counts;  // records per kind
    qint64 records = 0;
    QList<BundleEntryInfo> entries;

    QByteArray toJson() const;
    // Checks shape, types and values; a newer format or schema is Error::NewerVersion.
    static Result<BundleManifest> fromJson(const QByteArray& json);
};

// The devices named in a bundle's manifest, as a DeviceTable for the stamp codec.
class BundleDevices final : public DeviceTable {
public:
    BundleDevices() = default;
    explicit BundleDevices(QList<QUuid> devices);
    int numberOf(const QUuid& device) override;
    std::optional<QUuid> deviceAt(int number) const override;
    const QList<QUuid>& list() const { return m_devices; }

private:
    QList<QUuid> m_devices;
    QHash<QUuid, int> m_numbers;
};

// One line of changes.jsonl: a complete record state. With an older `recordSchema` (tests: a
// bundle as an older SCORE Desk wrote it), the fields added since are left out.
QByteArray encodeRecordLine(const RecordState& state, BundleDevices& devices, int recordSchema = kRecordSchemaVersion);
// Parses and checks one line (kind, id shape, every field's type/length/enum, stamps).
// Decides from a record's kind, id, stamps and version vector (its fields not read yet) that
// its fields are not needed, because the receiver already holds everything it carries.
using RecordFilter = std::function<bool(const RecordState&)>;
// With `skipFields` and a record it accepts, the state comes back with fieldsSkipped set and
// no values.
// A line of an older `recordSchema` lacks the fields added since: they come back empty, stamped
// lower than any real change (HLC 1), so they never override a value the receiver holds.
Result<RecordState> parseRecordLine(const QByteArray& line, const BundleDevices& devices, const RecordFilter& skipFields = {},
                                    int recordSchema = kRecordSchemaVersion);

}  // namespace score
