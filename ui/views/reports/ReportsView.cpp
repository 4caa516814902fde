#include "views/reports/ReportsView.h"

#include "domain/Labels.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportGenerator.h"
#include "tasks/BackgroundTask.h"
#include "views/reports/ReportPreview.h"
#include "views/reports/ZoomBar.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/FileDialogs.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace score {

// The report on show: its data (for saving as XLSX or CSV) and its laid-out pages.
struct ReportState {
    ReportKind kind = ReportKind::Visit;
    QString subjectId;
    ReportData data;
    std::shared_ptr<const PdfReportWriter> pdf;
};

ReportsView::ReportsView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_kind(new QComboBox(this)), m_subject(new ElidingComboBox(this)), m_format(new QComboBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_save(new QPushButton(tr("&Save…"), this)), m_message(new QLabel(this)),
      m_preview(new ReportPreview(this))
{
    m_kind->setAccessibleName(tr("Report"));
    m_kind->addItem(tr("Visit report"), static_cast<int>(ReportKind::Visit));
    m_kind->addItem(tr("Enterprise progress report"), static_cast<int>(ReportKind::Enterprise));
    m_kind->addItem(tr("Cohort report"), static_cast<int>(ReportKind::Cohort));
    m_subject->setAccessibleName(tr("Subject of the report"));
    // Narrow enough to leave the preview most of a small laptop's screen; a long name ends with
    // "…" and shows whole in the tooltip.
    m_subject->setMinimumContentsLength(24);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_format->setAccessibleName(tr("Format"));
    m_save->setIcon(appIcon("export"));
    m_save->setDefault(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Of:"), m_subject);
    form->addRow(tr("&Format:"), m_format);
    auto* zoom = new ZoomBar(*m_preview, this);
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(zoom->levels());
    form->addRow(zoomLabel, zoom);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto* controls = new QVBoxLayout;
    controls->addLayout(form);
    controls->addLayout(buttons);
    controls->addWidget(m_message);
    controls->addStretch();
    auto* side = new QWidget(this);
    side->setLayout(controls);
    side->setMaximumWidth(380);

    // Tab goes down the form, through the zoom controls, to the buttons.
    QWidget* previous = m_format;
    for (QWidget* next : zoom->controls() + QList<QWidget*>{m_refresh, m_save}) {
        setTabOrder(previous, next);
        previous = next;
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(side);
    layout->addWidget(m_preview, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillSubjects();
        fillFormats();
        selectionChanged();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            selectionChanged();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || currentFormat() == ReportFormat::Pdf)
            return;
        setMessage(tr("The %1 file holds the cohort's tables (one sheet per topic in XLSX); the preview shows them as PDF pages.")
                       .arg(reportFormatName(currentFormat()).toUpper()));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { generate(); });
    connect(m_save, &QPushButton::clicked, this, &ReportsView::save);

    // The subjects follow what is selected elsewhere and what changes in the workspace.
    const auto refill = [this] {
        fillSubjects();
        selectionChanged();
    };
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, refill);
    connect(&session, &WorkspaceSession::currentVisitChanged, this, refill);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, refill);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"visit" || entity == u"enterprise" || entity == u"cohort")
            fillSubjects();
        m_dirty = true;
        if (isVisible())
            setMessage(tr("The workspace changed; choose Refresh to update the report."));
    });
    connect(&session, &WorkspaceSession::roleChanged, this, [this](Role role) {
        // Trainers come for the cohort report.
        if (role == Role::Trainer)
            choose(ReportKind::Cohort);
    });

    m_filling = true;
    if (session.role() == Role::Trainer)
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(ReportKind::Cohort)));
    m_filling = false;
    fillSubjects();
    fillFormats();
    m_preview->setReport(nullptr, tr("Choose a report; its pages appear here."));
}

ReportsView::~ReportsView() = default;

QIcon ReportsView::icon() { return appIcon("reports"); }

ReportKind ReportsView::currentKind() const { return static_cast<ReportKind>(m_kind->currentData().toInt()); }

ReportFormat ReportsView::currentFormat() const { return static_cast<ReportFormat>(m_format->currentData().toInt()); }

void ReportsView::fillSubjects()
{
    const QString previous = m_subject->currentData().toString();
    m_filling = true;
    m_subject->clear();
    DomainQueries q = session().queries();
    QString preferred;
    switch (currentKind()) {
    case ReportKind::Visit: {
        const QString enterprise = session().currentEnterprise();
        if (enterprise.isEmpty())
            break;
        if (auto visits = q.visits(enterprise)) {
            for (const VisitRow& v : *visits) {
                const QString module = v.moduleCode.isEmpty() ? QString() : QStringLiteral(" · %1").arg(v.moduleCode);
                m_subject->addItem(
                    QStringLiteral("%1 · %2%3").arg(QLocale().toString(v.date, QLocale::ShortFormat), valueLabel(u"type", v.type), module),
                    v.id);
            }
        }
        preferred = session().currentVisit();
        break;
    }
    case ReportKind::Enterprise:
        for (const EnterpriseListRow& e : session().enterprises())
            m_subject->addItem(e.name, e.id);
        preferred = session().currentEnterprise();
        break;
    case ReportKind::Cohort:
        if (auto cohorts = q.cohorts())
            for (const CohortRow& c : *cohorts)
                m_subject->addItem(tr("%1 (%n enterprise(s))", nullptr, c.enterprises).arg(c.name), c.id);
        break;
    }
    int index = m_subject->findData(preferred);
    if (index < 0)
        index = m_subject->findData(previous);
    if (index < 0 && m_subject->count() > 0)
        index = 0;
    m_subject->setCurrentIndex(index);
    m_subject->setEnabled(m_subject->count() > 0);
    m_filling = false;
}

