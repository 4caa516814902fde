// Hostile and damaged bundles: each is refused with one sentence and changes nothing — or, for
// damage that touches nothing the bundle relies on, imports exactly like the intact bundle.

#include "support/SyncSupport.h"

#include "crypto/Crypto.h"
#include "demo/DemoGenerator.h"
#include "storage/WorkspaceCheck.h"
#include "sync/LineSplitter.h"
#include "util/ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>
#include <random>

using namespace score;
using namespace score::test;

namespace {

struct Fixture {
    TempDir dir;
    Device sender;
    QString bundle;
    QByteArray bytes;
    QString cleanResult;  // dump after importing the intact bundle into a fresh workspace

    Fixture()
    {
        sender = makeDevice(dir, QStringLiteral("sender"), 41);
        DemoOptions demo;
        demo.enterprises = 1;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(sender.ws(), demo).ok());
        ExportOptions full;
        bundle = exportTo(sender, dir, QStringLiteral("intact.scorebundle"), full);
        QFile f(bundle);
        REQUIRE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
        cleanResult = canonicalDump(sender.ws());
    }

    QString write(const QString& name, const QByteArray& data) const
    {
        const QString path = dir.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        return path;
    }
};

// Imports into `target`; requires either a one-sentence refusal with nothing changed, or an
// import whose result equals the intact bundle's.
void refusedOrIdentical(Device& target, const QString& path, const QString& cleanResult, bool mustRefuse)
{
    const QString before = canonicalDump(target.ws());
    ImportOptions options;
    options.backup = false;
    auto result = importBundle(target.ws(), path, options);
    if (result.ok()) {
        REQUIRE_FALSE(mustRefuse);
        REQUIRE(canonicalDump(target.ws()) == cleanResult);
        return;
    }
    INFO(result.message().toStdString());
    REQUIRE_FALSE(result.message().isEmpty());
    REQUIRE_FALSE(result.message().contains(u'\n'));
    REQUIRE(result.message().endsWith(u'.'));
    REQUIRE(canonicalDump(target.ws()) == before);
}

}  // namespace

TEST_CASE("Damaged bundles: byte flips anywhere in the file")
{
    Fixture f;
    std::mt19937 random(7);
    const int trials = 60;
    for (int i = 0; i < trials; ++i) {
        Device target = makeDevice(f.dir, QStringLiteral("t%1").arg(i), 100 + i);
        QByteArray damaged = f.bytes;
        const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(damaged.size()));
        damaged[at] = static_cast<char>(damaged[at] ^ (1 << (random() % 8)));
        refusedOrIdentical(target, f.write(QStringLiteral("flip%1.scorebundle").arg(i), damaged), f.cleanResult, false);
    }
}

TEST_CASE("Damaged bundles: truncated files, random bytes, other files renamed")
{
    Fixture f;
    Device target = makeDevice(f.dir, QStringLiteral("target"), 7);
    for (double share : {0.0, 0.1, 0.5, 0.9, 0.999})
        refusedOrIdentical(target, f.write(QStringLiteral("cut.scorebundle"), f.bytes.left(static_cast<qsizetype>(f.bytes.size() * share))),
                           f.cleanResult, true);
    std::mt19937 random(3);
    QByteArray noise(5000, Qt::Uninitialized);
    for (char& c : noise)
        c = static_cast<char>(random());
    refusedOrIdentical(target, f.write(QStringLiteral("noise.scorebundle"), noise), f.cleanResult, true);

    QFile workspace(f.sender.ws().path());
    REQUIRE(workspace.open(QIODevice::ReadOnly));
    refusedOrIdentical(target, f.write(QStringLiteral("workspace.scorebundle"), workspace.readAll()), f.cleanResult, true);

    const QString otherZip = f.dir.path(QStringLiteral("photos.scorebundle"));
    ZipWriter zip;
    REQUIRE(zip.open(otherZip).ok());
    REQUIRE(zip.addBytes(QStringLiteral("IMG_0001.jpg"), QByteArray(2000, 'x'), true).ok());
    REQUIRE(zip.close().ok());
    ImportOptions options;
    auto result = importBundle(target.ws(), otherZip, options);
    REQUIRE(result.message().contains(QStringLiteral("unexpected file")));
}

