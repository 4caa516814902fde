#pragma once
// A tool bar that keeps every button in view as the window narrows: first the widgets marked
// optional go (a label whose words a tooltip also gives), then the buttons lose their words and
// keep their icons (the words stay in their tooltips and in the menus), with the optional
// widgets back while they fit. QToolBar hides what does
// not fit behind an arrow at its end instead: in Vietnamese at 1024 pixels, the role drop-down.

#include <QToolBar>

namespace score {

class FittingToolBar final : public QToolBar {
    Q_OBJECT
public:
    explicit FittingToolBar(const QString& title, QWidget* parent = nullptr);

    // Adds `widget`, shown only while the buttons keep their words with it.
    QAction* addOptionalWidget(QWidget* widget);
    // Whether the buttons show their words now (else icons only).
    bool showsWords() const { return toolButtonStyle() == Qt::ToolButtonTextBesideIcon; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void actionEvent(QActionEvent* event) override;

private:
    void measure();
    void fit(int width);
    void apply(bool words, bool optional);

    QList<QAction*> m_optional;
    int m_full = 0;               // wide enough for everything, with words
    int m_withoutOptional = 0;    // words without the optional widgets
    int m_iconsWithOptional = 0;  // icons only, with the optional widgets
    bool m_measured = false;
    bool m_applying = false;
};

}  // namespace score
