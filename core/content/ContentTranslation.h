#pragma once
// Translations of the built-in SCORE content (module names, checklist templates, KPI
// catalogue). The workspace stores content in English, as shipped; what is shown is looked up
// here by that English text. Text a trainer edited in the workspace has no translation and is
// shown as written, so a translation never hides an edit.
//
// Files: resources/content/i18n/<language>/ mirrors resources/content/ (modules.json,
// kpis.json, templates/<module>-v<version>.json), keyed by the same codes and item keys.

#include <QHash>
#include <QString>
#include <QStringList>

namespace score {

class ContentTranslation {
public:
    // Loads the translation of `language` (an empty table for English or a missing language).
    static ContentTranslation load(const QString& language);
    // Makes `language` the one that text() uses.
    static void install(const QString& language);
    // The installed translation of `english`, or `english` itself.
    static QString text(const QString& english);

    QString translate(const QString& english) const { return m_table.value(english, english); }
    // Built-in English strings that have no translation in this language (for tests).
    const QStringList& missing() const { return m_missing; }
    qsizetype size() const { return m_table.size(); }

private:
    QHash<QString, QString> m_table;
    QStringList m_missing;
};

}  // namespace score
