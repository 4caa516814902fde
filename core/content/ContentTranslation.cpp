#include "content/ContentTranslation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace score {
namespace {
ContentTranslation g_installed;

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Pairs an English field with its translation; records the English text when none exists.
class TablePairing {
public:
    TablePairing(QHash<QString, QString>& table, QStringList& missing) : m_table(table), m_missing(missing) {}

    void field(const QJsonObject& english, const QJsonObject& translated, const QString& name)
    {
        pair(english.value(name).toString(), translated.value(name).toString());
    }
    void pair(const QString& english, const QString& translated)
    {
        if (english.isEmpty())
            return;
        if (translated.trimmed().isEmpty())
            m_missing << english;
        else
            m_table.insert(english, translated);
    }

private:
    QHash<QString, QString>& m_table;
    QStringList& m_missing;
};
}  // namespace

ContentTranslation ContentTranslation::load(const QString& language)
{
    ContentTranslation result;
    if (language.isEmpty() || language == u"en")
        return result;
    const QString base = QStringLiteral(":/content/");
    const QString local = base + QStringLiteral("i18n/") + language + QLatin1Char('/');
    TablePairing pairing(result.m_table, result.m_missing);

    const QJsonObject modules = readJson(local + QStringLiteral("modules.json")).value(u"modules").toObject();
    for (const QJsonValue& m : readJson(base + QStringLiteral("modules.json")).value(u"modules").toArray()) {
        const QJsonObject english = m.toObject();
        const QJsonObject translated = modules.value(english.value(u"code").toString()).toObject();
        pairing.field(english, translated, QStringLiteral("name"));
        pairing.field(english, translated, QStringLiteral("description"));
    }

    const QJsonObject kpis = readJson(local + QStringLiteral("kpis.json")).value(u"kpis").toObject();
    for (const QJsonValue& k : readJson(base + QStringLiteral("kpis.json")).value(u"kpis").toArray()) {
        const QJsonObject english = k.toObject();
        const QJsonObject translated = kpis.value(english.value(u"code").toString()).toObject();
        for (const char* field : {"name", "unit", "numerator", "denominator", "description"})
            pairing.field(english, translated, QString::fromLatin1(field));
    }

    const QDir templates(base + QStringLiteral("templates"));
    for (const QString& name : templates.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject english = readJson(templates.filePath(name));
        const QJsonObject translated = readJson(local + QStringLiteral("templates/") + name);
        pairing.field(english, translated, QStringLiteral("title"));
        const QJsonObject sections = translated.value(u"sections").toObject();
        const QJsonObject items = translated.value(u"items").toObject();
        for (const QJsonValue& s : english.value(u"sections").toArray()) {
            const QJsonObject section = s.toObject();
            pairing.pair(section.value(u"title").toString(), sections.value(section.value(u"key").toString()).toString());
            for (const QJsonValue& i : section.value(u"items").toArray()) {
                const QJsonObject item = i.toObject();
                const QJsonObject itemTranslation = items.value(item.value(u"key").toString()).toObject();
                pairing.field(item, itemTranslation, QStringLiteral("text"));
                pairing.field(item, itemTranslation, QStringLiteral("guidance"));
                pairing.field(item, itemTranslation, QStringLiteral("unit"));
            }
        }
    }
    result.m_missing.removeDuplicates();
    return result;
}

void ContentTranslation::install(const QString& language) { g_installed = load(language); }

QString ContentTranslation::text(const QString& english) { return g_installed.translate(english); }

}  // namespace score
