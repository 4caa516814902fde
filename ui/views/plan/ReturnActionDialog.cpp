#include "views/plan/ReturnActionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace score {

ReturnActionDialog::ReturnActionDialog(const QString& actionTitle, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Return the action"));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("What should change in “%1” before you approve it?").arg(actionTitle.toHtmlEscaped()), this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);
    question->setBuddy(m_reason);
    layout->addWidget(question);
    m_reason->setAccessibleName(tr("Reason for returning"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 5 + 14);
    layout->addWidget(m_reason);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Return"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Send the action back with this reason (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Enter starts a new line of the reason; Ctrl+Enter sends it, as in the comments.
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_reason, nullptr, nullptr, Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &ReturnActionDialog::accept);
    // The sentence goes as soon as there is a reason.
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        if (!reason().isEmpty())
            m_problem->hide();
    });
    m_reason->setFocus();
    resize(460, sizeHint().height());
}

QString ReturnActionDialog::reason() const { return m_reason->toPlainText().trimmed(); }

void ReturnActionDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->setText(tr("Say what should change before returning the action."));
        m_problem->show();
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

}  // namespace score
