#include "views/visit/ActionDialog.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "widgets/DateField.h"
#include "widgets/LimitedLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace score {

ActionDialog::ActionDialog(WorkspaceSession& session, const QString& visitId, const QString& findingId, QWidget* parent)
    : QDialog(parent), m_session(&session), m_visit(visitId), m_title(new LimitedLineEdit(this)), m_finding(new QComboBox(this)),
      m_owner(new QComboBox(this)), m_due(new DateField(this)), m_priority(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Action agreed at this visit"));
    auto visit = session.queries().visit(visitId);

    m_title->setAccessibleName(tr("Action"));
    m_title->setPlaceholderText(tr("What will be done"));
    m_title->setLimit(EntitySchema::instance().entity(u"improvement_action")->field(u"title")->maxLength);

    m_finding->setAccessibleName(tr("Finding it answers"));
    m_finding->addItem(tr("—"), QString());
    if (auto findings = session.queries().findings(visitId))
        for (const FindingRow& f : *findings)
            m_finding->addItem(f.title, f.id);
    m_finding->setCurrentIndex(std::max(0, m_finding->findData(findingId)));

    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("—"), QString());
    if (visit) {
        if (auto people = session.queries().people(visit->enterpriseId))
            for (const PersonRow& p : *people)
                m_owner->addItem(p.jobTitle.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.jobTitle), p.id);
    }

    m_due->setAccessibleName(tr("Due date"));
    m_due->setOptional(true);
    const QDate from = visit && visit->date.isValid() ? visit->date : session.workspace().clock().today();
    m_due->setDate(from.addDays(30));

    m_priority->setAccessibleName(tr("Priority"));
    for (const char* p : {"high", "medium", "low"})
        m_priority->addItem(valueLabel(u"priority", QString::fromLatin1(p)), QString::fromLatin1(p));
    m_priority->setCurrentIndex(1);

    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    // A title over its limit (pasted) and a date that does not exist are named under the form.
    const auto showFieldProblems = [this] {
        const QString problem = !m_title->isAcceptable() ? m_title->problem() : m_due->shownProblem();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    };
    connect(m_title, &LimitedLineEdit::problemChanged, this, showFieldProblems);
    connect(m_due, &DateField::problemChanged, this, showFieldProblems);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Action"), m_title);
    form->addRow(tr("&Finding"), m_finding);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("&Due"), m_due);
    form->addRow(tr("&Priority"), m_priority);
    auto* note = new QLabel(tr("The action starts as proposed, waiting for the manager's approval."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add action"));
    ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(500);
    m_title->setFocus();
}

void ActionDialog::setAction(const NewAction& action)
{
    m_title->setText(action.title);
    m_finding->setCurrentIndex(std::max(0, m_finding->findData(action.findingId)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(action.ownerId)));
    if (action.due.isValid())
        m_due->setDate(action.due);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(action.priority)));
}

NewAction ActionDialog::action() const
{
    NewAction a;
    a.title = m_title->text();
    a.findingId = m_finding->currentData().toString();
    a.ownerId = m_owner->currentData().toString();
    a.due = m_due->date();
    a.priority = m_priority->currentData().toString();
    return a;
}

void ActionDialog::accept()
{
    if (!m_title->isAcceptable()) {
        m_problem->setText(m_title->problem());
        m_problem->show();
        m_title->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_due->isAcceptable()) {
        m_problem->setText(m_due->problem());
        m_problem->show();
        m_due->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto created = visitedit::addAction(*m_session, m_visit, action());
    if (!created) {
        m_problem->setText(created.message());
        m_problem->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

void ActionDialog::reject()
{
    if (!m_title->text().trimmed().isEmpty() && isVisible()) {
        const auto answer = QMessageBox::question(this, windowTitle(), tr("Discard this action? What you typed will be lost."),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

}  // namespace score
