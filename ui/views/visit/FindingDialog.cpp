#include "views/visit/FindingDialog.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "widgets/LimitedLineEdit.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace score {

FindingDialog::FindingDialog(WorkspaceSession& session, const QString& visitId, const QString& findingId, QWidget* parent)
    : QDialog(parent), m_session(&session), m_visit(visitId), m_finding(findingId)
{
    if (findingId.isEmpty())
        buildNew();
    else
        buildEdit();
    setMinimumWidth(520);
}

void FindingDialog::buildNew()
{
    setWindowTitle(tr("New finding"));
    const EntitySpec* finding = EntitySchema::instance().entity(u"finding");
    m_title = new LimitedLineEdit(this);
    m_title->setAccessibleName(tr("Finding"));
    m_title->setPlaceholderText(tr("What was found, in a few words"));
    m_title->setLimit(finding->field(u"title")->maxLength);
    m_severity = new QComboBox(this);
    m_severity->setAccessibleName(tr("Severity"));
    for (const char* s : {"low", "medium", "high"})
        m_severity->addItem(valueLabel(u"severity", QString::fromLatin1(s)), QString::fromLatin1(s));
    m_severity->setCurrentIndex(1);
    m_area = new LimitedLineEdit(this);
    m_area->setAccessibleName(tr("Area"));
    m_area->setLimit(finding->field(u"area")->maxLength);
    m_area->setPlaceholderText(tr("Where in the factory"));
    // Areas already named at this enterprise, so the same place is spelled the same way.
    QStringList areas;
    if (auto visit = m_session->queries().visit(m_visit)) {
        if (auto findings = m_session->queries().enterpriseFindings(visit->enterpriseId))
            for (const FindingRow& f : *findings)
                if (!f.area.isEmpty() && !areas.contains(f.area))
                    areas << f.area;
    }
    areas.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(areas, m_area);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_area->setCompleter(completer);
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What was seen, and why it matters"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 6 + 12);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    // A pasted paragraph is kept whole and the dialog says how much to take out.
    const auto showLength = [this] {
        const QString problem = !m_title->isAcceptable() ? m_title->problem() : m_area->problem();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    };
    connect(m_title, &LimitedLineEdit::problemChanged, this, showLength);
    connect(m_area, &LimitedLineEdit::problemChanged, this, showLength);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Finding"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("&Area"), m_area);
    form->addRow(tr("&Description"), m_description);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add finding"));
    ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FindingDialog::reject);
    form->addRow(buttons);
    m_title->setFocus();
}

void FindingDialog::buildEdit()
{
    setWindowTitle(tr("Finding"));
    m_form = new RecordForm(*m_session, QStringLiteral("finding"), this);
    m_form->addField(QStringLiteral("title"));
    m_form->addField(QStringLiteral("severity"));
    m_form->addField(QStringLiteral("area"));
    m_form->addTextArea(QStringLiteral("description"), {}, 8);
    m_form->setRecord(m_finding);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Changes are saved as you go; Ctrl+Z undoes them."), this);
    hint->setEnabled(false);
    layout->addWidget(m_form);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &FindingDialog::reject);
    layout->addWidget(buttons);
}

void FindingDialog::setFinding(const NewFinding& finding)
{
    if (!m_title)
        return;
    m_title->setText(finding.title);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(finding.severity)));
    m_area->setText(finding.area);
    m_description->setPlainText(finding.description);
}

bool FindingDialog::hasTypedText() const
{
    return m_title
           && (!m_title->text().trimmed().isEmpty() || !m_area->text().trimmed().isEmpty()
               || !m_description->toPlainText().trimmed().isEmpty());
}

void FindingDialog::commitTyping()
{
    // Leaving a field is what saves it; a dialog closing by Escape would not leave it.
    if (QWidget* focused = focusWidget(); focused && m_form && m_form->isAncestorOf(focused))
        focused->clearFocus();
}

void FindingDialog::accept()
{
    if (m_form) {
        commitTyping();
        QDialog::accept();
        return;
    }
    for (LimitedLineEdit* field : {m_title, m_area}) {
        if (!field->isAcceptable()) {
            m_problem->setText(field->problem());
            m_problem->show();
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    NewFinding f;
    f.title = m_title->text();
    f.severity = m_severity->currentData().toString();
    f.area = m_area->text();
    f.description = m_description->toPlainText();
    auto created = visitedit::addFinding(*m_session, m_visit, f);
    if (!created) {
        m_problem->setText(created.message());
        m_problem->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

void FindingDialog::reject()
{
    commitTyping();
    if (hasTypedText() && isVisible()) {
        const auto answer = QMessageBox::question(this, tr("New finding"), tr("Discard this finding? What you typed will be lost."),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

}  // namespace score
