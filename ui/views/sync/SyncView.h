#pragma once
// Sync: exchanging work with colleagues by bundle files and looking after what that brings —
// conflicts to review, the devices known here and their keys, the recycle bin, and backups.
// One page per section, chosen in a list on the left; the list shows what needs attention.

#include "views/WorkspaceView.h"
#include "views/sync/ImportFlow.h"

#include <memory>

class QListWidget;
class QStackedWidget;

namespace score {

class BackupsPage;
class ConflictsPage;
class DevicesPage;
class ExchangePage;
class RecycleBinPage;
class SyncPrompter;

class SyncView final : public WorkspaceView {
    Q_OBJECT

public:
    enum class Section { Exchange, Conflicts, Devices, RecycleBin, Backups };

    explicit SyncView(WorkspaceSession& session, QWidget* parent = nullptr);
    ~SyncView() override;

    static QString viewName() { return QStringLiteral("sync"); }
    static QString title() { return tr("Sync"); }
    static QIcon icon();
    void prepareForScreenshot() override;
    // A .scorebundle dropped on the window or named on the command line: the import starts
    // once the window shows this view.
    bool openFile(const QString& path) override;
    // The recycle bin's filter, when that page is shown.
    bool focusFilter() override;

    // Test seam: the questions are asked through `prompter` (the view owns it).
    void setPrompter(std::unique_ptr<SyncPrompter> prompter);
    void showSection(Section section);
    Section currentSection() const;
    // The whole import flow, synchronously (openFile defers to it).
    ImportFlow::Result importBundle(const QString& path);

    ExchangePage* exchange() const { return m_exchange; }
    ConflictsPage* conflicts() const { return m_conflicts; }
    DevicesPage* devices() const { return m_devices; }
    RecycleBinPage* recycleBin() const { return m_recycleBin; }
    BackupsPage* backups() const { return m_backups; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateSectionLabels();
    void updateActivePage();

    std::unique_ptr<SyncPrompter> m_prompter;
    QListWidget* m_sections;
    QStackedWidget* m_pages;
    ExchangePage* m_exchange;
    ConflictsPage* m_conflicts;
    DevicesPage* m_devices;
    RecycleBinPage* m_recycleBin;
    BackupsPage* m_backups;
    bool m_visible = false;
};

}  // namespace score
