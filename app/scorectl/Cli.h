#pragma once
// The plumbing of scorectl: commands, their option parsing and the exit-code convention
// (0 success, 1 failure, 2 bad usage). Commands only translate arguments into calls of core.

#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>

namespace score::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Io {
    QTextStream out{stdout};
    QTextStream err{stderr};
};

struct Command {
    QString name;
    QString summary;
    // Adds the command's options and positional arguments to the parser.
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(QCommandLineParser&, Io&)> run;
    bool needsDb = true;  // adds --db FILE and requires it
};

// The command groups, each defined in its own source file.
void addWorkspaceCommands(std::vector<Command>& commands);
void addSyncCommands(std::vector<Command>& commands);
void addReportCommands(std::vector<Command>& commands);
void addProgrammeCommands(std::vector<Command>& commands);

// Options shared by most commands.
QCommandLineOption dbOption();
// Opens the workspace named by --db; prints the error and returns null on failure.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, Io& io, bool readOnly = false);
// Reports a usage problem: the sentence, then a pointer to --help. Returns Usage.
int usageError(Io& io, const QString& command, const QString& message);
// Prints a failure sentence. Returns Failure.
int failure(Io& io, const QString& message);

int runCli(const QStringList& args);

}  // namespace score::cli
