#include "sync/BundleFormat.h"

#include "domain/FieldValidation.h"
#include "storage/Migrations.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace score {

namespace {
struct BundleFormatTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleFormat)
};

Error malformed(const QString& what)
{
    return Error::invalid(BundleFormatTr::tr("The bundle is damaged or not from SCORE Desk: %1.").arg(what));
}

QJsonObject vvToJson(const VersionVector& vv)
{
    QJsonObject o;
    for (const auto& [device, hlc] : vv.entries())
        o.insert(uuidText(device), hlcHex(hlc));
    return o;
}

bool vvFromJson(const QJsonValue& value, VersionVector& vv)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject() || value.toObject().size() > bundle::kMaxDevices)
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isUuidText(it.key()) || !it.value().isString())
            return false;
        const auto hlc = parseHlcHex(it.value().toString());
        if (!hlc || !isPossibleStamp(*hlc))
            return false;
        vv.raise(QUuid(it.key()), *hlc);
    }
    return true;
}

QStringList idList(const QJsonValue& value, bool& ok)
{
    QStringList ids;
    if (value.isUndefined())
        return ids;
    if (!value.isArray() || value.toArray().size() > 100000) {
        ok = false;
        return ids;
    }
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString() || !isUuidText(v.toString()))
            ok = false;
        ids << v.toString();
    }
    return ids;
}

}  // namespace

QString bundleModeName(BundleMode mode)
{
    switch (mode) {
    case BundleMode::Full: return QStringLiteral("full");
    case BundleMode::Delta: return QStringLiteral("delta");
    case BundleMode::Scoped: return QStringLiteral("scoped");
    }
    return QStringLiteral("full");
}

// ---- manifest --------------------------------------------------------------------------------

