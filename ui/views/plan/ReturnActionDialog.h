#pragma once
// The enterprise manager returns an improvement action: what should change before it can be
// approved. The reason is required, so OK without one keeps the dialog open with the sentence
// under the field and what was typed kept (QInputDialog closed, and the plan said it above its
// table, away from where the manager was typing).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace score {

class ReturnActionDialog final : public QDialog {
    Q_OBJECT

public:
    ReturnActionDialog(const QString& actionTitle, QWidget* parent = nullptr);

    // What should change, without the spaces around it.
    QString reason() const;
    void accept() override;

private:
    QPlainTextEdit* m_reason;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace score