TEST_CASE("Hostile bundles: path traversal, ZIP bomb, oversized and mistyped fields", "[trust]")
{
    Fixture f;
    Device target = makeDevice(f.dir, QStringLiteral("target"), 8);

    SECTION("a path outside blobs/")
    {
        BundleParts parts = readParts(f.bundle);
        parts.extraEntries.push_back({QStringLiteral("../../.bashrc"), QByteArray("echo owned\n")});
        forgeBundle(parts, f.dir.path(QStringLiteral("traversal.scorebundle")));
        ImportOptions options;
        auto result = importBundle(target.ws(), f.dir.path(QStringLiteral("traversal.scorebundle")), options);
        REQUIRE(result.message().contains(QStringLiteral("unexpected file")));
    }
    SECTION("a ZIP bomb")
    {
        BundleParts parts = readParts(f.bundle);
        const QByteArray zeros(30 * 1024 * 1024, '\0');
        parts.extraEntries.push_back({QStringLiteral("blobs/") + crypto::sha256Hex(zeros), zeros});
        forgeBundle(parts, f.dir.path(QStringLiteral("bomb.scorebundle")));
        ImportOptions options;
        auto result = importBundle(target.ws(), f.dir.path(QStringLiteral("bomb.scorebundle")), options);
        REQUIRE(result.message().contains(QStringLiteral("ZIP bomb")));
    }
    SECTION("a field longer than allowed")
    {
        BundleParts parts = readParts(f.bundle);
        const QByteArray marker = "\"k\":\"enterprise\"";
        QList<QByteArray> lines = parts.changes.split('\n');
        for (QByteArray& line : lines) {
            if (!line.contains(marker))
                continue;
            QJsonObject o = QJsonDocument::fromJson(line).object();
            QJsonObject fields = o.value(QStringLiteral("f")).toObject();
            fields.insert(QStringLiteral("name"), QString(5000, u'x'));
            o.insert(QStringLiteral("f"), fields);
            line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        parts.changes = lines.join('\n');
        forgeBundle(parts, f.dir.path(QStringLiteral("long.scorebundle")));
        refusedOrIdentical(target, f.dir.path(QStringLiteral("long.scorebundle")), f.cleanResult, true);
    }
    SECTION("a field of the wrong type and an unknown enum value")
    {
        for (const auto& [field, value] : {std::pair{QStringLiteral("employees_total"), QJsonValue(QStringLiteral("many"))},
                                           std::pair{QStringLiteral("sector"), QJsonValue(QStringLiteral("mining"))},
                                           std::pair{QStringLiteral("country_id"), QJsonValue(QStringLiteral("../../etc"))}}) {
            BundleParts parts = readParts(f.bundle);
            QList<QByteArray> lines = parts.changes.split('\n');
            for (QByteArray& line : lines) {
                if (!line.contains("\"k\":\"enterprise\""))
                    continue;
                QJsonObject o = QJsonDocument::fromJson(line).object();
                QJsonObject fields = o.value(QStringLiteral("f")).toObject();
                fields.insert(field, value);
                o.insert(QStringLiteral("f"), fields);
                line = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            parts.changes = lines.join('\n');
            forgeBundle(parts, f.dir.path(QStringLiteral("typed.scorebundle")));
            refusedOrIdentical(target, f.dir.path(QStringLiteral("typed.scorebundle")), f.cleanResult, true);
        }
    }
    SECTION("an altered manifest under the original signature")
    {
        BundleParts parts = readParts(f.bundle);
        ZipReader original;
        REQUIRE(original.open(f.bundle).ok());
        QJsonObject manifest = parts.manifest;
        manifest.insert(QStringLiteral("records"), 1);
        const QByteArray json = QJsonDocument(manifest).toJson();
        QByteArray signature;
        const auto entries = original.entries(100);
        REQUIRE(entries.ok());
        for (const ZipEntry& e : *entries) {
            if (e.name == QStringLiteral("manifest.sig"))
                signature = *original.readAll(e, 1024);
        }
        ZipWriter zip;
        const QString path = f.dir.path(QStringLiteral("altered.scorebundle"));
        REQUIRE(zip.open(path).ok());
        REQUIRE(zip.addBytes(QStringLiteral("manifest.json"), json, true).ok());
        REQUIRE(zip.addBytes(QStringLiteral("manifest.sig"), signature, false).ok());
        REQUIRE(zip.addBytes(QStringLiteral("changes.jsonl"), parts.changes, true).ok());
        for (auto it = parts.blobs.begin(); it != parts.blobs.end(); ++it)
            REQUIRE(zip.addBytes(QStringLiteral("blobs/") + it.key(), it.value(), false).ok());
        REQUIRE(zip.close().ok());
        ImportOptions options;
        auto result = importBundle(target.ws(), path, options);
        REQUIRE(result.message().contains(QStringLiteral("signature does not match")));
    }
    SECTION("records that do not match the signed hash")
    {
        BundleParts parts = readParts(f.bundle);
        parts.changes.replace("Co., Ltd.", "Co., Ltc.");
        forgeBundle(parts, f.dir.path(QStringLiteral("swapped.scorebundle")), true);
        refusedOrIdentical(target, f.dir.path(QStringLiteral("swapped.scorebundle")), f.cleanResult, true);
    }
    SECTION("a bundle from a newer SCORE Desk")
    {
        BundleParts parts = readParts(f.bundle);
        parts.manifest.insert(QStringLiteral("format"), 2);
        parts.manifest.insert(QStringLiteral("app"), QStringLiteral("SCORE Desk 3.1.0"));
        forgeBundle(parts, f.dir.path(QStringLiteral("newer.scorebundle")));
        ImportOptions options;
        auto result = importBundle(target.ws(), f.dir.path(QStringLiteral("newer.scorebundle")), options);
        REQUIRE(result.error().kind == Error::Kind::NewerVersion);
        REQUIRE(result.message() == QStringLiteral("This bundle was made by a newer SCORE Desk (SCORE Desk 3.1.0); update to read it."));
    }
    REQUIRE(checkWorkspace(target.ws())->ok());
}

TEST_CASE("The records stream is cut into the same lines whatever the size of the pieces it arrives in")
{
    const QByteArray stream = "{\"a\":1}\n\n{\"b\":22}\n{\"c\":333}";  // empty line, no final newline
    const QList<QByteArray> expected{"{\"a\":1}", "{\"b\":22}", "{\"c\":333}"};
    for (qsizetype chunk = 1; chunk <= stream.size(); ++chunk) {
        QList<QByteArray> lines;
        LineSplitter splitter(64, [&](const QByteArray& line) -> Status {
            lines << QByteArray(line.constData(), line.size());
            return {};
        });
        for (qsizetype at = 0; at < stream.size(); at += chunk)
            REQUIRE(splitter.add(stream.constData() + at, std::min(chunk, stream.size() - at)));
        REQUIRE(splitter.finish());
        INFO("chunk " << chunk);
        CHECK(lines == expected);
    }
}

TEST_CASE("A record longer than allowed stops the records stream with a sentence, in one piece or many")
{
    const QByteArray stream = "{\"a\":1}\n" + QByteArray(100, 'x') + "\n{\"c\":3}\n";
    for (const qsizetype chunk : {qsizetype(7), stream.size()}) {
        int delivered = 0;
        LineSplitter splitter(64, [&](const QByteArray&) -> Status {
            ++delivered;
            return {};
        });
        Status status;
        for (qsizetype at = 0; status && at < stream.size(); at += chunk)
            status = splitter.add(stream.constData() + at, std::min(chunk, stream.size() - at));
        REQUIRE_FALSE(status);
        CHECK(status.message().contains(QStringLiteral("larger than allowed")));
        CHECK(delivered == 1);
    }
}

TEST_CASE(
    "An import refuses records that check would reject: an id that is not its natural key, an answer of another item, an attachment of no record, text that is not UTF-8",
    "[trust]")
{
    Fixture f;
    // Sets `field` of the first record of `kind` in the bundle's changes to `value`, in place (the
    // record line keeps SCORE Desk's order of keys), and re-signs it.
    const auto forged = [&](const char* kind, const QString& file, const QString& field, const QString& value) {
        BundleParts parts = readParts(f.bundle);
        QList<QByteArray> lines = parts.changes.split('\n');
        const QByteArray ofKind = QByteArrayLiteral("\"k\":\"") + QByteArray(kind) + QByteArrayLiteral("\"");
        const QRegularExpression setting(QStringLiteral("\"%1\":\"[^\"]*\"").arg(field));
        bool altered = false;
        for (QByteArray& line : lines) {
            if (altered || !line.contains(ofKind))
                continue;
            QString text = QString::fromUtf8(line);
            REQUIRE(text.contains(setting));
            text.replace(setting, QStringLiteral("\"%1\":\"%2\"").arg(field, value));
            line = text.toUtf8();
            altered = true;
        }
        REQUIRE(altered);
        parts.changes = lines.join('\n');
        const QString path = f.dir.path(file);
        forgeBundle(parts, path);
        return path;
    };
    const auto refused = [&](const QString& path, const QString& words) {
        Device target = makeDevice(f.dir, QFileInfo(path).baseName(), 9);
        const QString before = canonicalDump(target.ws());
        ImportOptions options;
        options.backup = false;
        auto result = importBundle(target.ws(), path, options);
        INFO((result ? QStringLiteral("imported") : result.message()).toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(words));
        CHECK(result.message().endsWith(u'.'));
        CHECK(canonicalDump(target.ws()) == before);
    };

    SECTION("a KPI reading filed under another month than its id says")
    {
        const QString path = forged("kpi_reading", QStringLiteral("reading.scorebundle"), QStringLiteral("period"),
                                    QStringLiteral("2019-01"));
        refused(path, QStringLiteral("does not match its enterprise, KPI and period"));
    }
    SECTION("a checklist answer filed under another item of its checklist than its item key says")
    {
        // The item of a later answer: same template, another key.
        const QList<QByteArray> lines = readParts(f.bundle).changes.split('\n');
        QStringList items;
        for (const QByteArray& line : lines)
            if (line.contains("\"k\":\"response\""))
                items << QJsonDocument::fromJson(line)
                             .object()
                             .value(QStringLiteral("f"))
                             .toObject()
                             .value(QStringLiteral("item_id"))
                             .toString();
        REQUIRE(items.size() > 1);
        REQUIRE(items.first() != items.last());
        const QString path = forged("response", QStringLiteral("answer.scorebundle"), QStringLiteral("item_id"), items.last());
        refused(path, QStringLiteral("its item key does not match the checklist item"));
    }
    SECTION("a name that is not valid UTF-8")
    {
        BundleParts parts = readParts(f.bundle);
        REQUIRE(parts.changes.contains("Co., Ltd."));
        parts.changes.replace("Co., Ltd.", "Co., Lt\xff\xfe.");
        const QString path = f.dir.path(QStringLiteral("latin1.scorebundle"));
        forgeBundle(parts, path);
        refused(path, QStringLiteral("not valid UTF-8"));
    }
    SECTION("a photo that belongs to a finding that does not exist")
    {
        const QString path = forged("attachment", QStringLiteral("orphan.scorebundle"), QStringLiteral("owner_id"),
                                    QStringLiteral("019cb993-fa58-7338-b8fb-000000000000"));
        refused(path, QStringLiteral("does not exist"));
    }
}
