#pragma once
// The language SCORE Desk speaks: chosen from the system locale unless the user picked one,
// installed once at start-up for the whole process (UI strings through Qt's translators,
// SCORE content through ContentTranslation, dates and numbers through the default QLocale).

#include <QString>
#include <QStringList>

namespace score {

// Languages with a complete translation, English (the source language) first.
QStringList availableLanguages();
// The language's own name for itself ("Tiếng Việt"), for the language picker.
QString nativeLanguageName(const QString& language);
// `preferred` when it is available, else the first available of `uiLanguages` (BCP 47 names
// such as "vi-VN", in the system's order of preference), else English.
QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages);
// Loads Qt's own translations and SCORE Desk's for `language` into the running application,
// makes QLocale(language) the default and loads the content translation. Call once, after the
// QCoreApplication exists and before any window or report is made.
void installLanguage(const QString& language);
// The language installed by installLanguage() ("en" before).
QString currentLanguage();

}  // namespace score
