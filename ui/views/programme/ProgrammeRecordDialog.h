#pragma once
// The dialog that adds or changes a cohort, an enterprise or a person: a ProgrammeForm checked
// by core as the user types (a refusal marks its field; warnings show but do not stop), saved
// through ProgrammeEditor as one undo step when accepted. Nothing is written until then, and a
// refusal keeps the dialog open with everything typed.

#include "programme/ProgrammeEditor.h"
#include "session/WorkspaceSession.h"

#include <QDialog>

class QDialogButtonBox;
class QTimer;

namespace score {

class ProgrammeForm;

class ProgrammeRecordDialog final : public QDialog {
    Q_OBJECT

public:
    // `id` empty: a new record, its form starting from `defaults`.
    ProgrammeRecordDialog(WorkspaceSession& session, ProgrammeKind kind, const QString& id, const PublicValues& defaults = {},
                          QWidget* parent = nullptr);

    ProgrammeForm* form() const { return m_form; }
    // The record saved (the new one's id once accepted).
    const QString& recordId() const { return m_id; }

    void accept() override;

private:
    void checkSoon();
    void check();
    void adapt(const QString& key);

    WorkspaceSession* m_session;
    ProgrammeKind m_kind;
    QString m_id;
    ProgrammeForm* m_form;
    QDialogButtonBox* m_buttons;
    QTimer* m_checkTimer;
};

}  // namespace score
