#include "views/visit/NewVisitDialog.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "storage/ContentQueries.h"
#include "storage/ProgrammeDirectory.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace score {

NewVisitDialog::NewVisitDialog(WorkspaceSession& session, const QString& enterpriseId, QWidget* parent)
    : QDialog(parent), m_session(&session), m_enterprise(enterpriseId), m_type(new QComboBox(this)), m_date(new DateField(this)),
      m_module(new QComboBox(this)), m_counsellor(new QComboBox(this)), m_assessment(new QCheckBox(this)), m_checklist(new QLabel(this)),
      m_problem(new QLabel(this))
{
    auto enterprise = session.queries().enterprise(enterpriseId);
    setWindowTitle(enterprise ? tr("New visit to %1").arg(enterprise->name) : tr("New visit"));

    const FieldSpec* type = EntitySchema::instance().entity(u"visit")->field(u"type");
    for (const QString& v : type->enumValues)
        m_type->addItem(valueLabel(u"type", v), v);
    m_type->setAccessibleName(tr("Type of visit"));

    m_date->setDate(session.workspace().clock().today());
    m_date->setAccessibleName(tr("Date of the visit"));

    m_module->addItem(tr("—"), QString());
    if (auto modules = loadModules(session.workspace()))
        for (const ModuleInfo& m : *modules)
            m_module->addItem(tr("%1. %2").arg(m.number).arg(m.name), m.id);
    m_module->setAccessibleName(tr("Module"));

    m_counsellor->addItem(tr("—"), QString());
    if (auto counsellors = session.queries().counsellors())
        for (const PersonRow& p : *counsellors)
            m_counsellor->addItem(p.name, p.id);
    m_counsellor->setAccessibleName(tr("Counsellor"));

    m_assessment->setAccessibleName(tr("Start an assessment with the module's checklist"));
    // The checklist's name is long ("Safety and Health at Work — practice assessment
    // (version 2)"): under the box, where it wraps; in the box it was cut on a small screen.
    m_checklist->setWordWrap(true);
    m_checklist->setEnabled(false);
    m_checklist->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_assessment)
                           + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_assessment));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_date, &DateField::problemChanged, this, [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    });

    // Defaults: the counsellor at this laptop (the one recording the visit), else the
    // enterprise's; the module of its latest visit (else the first).
    const auto me = ProgrammeDirectory(session.workspace()).devicePerson();
    const int mine = me && !me->isEmpty() ? m_counsellor->findData(*me) : -1;
    if (mine >= 0)
        m_counsellor->setCurrentIndex(mine);
    else if (enterprise && !enterprise->counsellorId.isEmpty())
        m_counsellor->setCurrentIndex(std::max(0, m_counsellor->findData(enterprise->counsellorId)));
    auto visits = session.queries().visits(enterpriseId);
    const QString lastModule = visits && !visits->empty() ? visits->front().moduleId : QString();
    m_module->setCurrentIndex(lastModule.isEmpty() ? std::min(1, m_module->count() - 1) : std::max(0, m_module->findData(lastModule)));
    m_type->setCurrentIndex(m_type->findData(visits && !visits->empty() ? QStringLiteral("follow_up") : QStringLiteral("baseline")));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Module"), m_module);
    form->addRow(tr("&Counsellor"), m_counsellor);
    form->addRow(QString(), m_assessment);
    form->addRow(QString(), m_checklist);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create visit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewVisitDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(460);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewVisitDialog::updateChecklistOffer);
    connect(m_module, &QComboBox::currentIndexChanged, this, &NewVisitDialog::updateChecklistOffer);
    connect(m_date, &DateField::dateChanged, this, &NewVisitDialog::updateChecklistOffer);
    m_assessment->setChecked(true);
    updateChecklistOffer();
    m_type->setFocus();
}

void NewVisitDialog::updateChecklistOffer()
{
    const QString type = m_type->currentData().toString();
    const QString checklist = visitedit::offersAssessment(type)
                                  ? visitedit::checklistInForce(*m_session, m_module->currentData().toString(), m_date->date())
                                  : QString();
    m_assessment->setEnabled(!checklist.isEmpty());
    m_checklist->setVisible(!checklist.isEmpty());
    if (!visitedit::offersAssessment(type)) {
        m_assessment->setText(tr("No checklist for a classroom session"));
    } else if (checklist.isEmpty()) {
        m_assessment->setText(tr("No checklist for this module on this date"));
    } else {
        m_assessment->setText(tr("&Start a %1 assessment").arg(valueLabel(u"kind", visitedit::assessmentKind(type)).toLower()));
        m_checklist->setText(tr("With the checklist %1.").arg(checklist));
    }
}

NewVisit NewVisitDialog::visit() const
{
    NewVisit v;
    v.enterpriseId = m_enterprise;
    v.type = m_type->currentData().toString();
    v.date = m_date->date();
    v.moduleId = m_module->currentData().toString();
    v.counsellorId = m_counsellor->currentData().toString();
    v.startAssessment = m_assessment->isEnabled() && m_assessment->isChecked();
    return v;
}

void NewVisitDialog::setVisit(const NewVisit& visit)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(visit.type)));
    if (visit.date.isValid())
        m_date->setDate(visit.date);
    m_module->setCurrentIndex(std::max(0, m_module->findData(visit.moduleId)));
    m_counsellor->setCurrentIndex(std::max(0, m_counsellor->findData(visit.counsellorId)));
    m_assessment->setChecked(visit.startAssessment);
}

void NewVisitDialog::accept()
{
    if (!m_date->isAcceptable()) {
        m_problem->setText(m_date->problem());
        m_problem->show();
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto created = visitedit::createVisit(*m_session, visit());
    if (!created) {
        m_problem->setText(created.message());
        m_problem->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

}  // namespace score
