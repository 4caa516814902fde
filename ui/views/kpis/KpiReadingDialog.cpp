#include "views/kpis/KpiReadingDialog.h"

#include "domain/Labels.h"
#include "domain/NaturalIds.h"
#include "edit/Edits.h"
#include "metrics/KpiMetrics.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace score {

namespace {
std::optional<double> number(const QLineEdit* edit)
{
    bool ok = false;
    const double v = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}
}  // namespace

KpiReadingDialog::KpiReadingDialog(WorkspaceSession& session, const KpiInfo& kpi, const QString& enterpriseId,
                                   std::optional<double> typical, QWidget* parent)
    : QDialog(parent), m_session(&session), m_kpi(kpi), m_enterprise(enterpriseId), m_typical(typical),
      m_month(new DateField(this, DateField::Precision::Month)), m_kind(new QComboBox(this)), m_numerator(new QLineEdit(this)),
      m_denominator(new QLineEdit(this)), m_note(new QLineEdit(this)), m_value(new QLabel(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record %1").arg(kpi.name));
    const QDate today = session.workspace().clock().today();
    m_month->setAccessibleName(tr("Month"));
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_month->setDateRange({}, today);
    m_kind->addItem(valueLabel(u"kind", u"follow_up"), QStringLiteral("follow_up"));
    m_kind->addItem(valueLabel(u"kind", u"baseline"), QStringLiteral("baseline"));
    for (QLineEdit* e : {m_numerator, m_denominator}) {
        auto* v = new QDoubleValidator(0, 1e12, 6, e);
        v->setNotation(QDoubleValidator::StandardNotation);
        e->setValidator(v);
    }
    QFont bold = m_value->font();
    bold.setBold(true);
    m_value->setFont(bold);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    connect(m_month, &DateField::problemChanged, this, [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    });

    auto* form = new QFormLayout(this);
    auto* about = new QLabel(tr("%1 · unit %2 · %3 is better.").arg(kpi.name, kpi.unit, kpi.lowerIsBetter ? tr("lower") : tr("higher")),
                             this);
    about->setWordWrap(true);
    form->addRow(about);
    form->addRow(tr("Month"), m_month);
    form->addRow(tr("Reading"), m_kind);
    form->addRow(kpi.numerator.isEmpty() ? tr("Value") : kpi.numerator, m_numerator);
    if (!kpi.denominator.isEmpty())
        form->addRow(kpi.denominator, m_denominator);
    else
        m_denominator->hide();
    form->addRow(tr("Result"), m_value);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_numerator->setAccessibleName(kpi.numerator.isEmpty() ? tr("Value") : kpi.numerator);
    m_denominator->setAccessibleName(kpi.denominator);

    connect(m_numerator, &QLineEdit::textChanged, this, &KpiReadingDialog::updateValue);
    connect(m_denominator, &QLineEdit::textChanged, this, &KpiReadingDialog::updateValue);
    connect(m_month, &DateField::dateChanged, this, &KpiReadingDialog::loadExisting);
    // The first reading of a KPI at an enterprise is its baseline, as the view asks for it; a
    // month already read keeps its own kind (loadExisting).
    bool hasBaseline = false;
    if (auto readings = session.queries().kpiReadings(enterpriseId))
        hasBaseline = std::any_of(readings->begin(), readings->end(),
                                  [&](const KpiReadingRow& r) { return r.kpiId == kpi.id && r.kind == u"baseline"; });
    m_proposedKind = hasBaseline ? QStringLiteral("follow_up") : QStringLiteral("baseline");
    m_kind->setCurrentIndex(m_kind->findData(m_proposedKind));
    // Figures the user typed are theirs, whatever month they go on to choose.
    for (QLineEdit* e : {m_numerator, m_denominator, m_note})
        connect(e, &QLineEdit::textEdited, this, [this] { m_showsReading = false; });
    connect(m_kind, &QComboBox::activated, this, [this] { m_showsReading = false; });
    loadExisting();
    m_numerator->setFocus();
}

void KpiReadingDialog::loadExisting()
{
    const QString period = m_month->date().toString(QStringLiteral("yyyy-MM"));
    auto readings = m_session->queries().kpiReadings(m_enterprise);
    if (!readings)
        return;
    for (const KpiReadingRow& r : *readings) {
        if (r.kpiId != m_kpi.id || r.period != period)
            continue;
        m_kind->setCurrentIndex(m_kind->findData(r.kind));
        m_numerator->setText(QLocale().toString(r.numerator.value_or(r.value), 'f', r.numerator ? 0 : m_kpi.decimals));
        m_denominator->setText(r.denominator ? QLocale().toString(*r.denominator, 'f', 0) : QString());
        m_note->setText(r.note);
        m_showsReading = true;
        return;
    }
    // A month without a reading after one with: not that reading's kind and figures again.
    if (m_showsReading) {
        m_kind->setCurrentIndex(m_kind->findData(m_proposedKind));
        for (QLineEdit* e : {m_numerator, m_denominator, m_note})
            e->clear();
        m_showsReading = false;
    }
}

void KpiReadingDialog::updateValue()
{
    const auto numerator = number(m_numerator);
    const auto value = numerator ? computeKpiValue(m_kpi, *numerator, number(m_denominator)) : std::nullopt;
    m_value->setText(value ? tr("%1 %2").arg(QLocale().toString(*value, 'f', m_kpi.decimals), m_kpi.unit) : tr("—"));
}

void KpiReadingDialog::setFigures(const QDate& month, double numerator, std::optional<double> denominator, const QString& kind)
{
    m_month->setDate(month);
    m_numerator->setText(QLocale().toString(numerator, 'f', 2));
    m_denominator->setText(denominator ? QLocale().toString(*denominator, 'f', 2) : QString());
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

bool KpiReadingDialog::save()
{
    const auto numerator = number(m_numerator);
    const auto denominator = m_kpi.denominator.isEmpty() ? std::nullopt : number(m_denominator);
    auto fail = [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
        return false;
    };
    if (!m_month->isAcceptable())
        return fail(m_month->problem());
    if (!numerator)
        return fail(tr("Enter %1.").arg(m_kpi.numerator.isEmpty() ? tr("the value") : m_kpi.numerator.toLower()));
    if (!m_kpi.denominator.isEmpty() && !denominator)
        return fail(tr("Enter %1.").arg(m_kpi.denominator.toLower()));
    const auto value = computeKpiValue(m_kpi, *numerator, denominator);
    if (!value)
        return fail(tr("%1 must be more than zero.").arg(m_kpi.denominator));
    if (const QString problem = kpiReadingProblem(m_kpi, *value, numerator, denominator, m_typical); !problem.isEmpty())
        return fail(problem);

    const QString period = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const double rounded = std::round(*value * std::pow(10.0, m_kpi.decimals + 2)) / std::pow(10.0, m_kpi.decimals + 2);
    FieldValues values = {
        {QStringLiteral("enterprise_id"), m_enterprise},
        {QStringLiteral("kpi_id"), m_kpi.id},
        {QStringLiteral("period"), period},
        {QStringLiteral("kind"), m_kind->currentData().toString()},
        {QStringLiteral("value"), rounded},
        {QStringLiteral("numerator"), m_kpi.denominator.isEmpty() ? FieldValue() : FieldValue(*numerator)},
        {QStringLiteral("denominator"), denominator ? FieldValue(*denominator) : FieldValue()},
        {QStringLiteral("note"), m_note->text().trimmed().isEmpty() ? FieldValue() : FieldValue(m_note->text().trimmed())}};
    auto saved = edit::put(*m_session, QStringLiteral("kpi_reading"), naturalid::kpiReading(m_enterprise, m_kpi.id, period), values,
                           tr("Record %1 for %2").arg(m_kpi.name, period));
    if (!saved)
        return fail(saved.message());
    return true;
}

}  // namespace score
