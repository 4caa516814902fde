// score-desk: the desktop application. Everything it does lives in scoreui and scorecore.

#include "i18n/Language.h"
#include "main/AppController.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QSize>
#include <QTimer>

#include <cstdio>

using namespace score;

namespace {
// The value of "--lang X" or "--lang=X" in the raw arguments: the language has to be installed
// before the parser's help text is made.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="))
            return arguments[i].mid(7);
    }
    return {};
}
// "1024x600" (or "1024×600") as a size; an invalid size for anything else.
QSize parseSize(const QString& text)
{
    const QStringList parts = QString(text).replace(QChar(0xD7), QLatin1Char('x')).split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight)) : QSize();
    return okWidth && okHeight && size.width() > 0 && size.height() > 0 ? size : QSize();
}
// With SCORE_STARTUP_TIMING set, prints the milliseconds from main() to the first paint of
// the main window on stderr ("first-paint-ms N"), for benchmarks/run.
class FirstPaintReporter final : public QObject {
public:
    explicit FirstPaintReporter(const QElapsedTimer& sinceStart) : m_sinceStart(sinceStart) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_reported && event->type() == QEvent::Paint) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && qobject_cast<QMainWindow*>(widget->window())) {
                m_reported = true;
                // The rest of the window paints in the same pass; report once it is through.
                QTimer::singleShot(
                    0, this, [this] { std::fprintf(stderr, "first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed())); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_sinceStart;
    bool m_reported = false;
};
}  // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    FirstPaintReporter firstPaint(sinceStart);
    if (qEnvironmentVariableIsSet("SCORE_STARTUP_TIMING"))
        app.installEventFilter(&firstPaint);
    QApplication::setApplicationName(QStringLiteral("SCORE Desk"));
    QApplication::setOrganizationName(QStringLiteral("SCORE Desk"));
    QApplication::setApplicationVersion(QStringLiteral(SCORE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.ilo.score.desk"));

    AppSettings settings;
    QString chosenLanguage = languageArgument(QApplication::arguments());
    if (chosenLanguage.isEmpty())
        chosenLanguage = qEnvironmentVariable("SCORE_LANGUAGE");
    installLanguage(chooseLanguage(chosenLanguage.isEmpty() ? settings.language() : chosenLanguage, QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("score-desk", "SCORE Desk — factory visits, checklists, plans and KPIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("score-desk", "Workspace file to open."),
                                QApplication::translate("score-desk", "FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("score-desk", "View to show: enterprises, visit, checklist, plan, kpis, sync, reports."),
        QApplication::translate("score-desk", "NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("score-desk", "Render the view to a PNG and exit."),
                                        QApplication::translate("score-desk", "OUT.png"));
    const QCommandLineOption screenshotSize(
        QStringLiteral("screenshot-size"),
        QApplication::translate("score-desk", "Size of the window in the screenshot (default: 1280x800)."),
        QApplication::translate("score-desk", "WIDTHxHEIGHT"), QStringLiteral("1280x800"));
    const QCommandLineOption role(QStringLiteral("role"), QApplication::translate("score-desk", "Work as counsellor, manager or trainer."),
                                  QApplication::translate("score-desk", "ROLE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("score-desk", "Language for this run: en, vi, es or id (default: the setting, else the system's)."),
        QApplication::translate("score-desk", "CODE"));
    parser.addOptions({db, view, screenshot, screenshotSize, role, lang});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("score-desk", "A workspace or a bundle to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    if (parser.isSet(role))
        settings.setRole(roleFromName(parser.value(role)));
    AppController controller(settings);

    QString workspace = parser.value(db);
    QString bundle;
    for (const QString& file : parser.positionalArguments()) {
        if (file.endsWith(QStringLiteral(".scoredesk")))
            workspace = file;
        else
            bundle = file;
    }

    if (parser.isSet(screenshot)) {
        if (workspace.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("score-desk", "--screenshot needs --db FILE.")));
            return 2;
        }
        const QSize size = parseSize(parser.value(screenshotSize));
        if (!size.isValid()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("score-desk", "--screenshot-size takes a width and a height, such as 1024x600.")));
            return 2;
        }
        if (!controller.openWorkspace(workspace, false)) {
            std::fprintf(stderr, "%s\n", qPrintable(controller.lastError()));
            return 1;
        }
        int exitCode = 0;
        controller.window()->takeScreenshot(
            parser.value(view), parser.value(screenshot),
            [&](bool ok, const QString& message) {
                if (!message.isEmpty())
                    std::fprintf(stderr, "%s\n", qPrintable(message));
                if (!ok)
                    exitCode = 1;
                QApplication::exit(exitCode);
            },
            size);
        return app.exec();
    }

    const bool opened = workspace.isEmpty() ? controller.startInteractively() : controller.openWorkspace(workspace);
    if (!opened)
        return workspace.isEmpty() ? 0 : 1;
    if (parser.isSet(view))
        controller.window()->showView(parser.value(view));
    if (!bundle.isEmpty())
        QTimer::singleShot(0, controller.window(), [&] { controller.window()->openFile(bundle); });
    return app.exec();
}
