// Translations must be complete in Vietnamese, Spanish and Indonesian: the interface (every
// tr() string in the sources, found afresh by lupdate, so a new untranslated string fails
// here even before anyone refreshes the .ts files) and the SCORE content.

#include "support/TestSupport.h"

#include "content/ContentTranslation.h"
#include "storage/ContentQueries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace score;
using namespace score::test;

namespace {
const QStringList kLanguages = {QStringLiteral("vi"), QStringLiteral("es"), QStringLiteral("id")};

struct TsMessage {
    QString context;
    QString source;
    QStringList translations;  // one per numerus form; empty strings when missing
    bool unfinished = false;
};

std::vector<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = TsMessage{context, {}, {}, false};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const bool vanished = xml.attributes().value(QStringLiteral("type")) == u"vanished"
                                  || xml.attributes().value(QStringLiteral("type")) == u"obsolete";
            // Numerus forms are child elements; a plain translation is text.
            QString text;
            bool numerus = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    numerus = true;
                    current.translations << xml.readElementText();
                } else if (xml.isCharacters() && !numerus) {
                    text += xml.text();
                }
            }
            if (!numerus)
                current.translations << text;
            if (!vanished)
                messages.push_back(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// %1…%99 and %n, sorted, so "%2 of %1" and "%1 de %2" match.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList translatableSources()
{
    QStringList files;
    for (const char* folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(SCORE_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}
}  // namespace

TEST_CASE("Every interface string is translated into Vietnamese, Spanish and Indonesian")
{
    TempDir dir;
    const QStringList sources = translatableSources();
    REQUIRE(sources.size() > 100);
    QFile list(dir.path(QStringLiteral("sources.lst")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();

    for (const QString& language : kLanguages) {
        INFO("language " << language.toStdString());
        const QString ts = dir.path(QStringLiteral("scoredesk_%1.ts").arg(language));
        REQUIRE(QFile::copy(QStringLiteral(SCORE_SOURCE_DIR "/resources/translations/scoredesk_%1.ts").arg(language), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QLatin1Char('@') + list.fileName(), QStringLiteral("-I"), QStringLiteral(SCORE_SOURCE_DIR "/core"),
                       QStringLiteral("-I"), QStringLiteral(SCORE_SOURCE_DIR "/ui"), QStringLiteral("-I"),
                       QStringLiteral(SCORE_SOURCE_DIR "/app"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts"), ts});
        REQUIRE(lupdate.waitForFinished(120000));
        INFO(QString::fromUtf8(lupdate.readAllStandardError()).toStdString());
        REQUIRE(lupdate.exitCode() == 0);

        const std::vector<TsMessage> messages = readTs(ts);
        REQUIRE(messages.size() > 1000);
        QStringList untranslated;
        QStringList badPlaceholders;
        for (const TsMessage& m : messages) {
            bool empty = m.unfinished || m.translations.isEmpty();
            for (const QString& t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (empty) {
                untranslated << m.context + QStringLiteral(": ") + m.source;
                continue;
            }
            for (const QString& t : m.translations) {
                // A singular form may spell out the one ("một ảnh") instead of %n.
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(t);
                if (m.translations.size() > 1) {
                    expected.removeAll(QStringLiteral("n"));
                    actual.removeAll(QStringLiteral("n"));
                }
                if (expected != actual)
                    badPlaceholders << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" → ") + t;
            }
        }
        INFO("untranslated (" << untranslated.size() << "):\n" << untranslated.mid(0, 30).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated.isEmpty());
        INFO("placeholders differ (" << badPlaceholders.size() << "):\n"
                                     << badPlaceholders.mid(0, 30).join(QLatin1Char('\n')).toStdString());
        CHECK(badPlaceholders.isEmpty());
    }
}

TEST_CASE("The built .qm files are embedded and translate the interface")
{
    for (const QString& language : kLanguages) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral("scoredesk_") + language, QStringLiteral(":/i18n")));
        const QString file = translator.translate("score::MainWindow", "&File");
        INFO(language.toStdString());
        CHECK_FALSE(file.isEmpty());
        CHECK(file != u"&File");
    }
}

TEST_CASE("The SCORE content is translated completely and shown in the chosen language")
{
    for (const QString& language : kLanguages) {
        const ContentTranslation translation = ContentTranslation::load(language);
        INFO(language.toStdString() << ": missing\n" << translation.missing().mid(0, 20).join(QLatin1Char('\n')).toStdString());
        CHECK(translation.missing().isEmpty());
        CHECK(translation.size() > 300);
    }

    TempDir dir;
    auto ws = makeWorkspace(dir.path(QStringLiteral("w.scoredesk")));
    auto english = loadTemplates(*ws);
    REQUIRE(english.ok());
    ContentTranslation::install(QStringLiteral("vi"));
    auto vietnamese = loadTemplates(*ws);
    auto modules = loadModules(*ws);
    ContentTranslation::install(QStringLiteral("en"));
    REQUIRE(vietnamese.ok());
    REQUIRE(modules.ok());
    const auto& before = english->front().sections.front().items.front();
    const auto& after = vietnamese->front().sections.front().items.front();
    CHECK(before.key == after.key);
    CHECK(before.text != after.text);
    CHECK(before.guidance != after.guidance);
    CHECK(modules->front().name != u"Workplace Cooperation");
}

TEST_CASE("scorectl speaks the language SCORE_LANGUAGE names")
{
    // Guards the contexts: the strings must reach the program under the context lupdate filed
    // them under, or a complete .ts file would still leave the output in English.
    TempDir dir;
    const QString db = dir.path(QStringLiteral("w.scoredesk"));
    REQUIRE(runScorectl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    qputenv("SCORE_LANGUAGE", "es");
    const CliResult stats = runScorectl({QStringLiteral("stats"), QStringLiteral("--db"), db});
    const CliResult help = runScorectl({QStringLiteral("--help")});
    qunsetenv("SCORE_LANGUAGE");
    CHECK(stats.exitCode == 0);
    CHECK(stats.out.contains(QStringLiteral("conflictos abiertos: 0")));
    CHECK(stats.out.contains(QStringLiteral("tamaño del archivo")));
    CHECK_FALSE(help.out.contains(QStringLiteral("Commands:")));
}
