#pragma once
// A form over the public fields of a cohort, an enterprise or a person (ProgrammeFields.h) whose
// values are handed to core in one go when a dialog is accepted, rather than saved field by
// field as RecordForm does: a new record does not exist until it is whole. Each editor suits its
// field (text, number, date, a choice, a cohort or a person, the module plan, trainers); values
// come out as text core reads back (codes and ids). Numbers are not filtered while typed: "-5"
// reaches core, which refuses it with a sentence, instead of quietly becoming 5.

#include "programme/ProgrammeEditor.h"
#include "session/WorkspaceSession.h"

#include <QWidget>

#include <functional>
#include <map>

class QFormLayout;
class QLabel;

namespace score {

class ProgrammeForm final : public QWidget {
    Q_OBJECT

public:
    ProgrammeForm(WorkspaceSession& session, ProgrammeKind kind, const QStringList& keys, QWidget* parent = nullptr);
    ~ProgrammeForm() override;

    ProgrammeKind kind() const { return m_kind; }
    // Every field shown, as text.
    PublicValues values() const;
    // Those that differ from what set() last showed (what an edit changes).
    PublicValues changedValues() const;
    // Shows `values` (from ProgrammeEditor::values, or defaults for a new record).
    void set(const PublicValues& values);
    void setValue(const QString& key, const QString& text);
    QString value(const QString& key) const;

    // Marks the field a refusal is about (Error::subject) and shows its sentence under the form.
    void showProblem(const Error& error);
    // Sentences that do not refuse (SCORE's size range, women and men not adding up).
    void showWarnings(const QStringList& warnings);
    void clearMessages();

    QWidget* editor(const QString& key) const;
    // Shows or hides a field with its label (a person's team fields only for team members).
    void setFieldVisible(const QString& key, bool visible);
    // Refills the choices of reference fields (a cohort added meanwhile, an enterprise's people).
    void reloadChoices();
    // The enterprise whose people a manager is chosen among.
    void setEnterpriseScope(const QString& enterpriseId);

signals:
    void edited(const QString& key);

private:
    struct Field;
    void addField(const PublicField& field);
    QString textOf(const Field& f) const;
    void show(Field& f, const QString& text);
    void fillChoices(Field& f);

    WorkspaceSession* m_session;
    ProgrammeKind m_kind;
    QFormLayout* m_layout;
    QLabel* m_problem;
    QLabel* m_warnings;
    std::vector<std::unique_ptr<Field>> m_fields;
    std::map<QString, QString> m_shown;  // key → text last set()
    QString m_enterpriseScope;
    bool m_loading = false;
};

}  // namespace score
