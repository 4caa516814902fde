#pragma once
// Creating a workspace: who works on this laptop (their name, role and gender, so that the
// visits they record are filed under them from the first one) and where the file is kept.
// Creates the workspace and its person at once; a failure leaves no file behind.

#include "settings/AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace score {

class NewWorkspaceDialog final : public QDialog {
    Q_OBJECT

public:
    NewWorkspaceDialog(AppSettings& settings, QWidget* parent = nullptr);

    // The workspace created, once accepted.
    const QString& path() const { return m_created; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* roleBox() const { return m_role; }

    void accept() override;

private:
    void browse();

    AppSettings* m_settings;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_gender;
    QLineEdit* m_file;
    QLabel* m_problem;
    QString m_created;
};

}  // namespace score