QByteArray BundleManifest::toJson() const
{
    QJsonObject source;
    source.insert(QStringLiteral("device_id"), uuidText(this->source.deviceId));
    source.insert(QStringLiteral("device_name"), this->source.deviceName);
    source.insert(QStringLiteral("user_name"), this->source.userName);
    source.insert(QStringLiteral("public_key"), QString::fromLatin1(this->source.publicKey.toBase64()));

    QJsonObject scope;
    scope.insert(QStringLiteral("mode"), bundleModeName(mode));
    if (mode == BundleMode::Delta) {
        scope.insert(QStringLiteral("for_device"), uuidText(forDevice));
        scope.insert(QStringLiteral("base_vv"), vvToJson(baseVv));
    }
    if (!enterprises.isEmpty())
        scope.insert(QStringLiteral("enterprises"), QJsonArray::fromStringList(enterprises));
    if (!cohorts.isEmpty())
        scope.insert(QStringLiteral("cohorts"), QJsonArray::fromStringList(cohorts));

    QJsonArray deviceList;
    for (const QUuid& d : devices)
        deviceList.append(uuidText(d));
    QJsonObject countObject;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        countObject.insert(it.key(), it.value());
    QJsonArray entryList;
    for (const BundleEntryInfo& e : entries)
        entryList.append(
            QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("size"), e.size}, {QStringLiteral("sha256"), e.sha256}});

    QJsonObject root;
    root.insert(QStringLiteral("kind"), QStringLiteral("score-desk-bundle"));
    root.insert(QStringLiteral("format"), format);
    root.insert(QStringLiteral("schema"), schema);
    root.insert(QStringLiteral("app"), app);
    root.insert(QStringLiteral("bundle_id"), bundleId);
    root.insert(QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("source"), source);
    root.insert(QStringLiteral("scope"), scope);
    root.insert(QStringLiteral("vv"), vvToJson(senderVv));
    root.insert(QStringLiteral("devices"), deviceList);
    root.insert(QStringLiteral("counts"), countObject);
    root.insert(QStringLiteral("records"), records);
    root.insert(QStringLiteral("entries"), entryList);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BundleManifest> BundleManifest::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(BundleFormatTr::tr("its manifest is not valid JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("kind")).toString() != u"score-desk-bundle")
        return Error::invalid(BundleFormatTr::tr("The file is not a SCORE Desk bundle."));

    BundleManifest m;
    m.app = root.value(QLatin1String("app")).toString().left(100);
    const QJsonValue format = root.value(QLatin1String("format"));
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (!format.isDouble() || !schema.isDouble())
        return malformed(BundleFormatTr::tr("its manifest has no format or schema version"));
    m.format = format.toInt();
    m.schema = schema.toInt();
    if (m.format > bundle::kFormatVersion || m.schema > kRecordSchemaVersion)
        return Error::newer(BundleFormatTr::tr("This bundle was made by a newer SCORE Desk (%1); update to read it.")
                                .arg(m.app.isEmpty() ? BundleFormatTr::tr("unknown version") : m.app));
    if (m.format < 1 || m.schema < 1)
        return malformed(BundleFormatTr::tr("its format version is invalid"));
    if (m.schema < kOldestReadableRecordSchema)
        return Error::invalid(
            BundleFormatTr::tr("This bundle was made by an older SCORE Desk (%1) whose format is no longer read.").arg(m.app));

    m.bundleId = root.value(QLatin1String("bundle_id")).toString();
    if (!isUuidText(m.bundleId))
        return malformed(BundleFormatTr::tr("its bundle id is invalid"));
    m.createdAt = QDateTime::fromString(root.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        return malformed(BundleFormatTr::tr("its creation time is invalid"));

    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    const QString deviceId = source.value(QLatin1String("device_id")).toString();
    if (!isUuidText(deviceId))
        return malformed(BundleFormatTr::tr("its sender device id is invalid"));
    m.source.deviceId = QUuid(deviceId);
    m.source.deviceName = source.value(QLatin1String("device_name")).toString().left(200);
    m.source.userName = source.value(QLatin1String("user_name")).toString().left(200);
    m.source.publicKey = QByteArray::fromBase64(source.value(QLatin1String("public_key")).toString().toLatin1());
    if (m.source.publicKey.size() != 32)
        return malformed(BundleFormatTr::tr("its sender key is invalid"));

    const QJsonObject scope = root.value(QLatin1String("scope")).toObject();
    const QString mode = scope.value(QLatin1String("mode")).toString();
    if (mode == u"full")
        m.mode = BundleMode::Full;
    else if (mode == u"delta")
        m.mode = BundleMode::Delta;
    else if (mode == u"scoped")
        m.mode = BundleMode::Scoped;
    else
        return malformed(BundleFormatTr::tr("its scope is unknown"));
    bool idsOk = true;
    m.enterprises = idList(scope.value(QLatin1String("enterprises")), idsOk);
    m.cohorts = idList(scope.value(QLatin1String("cohorts")), idsOk);
    if (!idsOk)
        return malformed(BundleFormatTr::tr("its scope lists invalid ids"));
    if (m.mode == BundleMode::Delta) {
        const QString forDevice = scope.value(QLatin1String("for_device")).toString();
        if (!isUuidText(forDevice) || !vvFromJson(scope.value(QLatin1String("base_vv")), m.baseVv))
            return malformed(BundleFormatTr::tr("its delta base is invalid"));
        m.forDevice = QUuid(forDevice);
    }
    if (!vvFromJson(root.value(QLatin1String("vv")), m.senderVv))
        return malformed(BundleFormatTr::tr("its version vector is invalid"));

    const QJsonValue devices = root.value(QLatin1String("devices"));
    if (!devices.isArray() || devices.toArray().size() > bundle::kMaxDevices)
        return malformed(BundleFormatTr::tr("its device list is invalid"));
    for (const QJsonValue& d : devices.toArray()) {
        if (!d.isString() || !(isUuidText(d.toString()) || d.toString() == u"00000000-0000-0000-0000-000000000000"))
            return malformed(BundleFormatTr::tr("its device list is invalid"));
        m.devices << QUuid(d.toString());
    }

    const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!EntitySchema::instance().entity(it.key()) || !it.value().isDouble() || it.value().toDouble() < 0)
            return malformed(BundleFormatTr::tr("its record counts are invalid"));
        m.counts.insert(it.key(), it.value().toInteger());
    }
    m.records = root.value(QLatin1String("records")).toInteger(-1);
    if (m.records < 0)
        return malformed(BundleFormatTr::tr("its record count is invalid"));

    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray() || entries.toArray().size() > bundle::kMaxEntries)
        return malformed(BundleFormatTr::tr("its list of files is invalid"));
    for (const QJsonValue& v : entries.toArray()) {
        const QJsonObject o = v.toObject();
        BundleEntryInfo e;
        e.name = o.value(QLatin1String("name")).toString();
        e.size = o.value(QLatin1String("size")).toInteger(-1);
        e.sha256 = o.value(QLatin1String("sha256")).toString();
        if (e.size < 0 || !isSha256Hex(e.sha256))
            return malformed(BundleFormatTr::tr("its list of files is invalid"));
        m.entries << e;
    }
    return m;
}

// ---- devices ---------------------------------------------------------------------------------

BundleDevices::BundleDevices(QList<QUuid> devices) : m_devices(std::move(devices))
{
    for (int i = 0; i < m_devices.size(); ++i)
        m_numbers.insert(m_devices[i], i);
}

int BundleDevices::numberOf(const QUuid& device)
{
    const auto it = m_numbers.constFind(device);
    if (it != m_numbers.constEnd())
        return it.value();
    m_devices << device;
    m_numbers.insert(device, static_cast<int>(m_devices.size() - 1));
    return static_cast<int>(m_devices.size() - 1);
}

std::optional<QUuid> BundleDevices::deviceAt(int number) const
{
    if (number < 0 || number >= m_devices.size())
        return std::nullopt;
    return m_devices[number];
}

}  // namespace score
