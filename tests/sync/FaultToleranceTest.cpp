// Bad luck at the worst moment: a disk that fills up during an import, a backup or an edit, and
// processes killed (SIGKILL) in the middle of an import, an export or a burst of edits. Each
// time the workspace passes `check` and holds either the state before or the state after.
//
// SCORE_CRASH_TRIALS (default 6 per kind) sets how many kills are tried.

#include "support/FaultyVfs.h"
#include "support/SyncSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/Backups.h"
#include "storage/WorkspaceCheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <random>

using namespace score;
using namespace score::test;

namespace {

int crashTrials()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SCORE_CRASH_TRIALS", &ok);
    return ok ? n : 6;
}

struct Scenario {
    TempDir dir;
    Device sender;
    Device receiver;
    QString bundle;
    QString before;
    QString after;

    Scenario()
    {
        // Connections opened from here on go through the VFS that can simulate a full disk.
        FaultyVfs::install();
        sender = makeDevice(dir, QStringLiteral("sender"), 51);
        receiver = makeDevice(dir, QStringLiteral("receiver"), 52);
        DemoOptions demo;
        demo.enterprises = 3;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(sender.ws(), demo).ok());
        bundle = exportTo(sender, dir, QStringLiteral("sender.scorebundle"), ExportOptions{});
        before = canonicalDump(receiver.ws());
        after = canonicalDump(sender.ws());
    }
};

QString dumpOf(const QString& path)
{
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    return canonicalDump(**ws);
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

}  // namespace

TEST_CASE("A disk that fills up during an import: a clear sentence, nothing changed, and the next try works")
{
    Scenario s;
    for (qint64 budget : {qint64(0), qint64(4096), qint64(64 * 1024), qint64(512 * 1024)}) {
        INFO("budget " << budget);
        ImportOptions options;
        options.backup = false;
        Result<ImportSummary> result = Error::failed(QString());
        {
            DiskFullScope full(budget);
            result = importBundle(s.receiver.ws(), s.bundle, options);
        }
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.message().contains(QStringLiteral("disk is full")));
        REQUIRE(canonicalDump(s.receiver.ws()) == s.before);
        REQUIRE(checkWorkspace(s.receiver.ws())->ok());
    }
    importFrom(s.receiver, s.bundle);
    REQUIRE(canonicalDump(s.receiver.ws()) == s.after);
}

TEST_CASE("A disk that fills up during the backup an import takes: nothing is imported")
{
    Scenario s;
    ImportOptions options;  // with its backup, written once the import knows it changes something
    options.faultInjector = [](const char* stage) -> Status {
        if (std::string_view(stage) == "recorded")
            FaultyVfs::failAfter(8 * 1024);
        return {};
    };
    Result<ImportSummary> result = Error::failed(QString());
    {
        DiskFullScope full(-1);
        result = importBundle(s.receiver.ws(), s.bundle, options);
    }
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.message().contains(QStringLiteral("backed up")));
    REQUIRE(canonicalDump(s.receiver.ws()) == s.before);
    // No half-written backup is offered for restore.
    for (const BackupInfo& b : Backups(s.receiver.ws().path()).list())
        REQUIRE(Workspace::open(b.path).ok());
}

TEST_CASE("A disk that fills up during an edit: the edit is refused in a sentence and the workspace goes on")
{
    Scenario s;
    auto stmt = s.sender.ws().db().prepare(u"SELECT id FROM improvement_action WHERE deleted = 0 LIMIT 1");
    REQUIRE(stmt->next());
    const QString action = stmt->text(0);
    RecordEditor editor(s.sender.ws());
    std::optional<Result<FieldValues>> refused;
    {
        DiskFullScope full(0);
        refused = editor.update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Lost?")}});
    }
    REQUIRE_FALSE(refused->ok());
    REQUIRE(refused->message().contains(QStringLiteral("disk is full")));
    REQUIRE(checkWorkspace(s.sender.ws())->ok());
    REQUIRE(editor.update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Saved")}}).ok());
}

TEST_CASE("An export that runs out of space leaves no bundle behind and says why")
{
    Scenario s;
    const QString out = s.dir.path(QStringLiteral("limited.scorebundle"));
    // RLIMIT_FSIZE makes writes past 64 KiB fail (EFBIG), like a full USB stick.
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" export --db \"$1\" --full --out \"$2\""),
             QStringLiteral(SCORECTL_PATH), s.sender.ws().path(), out});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    REQUIRE(err.contains(QStringLiteral("disk full")));
    REQUIRE_FALSE(QFile::exists(out));
}

