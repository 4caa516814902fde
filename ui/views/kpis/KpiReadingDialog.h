#pragma once
// Records the reading of a KPI for one month: what was counted (numerator and denominator, as
// the KPI defines them) gives the value, shown as it is typed; a reading for a month that
// already has one changes it. Implausible figures are named before anything is saved.

#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace score {

class DateField;

class KpiReadingDialog final : public QDialog {
    Q_OBJECT

public:
    KpiReadingDialog(WorkspaceSession& session, const KpiInfo& kpi, const QString& enterpriseId, std::optional<double> typical,
                     QWidget* parent = nullptr);

    // Test seam: fill in and save as a person would.
    void setFigures(const QDate& month, double numerator, std::optional<double> denominator, const QString& kind);
    bool save();

private:
    void updateValue();
    void loadExisting();

    WorkspaceSession* m_session;
    KpiInfo m_kpi;
    QString m_enterprise;
    std::optional<double> m_typical;
    DateField* m_month;
    QComboBox* m_kind;
    QLineEdit* m_numerator;
    QLineEdit* m_denominator;
    QLineEdit* m_note;
    QLabel* m_value;
    QLabel* m_problem;
    QString m_proposedKind;       // for a month without a reading
    bool m_showsReading = false;  // the fields hold a stored reading, not changed since
};

}  // namespace score
