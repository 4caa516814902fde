// scorectl commands for exchanging work: export, import, verify, inspect, conflicts, devices,
// restore.

#include "scorectl/Cli.h"

#include "crypto/BundleCipher.h"
#include "crypto/Crypto.h"
#include "storage/Backups.h"
#include "storage/ClockRepair.h"
#include "storage/ConflictStore.h"
#include "storage/SyncState.h"
#include "storage/WorkspaceRestore.h"
#include "sync/BundleExporter.h"
#include "sync/BundleImporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace score::cli {

namespace {

// The context lupdate files these strings under (tr() inside namespace score::cli).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("score::cli", text, comment, n);
}

QString when(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

// --passphrase TEXT, or "-" to read one line from standard input, or a prompt on a terminal.
// The line is taken whole and exactly as typed (only its line ending is removed), so that it is
// the same passphrase as when given as an argument or typed in SCORE Desk.
std::optional<QString> passphrase(const QCommandLineParser& p, Io& io, bool needed, bool confirm)
{
    if (p.isSet(QStringLiteral("passphrase")) && p.value(QStringLiteral("passphrase")) != u"-")
        return p.value(QStringLiteral("passphrase"));
    const bool fromStdin = p.value(QStringLiteral("passphrase")) == u"-";
    if (!fromStdin && !needed)
        return QString();
    if (!fromStdin && !isatty(STDIN_FILENO))
        return std::nullopt;
    auto readLine = [&](const QString& prompt) {
        termios old{};
        const bool tty = isatty(STDIN_FILENO);
        if (tty) {
            io.err << prompt << Qt::flush;
            tcgetattr(STDIN_FILENO, &old);
            termios silent = old;
            silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
        std::string line;
        std::getline(std::cin, line);  // at the end of the input, what was read (maybe nothing)
        if (tty) {
            tcsetattr(STDIN_FILENO, TCSANOW, &old);
            io.err << Qt::endl;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    };
    const QString first = readLine(tr("Passphrase: "));
    if (confirm && isatty(STDIN_FILENO) && readLine(tr("Passphrase again: ")) != first) {
        io.err << tr("The two passphrases differ.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

QCommandLineOption passphraseOption()
{
    return {QStringLiteral("passphrase"), tr("Passphrase protecting the bundle ('-' reads it from standard input)."), tr("TEXT")};
}

int runExport(QCommandLineParser& p, Io& io)
{
    const bool full = p.isSet(QStringLiteral("full"));
    const bool forDevice = p.isSet(QStringLiteral("for"));
    if (full == forDevice)
        return usageError(io, QStringLiteral("export"), tr("Choose one of --full or --for DEVICE."));
    if (p.value(QStringLiteral("out")).isEmpty())
        return usageError(io, QStringLiteral("export"), tr("--out BUNDLE is required."));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    const auto pass = passphrase(p, io, false, true);
    if (!pass)
        return failure(io, tr("No passphrase was given."));
    if (p.isSet(QStringLiteral("passphrase")) && pass->isEmpty())
        return failure(io, tr("An empty passphrase would protect nothing, so no bundle was written; give one, or leave out "
                              "--passphrase to write an unprotected bundle."));
    ExportOptions options;
    options.outputPath = p.value(QStringLiteral("out"));
    options.full = full;
    options.forDevice = p.value(QStringLiteral("for"));
    options.enterpriseIds = p.values(QStringLiteral("enterprise"));
    options.cohortIds = p.values(QStringLiteral("cohort"));
    options.passphrase = *pass;
    options.lightKdfForTests = qEnvironmentVariableIsSet("SCORE_TEST_LIGHT_KDF");
    auto summary = exportBundle(*ws, options);
    if (!summary)
        return failure(io, summary.message());
    io.out << tr("Wrote %1: %2 bundle, %3 records, %4 attachments, %5 bytes%6.")
                  .arg(summary->path, bundleModeName(summary->mode))
                  .arg(summary->records)
                  .arg(summary->blobs)
                  .arg(summary->bytes)
                  .arg(summary->encrypted ? tr(", passphrase-protected") : QString())
           << Qt::endl;
    return Success;
}

void printImportSummary(Io& io, const ImportSummary& s)
{
    const BundleManifest& m = s.manifest;
    io.out << tr("Bundle from \"%1\" (%2), made %3, %4.")
                  .arg(m.source.deviceName, m.source.userName, m.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                       bundleModeName(m.mode))
           << '\n';
    if (!s.previouslyImportedAt.isEmpty())
        io.out << tr("This bundle was already imported on %1.").arg(s.previouslyImportedAt.left(16).replace(u'T', u' ')) << '\n';
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                  .arg(tr("kind").leftJustified(20), tr("new").rightJustified(8), tr("updated").rightJustified(8),
                       tr("deleted").rightJustified(8), tr("restored").rightJustified(8), tr("conflicts").rightJustified(9));
    for (auto it = s.entities.begin(); it != s.entities.end(); ++it) {
        const EntityImportCounts& c = it.value();
        if (c.inserted + c.updated + c.deleted + c.restored + c.conflicts == 0)
            continue;
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                      .arg(it.key().leftJustified(20))
                      .arg(c.inserted, 8)
                      .arg(c.updated, 8)
                      .arg(c.deleted, 8)
                      .arg(c.restored, 8)
                      .arg(c.conflicts, 9);
    }
    const EntityImportCounts& t = s.totals;
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                  .arg(tr("total").leftJustified(20))
                  .arg(t.inserted, 8)
                  .arg(t.updated, 8)
                  .arg(t.deleted, 8)
                  .arg(t.restored, 8)
                  .arg(t.conflicts, 9);
    io.out << tr("%1 records already up to date; %2 new attachments.").arg(t.unchanged).arg(s.blobsAdded) << '\n';
    for (const QString& w : s.warnings)
        io.out << tr("Note: %1").arg(w) << '\n';
    if (s.dryRun)
        io.out << tr("Dry run: nothing was written.") << '\n';
    else if (!s.changedAnything())
        io.out << tr("Nothing changed.") << '\n';
    io.out.flush();
}

int runImport(QCommandLineParser& p, Io& io)
{
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return usageError(io, QStringLiteral("import"), tr("Give exactly one bundle file to import."));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    ImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.allowMassDelete = p.isSet(QStringLiteral("allow-mass-delete"));
    options.trustChangedKey = p.isSet(QStringLiteral("trust-new-key"));
    const bool encrypted = crypto::isEncryptedBundle(files[0]);
    const auto pass = passphrase(p, io, encrypted, false);
    if (!pass)
        return failure(io, tr("This bundle is protected by a passphrase; give it with --passphrase."));
    options.passphrase = *pass;
    auto summary = importBundle(*ws, files[0], options);
    if (!summary)
        return failure(io, summary.message());
    printImportSummary(io, *summary);
    return Success;
}

int runVerify(QCommandLineParser& p, Io& io)
{
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return usageError(io, QStringLiteral("verify"), tr("Give exactly one bundle file to verify."));
    const auto pass = passphrase(p, io, crypto::isEncryptedBundle(files[0]), false);
    if (!pass)
        return failure(io, tr("This bundle is protected by a passphrase; give it with --passphrase."));
    auto reader = BundleReader::open(files[0], *pass);
    if (!reader)
        return failure(io, reader.message());
    qint64 records = 0;
    Status all = (*reader)->forEachRecord([&](RecordState&&) -> Status {
        ++records;
        return {};
    });
    if (all)
        all = (*reader)->forEachBlob([](const QString&, const QByteArray&) -> Status { return {}; });
    if (!all)
        return failure(io, all.message());
    const BundleManifest& m = (*reader)->manifest();
    io.out << tr("The bundle is intact and signed by \"%1\" (key %2): %3 records, %4 attachments.")
                  .arg(m.source.deviceName, crypto::fingerprint(m.source.publicKey))
                  .arg(records)
                  .arg((*reader)->blobHashes().size())
           << Qt::endl;
    return Success;
}

int runInspect(QCommandLineParser& p, Io& io)
{
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return usageError(io, QStringLiteral("inspect"), tr("Give exactly one bundle file to inspect."));
    const auto pass = passphrase(p, io, crypto::isEncryptedBundle(files[0]), false);
    if (!pass)
        return failure(io, tr("This bundle is protected by a passphrase; give it with --passphrase."));
    auto reader = BundleReader::open(files[0], *pass);
    if (!reader)
        return failure(io, reader.message());
    const BundleManifest& m = (*reader)->manifest();
    io.out << tr("bundle:      %1").arg(m.bundleId) << '\n'
           << tr("made by:     %1, %2 (device %3, key %4)")
                  .arg(m.source.userName, m.source.deviceName, uuidText(m.source.deviceId), crypto::fingerprint(m.source.publicKey))
           << '\n'
           << tr("made on:     %1 with %2 (format %3, schema %4)").arg(m.createdAt.toString(Qt::ISODate), m.app).arg(m.format).arg(m.schema)
           << '\n'
           << tr("scope:       %1").arg(bundleModeName(m.mode));
    if (m.mode == BundleMode::Delta)
        io.out << tr(" for device %1").arg(uuidText(m.forDevice));
    if (!m.enterprises.isEmpty())
        io.out << tr("; enterprises %1").arg(m.enterprises.join(QStringLiteral(", ")));
    if (!m.cohorts.isEmpty())
        io.out << tr("; cohorts %1").arg(m.cohorts.join(QStringLiteral(", ")));
    io.out << '\n' << tr("protected:   %1").arg((*reader)->wasEncrypted() ? tr("yes, by passphrase") : tr("no")) << '\n';
    io.out << tr("records:     %1").arg(m.records) << '\n';
    for (auto it = m.counts.begin(); it != m.counts.end(); ++it)
        io.out << "  " << it.key().leftJustified(22) << it.value() << '\n';
    io.out << tr("attachments: %1").arg((*reader)->blobHashes().size()) << '\n';
    io.out << tr("holds (version vector):") << '\n';
    for (const auto& [device, hlc] : m.senderVv.entries())
        io.out << "  " << uuidText(device) << "  " << when(hlcMillis(hlc)) << '\n';
    io.out.flush();
    return Success;
}

int runConflicts(QCommandLineParser& p, Io& io)
{
    auto ws = openWorkspace(p, io, !(p.isSet(QStringLiteral("reapply")) || p.isSet(QStringLiteral("dismiss"))));
    if (!ws)
        return Failure;
    ConflictStore conflicts(*ws);
    if (p.isSet(QStringLiteral("reapply")) || p.isSet(QStringLiteral("dismiss"))) {
        const bool reapply = p.isSet(QStringLiteral("reapply"));
        bool ok = false;
        const qint64 id = p.value(reapply ? QStringLiteral("reapply") : QStringLiteral("dismiss")).toLongLong(&ok);
        if (!ok)
            return usageError(io, QStringLiteral("conflicts"), tr("Give the conflict number shown in the list."));
        const Status s = reapply ? conflicts.reapply(id, (*ws).device().userName) : conflicts.dismiss(id);
        if (!s)
            return failure(io, s.message());
        io.out << (reapply ? tr("Conflict %1: the other value was applied again as a new edit.").arg(id)
                           : tr("Conflict %1 dismissed.").arg(id))
               << Qt::endl;
        return Success;
    }
    auto list = conflicts.list(!p.isSet(QStringLiteral("all")));
    if (!list)
        return failure(io, list.message());
    if (list->empty()) {
        io.out << tr("No conflicts to review.") << Qt::endl;
        return Success;
    }
    for (const ConflictEntry& c : *list) {
        io.out << '#' << c.id << "  " << c.entity << " \"" << c.recordLabel.left(60) << "\" (" << c.recordId << ")";
        if (c.status != u"open")
            io.out << " [" << c.status << ']';
        io.out << '\n';
        if (c.kind == u"field") {
            io.out << "    " << c.field << ": " << tr("kept %1 — %2, %3").arg(c.keptValue.left(80), c.keptBy, when(c.keptMs)) << '\n';
            io.out << "    " << QString(c.field.size(), u' ') << "  "
                   << tr("lost %1 — %2, %3").arg(c.lostValue.left(80), c.lostBy, when(c.lostMs)) << '\n';
        } else if (c.kind == u"deleted") {
            io.out << "    "
                   << tr("deleted by %1, %2, while %3 edited it (%4); it is in the recycle bin.")
                          .arg(c.keptBy, when(c.keptMs), c.lostBy, when(c.lostMs))
                   << '\n';
        } else {
            io.out << "    "
                   << tr("edited by %1, %2, after %3 deleted it (%4); it is back.").arg(c.keptBy, when(c.keptMs), c.lostBy, when(c.lostMs))
                   << '\n';
        }
    }
    io.out.flush();
    return Success;
}

int runDevices(QCommandLineParser& p, Io& io)
{
    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    const DeviceIdentity& self = ws->device();
    io.out << tr("this device: %1  %2 (%3)  key %4")
                  .arg(uuidText(self.deviceId), self.deviceName, self.userName, crypto::fingerprint(self.publicKey))
           << '\n';
    auto peers = SyncState(*ws).peers();
    if (!peers)
        return failure(io, peers.message());
    if (peers->empty())
        io.out << tr("No bundles from other devices have been imported yet.") << '\n';
    for (const PeerDevice& d : *peers) {
        io.out << uuidText(d.deviceId) << "  " << d.deviceName << " (" << d.userName << ")  "
               << tr("key %1").arg(crypto::fingerprint(d.publicKey)) << '\n'
               << "    "
               << tr("first seen %1, last bundle %2").arg(d.firstSeen.left(16).replace(u'T', u' '), d.lastSeen.left(16).replace(u'T', u' '))
               << '\n';
    }
    io.out.flush();
    return Success;
}

int runRestore(QCommandLineParser& p, Io& io)
{
    const QString db = p.value(QStringLiteral("db"));
    const Backups backups(db);
    if (p.isSet(QStringLiteral("list")) || !p.isSet(QStringLiteral("backup"))) {
        if (!p.isSet(QStringLiteral("list")))
            return usageError(io, QStringLiteral("restore"), tr("Use --list to see the backups, then --backup FILE or --backup latest."));
        const auto list = backups.list();
        if (list.isEmpty())
            io.out << tr("No backups of %1 yet (they are taken before every import).").arg(db) << '\n';
        for (const BackupInfo& b : list)
            io.out << b.fileName << '\t' << b.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) << '\t' << b.reason << '\t'
                   << b.size << '\n';
        io.out.flush();
        return Success;
    }
    QString chosen = p.value(QStringLiteral("backup"));
    if (chosen == u"latest") {
        const auto list = backups.list();
        if (list.isEmpty())
            return failure(io, tr("There are no backups of %1 to restore.").arg(db));
        chosen = list.first().path;
    } else if (!QFileInfo::exists(chosen)) {
        chosen = backups.folder() + u'/' + chosen;
    }
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    auto summary = restoreBackup(*ws, chosen);
    if (!summary)
        return failure(io, summary.message());
    io.out << tr("Restored %1. The state before the restore is kept in %2. This workspace continues as a new device "
                 "(%3) so that later bundles bring back what was lost.")
                  .arg(QFileInfo(summary->restoredFrom).fileName(), summary->safetyBackup, uuidText(summary->newDevice))
           << Qt::endl;
    return Success;
}

int runRestamp(QCommandLineParser& p, Io& io)
{
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    const auto ahead = ownStampsAheadOfClock(*ws);
    if (!ahead) {
        io.out << tr("This workspace's changes are not dated after this computer's date; nothing to re-stamp.") << Qt::endl;
        return Success;
    }
    auto summary = restampOwnFutureChanges(*ws);
    if (!summary)
        return failure(io, summary.message());
    io.out << tr("Re-stamped %1 changes in %2 records that this device dated up to %3 while its clock was ahead; its next "
                 "bundles will be accepted.")
                  .arg(summary->changes)
                  .arg(summary->records)
                  .arg(when(*ahead))
           << Qt::endl;
    return Success;
}

}  // namespace

void addSyncCommands(std::vector<Command>& all)
{
    all.push_back(
        {QStringLiteral("export"), tr("Write a bundle: everything, or what a device lacks; optionally scoped."),
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("full"), tr("Every record of the workspace (or of the scope).")});
             p.addOption({QStringLiteral("for"), tr("Only what this device does not hold yet (id, id prefix or name)."), tr("DEVICE")});
             p.addOption({QStringLiteral("enterprise"), tr("Limit to an enterprise (repeatable)."), tr("ID")});
             p.addOption({QStringLiteral("cohort"), tr("Limit to a cohort (repeatable)."), tr("ID")});
             p.addOption({QStringLiteral("out"), tr("Bundle file to write."), tr("BUNDLE")});
             p.addOption(passphraseOption());
         },
         runExport});
    all.push_back({QStringLiteral("import"), tr("Import a bundle (atomic, idempotent); --dry-run shows what would change."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("bundle"), tr("The bundle file."));
                       p.addOption({QStringLiteral("dry-run"), tr("Compute what would change; write nothing.")});
                       p.addOption({QStringLiteral("allow-mass-delete"), tr("Accept a bundle that deletes many records.")});
                       p.addOption({QStringLiteral("trust-new-key"), tr("Accept a known device that now signs with a new key.")});
                       p.addOption(passphraseOption());
                   },
                   runImport});
    all.push_back({QStringLiteral("verify"), tr("Check a bundle's integrity and signature."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("bundle"), tr("The bundle file."));
                       p.addOption(passphraseOption());
                   },
                   runVerify, false});
    all.push_back({QStringLiteral("inspect"), tr("Summarise a bundle's manifest."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("bundle"), tr("The bundle file."));
                       p.addOption(passphraseOption());
                   },
                   runInspect, false});
    all.push_back({QStringLiteral("conflicts"), tr("List the values that lost a merge; re-apply or dismiss one."),
                   [](QCommandLineParser& p) {
                       p.addOption({QStringLiteral("all"), tr("Include conflicts already handled.")});
                       p.addOption({QStringLiteral("reapply"), tr("Apply the losing value again, as a new edit."), tr("N")});
                       p.addOption({QStringLiteral("dismiss"), tr("Mark a conflict as reviewed."), tr("N")});
                   },
                   runConflicts});
    all.push_back({QStringLiteral("restamp"),
                   tr("Give this device's changes dated in the future the present time, once its clock is right."),
                   [](QCommandLineParser&) {}, runRestamp});
    all.push_back({QStringLiteral("devices"), tr("Show this device and the devices whose bundles were imported."),
                   [](QCommandLineParser&) {}, runDevices});
    all.push_back(
        {QStringLiteral("restore"), tr("List the automatic backups, or bring one back."),
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("list"), tr("List the backups, newest first.")});
             p.addOption({QStringLiteral("backup"), tr("The backup to restore: a file name from --list, or 'latest'."), tr("FILE")});
         },
         runRestore});
}

}  // namespace score::cli
