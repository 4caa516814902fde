#include "support/TestSupport.h"

#include "storage/BlobStore.h"

using namespace score;
using namespace score::test;

TEST_CASE("scorectl: help, unknown commands and missing options use the exit-code convention")
{
    REQUIRE(runScorectl({QStringLiteral("--help")}).exitCode == 0);
    REQUIRE(runScorectl({QStringLiteral("init"), QStringLiteral("--help")}).out.contains(QStringLiteral("--db")));
    auto unknown = runScorectl({QStringLiteral("frobnicate")});
    REQUIRE(unknown.exitCode == 2);
    REQUIRE(unknown.err.contains(QStringLiteral("unknown command")));
    auto noDb = runScorectl({QStringLiteral("stats")});
    REQUIRE(noDb.exitCode == 2);
    REQUIRE(noDb.err.contains(QStringLiteral("--db FILE is required")));
    auto badOption = runScorectl({QStringLiteral("stats"), QStringLiteral("--frob")});
    REQUIRE(badOption.exitCode == 2);
}

TEST_CASE("scorectl: init, stats, check and list on a new workspace")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("w.scoredesk"));
    auto init = runScorectl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--device-name"), QStringLiteral("lan")});
    REQUIRE(init.exitCode == 0);
    REQUIRE(init.out.contains(QStringLiteral("lan")));
    REQUIRE(runScorectl({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(runScorectl({QStringLiteral("stats"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("template_item")));
    REQUIRE(runScorectl({QStringLiteral("list"), QStringLiteral("enterprises"), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(runScorectl({QStringLiteral("list"), QStringLiteral("planets"), QStringLiteral("--db"), db}).exitCode == 2);
    auto again = runScorectl({QStringLiteral("init"), QStringLiteral("--db"), db});
    REQUIRE(again.exitCode == 1);
    REQUIRE(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("scorectl: bad workspace files get one clear sentence")
{
    TempDir dir;
    auto missing = runScorectl({QStringLiteral("stats"), QStringLiteral("--db"), dir.path(QStringLiteral("nope.scoredesk"))});
    REQUIRE(missing.exitCode == 1);
    REQUIRE(missing.err.trimmed().count(u'\n') == 0);
    REQUIRE(missing.err.contains(QStringLiteral("There is no workspace")));
    const QString png = dir.path(QStringLiteral("photo.png"));
    QFile f(png);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG\r\n\x1a\n not really");
    f.close();
    auto notWs = runScorectl({QStringLiteral("check"), QStringLiteral("--db"), png});
    REQUIRE(notWs.exitCode == 1);
    REQUIRE(notWs.err.contains(QStringLiteral("not a SCORE Desk workspace")));
}

TEST_CASE("scorectl check notes attachment content that no record refers to, and check --repair removes only that")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("w.scoredesk"));
    QString kept;
    {
        TestWorkspace t = makeWorkspace(db);
        const QString enterprise = addEnterprise(*t);
        BlobStore blobs(*t);
        // A photo whose record went to the recycle bin keeps its content: a restore needs it.
        const QByteArray photo("a photo of the sewing line");
        kept = *blobs.put(photo);
        auto attachment = RecordEditor(*t).create(u"attachment", {{QStringLiteral("owner_kind"), QStringLiteral("enterprise")},
                                                                  {QStringLiteral("owner_id"), enterprise},
                                                                  {QStringLiteral("sha256"), kept},
                                                                  {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                                                  {QStringLiteral("size"), qint64(photo.size())}});
        REQUIRE(attachment.ok());
        REQUIRE(RecordEditor(*t).remove(u"attachment", *attachment).ok());
        REQUIRE(blobs.put(QByteArray("left over")).ok());
        REQUIRE(blobs.put(QByteArray("left over too")).ok());
    }
    auto check = runScorectl({QStringLiteral("check"), QStringLiteral("--db"), db});
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("no record refers to: 2 (")));
    CHECK(check.out.contains(QStringLiteral("--repair")));

    auto repair = runScorectl({QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--db"), db});
    INFO(repair.err.toStdString());
    REQUIRE(repair.exitCode == 0);
    CHECK(repair.out.contains(QStringLiteral("no record referred to: 2 (")));
    TestWorkspace t = openWorkspace(db);
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM attachment_blob") == 1);
    REQUIRE(*BlobStore(*t).contains(kept));
    auto again = runScorectl({QStringLiteral("check"), QStringLiteral("--db"), db});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("--repair")));
}
