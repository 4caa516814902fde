#include "FuzzTargets.h"

#include "content/ContentCatalogue.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

namespace score::fuzz {

namespace {
QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}
}  // namespace

void bundleFile(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.scorebundle"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    auto reader = BundleReader::open(path, QStringLiteral("fuzz"));
    if (!reader)
        return;
    (void)(*reader)->forEachRecord([](RecordState&&) -> Status { return {}; });
    (void)(*reader)->forEachBlob([](const QString&, const QByteArray&) -> Status { return {}; });
}

void recordLine(const uint8_t* data, size_t size)
{
    static const BundleDevices devices({QUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")),
                                        QUuid(QStringLiteral("6f1f5a0e-3c2b-4a8e-9d47-5c0de5c07e01")),
                                        QUuid(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"))});
    auto state = parseRecordLine(bytes(data, size), devices);
    if (state) {
        // A parsed record must survive its own encoding.
        BundleDevices writer;
        (void)encodeRecordLine(*state, writer);
    }
}

void contentFile(const uint8_t* data, size_t size)
{
    const QByteArray input = bytes(data, size);
    (void)parseTemplate(input);
    (void)parseKpis(input);
    (void)parseModules(input);
    (void)parseCountries(input);
}

void manifest(const uint8_t* data, size_t size)
{
    auto m = BundleManifest::fromJson(bytes(data, size));
    if (m)
        (void)m->toJson();
}

}  // namespace score::fuzz
