#pragma once
// What an empty list shows instead of blank rows: a short title, one sentence saying what to do,
// and the buttons that do it (as well-made Qt apps do; KDE's placeholder messages, Qt Creator's
// welcome page). The first button is the default.

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace score {

class EmptyState final : public QWidget {
    Q_OBJECT

public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);
    // A button doing `action`; returns it (tests click it, callers may hide it).
    QPushButton* addButton(const QString& text, std::function<void()> action);

private:
    QLabel* m_title;
    QLabel* m_text;
    QVBoxLayout* m_buttons;
};

}  // namespace score
