// scorectl commands on one workspace: init, demo, list, stats, dump, check.

#include "scorectl/Cli.h"

#include "demo/DemoGenerator.h"
#include "demo/EditSimulator.h"
#include "programme/ProgrammeEditor.h"
#include "storage/BlobStore.h"
#include "storage/CanonicalDump.h"
#include "storage/RecordLists.h"
#include "storage/WorkspaceCheck.h"
#include "storage/WorkspaceSetup.h"
#include "storage/WorkspaceStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

namespace score::cli {

namespace {

// The context lupdate files these strings under (tr() inside namespace score::cli).
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("score::cli", text, comment, n);
}

int runInit(QCommandLineParser& p, Io& io)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString role = p.isSet(QStringLiteral("role")) ? p.value(QStringLiteral("role")) : QStringLiteral("counsellor");
    auto ws = createWorkspace(path, p.value(QStringLiteral("device-name")), p.value(QStringLiteral("user")));
    if (!ws)
        return failure(io, ws.message());
    // The person at this device is one of the programme's people from the start, so that the
    // visits they record are filed under them.
    RecordEditor records(**ws);
    ProgrammeEditor programme(**ws, records);
    auto person = programme.adoptDevicePerson((*ws)->device().userName, role, p.value(QStringLiteral("gender")));
    if (!person) {
        ws->reset();
        removeWorkspaceFiles(path);
        return failure(io, person.message());
    }
    io.out << tr("Created workspace %1 for device \"%2\" (%3).").arg(path, (*ws)->device().deviceName, uuidText((*ws)->device().deviceId))
           << '\n'
           << tr("You are %1 here (%2).").arg((*ws)->device().userName, *person) << Qt::endl;
    return Success;
}

int runDemo(QCommandLineParser& p, Io& io)
{
    DemoOptions options;
    bool ok = true;
    auto number = [&](const char* name, qint64 fallback) -> qint64 {
        const QString text = p.value(QLatin1String(name));
        if (text.isEmpty())
            return fallback;
        bool parsed = false;
        const qint64 v = text.toLongLong(&parsed);
        if (!parsed || v < 0)
            ok = false;
        return v;
    };
    options.enterprises = static_cast<int>(number("enterprises", 12));
    options.years = static_cast<int>(number("years", 1));
    options.seed = static_cast<quint64>(number("seed", 1));
    options.photos = !p.isSet(QStringLiteral("no-photos"));
    if (!ok)
        return usageError(io, QStringLiteral("demo"), tr("--enterprises, --years and --seed take whole numbers."));
    if (p.isSet(QStringLiteral("anchor"))) {
        options.anchor = QDate::fromString(p.value(QStringLiteral("anchor")), Qt::ISODate);
        if (!options.anchor.isValid())
            return usageError(io, QStringLiteral("demo"), tr("--anchor takes a date (YYYY-MM-DD)."));
    }
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    if (options.enterprises > 50) {
        options.progress = [&](qint64 done, qint64 total) {
            io.err << '\r' << tr("demo: %1 of about %2 records").arg(done).arg(total) << Qt::flush;
            return true;
        };
    }
    auto summary = generateDemo(*ws, options);
    if (options.progress)
        io.err << Qt::endl;
    if (!summary)
        return failure(io, summary.message());
    const QString cohorts = summary->cohorts == 1 ? tr("1 cohort") : tr("%1 cohorts").arg(summary->cohorts);
    io.out << tr("Added %1 enterprises in %2, %3 records (%4 photos) from %5 to %6, in %7 s.")
                  .arg(summary->enterprises)
                  .arg(cohorts)
                  .arg(summary->records)
                  .arg(summary->photos)
                  .arg(summary->from.toString(Qt::ISODate), summary->to.toString(Qt::ISODate))
                  .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return Success;
}

int runSimulateEdits(QCommandLineParser& p, Io& io)
{
    bool countOk = false;
    bool seedOk = false;
    SimulationOptions options;
    options.count = p.value(QStringLiteral("count")).toInt(&countOk);
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!countOk || !seedOk)
        return usageError(io, QStringLiteral("simulate-edits"), tr("--count N and --seed S are required whole numbers."));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    auto summary = simulateEdits(*ws, options);
    if (!summary)
        return failure(io, summary.message());
    io.out << tr("Made %1 edits: %2 created, %3 updated, %4 deleted, %5 restored.")
                  .arg(options.count)
                  .arg(summary->creates)
                  .arg(summary->updates)
                  .arg(summary->deletes)
                  .arg(summary->restores)
           << Qt::endl;
    return Success;
}

int runList(QCommandLineParser& p, Io& io)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return usageError(io, QStringLiteral("list"), tr("Say what to list: enterprises, cohorts, visits, actions or people."));
    const auto kind = listKindFromName(positional[0]);
    if (!kind)
        return usageError(io, QStringLiteral("list"),
                          tr("Cannot list '%1'; choose enterprises, cohorts, visits, actions or people.").arg(positional[0]));
    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    auto rows = listRecords(*ws, *kind);
    if (!rows)
        return failure(io, rows.message());
    for (const IdName& row : *rows)
        io.out << row.id << '\t' << row.name << '\n';
    io.out.flush();
    return Success;
}

