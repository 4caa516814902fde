#pragma once
// First start without a workspace: create one, open a file, or open the demo.

#include <QDialog>

namespace score {

class WelcomeDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, NewWorkspace, OpenFile, OpenRecent, OpenDemo };

    explicit WelcomeDialog(const QStringList& recent, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    QString recentPath() const { return m_recentPath; }

private:
    Choice m_choice = Choice::None;
    QString m_recentPath;
};

}  // namespace score
