#include "views/checklist/NewAssessmentDialog.h"

#include "domain/Labels.h"
#include "views/checklist/ChecklistEdits.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace score {

NewAssessmentDialog::NewAssessmentDialog(WorkspaceSession& session, const std::vector<TemplateInfo>& templates, QWidget* parent)
    : QDialog(parent), m_session(&session), m_templates(&templates), m_module(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_date(new DateField(this)), m_template(new QLabel(this)), m_visit(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New assessment"));
    m_module->setAccessibleName(tr("Module"));
    m_kind->setAccessibleName(tr("Kind of assessment"));
    m_date->setAccessibleName(tr("Date of the assessment"));

    // Modules that have a checklist; the current visit's module first choice.
    auto modules = loadModules(session.workspace());
    if (modules) {
        for (const ModuleInfo& m : *modules) {
            const bool hasTemplate = std::any_of(templates.begin(), templates.end(),
                                                 [&](const TemplateInfo& t) { return t.moduleCode == m.code; });
            if (hasTemplate)
                m_module->addItem(tr("M%1 · %2").arg(m.number).arg(m.name), m.code);
        }
    }
    QString visitModule;
    QDate visitDate;
    if (auto visit = session.queries().visit(session.currentVisit()); visit && visit->enterpriseId == session.currentEnterprise()) {
        visitModule = visit->moduleCode;
        visitDate = visit->date;
    }
    QString defaultModule = visitModule;
    if (defaultModule.isEmpty())
        if (auto a = session.queries().assessment(session.currentAssessment()))
            defaultModule = a->moduleCode;
    if (const int i = m_module->findData(defaultModule); i >= 0)
        m_module->setCurrentIndex(i);

    for (const char* kind : {"baseline", "progress", "final"})
        m_kind->addItem(valueLabel(u"kind", QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_date->setDate(visitDate.isValid() && visitModule == defaultModule ? visitDate : session.workspace().clock().today());

    for (QLabel* l : {m_template, m_visit, m_problem})
        l->setWordWrap(true);
    m_template->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_visit->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    connect(m_date, &DateField::problemChanged, this, [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    });

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Module"), m_module);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Date"), m_date);
    form->addRow(m_template);
    form->addRow(m_visit);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewAssessmentDialog::reject);
    connect(m_module, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::updateTemplate);
    connect(m_date, &DateField::dateChanged, this, &NewAssessmentDialog::updateTemplate);
    updateTemplate();
    setMinimumWidth(440);
}

void NewAssessmentDialog::updateTemplate()
{
    const QString module = m_module->currentData().toString();
    // The first assessment of a module is its baseline; later ones follow progress.
    auto existing = m_session->queries().assessments(m_session->currentEnterprise(), module);
    m_kind->setCurrentIndex(m_kind->findData(existing && !existing->empty() ? QStringLiteral("progress") : QStringLiteral("baseline")));

    const TemplateInfo* t = templateInForce(*m_templates, module, m_date->date());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t != nullptr);
    m_template->setText(t ? tr("Checklist: %1, version %2 (released %3), %n item(s).", nullptr, t->itemCount())
                                .arg(t->title)
                                .arg(t->version)
                                .arg(QLocale().toString(t->released, QLocale::ShortFormat))
                          : tr("No %1 checklist is in force on this date.").arg(moduleShortName(module)));
    auto visit = m_session->queries().visit(m_session->currentVisit());
    if (visit && visit->enterpriseId == m_session->currentEnterprise() && visit->moduleCode == module)
        m_visit->setText(tr("Linked to the %1 of %2.")
                             .arg(valueLabel(u"type", visit->type).toLower(), QLocale().toString(visit->date, QLocale::ShortFormat)));
    else
        m_visit->setText(tr("Not linked to a visit (the current visit is of another module)."));
    m_visit->setVisible(visit.ok());
}

void NewAssessmentDialog::accept()
{
    if (!m_date->isAcceptable()) {
        m_problem->setText(m_date->problem());
        m_problem->show();
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto created = checklist::createAssessment(*m_session, *m_templates, m_session->currentEnterprise(), m_module->currentData().toString(),
                                               m_kind->currentData().toString(), m_date->date(), m_session->currentVisit());
    if (!created) {
        m_problem->setText(created.message());
        m_problem->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

}  // namespace score