TEST_CASE("Killing an import at random moments leaves the workspace as it was or fully imported")
{
    Scenario s;
    const QString original = s.receiver.ws().path();
    s.receiver.t.ws.reset();  // close it; the copies are opened by scorectl
    std::mt19937 random(11);
    // How long a whole import takes, to kill inside that window.
    const QString timing = s.dir.path(QStringLiteral("timing.scoredesk"));
    REQUIRE(copyFile(original, timing));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runScorectl({QStringLiteral("import"), QStringLiteral("--db"), timing, s.bundle}).exitCode == 0);
    const qint64 duration = std::max<qint64>(50, timer.elapsed());

    int killedMidway = 0;
    for (int trial = 0; trial < crashTrials(); ++trial) {
        const QString copy = s.dir.path(QStringLiteral("kill%1.scoredesk").arg(trial));
        REQUIRE(copyFile(original, copy));
        QProcess p;
        p.start(QStringLiteral(SCORECTL_PATH), {QStringLiteral("import"), QStringLiteral("--db"), copy, s.bundle});
        REQUIRE(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(random() % static_cast<unsigned>(duration)));
        p.kill();  // SIGKILL
        p.waitForFinished();
        killedMidway += p.exitStatus() == QProcess::CrashExit ? 1 : 0;
        auto checked = runScorectl({QStringLiteral("check"), QStringLiteral("--db"), copy});
        INFO(checked.err.toStdString());
        REQUIRE(checked.exitCode == 0);
        const QString dump = dumpOf(copy);
        REQUIRE((dump == s.before || dump == s.after));
    }
    WARN("imports killed mid-way: " << killedMidway << " of " << crashTrials());
}

TEST_CASE("Killing an export leaves either no bundle or a complete one")
{
    Scenario s;
    std::mt19937 random(12);
    for (int trial = 0; trial < crashTrials(); ++trial) {
        const QString out = s.dir.path(QStringLiteral("killed%1.scorebundle").arg(trial));
        QProcess p;
        p.start(QStringLiteral(SCORECTL_PATH), {QStringLiteral("export"), QStringLiteral("--db"), s.sender.ws().path(),
                                                QStringLiteral("--full"), QStringLiteral("--out"), out});
        REQUIRE(p.waitForStarted());
        QThread::msleep(random() % 400);
        p.kill();
        p.waitForFinished();
        if (QFile::exists(out))
            REQUIRE(runScorectl({QStringLiteral("verify"), out}).exitCode == 0);
    }
    REQUIRE(checkWorkspace(s.sender.ws())->ok());
}

TEST_CASE("Killing a burst of edits keeps every committed edit and a healthy workspace")
{
    Scenario s;
    const QString path = s.sender.ws().path();
    s.sender.t.ws.reset();
    std::mt19937 random(13);
    for (int trial = 0; trial < crashTrials(); ++trial) {
        QProcess p;
        p.start(QStringLiteral(SCORECTL_PATH), {QStringLiteral("simulate-edits"), QStringLiteral("--db"), path, QStringLiteral("--count"),
                                                QStringLiteral("400"), QStringLiteral("--seed"), QString::number(trial)});
        REQUIRE(p.waitForStarted());
        QThread::msleep(random() % 300);
        p.kill();
        p.waitForFinished();
        auto checked = runScorectl({QStringLiteral("check"), QStringLiteral("--db"), path});
        INFO(checked.err.toStdString());
        REQUIRE(checked.exitCode == 0);
    }
}
