#pragma once
// A form over the fields of one record. Each editor suits its field's type (text, number,
// date, choice, person…), shows the stored value, and saves on its own: when the user leaves
// the field, or presses Enter, or stops typing in a long text. Saving is an undoable edit; a
// refusal is shown as a sentence under the form and the field goes back to the stored value.

#include "session/WorkspaceSession.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;

namespace score {

class RecordForm final : public QWidget {
    Q_OBJECT

public:
    struct Choice {
        QString value;  // stored value (enum code or record id); empty = none
        QString label;
    };
    using ChoiceSource = std::function<std::vector<Choice>()>;

    RecordForm(WorkspaceSession& session, QString entity, QWidget* parent = nullptr);
    ~RecordForm() override;

    // Adds an editor for `field`; `label` defaults to the field's label. Enums get their labels;
    // references need `choices` (e.g. the people of the enterprise).
    void addField(const QString& field, const QString& label = {}, ChoiceSource choices = {});
    // A long text edited in a multi-line box.
    void addTextArea(const QString& field, const QString& label = {}, int lines = 4);
    void setReadOnly(bool readOnly);
    // The width of the widest label: what the form takes before its fields get any.
    int labelWidth() const;
    // Starts the fields as if the labels were `width` wide (0: their own width), so that forms
    // one above the other line up.
    void setLabelColumnWidth(int width);

    // Shows what core's rules warn about the record under the form (on by default; off for the
    // second form of a record shown in two columns).
    void setShowsWarnings(bool shows);

    void setRecord(const QString& id);
    const QString& record() const { return m_id; }
    void reload();

signals:
    void saved(const QString& field);

private:
    struct Binding;
    void save(Binding& b);
    void showValue(Binding& b, const FieldValue& value);
    FieldValue editedValue(const Binding& b) const;
    void showProblem(const QString& message);
    void updateWarnings();

    WorkspaceSession* m_session;
    QString m_entity;
    QString m_id;
    QFormLayout* m_layout;
    QLabel* m_problem;
    std::vector<std::unique_ptr<Binding>> m_bindings;
    QLabel* m_warnings;
    bool m_showsWarnings = true;
    bool m_loading = false;
};

}  // namespace score