void ReportsView::fillFormats()
{
    const ReportFormat previous = m_format->count() > 0 ? currentFormat() : ReportFormat::Pdf;
    m_filling = true;
    m_format->clear();
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv}) {
        if (!reportSupports(currentKind(), f))
            continue;
        const QString label = f == ReportFormat::Pdf    ? tr("PDF document")
                              : f == ReportFormat::Xlsx ? tr("Excel workbook (XLSX)")
                                                        : tr("CSV table");
        m_format->addItem(label, static_cast<int>(f));
    }
    const int index = m_format->findData(static_cast<int>(previous));
    m_format->setCurrentIndex(index < 0 ? 0 : index);
    m_format->setEnabled(m_format->count() > 1);
    m_filling = false;
}

void ReportsView::choose(ReportKind kind, const QString& subjectId)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    if (!subjectId.isEmpty()) {
        const int index = m_subject->findData(subjectId);
        if (index >= 0)
            m_subject->setCurrentIndex(index);
    }
}

void ReportsView::chooseFormat(ReportFormat format)
{
    const int index = m_format->findData(static_cast<int>(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ReportsView::selectionChanged()
{
    m_dirty = true;
    if (isVisible())
        generate();
}

void ReportsView::showEvent(QShowEvent* event)
{
    WorkspaceView::showEvent(event);
    // Not from inside the show: generating runs a nested event loop (progress dialog), and
    // events delivered there while Qt is still showing this view's children can delete one
    // of them under its feet.
    if (m_dirty)
        QTimer::singleShot(0, this, [this] {
            if (m_dirty && isVisible())
                generate();
        });
}

void ReportsView::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool ReportsView::generate()
{
    if (m_busy)
        return false;
    const ReportKind kind = currentKind();
    const QString subject = m_subject->currentData().toString();
    m_save->setEnabled(false);
    if (subject.isEmpty()) {
        m_state.reset();
        m_dirty = false;
        const QString hint = kind == ReportKind::Visit ? tr("Choose an enterprise with visits to make a visit report.")
                                                       : tr("There is nothing to report on yet.");
        m_preview->setReport(nullptr, hint);
        setMessage(hint);
        return false;
    }

    m_busy = true;
    std::optional<ReportData> data;
    const QString path = session().path();
    const QDate today = session().workspace().clock().today();
    // Its own read-only connection: SQLite connections stay on the thread that opened them.
    const Status read = runInBackground(this, tr("Reports"), tr("Reading the report's data…"), [&](const ProgressCallback&) -> Status {
        WorkspaceOptions options;
        options.readOnly = true;
        auto ws = Workspace::open(path, options);
        if (!ws)
            return ws.error();
        auto built = buildReportData(**ws, kind, subject, today);
        if (!built)
            return built.error();
        data = std::move(*built);
        return {};
    });
    m_busy = false;
    if (!read) {
        m_state.reset();
        m_preview->setReport(nullptr, read.message());
        setMessage(read.message(), true);
        return false;
    }

    auto state = std::make_unique<ReportState>(ReportState{kind, subject, std::move(*data), nullptr});
    state->pdf = std::make_shared<const PdfReportWriter>(reportDocument(state->data));
    m_preview->setReport(state->pdf);
    setMessage(tr("%n page(s).", nullptr, state->pdf->pageCount()));
    m_state = std::move(state);
    m_dirty = false;
    m_save->setEnabled(true);
    return true;
}

Status ReportsView::saveTo(const QString& path)
{
    if ((m_dirty || !m_state) && !generate())
        return Error::failed(m_message->text());
    const ReportFormat format = currentFormat();
    if (format == ReportFormat::Pdf)
        return m_state->pdf->write(path);
    return writeReport(m_state->data, format, path);
}

void ReportsView::save()
{
    if ((m_dirty || !m_state) && !generate())
        return;
    const ReportFormat format = currentFormat();
    const QString filter = format == ReportFormat::Pdf    ? tr("PDF documents (*.pdf)")
                           : format == ReportFormat::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                          : tr("CSV tables (*.csv)");
    QString path = chooseFileToSave(this, FilePurpose::Reports, tr("Save report"), suggestedReportFileName(m_state->data, format), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += reportFormatSuffix(format);
    if (const Status saved = saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Save report"), saved.message());
        return;
    }
    setMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::prepareForScreenshot()
{
    fillSubjects();
    generate();
}

}  // namespace score
