#include "views/programme/ProgrammeForm.h"

#include "domain/Labels.h"
#include "storage/ContentQueries.h"
#include "widgets/DateField.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace score {

namespace {
struct ProgrammeFormTr {
    Q_DECLARE_TR_FUNCTIONS(score::ProgrammeForm)
};

// A checkable list whose checked items, in order, are the value ("WC,QM,CP" or "id;id").
class CheckList final : public QWidget {
public:
    CheckList(QChar separator, bool orderable, QWidget* parent)
        : QWidget(parent), m_separator(separator), m_model(new QStandardItemModel(this))
    {
        m_view = new QListView(this);
        m_view->setModel(m_model);
        m_view->setMinimumHeight(m_view->fontMetrics().height() * 4);
        m_view->setMaximumHeight(m_view->fontMetrics().height() * 8);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view, 1);
        if (orderable) {
            // The order of a module plan is the order the modules are taught in.
            auto* buttons = new QVBoxLayout;
            auto* up = new QPushButton(ProgrammeFormTr::tr("Earlier"), this);
            auto* down = new QPushButton(ProgrammeFormTr::tr("Later"), this);
            connect(up, &QPushButton::clicked, this, [this] { move(-1); });
            connect(down, &QPushButton::clicked, this, [this] { move(1); });
            buttons->addWidget(up);
            buttons->addWidget(down);
            buttons->addStretch(1);
            layout->addLayout(buttons);
        }
        connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
            if (onChange)
                onChange();
        });
    }

    void setChoices(const std::vector<std::pair<QString, QString>>& choices)  // value, label
    {
        const QStringList checked = checkedValues();
        m_model->clear();
        for (const auto& [value, label] : choices) {
            auto* item = new QStandardItem(label);
            item->setData(value);
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
            m_model->appendRow(item);
        }
    }

    QString text() const { return checkedValues().join(m_separator); }

    void setText(const QString& text)
    {
        const QStringList values = text.split(m_separator, Qt::SkipEmptyParts);
        // Checked values first, in their order; the rest after, as they were.
        QList<QList<QStandardItem*>> rows;
        for (int i = m_model->rowCount() - 1; i >= 0; --i)
            rows.prepend(m_model->takeRow(i));
        QList<QList<QStandardItem*>> ordered;
        for (const QString& v : values)
            for (qsizetype i = 0; i < rows.size(); ++i)
                if (rows[i].front()->data().toString() == v.trimmed()) {
                    ordered.append(rows.takeAt(i));
                    break;
                }
        for (auto& row : ordered)
            row.front()->setCheckState(Qt::Checked);
        for (auto& row : rows)
            row.front()->setCheckState(Qt::Unchecked);
        for (auto& row : ordered + rows)
            m_model->appendRow(row);
    }

    QListView* view() const { return m_view; }
    std::function<void()> onChange;

private:
    QStringList checkedValues() const
    {
        QStringList out;
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->item(i)->checkState() == Qt::Checked)
                out << m_model->item(i)->data().toString();
        return out;
    }

    void move(int by)
    {
        const int row = m_view->currentIndex().row();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= m_model->rowCount())
            return;
        m_model->insertRow(to, m_model->takeRow(row));
        m_view->setCurrentIndex(m_model->index(to, 0));
        if (onChange)
            onChange();
    }

    QChar m_separator;
    QStandardItemModel* m_model;
    QListView* m_view = nullptr;
};
}  // namespace

struct ProgrammeForm::Field {
    PublicField field;
    const FieldSpec* spec = nullptr;
    QWidget* editor = nullptr;
    QLineEdit* line = nullptr;
    QPlainTextEdit* area = nullptr;
    QComboBox* combo = nullptr;
    DateField* date = nullptr;
    QCheckBox* check = nullptr;
    CheckList* list = nullptr;
};

