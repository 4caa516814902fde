#include "widgets/RecordForm.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "rules/FieldInput.h"
#include "widgets/DateField.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/LimitedLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace score {

namespace {
// Commits a multi-line text on focus loss as well as after a pause in typing.
class TextArea final : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onCommit;

protected:
    void focusOutEvent(QFocusEvent* e) override
    {
        if (onCommit)
            onCommit();
        QPlainTextEdit::focusOutEvent(e);
    }
};
}  // namespace

struct RecordForm::Binding {
    QString field;
    const FieldSpec* spec = nullptr;
    QWidget* editor = nullptr;
    QLineEdit* line = nullptr;
    LimitedLineEdit* limited = nullptr;  // `line`, for a text with a length limit
    TextArea* area = nullptr;
    QComboBox* combo = nullptr;
    DateField* date = nullptr;
    QCheckBox* check = nullptr;
    ChoiceSource choices;
    FieldValue stored;
    QTimer* idle = nullptr;
};

RecordForm::RecordForm(WorkspaceSession& session, QString entity, QWidget* parent)
    : QWidget(parent), m_session(&session), m_entity(std::move(entity)), m_layout(new QFormLayout), m_problem(new QLabel(this)),
      m_warnings(new QLabel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    outer->addLayout(m_layout);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    outer->addWidget(m_problem);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_warnings->setObjectName(QStringLiteral("RecordFormWarnings"));
    m_warnings->hide();
    outer->addWidget(m_warnings);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == m_entity)
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &RecordForm::reload);
}

RecordForm::~RecordForm() = default;

int RecordForm::labelWidth() const
{
    int widest = 0;
    for (int row = 0; row < m_layout->rowCount(); ++row) {
        if (const QLayoutItem* label = m_layout->itemAt(row, QFormLayout::LabelRole))
            widest = std::max(widest, label->sizeHint().width());
    }
    return widest;
}

void RecordForm::setLabelColumnWidth(int width)
{
    // Indents the whole form rather than widening its labels: a QLabel keeps the size hint of
    // its largest minimum width even after the minimum is lowered again.
    const QMargins margins = m_layout->contentsMargins();
    m_layout->setContentsMargins(std::max(0, width - labelWidth()), margins.top(), margins.right(), margins.bottom());
}

void RecordForm::addField(const QString& field, const QString& label, ChoiceSource choices)
{
    const EntitySpec* spec = EntitySchema::instance().entity(m_entity);
    auto b = std::make_unique<Binding>();
    b->field = field;
    b->spec = spec ? spec->field(field) : nullptr;
    Q_ASSERT(b->spec);
    b->choices = std::move(choices);
    Binding* raw = b.get();
    const QString text = label.isEmpty() ? fieldLabel(m_entity, field) : label;

    switch (b->spec->type) {
    case FieldType::Enum:
    case FieldType::Ref: {
        b->combo = new ElidingComboBox(this);
        b->editor = b->combo;
        connect(b->combo, &QComboBox::activated, this, [this, raw] { save(*raw); });
        break;
    }
    case FieldType::Bool:
        b->check = new QCheckBox(this);
        b->editor = b->check;
        connect(b->check, &QCheckBox::clicked, this, [this, raw] { save(*raw); });
        break;
    case FieldType::Date:
        b->date = new DateField(this);
        b->date->setOptional(!b->spec->required);
        b->editor = b->date;
        connect(b->date, &QLineEdit::editingFinished, this, [this, raw] { save(*raw); });
        // A date that does not exist is named under the form as soon as it is refused, and the
        // sentence goes when it is corrected, saved or not.
        connect(b->date, &DateField::problemChanged, this, [this](const QString& problem) {
            if (problem.isEmpty())
                m_problem->hide();
            else
                showProblem(problem);
        });
        break;
    default:
        if (b->spec->type != FieldType::Integer && b->spec->type != FieldType::Real && b->spec->maxLength > 0) {
            // A text pasted over its limit is kept whole and named, not cut and saved.
            b->limited = new LimitedLineEdit(this);
            b->limited->setLimit(b->spec->maxLength);
            connect(b->limited, &LimitedLineEdit::problemChanged, this, [this](const QString& problem) {
                if (problem.isEmpty())
                    m_problem->hide();
                else
                    showProblem(problem);
            });
        }
        // Numbers are not filtered as they are typed: a validator took the "-" of "-5" and saved
        // 5. What is typed goes to core, which reads it as the command line does and refuses
        // it with a sentence.
        b->line = b->limited ? b->limited : new QLineEdit(this);
        b->editor = b->line;
        connect(b->line, &QLineEdit::editingFinished, this, [this, raw] { save(*raw); });
        break;
    }
    b->editor->setAccessibleName(text);
    m_layout->addRow(text, b->editor);
    m_bindings.push_back(std::move(b));
}

