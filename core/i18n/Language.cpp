#include "i18n/Language.h"

#include "content/ContentTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace score {
namespace {
QString g_language = QStringLiteral("en");

// "vi-VN", "vi_VN.UTF-8" → "vi".
QString baseLanguage(const QString& name)
{
    QString base = name.section(QLatin1Char('.'), 0, 0);
    base = base.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    return base.toLower();
}

void installTranslator(const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
}  // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es"), QStringLiteral("id")}; }

QString nativeLanguageName(const QString& language)
{
    if (language == u"vi")
        return QStringLiteral("Tiếng Việt");
    if (language == u"es")
        return QStringLiteral("Español");
    if (language == u"id")
        return QStringLiteral("Bahasa Indonesia");
    return QStringLiteral("English");
}

QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages)
{
    const QStringList available = availableLanguages();
    const QString wanted = baseLanguage(preferred);
    if (available.contains(wanted))
        return wanted;
    for (const QString& ui : uiLanguages) {
        const QString base = baseLanguage(ui);
        if (available.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

void installLanguage(const QString& language)
{
    g_language = availableLanguages().contains(language) ? language : QStringLiteral("en");
    // Keep the system's country (dates and numbers in Colombia differ from Spain's) when it
    // speaks the chosen language; otherwise the language's default country.
    const QLocale system = QLocale::system();
    if (baseLanguage(system.name()) != g_language && !(g_language == u"en" && system.language() == QLocale::C))
        QLocale::setDefault(QLocale(g_language));
    // Qt's own strings (standard buttons, file dialogs) come with Qt (qt6-translations-l10n).
    if (g_language != u"en")
        installTranslator(QStringLiteral("qtbase_") + g_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English too: its file holds the plural forms of the English source strings.
    // SCORE_TRANSLATIONS_DIR lets a translator try a freshly built .qm without rebuilding the app.
    const QString folder = qEnvironmentVariable("SCORE_TRANSLATIONS_DIR", QStringLiteral(":/i18n"));
    installTranslator(QStringLiteral("scoredesk_") + g_language, folder);
    ContentTranslation::install(g_language);
}

QString currentLanguage() { return g_language; }

}  // namespace score