ProgrammeForm::ProgrammeForm(WorkspaceSession& session, ProgrammeKind kind, const QStringList& keys, QWidget* parent)
    : QWidget(parent), m_session(&session), m_kind(kind), m_layout(new QFormLayout), m_problem(new QLabel(this)),
      m_warnings(new QLabel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(m_layout);
    for (QLabel* label : {m_problem, m_warnings}) {
        label->setWordWrap(true);
        label->hide();
        outer->addWidget(label);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    for (const QString& key : keys)
        if (const PublicField* f = publicField(kind, key))
            addField(*f);
    reloadChoices();
}

ProgrammeForm::~ProgrammeForm() = default;

void ProgrammeForm::addField(const PublicField& field)
{
    auto f = std::make_unique<Field>();
    f->field = field;
    const QString entity = field.target == PublicField::Target::Membership ? QStringLiteral("eit_member") : programmeEntity(m_kind);
    f->spec = field.field.isEmpty() ? nullptr : EntitySchema::instance().entity(entity)->field(field.field);
    Field* raw = f.get();
    auto changed = [this, raw] {
        if (!m_loading)
            emit edited(raw->field.key);
    };
    if (field.target == PublicField::Target::Trainers || field.field == u"module_plan") {
        const bool plan = field.field == u"module_plan";
        f->list = new CheckList(plan ? QChar(u',') : QChar(u';'), plan, this);
        f->list->onChange = changed;
        f->editor = f->list;
    } else if (field.field == u"archived_on") {
        f->check = new QCheckBox(tr("Archived: kept, but out of the lists"), this);
        connect(f->check, &QCheckBox::toggled, this, changed);
        f->editor = f->check;
    } else if (f->spec && (f->spec->type == FieldType::Enum || f->spec->type == FieldType::Ref)) {
        f->combo = new ElidingComboBox(this);
        connect(f->combo, &QComboBox::currentIndexChanged, this, changed);
        f->editor = f->combo;
    } else if (f->spec && f->spec->type == FieldType::Date) {
        // Typed whole; what is typed goes to core as text, so a date that does not exist is
        // refused there with the same sentence as on the command line.
        f->date = new DateField(this);
        f->date->setOptional(true);
        connect(f->date, &QLineEdit::textEdited, this, changed);
        connect(f->date, &DateField::dateChanged, this, changed);
        f->editor = f->date;
    } else if (field.field == u"notes" || field.field == u"address") {
        f->area = new QPlainTextEdit(this);
        f->area->setTabChangesFocus(true);
        f->area->setFixedHeight(f->area->fontMetrics().lineSpacing() * 3 + 12);
        connect(f->area, &QPlainTextEdit::textChanged, this, changed);
        f->editor = f->area;
    } else {
        f->line = new QLineEdit(this);
        connect(f->line, &QLineEdit::textEdited, this, changed);
        f->editor = f->line;
    }
    const QString label = publicFieldLabel(m_kind, field);
    f->editor->setAccessibleName(label);
    f->editor->setObjectName(field.key);
    m_layout->addRow(label, f->editor);
    m_fields.push_back(std::move(f));
}

void ProgrammeForm::fillChoices(Field& f)
{
    if (f.list) {
        std::vector<std::pair<QString, QString>> choices;
        if (f.field.field == u"module_plan") {
            if (auto modules = loadModules(m_session->workspace()))
                for (const ModuleInfo& m : *modules)
                    choices.emplace_back(m.code, QStringLiteral("%1. %2").arg(m.number).arg(moduleShortName(m.code)));
        } else {
            // Trainers and counsellors: the programme's own people.
            ProgrammeDirectory directory(m_session->workspace());
            if (auto people = directory.people())
                for (const NamedRecord& p : *people)
                    if (p.scope.isEmpty())
                        choices.emplace_back(p.id, p.name);
        }
        const QString keep = f.list->text();
        f.list->setChoices(choices);
        f.list->setText(keep);
        return;
    }
    if (!f.combo)
        return;
    const QString keep = f.combo->currentData().toString();
    const bool wasLoading = m_loading;
    m_loading = true;
    f.combo->clear();
    if (!f.spec->required || f.spec->type == FieldType::Ref)
        f.combo->addItem(tr("—"), QString());
    ProgrammeDirectory directory(m_session->workspace());
    if (f.spec->type == FieldType::Enum) {
        for (const QString& v : f.spec->enumValues)
            f.combo->addItem(valueLabel(f.field.field == u"eit_role" ? QStringLiteral("eit_role") : f.spec->name, v), v);
        if (m_kind == ProgrammeKind::Person && f.field.field == u"role")
            f.combo->addItem(tr("Member of an improvement team"), QStringLiteral("eit"));
    } else if (f.spec->refEntity == u"cohort") {
        if (auto cohorts = directory.cohorts())
            for (const NamedRecord& c : *cohorts)
                f.combo->addItem(c.name, c.id);
    } else if (f.spec->refEntity == u"country") {
        if (auto countries = directory.countries())
            for (const NamedRecord& c : *countries)
                f.combo->addItem(c.name, c.id);
    } else if (f.spec->refEntity == u"enterprise") {
        if (auto enterprises = directory.enterprises())
            for (const NamedRecord& e : *enterprises)
                f.combo->addItem(e.name, e.id);
    } else if (f.spec->refEntity == u"person") {
        // A counsellor is one of the programme's people; a manager one of the enterprise's.
        const bool staff = f.field.field == u"counsellor_id";
        if (auto people = directory.people())
            for (const NamedRecord& p : *people)
                if (staff ? p.scope.isEmpty() : (m_enterpriseScope.isEmpty() || p.scope == m_enterpriseScope))
                    f.combo->addItem(p.name, p.id);
    }
    const int index = f.combo->findData(keep);
    f.combo->setCurrentIndex(std::max(0, index));
    m_loading = wasLoading;
}

void ProgrammeForm::reloadChoices()
{
    for (auto& f : m_fields)
        fillChoices(*f);
}

void ProgrammeForm::setEnterpriseScope(const QString& enterpriseId)
{
    m_enterpriseScope = enterpriseId;
    for (auto& f : m_fields)
        if (f->field.field == u"manager_id")
            fillChoices(*f);
}

QString ProgrammeForm::textOf(const Field& f) const
{
    if (f.line)
        return f.line->text();
    if (f.area)
        return f.area->toPlainText();
    if (f.combo)
        return f.combo->currentData().toString();
    if (f.date)
        return f.date->text().trimmed();
    if (f.check)
        return f.check->isChecked() ? QStringLiteral("yes") : QStringLiteral("no");
    if (f.list)
        return f.list->text();
    return {};
}

void ProgrammeForm::show(Field& f, const QString& text)
{
    if (f.line) {
        f.line->setText(text);
        f.line->setCursorPosition(0);
    } else if (f.area) {
        f.area->setPlainText(text);
    } else if (f.combo) {
        int index = f.combo->findData(text);
        if (index < 0 && !text.isEmpty()) {
            f.combo->addItem(tr("(not available: %1)").arg(text.left(8)), text);
            index = f.combo->count() - 1;
        }
        f.combo->setCurrentIndex(std::max(0, index));
    } else if (f.date) {
        f.date->setDate(QDate::fromString(text, Qt::ISODate));
    } else if (f.check) {
        f.check->setChecked(!text.isEmpty() && text != u"no");
    } else if (f.list) {
        f.list->setText(text);
    }
}

PublicValues ProgrammeForm::values() const
{
    PublicValues out;
    for (const auto& f : m_fields)
        out.push_back({f->field.key, textOf(*f)});
    return out;
}

PublicValues ProgrammeForm::changedValues() const
{
    PublicValues out;
    for (const auto& f : m_fields) {
        const QString now = textOf(*f);
        const auto shown = m_shown.find(f->field.key);
        const QString before = shown == m_shown.end() ? QString() : shown->second;
        // An archived record keeps the day it was archived: ticking the box again is no change.
        const bool same = f->check ? ((now == u"yes") == (!before.isEmpty() && before != u"no")) : now == before;
        if (!same)
            out.push_back({f->field.key, now});
    }
    return out;
}

void ProgrammeForm::set(const PublicValues& values)
{
    m_loading = true;
    for (const auto& [key, text] : values) {
        m_shown[key] = text;
        for (auto& f : m_fields)
            if (f->field.key == key)
                show(*f, text);
    }
    // What set() shows is what an edit compares with, as the editors hold it.
    for (const auto& f : m_fields)
        if (!f->check)
            m_shown[f->field.key] = textOf(*f);
    m_loading = false;
}

void ProgrammeForm::setValue(const QString& key, const QString& text)
{
    for (auto& f : m_fields)
        if (f->field.key == key)
            show(*f, text);
}

QString ProgrammeForm::value(const QString& key) const
{
    for (const auto& f : m_fields)
        if (f->field.key == key)
            return textOf(*f);
    return {};
}

QWidget* ProgrammeForm::editor(const QString& key) const
{
    for (const auto& f : m_fields)
        if (f->field.key == key)
            return f->editor;
    return nullptr;
}

void ProgrammeForm::setFieldVisible(const QString& key, bool visible)
{
    if (QWidget* e = editor(key))
        m_layout->setRowVisible(e, visible);
}

void ProgrammeForm::showProblem(const Error& error)
{
    for (const auto& f : m_fields)
        f->editor->setStyleSheet(QString());
    m_problem->setText(error.message);
    m_problem->setVisible(!error.message.isEmpty());
    if (QWidget* e = editor(error.subject)) {
        // Marked and focused, so the counsellor can correct it straight away.
        e->setStyleSheet(QStringLiteral("border: 1px solid #b02a1a;"));
        e->setFocus();
    }
}

void ProgrammeForm::showWarnings(const QStringList& warnings)
{
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ProgrammeForm::clearMessages()
{
    showProblem(Error{});
    showWarnings({});
}

}  // namespace score
