// scorectl: SCORE Desk's command-line tool. Every check, benchmark and script goes through it.

#include "i18n/Language.h"
#include "scorectl/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
QtMessageHandler qtHandler = nullptr;

// Qt's start-up and font-shaping notes are not for people running a report: on a server
// without a session there is no XDG_RUNTIME_DIR, and the fallback from Noto Sans to the
// Devanagari or CJK font is expected. Everything else still reaches stderr.
void reportMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || message.trimmed().startsWith(QLatin1String("OpenType support missing for"))))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
}  // namespace

int main(int argc, char** argv)
{
    // Reports draw charts with Qt Charts, which needs a QApplication; every other command stays
    // a QCoreApplication, which needs no display. Reports go to the offscreen platform unless
    // QT_QPA_PLATFORM chooses another.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qtHandler = qInstallMessageHandler(reportMessages);
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("scorectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCORE_VERSION));
    // Messages and reports speak the system's language (LANGUAGE, LC_MESSAGES, LANG) unless
    // SCORE_LANGUAGE names one.
    score::installLanguage(score::chooseLanguage(qEnvironmentVariable("SCORE_LANGUAGE"), QLocale::system().uiLanguages()));
    return score::cli::runCli(QCoreApplication::arguments());
}
