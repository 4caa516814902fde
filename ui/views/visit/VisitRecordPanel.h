#pragma once
// The record of one visit: its type, date, module and counsellor, who took part (with a total
// that follows the typing), the signatures and what was observed. Every field saves as it is
// left, through the forms.

#include <QGroupBox>

class QLabel;

namespace score {

class RecordForm;
class WorkspaceSession;

class VisitRecordPanel final : public QGroupBox {
    Q_OBJECT

public:
    VisitRecordPanel(WorkspaceSession& session, QWidget* parent);

    QString record() const;
    void setRecord(const QString& visitId);
    // Puts the keyboard on the first count of who took part.
    void focusParticipants();

private:
    void updateTotals();

    RecordForm* m_leftForm = nullptr;
    RecordForm* m_rightForm = nullptr;
    RecordForm* m_observations = nullptr;
    QLabel* m_totals = nullptr;
};

}  // namespace score