int runStats(QCommandLineParser& p, Io& io)
{
    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    auto stats = collectStats(*ws);
    if (!stats)
        return failure(io, stats.message());
    const QLocale c = QLocale::c();
    io.out
        << QStringLiteral("%1 %2 %3\n").arg(tr("kind").leftJustified(22), tr("live").rightJustified(10), tr("deleted").rightJustified(8));
    for (const EntityCount& e : stats->entities)
        io.out << QStringLiteral("%1 %2 %3\n").arg(e.entity.leftJustified(22)).arg(e.live, 10).arg(e.deleted, 8);
    io.out << QStringLiteral("%1 %2 %3\n").arg(tr("total").leftJustified(22)).arg(stats->totalLive, 10).arg(stats->totalDeleted, 8);
    io.out << tr("attachment content: %1 bytes").arg(stats->attachmentBytes) << '\n';
    io.out << tr("open conflicts: %1").arg(stats->openConflicts) << '\n';
    io.out << tr("known devices: %1").arg(stats->knownDevices) << '\n';
    io.out << tr("file size: %1 bytes").arg(stats->fileBytes) << Qt::endl;
    Q_UNUSED(c);
    return Success;
}

int runDump(QCommandLineParser& p, Io& io)
{
    if (!p.isSet(QStringLiteral("canonical")))
        return usageError(io, QStringLiteral("dump"), tr("Only the canonical dump exists; add --canonical."));
    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return failure(io, tr("Standard output cannot be written."));
    if (auto s = writeCanonicalDump(*ws, out); !s)
        return failure(io, s.message());
    out.flush();
    return Success;
}

int runCheck(QCommandLineParser& p, Io& io)
{
    const bool repair = p.isSet(QStringLiteral("repair"));
    auto ws = openWorkspace(p, io, !repair);
    if (!ws)
        return Failure;
    auto report = checkWorkspace(*ws);
    if (!report)
        return failure(io, report.message());
    if (!report->ok()) {
        io.err << tr("The workspace has %1 problem(s):").arg(report->problems.size()) << '\n';
        for (const QString& problem : report->problems)
            io.err << "  - " << problem << '\n';
        if (repair)
            io.err << tr("Nothing was removed: with these problems, what the records refer to cannot be trusted.") << '\n';
        io.err.flush();
        return Failure;
    }
    io.out << tr("The workspace is healthy (%1 records checked).").arg(report->recordsChecked) << Qt::endl;
    const UnreferencedBlobs& unused = report->unreferencedBlobs;
    if (unused.count == 0)
        return Success;
    const QString size = QLocale::system().formattedDataSize(unused.bytes);
    if (!repair) {
        io.out
            << tr("Attachment content that no record refers to: %1 (%2); 'scorectl check --repair' removes it.").arg(unused.count).arg(size)
            << Qt::endl;
        return Success;
    }
    auto removed = BlobStore(*ws).removeUnreferenced();
    if (!removed)
        return failure(io, removed.message());
    io.out << tr("Removed attachment content that no record referred to: %1 (%2).").arg(*removed).arg(size) << Qt::endl;
    return Success;
}

}  // namespace

void addWorkspaceCommands(std::vector<Command>& all)
{
    all.push_back(
        {QStringLiteral("init"), tr("Create a new workspace with the SCORE content."),
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("device-name"), tr("Name of this device (default: the host name)."), tr("NAME")});
             p.addOption({QStringLiteral("user"), tr("Name of the person using it (default: the login name)."), tr("NAME")});
             p.addOption({QStringLiteral("role"), tr("Their role: counsellor (default), trainer, staff or manager."), tr("ROLE")});
             p.addOption({QStringLiteral("gender"), tr("Their gender: woman, man, other or not said (default)."), tr("GENDER")});
         },
         runInit});
    all.push_back({QStringLiteral("demo"), tr("Fill an empty workspace with realistic SCORE data (same seed, same data)."),
                   [](QCommandLineParser& p) {
                       p.addOption({QStringLiteral("enterprises"), tr("Number of enterprises (default 12: one cohort)."), tr("N")});
                       p.addOption({QStringLiteral("years"), tr("Years of programme history (default 1)."), tr("Y")});
                       p.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S")});
                       p.addOption({QStringLiteral("anchor"), tr("The demo's \"today\" (default: today)."), tr("DATE")});
                       p.addOption({QStringLiteral("no-photos"), tr("Leave out the generated photos of evidence.")});
                   },
                   runDemo});
    all.push_back({QStringLiteral("simulate-edits"), tr("Make realistic random edits as this device (deterministic per seed)."),
                   [](QCommandLineParser& p) {
                       p.addOption({QStringLiteral("count"), tr("Number of edits."), tr("N")});
                       p.addOption({QStringLiteral("seed"), tr("Random seed."), tr("S")});
                   },
                   runSimulateEdits});
    all.push_back({QStringLiteral("list"), tr("List enterprises, cohorts, visits, actions or people (id<TAB>name)."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("what"), tr("enterprises, cohorts, visits, actions or people"));
                   },
                   runList});
    all.push_back({QStringLiteral("stats"), tr("Count the records of every kind."), [](QCommandLineParser&) {}, runStats});
    all.push_back({QStringLiteral("dump"), tr("Print the canonical dump of the shared records."),
                   [](QCommandLineParser& p) {
                       p.addOption({QStringLiteral("canonical"), tr("Stable, device-independent format (required).")});
                   },
                   runDump});
    all.push_back({QStringLiteral("check"), tr("Check the workspace's integrity and the SCORE invariants."),
                   [](QCommandLineParser& p) {
                       p.addOption({QStringLiteral("repair"),
                                    tr("Also remove attachment content that no record, live or in the recycle bin, refers to.")});
                   },
                   runCheck});
}

}  // namespace score::cli
