#pragma once
// Reports: choose the report (a visit of the current enterprise, an enterprise, a cohort) and
// the format, see its PDF pages (zoomed as in a PDF viewer), and save it. The data is read on a worker thread through its
// own connection to the workspace; laying out and painting (Qt Charts) stay on the GUI thread.
// Trainers start with the cohort report, others with the visit report.

#include "reports/ReportFormats.h"
#include "views/WorkspaceView.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace score {

class PdfReportWriter;
class ReportPreview;
struct ReportState;

class ReportsView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit ReportsView(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    static QString viewName() { return QStringLiteral("reports"); }
    static QString title() { return tr("Reports"); }
    static QIcon icon();
    void prepareForScreenshot() override;

    // Chooses a report without the mouse (tests, scripts): the kind, then the subject's id.
    void choose(ReportKind kind, const QString& subjectId = {});
    void chooseFormat(ReportFormat format);
    // Reads the chosen report and shows its pages; false (with the reason shown) on failure.
    bool generate();
    // Writes the generated report in the chosen format (generating it first if needed).
    Status saveTo(const QString& path);
    ReportPreview* preview() const { return m_preview; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    ReportKind currentKind() const;
    ReportFormat currentFormat() const;
    void fillSubjects();
    void fillFormats();
    void selectionChanged();
    void save();
    void setMessage(const QString& text, bool error = false);

    QComboBox* m_kind;
    QComboBox* m_subject;
    QComboBox* m_format;
    QPushButton* m_refresh;
    QPushButton* m_save;
    QLabel* m_message;
    ReportPreview* m_preview;
    std::unique_ptr<ReportState> m_state;
    bool m_dirty = true;
    bool m_busy = false;
    bool m_filling = false;
};

}  // namespace score
