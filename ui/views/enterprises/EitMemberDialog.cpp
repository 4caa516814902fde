#include "views/enterprises/EitMemberDialog.h"

#include "domain/Labels.h"
#include "domain/NaturalIds.h"
#include "edit/Edits.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace score {

namespace {
void fill(QComboBox* box, const char* field, std::initializer_list<const char*> values)
{
    for (const char* v : values)
        box->addItem(valueLabel(QString::fromLatin1(field), QString::fromLatin1(v)), QString::fromLatin1(v));
}
}  // namespace

EitMemberDialog::EitMemberDialog(WorkspaceSession& session, const QString& enterpriseId, const QString& memberId, QWidget* parent)
    : QDialog(parent), m_session(&session), m_enterprise(enterpriseId), m_member(memberId), m_person(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_gender(new QComboBox(this)), m_jobTitle(new QLineEdit(this)), m_side(new QComboBox(this)),
      m_employment(new QComboBox(this)), m_role(new QComboBox(this)), m_joined(new DateField(this)), m_problem(new QLabel(this))
{
    setWindowTitle(memberId.isEmpty() ? tr("Add a member to the improvement team") : tr("Change an improvement team member"));
    m_person->addItem(tr("A new person…"), QString());
    auto people = session.queries().people(enterpriseId);
    if (people)
        for (const PersonRow& p : *people)
            m_person->addItem(p.name, p.id);
    fill(m_gender, "gender", {"female", "male", "other", "undisclosed"});
    fill(m_side, "side", {"worker", "management"});
    fill(m_employment, "employment", {"permanent", "temporary"});
    fill(m_role, "eit_role", {"member", "chair", "secretary"});
    m_joined->setDate(session.workspace().clock().today());
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Job title"), m_jobTitle);
    form->addRow(tr("Side"), m_side);
    form->addRow(tr("Employment"), m_employment);
    form->addRow(tr("Role in the team"), m_role);
    form->addRow(tr("Member since"), m_joined);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EitMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EitMemberDialog::reject);
    form->addRow(buttons);

    auto personChosen = [this] {
        const bool isNew = m_person->currentData().toString().isEmpty();
        m_name->setEnabled(isNew);
        m_gender->setEnabled(isNew);
        m_jobTitle->setEnabled(isNew);
    };
    connect(m_person, &QComboBox::currentIndexChanged, this, personChosen);

    if (!memberId.isEmpty()) {
        auto members = session.queries().eitMembers(enterpriseId);
        if (members) {
            for (const EitMemberRow& m : *members) {
                if (m.id != memberId)
                    continue;
                m_person->setCurrentIndex(m_person->findData(m.personId));
                m_person->setEnabled(false);
                m_side->setCurrentIndex(m_side->findData(m.side));
                m_employment->setCurrentIndex(m_employment->findData(m.employment));
                m_role->setCurrentIndex(m_role->findData(m.role));
                if (m.joinedOn.isValid())
                    m_joined->setDate(m.joinedOn);
            }
        }
    }
    personChosen();
}

void EitMemberDialog::accept()
{
    if (!m_joined->isAcceptable()) {
        m_problem->setText(m_joined->problem());
        m_problem->show();
        return;
    }
    const FieldValues membership = {
        {QStringLiteral("side"), m_side->currentData().toString()},
        {QStringLiteral("employment"), m_employment->currentData().toString()},
        {QStringLiteral("eit_role"), m_role->currentData().toString()},
        {QStringLiteral("joined_on"), m_joined->date().isValid() ? FieldValue(m_joined->date().toString(Qt::ISODate)) : FieldValue()}};
    if (!m_member.isEmpty()) {
        const Status s = edit::setFields(*m_session, QStringLiteral("eit_member"), m_member, membership, tr("Change team member"));
        if (!s) {
            m_problem->setText(s.message());
            m_problem->show();
            return;
        }
        QDialog::accept();
        return;
    }
    QString person = m_person->currentData().toString();
    if (person.isEmpty() && m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the new member's name."));
        m_problem->show();
        return;
    }
    edit::Batch batch(*m_session, tr("Add team member"));
    if (person.isEmpty()) {
        auto created = edit::create(
            *m_session, QStringLiteral("person"),
            {{QStringLiteral("full_name"), m_name->text().trimmed()},
             {QStringLiteral("gender"), m_gender->currentData().toString()},
             {QStringLiteral("role"),
              m_side->currentData().toString() == u"management" ? QStringLiteral("supervisor") : QStringLiteral("worker")},
             {QStringLiteral("job_title"),
              m_jobTitle->text().trimmed().isEmpty() ? FieldValue() : FieldValue(m_jobTitle->text().trimmed())},
             {QStringLiteral("enterprise_id"), m_enterprise}},
            tr("Add person"));
        if (!created) {
            m_problem->setText(created.message());
            m_problem->show();
            return;
        }
        person = *created;
    }
    FieldValues values = membership;
    values.push_back({QStringLiteral("enterprise_id"), m_enterprise});
    values.push_back({QStringLiteral("person_id"), person});
    auto member = edit::put(*m_session, QStringLiteral("eit_member"), naturalid::eitMember(m_enterprise, person), values,
                            tr("Add team member"));
    if (!member) {
        m_problem->setText(member.message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

}  // namespace score
