// scorectl: SCORE Desk's command-line tool. Every check, benchmark and script goes through it.

#include "scorectl/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scorectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCORE_VERSION));
    return score::cli::runCli(QCoreApplication::arguments());
}
