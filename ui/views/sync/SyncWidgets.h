#pragma once
// Small building blocks shared by the pages of the sync view, so they look alike.

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;
class QVBoxLayout;

namespace score::syncui {

// The title of a page, with an icon, and a sentence on what the page is for.
void addPageHeading(QVBoxLayout* layout, QWidget* parent, const char* icon, const QString& title, const QString& explanation);
// Text that wraps and can be selected.
QLabel* makeText(const QString& text, QWidget* parent);
// Text in the quieter colour of secondary information.
QLabel* makeNote(const QString& text, QWidget* parent);
// A note as wide as its sentence while there is room, wrapped when not (QLabel asks for two
// lines of a sentence of 20 to 40 characters, however wide the page).
QLabel* makeLineNote(const QString& text, QWidget* parent);
// A line above a table telling why it is empty; hidden while the table has rows.
QLabel* makeEmptyNote(const QString& text, QWidget* parent);
// Makes a field take a passphrase of any length: a QLineEdit silently cuts its text at 32,767
// characters, which would protect a bundle with another passphrase than the one given.
void takeAnyPassphrase(QLineEdit* field);

}  // namespace score::syncui