void RecordForm::addTextArea(const QString& field, const QString& label, int lines)
{
    const EntitySpec* spec = EntitySchema::instance().entity(m_entity);
    auto b = std::make_unique<Binding>();
    b->field = field;
    b->spec = spec ? spec->field(field) : nullptr;
    Q_ASSERT(b->spec);
    Binding* raw = b.get();
    b->area = new TextArea(this);
    b->area->setTabChangesFocus(true);
    b->area->setFixedHeight(b->area->fontMetrics().lineSpacing() * lines + 12);
    b->area->onCommit = [this, raw] { save(*raw); };
    // Typing pauses save too, so nothing is lost if the laptop's battery dies mid-sentence.
    b->idle = new QTimer(this);
    b->idle->setSingleShot(true);
    b->idle->setInterval(1500);
    connect(b->idle, &QTimer::timeout, this, [this, raw] { save(*raw); });
    connect(b->area, &QPlainTextEdit::textChanged, this, [this, raw] {
        if (!m_loading)
            raw->idle->start();
    });
    b->editor = b->area;
    const QString text = label.isEmpty() ? fieldLabel(m_entity, field) : label;
    b->editor->setAccessibleName(text);
    m_layout->addRow(text, b->editor);
    m_bindings.push_back(std::move(b));
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (auto& b : m_bindings) {
        if (b->line)
            b->line->setReadOnly(readOnly);
        else if (b->area)
            b->area->setReadOnly(readOnly);
        else
            b->editor->setEnabled(!readOnly);
    }
}

void RecordForm::setRecord(const QString& id)
{
    m_id = id;
    m_problem->hide();
    setEnabled(!id.isEmpty());
    reload();
}

void RecordForm::reload()
{
    const EntitySpec* spec = EntitySchema::instance().entity(m_entity);
    std::optional<RecordState> state;
    if (!m_id.isEmpty()) {
        auto loaded = m_session->workspace().store().load(*spec, m_id);
        if (loaded && loaded->has_value())
            state = **loaded;
    }
    m_loading = true;
    for (auto& b : m_bindings) {
        if (b->combo) {
            b->combo->clear();
            if (!b->spec->required || b->spec->type == FieldType::Ref)
                b->combo->addItem(tr("—"), QString());
            if (b->spec->type == FieldType::Enum) {
                for (const QString& v : b->spec->enumValues)
                    b->combo->addItem(
                        valueLabel(b->field == u"role" && m_entity == u"cohort_trainer" ? QStringLiteral("role") : b->field, v), v);
            } else if (b->choices) {
                for (const Choice& c : b->choices())
                    b->combo->addItem(c.label, c.value);
            }
        }
        // Never overwrite what the user is typing and has not saved yet.
        if (b->editor->hasFocus() && (b->line || b->area || b->date) && !sameValue(editedValue(*b), b->stored))
            continue;
        showValue(*b, state ? state->value(b->field) : FieldValue());
    }
    m_loading = false;
    updateWarnings();
}

void RecordForm::setShowsWarnings(bool shows)
{
    m_showsWarnings = shows;
    updateWarnings();
}

