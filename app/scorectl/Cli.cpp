#include "scorectl/Cli.h"

#include "storage/ClockRepair.h"

#include <QCoreApplication>

namespace score::cli {

namespace {
const std::vector<Command>& commands()
{
    static const std::vector<Command> list = [] {
        std::vector<Command> all;
        addWorkspaceCommands(all);
        addProgrammeCommands(all);
        addSyncCommands(all);
        addReportCommands(all);
        return all;
    }();
    return list;
}
}  // namespace

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("scorectl", "Workspace file."),
                              QCoreApplication::translate("scorectl", "FILE"));
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, Io& io, bool readOnly)
{
    WorkspaceOptions options;
    options.readOnly = readOnly;
    auto ws = Workspace::open(parser.value(QStringLiteral("db")), options);
    if (!ws) {
        io.err << ws.message() << Qt::endl;
        return nullptr;
    }
    if (const auto ahead = ownStampsAheadOfClock(**ws))
        io.err << QCoreApplication::translate("scorectl", "Note: this workspace has changes dated up to %1, after this computer's date; "
                                                          "other devices hold its bundles back. If today's date is right, run "
                                                          "'scorectl restamp'.")
                      .arg(QDateTime::fromMSecsSinceEpoch(*ahead, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
               << Qt::endl;
    return std::move(*ws);
}

int usageError(Io& io, const QString& command, const QString& message)
{
    io.err << "scorectl " << command << ": " << message << Qt::endl;
    io.err << QCoreApplication::translate("scorectl", "Try 'scorectl %1 --help'.").arg(command) << Qt::endl;
    return Usage;
}

int failure(Io& io, const QString& message)
{
    io.err << message << Qt::endl;
    return Failure;
}

namespace {
void printOverview(QTextStream& out)
{
    out << QCoreApplication::translate("scorectl", "scorectl — SCORE Desk on the command line") << "\n\n";
    out << QCoreApplication::translate("scorectl", "Usage: scorectl COMMAND [options]") << "\n\n";
    out << QCoreApplication::translate("scorectl", "Commands:") << "\n";
    for (const Command& c : commands())
        out << "  " << c.name.leftJustified(16) << c.summary << "\n";
    out << "\n" << QCoreApplication::translate("scorectl", "Run 'scorectl COMMAND --help' for the options of a command.") << Qt::endl;
}
}  // namespace

int runCli(const QStringList& args)
{
    Io io;
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printOverview(io.out);
        return args.size() < 2 ? Usage : Success;
    }
    if (args[1] == u"--version") {
        io.out << "scorectl " << SCORE_VERSION << Qt::endl;
        return Success;
    }
    const QString name = args[1];
    const auto& all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == name; });
    if (it == all.end()) {
        io.err << QCoreApplication::translate("scorectl", "scorectl: unknown command '%1'.").arg(name) << Qt::endl;
        io.err << QCoreApplication::translate("scorectl", "Run 'scorectl --help' for the list of commands.") << Qt::endl;
        return Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(it->summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("scorectl", "Show this help."));
    parser.addOption(help);
    if (it->needsDb)
        parser.addOption(dbOption());
    it->declare(parser);
    QStringList commandArgs = args.mid(1);
    commandArgs[0] = QStringLiteral("scorectl ") + name;
    if (!parser.parse(commandArgs))
        return usageError(io, name, parser.errorText());
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        io.out.flush();
        return Success;
    }
    if (it->needsDb && parser.value(QStringLiteral("db")).isEmpty())
        return usageError(io, name, QCoreApplication::translate("scorectl", "--db FILE is required."));
    return it->run(parser, io);
}

}  // namespace score::cli
