#include "views/sync/SyncView.h"

#include "crypto/BundleCipher.h"
#include "views/sync/BackupsPage.h"
#include "views/sync/ConflictsPage.h"
#include "views/sync/DevicesPage.h"
#include "views/sync/ExchangePage.h"
#include "views/sync/RecycleBinPage.h"
#include "views/sync/SyncPrompter.h"
#include "widgets/Icons.h"
#include "widgets/VerticalScrollArea.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>

namespace score {

namespace {
// The pages keep a reference to this one prompter; tests swap what it forwards to.
class ForwardingPrompter final : public SyncPrompter {
public:
    std::unique_ptr<SyncPrompter> target = std::make_unique<DialogPrompter>();

    QString chooseBundleToImport(QWidget* p, const QString& folder) override { return target->chooseBundleToImport(p, folder); }
    QString chooseExportFile(QWidget* p, const QString& suggested) override { return target->chooseExportFile(p, suggested); }
    std::optional<QString> askPassphrase(QWidget* p, const QString& file, const QString& problem) override
    {
        return target->askPassphrase(p, file, problem);
    }
    bool confirmChangedKey(QWidget* p, const KeyChange& change) override { return target->confirmChangedKey(p, change); }
    bool confirmMassDelete(QWidget* p, const MassDelete& deletion) override { return target->confirmMassDelete(p, deletion); }
    bool reviewImport(QWidget* p, const ImportPreview& preview) override { return target->reviewImport(p, preview); }
    bool confirmRestore(QWidget* p, const BackupInfo& backup) override { return target->confirmRestore(p, backup); }
    void showError(QWidget* p, const QString& message) override { target->showError(p, message); }
};
}  // namespace

SyncView::SyncView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_prompter(std::make_unique<ForwardingPrompter>()), m_sections(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    m_exchange = new ExchangePage(session, *m_prompter, m_pages);
    m_conflicts = new ConflictsPage(session, *m_prompter, m_pages);
    m_devices = new DevicesPage(session, *m_prompter, m_pages);
    m_recycleBin = new RecycleBinPage(session, *m_prompter, m_pages);
    m_backups = new BackupsPage(session, *m_prompter, m_pages);
    // A page taller than a small laptop's screen scrolls; the window never grows past it (the
    // stack is as tall as its tallest page, so the Exchange page made every page 770 high).
    for (QWidget* page : {static_cast<QWidget*>(m_exchange), static_cast<QWidget*>(m_conflicts), static_cast<QWidget*>(m_devices),
                          static_cast<QWidget*>(m_recycleBin), static_cast<QWidget*>(m_backups)})
        m_pages->addWidget(new VerticalScrollArea(page, m_pages));

    m_sections->setAccessibleName(tr("Sync sections"));
    m_sections->setIconSize(QSize(22, 22));
    m_sections->setSpacing(2);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setUniformItemSizes(true);
    const std::pair<const char*, QString> items[] = {{"sync", tr("Exchange")},
                                                     {"warning", tr("Conflicts")},
                                                     {"device", tr("Devices")},
                                                     {"remove", tr("Recycle bin")},
                                                     {"backup", tr("Backups")}};
    for (const auto& [icon, text] : items) {
        auto* item = new QListWidgetItem(appIcon(icon), text, m_sections);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    }
    const int width = fontMetrics().horizontalAdvance(tr("Recycle bin") + QStringLiteral(" (9999)")) + 64;
    m_sections->setFixedWidth(std::max(170, width));
    m_sections->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); } "
                       "QListWidget::item { padding-left: 6px; border-radius: 4px; color: palette(window-text); } "
                       "QListWidget::item:hover { background: palette(midlight); } "
                       "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_sections);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setTabOrder(m_sections, m_pages);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateActivePage();
    });
    connect(m_exchange, &ExchangePage::conflictsRequested, this, [this] { showSection(Section::Conflicts); });
    connect(&session, &WorkspaceSession::syncStatusChanged, this, &SyncView::updateSectionLabels);
    connect(&session, &WorkspaceSession::workspaceReloaded, m_backups, &BackupsPage::refresh);
    m_sections->setCurrentRow(0);
    updateSectionLabels();
    updateActivePage();
}

SyncView::~SyncView() = default;

QIcon SyncView::icon() { return appIcon("sync"); }

void SyncView::setPrompter(std::unique_ptr<SyncPrompter> prompter)
{
    static_cast<ForwardingPrompter*>(m_prompter.get())->target = prompter ? std::move(prompter) : std::make_unique<DialogPrompter>();
}

void SyncView::showSection(Section section) { m_sections->setCurrentRow(static_cast<int>(section)); }

SyncView::Section SyncView::currentSection() const { return static_cast<Section>(m_sections->currentRow()); }

bool SyncView::focusFilter() { return currentSection() == Section::RecycleBin && m_recycleBin->focusFilter(); }

void SyncView::updateSectionLabels()
{
    const qint64 open = session().openConflicts();
    QListWidgetItem* item = m_sections->item(static_cast<int>(Section::Conflicts));
    item->setText(open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    QFont font = m_sections->font();
    font.setBold(open > 0);
    item->setFont(font);
    item->setToolTip(open > 0 ? tr("Conflicts to review: %1").arg(open) : tr("No conflicts to review"));
}

void SyncView::updateActivePage()
{
    // Only what a person is looking at follows every change; the rest catches up when shown.
    const Section current = currentSection();
    m_exchange->setActive(m_visible && current == Section::Exchange);
    m_conflicts->setActive(m_visible && current == Section::Conflicts);
    m_recycleBin->setActive(m_visible && current == Section::RecycleBin);
}

void SyncView::showEvent(QShowEvent* event)
{
    WorkspaceView::showEvent(event);
    m_visible = true;
    updateActivePage();
}

void SyncView::hideEvent(QHideEvent* event)
{
    WorkspaceView::hideEvent(event);
    m_visible = false;
    updateActivePage();
}

bool SyncView::openFile(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isFile()
        || (file.suffix().compare(QStringLiteral("scorebundle"), Qt::CaseInsensitive) != 0 && !crypto::isEncryptedBundle(path)))
        return false;
    // The window shows this view once we return; the questions come after that.
    QTimer::singleShot(0, this, [this, path] { importBundle(path); });
    return true;
}

ImportFlow::Result SyncView::importBundle(const QString& path)
{
    showSection(Section::Exchange);
    return m_exchange->importBundle(path);
}

void SyncView::prepareForScreenshot()
{
    showSection(Section::Exchange);
    m_exchange->refresh();
}

}  // namespace score
