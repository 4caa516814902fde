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

TEST_CASE("scorectl: a passphrase from standard input is read whole, exactly as typed, and an empty one is refused")
{
    TempDir dir;
    qputenv("SCORE_TEST_LIGHT_KDF", "1");
    const QString a = dir.path(QStringLiteral("a.scoredesk"));
    const QString b = dir.path(QStringLiteral("b.scoredesk"));
    REQUIRE(runScorectl({QStringLiteral("init"), QStringLiteral("--db"), a, QStringLiteral("--device-name"), QStringLiteral("a")}).exitCode
            == 0);
    REQUIRE(runScorectl({QStringLiteral("init"), QStringLiteral("--db"), b, QStringLiteral("--device-name"), QStringLiteral("b")}).exitCode
            == 0);

    // 5,000 characters, most of them two or three bytes in UTF-8, with spaces at both ends.
    QString passphrase = QStringLiteral(" ");
    while (passphrase.size() < 4999)
        passphrase += QStringLiteral("Vải thiều Lục Ngạn ✓ ");
    passphrase = passphrase.left(4999) + QStringLiteral("!");
    REQUIRE(passphrase.size() == 5000);

    const QString bundle = dir.path(QStringLiteral("a.scorebundle"));
    auto exported = runScorectl({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--full"),
                                 QStringLiteral("--passphrase"), QStringLiteral("-"), QStringLiteral("--out"), bundle},
                                passphrase.toUtf8() + "\n");
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    REQUIRE(exported.out.contains(QStringLiteral("passphrase-protected")));
    // The same passphrase given as an argument opens it: nothing was cut or trimmed.
    auto imported = runScorectl({QStringLiteral("import"), QStringLiteral("--db"), b, bundle, QStringLiteral("--passphrase"), passphrase});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // And from standard input again, ended the Windows way.
    auto again = runScorectl(
        {QStringLiteral("import"), QStringLiteral("--db"), b, bundle, QStringLiteral("--passphrase"), QStringLiteral("-")},
        passphrase.toUtf8() + "\r\n");
    REQUIRE(again.exitCode == 0);
    // A passphrase one character short does not open it.
    auto shorter = runScorectl(
        {QStringLiteral("import"), QStringLiteral("--db"), b, bundle, QStringLiteral("--passphrase"), passphrase.left(4999)});
    REQUIRE(shorter.exitCode == 1);

    // An empty passphrase, as an argument or as an empty line, writes nothing.
    const QString unprotected = dir.path(QStringLiteral("empty.scorebundle"));
    for (const QByteArray& line : {QByteArray(), QByteArray("\n")}) {
        const QString given = line.isEmpty() ? QString() : QStringLiteral("-");
        auto refused = runScorectl({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--full"),
                                    QStringLiteral("--passphrase"), given, QStringLiteral("--out"), unprotected},
                                   line);
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("empty")));
        CHECK(refused.err.trimmed().count(u'\n') == 0);
        CHECK_FALSE(QFile::exists(unprotected));
    }
    qunsetenv("SCORE_TEST_LIGHT_KDF");
}