void RecordForm::updateWarnings()
{
    // What core's rules say of the record as saved: unusual, not refused (SCORE's size range,
    // women and men not adding up to the employees).
    QStringList warnings;
    if (m_showsWarnings && !m_id.isEmpty())
        if (auto report = m_session->editor().check(m_entity, m_id))
            warnings = report->warnings();
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void RecordForm::showValue(Binding& b, const FieldValue& value)
{
    b.stored = value;
    if (b.line) {
        QString shown;
        if (const auto* s = std::get_if<QString>(&value))
            shown = *s;
        else if (const auto* i = std::get_if<qint64>(&value))
            shown = QString::number(*i);
        else if (const auto* d = std::get_if<double>(&value))
            shown = QLocale().toString(*d, 'g', 12);
        if (b.line->text() != shown) {
            b.line->setText(shown);
            // setText leaves the cursor at the end, which scrolls a long name or address in a
            // narrow box to its last words; a value shown, not being typed, starts at its start.
            if (!b.line->hasFocus())
                b.line->setCursorPosition(0);
        }
    } else if (b.area) {
        const QString shown = std::holds_alternative<QString>(value) ? std::get<QString>(value) : QString();
        if (b.area->toPlainText() != shown)
            b.area->setPlainText(shown);
    } else if (b.combo) {
        const QString code = std::holds_alternative<QString>(value) ? std::get<QString>(value) : QString();
        int index = b.combo->findData(code);
        if (index < 0 && !code.isEmpty()) {
            b.combo->addItem(tr("(not available: %1)").arg(code.left(8)), code);
            index = b.combo->count() - 1;
        }
        b.combo->setCurrentIndex(std::max(0, index));
    } else if (b.date) {
        const QDate d = std::holds_alternative<QString>(value) ? QDate::fromString(std::get<QString>(value), Qt::ISODate) : QDate();
        b.date->setDate(d);
    } else if (b.check) {
        b.check->setChecked(std::holds_alternative<qint64>(value) && std::get<qint64>(value) != 0);
    }
}

FieldValue RecordForm::editedValue(const Binding& b) const
{
    if (b.line) {
        const QString text = b.line->text().trimmed();
        if (text.isEmpty())
            return {};
        if (b.spec->type == FieldType::Integer) {
            bool ok = false;
            const qint64 v = QLocale().toLongLong(text, &ok);
            return ok ? FieldValue(v) : FieldValue(text);
        }
        if (b.spec->type == FieldType::Real) {
            bool ok = false;
            const double v = QLocale().toDouble(text, &ok);
            return ok ? FieldValue(v) : FieldValue(text);
        }
        return text;
    }
    if (b.area) {
        const QString text = b.area->toPlainText();
        return text.trimmed().isEmpty() ? FieldValue() : FieldValue(text);
    }
    if (b.combo) {
        const QString code = b.combo->currentData().toString();
        return code.isEmpty() ? FieldValue() : FieldValue(code);
    }
    if (b.date)
        return b.date->date().isValid() ? FieldValue(b.date->date().toString(Qt::ISODate)) : FieldValue();
    if (b.check)
        return qint64(b.check->isChecked() ? 1 : 0);
    return {};
}

void RecordForm::save(Binding& b)
{
    if (m_loading || m_id.isEmpty())
        return;
    if (b.idle)
        b.idle->stop();
    // A refused date or an over-long text stays as typed with its sentence shown
    // (problemChanged): saving would store no date at all, or a refusal from the write path.
    if ((b.date && !b.date->isAcceptable()) || (b.limited && !b.limited->isAcceptable()))
        return;
    FieldValue value = editedValue(b);
    if (b.line && (b.spec->type == FieldType::Integer || b.spec->type == FieldType::Real)) {
        auto read = readFieldInput(m_entity, *b.spec, b.line->text(), QLocale());
        if (!read) {
            showProblem(read.message());
            m_loading = true;
            showValue(b, b.stored);
            m_loading = false;
            return;
        }
        value = *read;
    }
    if (sameValue(value, b.stored))
        return;
    const QString label = fieldLabel(m_entity, b.field);
    const Status s = edit::setField(*m_session, m_entity, m_id, b.field, value, tr("Edit %1").arg(label.toLower()), b.area != nullptr);
    if (!s) {
        showProblem(s.message());
        m_loading = true;
        showValue(b, b.stored);
        m_loading = false;
        return;
    }
    b.stored = value;
    m_problem->hide();
    emit saved(b.field);
}

void RecordForm::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

}  // namespace score
