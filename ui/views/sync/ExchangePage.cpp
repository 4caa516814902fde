#include "views/sync/ExchangePage.h"

#include "crypto/Crypto.h"
#include "models/ReceivedBundleModel.h"
#include "storage/SyncState.h"
#include "storage/WorkspaceStats.h"
#include "views/sync/ClockNotice.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncTasks.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/FileDialogs.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace score {

namespace {
// Kinds that come with SCORE Desk itself; "what this workspace holds" is about people's work.
bool isContent(const QString& entity)
{
    static const QStringList content = {
        QStringLiteral("country"),          QStringLiteral("module"),        QStringLiteral("checklist_template"),
        QStringLiteral("template_section"), QStringLiteral("template_item"), QStringLiteral("kpi_definition")};
    return content.contains(entity);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Device names become file names: keep letters, digits, dots and dashes.
QString safeFilePart(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString s = text.trimmed();
    s.replace(unsafe, QStringLiteral("-"));
    return s.isEmpty() ? QStringLiteral("score") : s;
}
}  // namespace

ExchangePage::ExchangePage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(&session), m_prompter(&prompter)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    syncui::addPageHeading(layout, this, "sync", tr("Exchange work"),
                           tr("Colleagues share their work as bundle files, by USB stick or e-mail. A bundle is signed by "
                              "the device that made it; importing merges it, field by field, into this workspace."));
    m_identity = syncui::makeText(QString(), this);
    m_identity->setTextFormat(Qt::RichText);
    layout->addWidget(m_identity);
    m_clockNotice = new ClockNotice(session, this);
    connect(m_clockNotice, &ClockNotice::finished, this, &ExchangePage::showOutcome);
    layout->addWidget(m_clockNotice);

    m_outcome = syncui::makeText(QString(), this);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setAccessibleName(tr("Result of the last exchange"));
    m_outcome->setMargin(8);
    m_outcome->hide();
    connect(m_outcome, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == u"conflicts")
            emit conflictsRequested();
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(link));
    });
    layout->addWidget(m_outcome);

    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(buildSend(), 3);
    top->addWidget(buildReceive(), 2);
    layout->addLayout(top);

    // The counts keep the width of their sentences while there is room, and wrap them when
    // not (a splitter here cut the second line of a wrapped sentence); the list takes the rest.
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(buildReceived(), 1);
    bottom->addWidget(buildHoldings());
    layout->addLayout(bottom, 1);

    setTabOrder(m_everything, m_forDevice);
    setTabOrder(m_forDevice, m_peers);
    setTabOrder(m_peers, m_scope);
    setTabOrder(m_scope, m_protect);
    setTabOrder(m_protect, m_passphrase);
    setTabOrder(m_passphrase, m_repeat);
    setTabOrder(m_repeat, m_export);
    setTabOrder(m_export, m_import);
    setTabOrder(m_import, m_receivedTable);

    auto changed = [this] {
        if (m_active)
            refresh();
        else
            m_stale = true;
    };
    connect(&session, &WorkspaceSession::syncStatusChanged, this, changed);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, changed);
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &ExchangePage::updateScope);
    // Filled when first shown (setActive): counting every record of a large workspace must
    // not delay the start of the app.
    m_stale = true;
}

QWidget* ExchangePage::buildSend()
{
    auto* box = new QGroupBox(tr("Send work"), this);
    auto* layout = new QVBoxLayout(box);
    m_unshared = syncui::makeText(QString(), box);
    m_unshared->setTextFormat(Qt::RichText);
    layout->addWidget(m_unshared);

    m_everything = new QRadioButton(tr("&Everything in this workspace"), box);
    m_everything->setToolTip(tr("A full bundle: whoever imports it gets all of this workspace's work."));
    m_forDevice = new QRadioButton(tr("Only what one &device has not seen yet:"), box);
    m_forDevice->setToolTip(tr("A smaller bundle with the changes that device is missing, judging by the latest bundle "
                               "it sent here."));
    auto* group = new QButtonGroup(box);
    group->addButton(m_everything);
    group->addButton(m_forDevice);
    m_everything->setChecked(true);
    m_peers = new QComboBox(box);
    m_peers->setAccessibleName(tr("Device to send the changes to"));
    m_peers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_peers->setMinimumContentsLength(24);
    layout->addWidget(m_everything);
    layout->addWidget(m_forDevice);
    auto* deviceRow = new QHBoxLayout;
    deviceRow->setContentsMargins(22, 0, 0, 0);
    deviceRow->addWidget(m_peers, 1);
    layout->addLayout(deviceRow);

    m_scope = new QComboBox(box);
    m_scope->setAccessibleName(tr("Which enterprises"));
    auto* scopeLabel = new QLabel(tr("&Which enterprises:"), box);
    scopeLabel->setBuddy(m_scope);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    layout->addLayout(scopeRow);

    m_protect = new QCheckBox(tr("&Protect the bundle with a passphrase"), box);
    m_protect->setToolTip(tr("Anyone who finds the file without the passphrase can read nothing in it."));
    m_passphrase = new QLineEdit(box);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_repeat = new QLineEdit(box);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Passphrase again"));
    m_repeat->setPlaceholderText(tr("The same again"));
    syncui::takeAnyPassphrase(m_passphrase);
    syncui::takeAnyPassphrase(m_repeat);
    m_passphraseNote = syncui::makeNote(QString(), box);
    layout->addWidget(m_protect);
    auto* passRow = new QHBoxLayout;
    passRow->setContentsMargins(22, 0, 0, 0);
    passRow->addWidget(m_passphrase);
    passRow->addWidget(m_repeat);
    layout->addLayout(passRow);
    auto* noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(22, 0, 0, 0);
    noteRow->addWidget(m_passphraseNote);
    layout->addLayout(noteRow);

    layout->addStretch(1);
    m_export = new QPushButton(appIcon("export"), tr("E&xport bundle…"), box);
    m_export->setAccessibleName(tr("Export bundle"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_export);
    layout->addLayout(buttonRow);

    connect(m_forDevice, &QRadioButton::toggled, this, &ExchangePage::updateExportButton);
    connect(m_peers, &QComboBox::currentIndexChanged, this, [this] {
        if (m_peers->isEnabled() && m_peers->count() > 0)
            m_forDevice->setChecked(true);
    });
    connect(m_protect, &QCheckBox::toggled, this, &ExchangePage::updateExportButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExchangePage::updateExportButton);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExchangePage::updateExportButton);
    connect(m_export, &QPushButton::clicked, this, &ExchangePage::exportBundle);
    return box;
}

QWidget* ExchangePage::buildReceive()
{
    auto* box = new QGroupBox(tr("Receive work"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    auto* picture = new QLabel(box);
    picture->setPixmap(appIcon("import").pixmap(40, 40));
    picture->setAlignment(Qt::AlignTop);
    row->addWidget(picture);
    row->addWidget(syncui::makeText(tr("Drop a <b>.scorebundle</b> file anywhere on this window, or choose one."), box), 1);
    layout->addLayout(row);
    layout->addWidget(syncui::makeNote(tr("First you see who sent it and what it would change; nothing is written until you "
                                          "say Import. The workspace is backed up before every import."),
                                       box));
    layout->addStretch(1);
    m_import = new QPushButton(appIcon("import"), tr("&Import bundle…"), box);
    m_import->setAccessibleName(tr("Import bundle"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_import);
    layout->addLayout(buttonRow);
    connect(m_import, &QPushButton::clicked, this, &ExchangePage::chooseAndImport);
    return box;
}

QWidget* ExchangePage::buildReceived()
{
    auto* box = new QGroupBox(tr("Bundles imported here"), this);
    auto* layout = new QVBoxLayout(box);
    m_received = new ReceivedBundleModel(*m_session, this);
    m_receivedTable = makeRecordTable(box, tr("Bundles imported here"));
    m_receivedTable->setModel(m_received);
    QHeaderView* header = m_receivedTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_receivedTable, ReceivedBundleModel::Changes);
    header->setMinimumSectionSize(60);
    m_receivedTable->setColumnHidden(ReceivedBundleModel::Made, true);
    m_receivedTable->setColumnHidden(ReceivedBundleModel::File, true);
    m_receivedEmpty = syncui::makeEmptyNote(tr("No bundle has been imported into this workspace yet. When colleagues send "
                                               "you their work, each bundle appears here with what it changed."),
                                            box);
    layout->addWidget(m_receivedEmpty);
    layout->addWidget(m_receivedTable, 1);
    auto updateEmpty = [this] {
        const bool empty = m_received->rowCount() == 0;
        m_receivedEmpty->setVisible(empty);
        m_receivedTable->setVisible(!empty);
    };
    connect(m_received, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
    return box;
}

QWidget* ExchangePage::buildHoldings()
{
    auto* box = new QGroupBox(tr("This workspace holds"), this);
    m_holdingsBox = box;
    auto* layout = new QVBoxLayout(box);
    m_holdings = new QGridLayout;
    m_holdings->setHorizontalSpacing(16);
    m_holdings->setVerticalSpacing(3);
    layout->addLayout(m_holdings);
    m_holdingNotes = new QVBoxLayout;
    m_holdingNotes->setSpacing(3);
    layout->addLayout(m_holdingNotes);
    layout->addStretch(1);
    return box;
}

void ExchangePage::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

void ExchangePage::refresh()
{
    m_stale = false;
    updateIdentity();
    updatePeers();
    updateScope();
    updateHoldings();
    updateExportButton();
}

void ExchangePage::updateIdentity()
{
    const DeviceIdentity& device = m_session->workspace().device();
    m_identity->setText(
        tr("This device: <b>%1</b> · %2 · key <span style=\"font-family:monospace\">%3</span>")
            .arg(device.deviceName.toHtmlEscaped(), device.userName.toHtmlEscaped(), crypto::fingerprint(device.publicKey)));
    m_clockNotice->refresh();
    const qint64 unshared = m_session->unsharedChanges();
    m_unshared->setText(unshared == 0 ? tr("Every change made here is already in a bundle.")
                                      : tr("Changes made here and in no bundle yet: <b>%1</b>").arg(QLocale().toString(unshared)));
}

void ExchangePage::updatePeers()
{
    const QString current = m_peers->currentData().toString();
    const QSignalBlocker block(m_peers);
    m_peers->clear();
    auto peers = SyncState(m_session->workspace()).peers();
    if (peers) {
        for (const PeerDevice& p : *peers) {
            const QString text = p.userName.isEmpty() ? p.deviceName : tr("%1 — %2").arg(p.deviceName, p.userName);
            m_peers->addItem(tr("%1 · key %2").arg(text, crypto::fingerprint(p.publicKey)), p.deviceId.toString(QUuid::WithoutBraces));
        }
    }
    const bool any = m_peers->count() > 0;
    if (!any) {
        m_peers->addItem(tr("no device has sent a bundle here yet"));
        m_everything->setChecked(true);
    }
    m_peers->setEnabled(any);
    m_forDevice->setEnabled(any);
    m_forDevice->setToolTip(any ? tr("A smaller bundle with the changes that device is missing, judging by the latest bundle it "
                                     "sent here.")
                                : tr("Import a bundle from a device first; then SCORE Desk knows what it holds."));
    const int index = m_peers->findData(current);
    if (index >= 0)
        m_peers->setCurrentIndex(index);
}

void ExchangePage::updateScope()
{
    const int previous = m_scope->currentData().toInt();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All of them"), static_cast<int>(Scope::Workspace));
    auto e = m_session->queries().enterprise(m_session->currentEnterprise());
    if (e) {
        m_scope->addItem(tr("Only %1").arg(e->name), static_cast<int>(Scope::Enterprise));
        if (!e->cohortId.isEmpty())
            m_scope->addItem(tr("Only the cohort %1").arg(e->cohortName), static_cast<int>(Scope::Cohort));
    }
    const int index = m_scope->findData(previous);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

void ExchangePage::updateExportButton()
{
    m_passphrase->setEnabled(m_protect->isChecked());
    m_repeat->setEnabled(m_protect->isChecked());
    bool ok = !(m_forDevice->isChecked() && !m_peers->isEnabled());
    if (!m_protect->isChecked()) {
        m_passphraseNote->setText(tr("Without a passphrase, anyone who has the file can read it."));
    } else if (m_passphrase->text().isEmpty()) {
        m_passphraseNote->setText(tr("Choose a passphrase and tell it to the receiver another way (phone, in person)."));
        ok = false;
    } else if (m_repeat->text() != m_passphrase->text()) {
        m_passphraseNote->setText(m_repeat->text().isEmpty() ? tr("Type the passphrase a second time.")
                                                             : tr("The two passphrases differ."));
        ok = false;
    } else {
        m_passphraseNote->setText(tr("Tell the passphrase to the receiver another way than the bundle (phone, in person)."));
    }
    m_export->setEnabled(ok && !m_busy);
}

void ExchangePage::setBusy(bool busy)
{
    m_busy = busy;
    m_import->setEnabled(!busy);
    updateExportButton();
}

void ExchangePage::updateHoldings()
{
    for (QLayout* holdings : {static_cast<QLayout*>(m_holdings), static_cast<QLayout*>(m_holdingNotes)}) {
        while (QLayoutItem* item = holdings->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    auto stats = collectStats(m_session->workspace());
    if (!stats) {
        m_holdings->addWidget(syncui::makeNote(stats.message(), m_holdingsBox), 0, 0);
        return;
    }
    // The kinds people count; the others (answers, team members, comments…) are in the total.
    static const QStringList kShown = {
        QStringLiteral("enterprise"),         QStringLiteral("visit"),       QStringLiteral("assessment"), QStringLiteral("finding"),
        QStringLiteral("improvement_action"), QStringLiteral("kpi_reading"), QStringLiteral("suggestion")};
    int row = 0;
    qint64 work = 0;
    qint64 attachments = 0;
    for (const EntityCount& c : stats->entities) {
        if (isContent(c.entity))
            continue;
        work += c.live;
        if (c.entity == u"attachment")
            attachments = c.live;
        if (!kShown.contains(c.entity))
            continue;
        auto* name = new QLabel(capitalised(entityDisplayNamePlural(c.entity)), m_holdingsBox);
        auto* count = new QLabel(QLocale().toString(c.live), m_holdingsBox);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_holdings->addWidget(name, row, 0);
        m_holdings->addWidget(count, row, 1);
        ++row;
    }
    // Below the grid, where they can wrap (wrapped labels in a grid get the wrong height); on
    // one line they made the page as wide as the longest sentence.
    auto addLine = [&](const QString& text) { m_holdingNotes->addWidget(syncui::makeLineNote(text, m_holdingsBox)); };
    if (row > 0)
        m_holdingNotes->addSpacing(6);
    addLine(tr("Records of work in all: %1").arg(QLocale().toString(work)));
    addLine(tr("Photos and documents: %1 (%2)").arg(QLocale().toString(attachments), QLocale().formattedDataSize(stats->attachmentBytes)));
    if (stats->totalDeleted > 0)
        addLine(tr("In the recycle bin: %1").arg(QLocale().toString(stats->totalDeleted)));
    addLine(stats->knownDevices == 0 ? tr("No other device has sent work here yet.")
                                     : tr("Devices that sent work: %1").arg(stats->knownDevices));
    if (stats->openConflicts > 0)
        addLine(tr("Conflicts to review: %1").arg(stats->openConflicts));
    addLine(tr("Workspace file: %1").arg(QLocale().formattedDataSize(stats->fileBytes)));
    m_holdings->setColumnStretch(2, 1);
}

QString ExchangePage::suggestedFileName() const
{
    const QString date = m_session->workspace().clock().today().toString(Qt::ISODate);
    const QString self = safeFilePart(m_session->workspace().device().deviceName);
    if (m_forDevice->isChecked() && m_peers->isEnabled()) {
        auto peer = SyncState(m_session->workspace()).findPeer(m_peers->currentData().toString());
        if (peer)
            return QStringLiteral("%1-for-%2-%3.scorebundle").arg(self, safeFilePart(peer->deviceName), date);
    }
    return QStringLiteral("%1-%2.scorebundle").arg(self, date);
}

void ExchangePage::setTarget(const QString& deviceId)
{
    if (deviceId.isEmpty()) {
        m_everything->setChecked(true);
        return;
    }
    const int index = m_peers->findData(deviceId);
    if (index >= 0) {
        m_peers->setCurrentIndex(index);
        m_forDevice->setChecked(true);
    }
}

void ExchangePage::setScope(Scope scope)
{
    const int index = m_scope->findData(static_cast<int>(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void ExchangePage::setPassphrase(const QString& passphrase)
{
    m_protect->setChecked(!passphrase.isEmpty());
    m_passphrase->setText(passphrase);
    m_repeat->setText(passphrase);
}

void ExchangePage::exportBundle()
{
    updateExportButton();
    if (!m_export->isEnabled())
        return;
    ExportOptions options;
    options.full = !m_forDevice->isChecked();
    if (!options.full)
        options.forDevice = m_peers->currentData().toString();
    const auto scope = static_cast<Scope>(m_scope->currentData().toInt());
    if (scope != Scope::Workspace) {
        auto e = m_session->queries().enterprise(m_session->currentEnterprise());
        if (!e) {
            m_prompter->showError(this, e.message());
            return;
        }
        if (scope == Scope::Enterprise)
            options.enterpriseIds << e->id;
        else
            options.cohortIds << e->cohortId;
    }
    if (m_protect->isChecked())
        options.passphrase = m_passphrase->text();
    options.lightKdfForTests = qEnvironmentVariableIsSet("SCORE_TEST_LIGHT_KDF");

    AppSettings settings;
    const QString folder = startFolder(FilePurpose::Bundles, settings);
    const QString path = m_prompter->chooseExportFile(this, QDir(folder).filePath(suggestedFileName()));
    if (path.isEmpty())
        return;
    rememberFolder(FilePurpose::Bundles, path, settings);
    options.outputPath = path;

    // The key derivation alone takes about a second: the export runs on a worker thread.
    setBusy(true);
    auto summary = runExport(this, *m_session, options);
    setBusy(false);
    if (!summary) {
        if (summary.error().kind == Error::Kind::Cancelled)
            showOutcome(tr("The export was cancelled; no bundle was written.").toHtmlEscaped(), false);
        else
            m_prompter->showError(this, summary.message());
        return;
    }
    m_lastExport = *summary;
    m_passphrase->clear();
    m_repeat->clear();
    m_protect->setChecked(false);
    const QFileInfo written(summary->path);
    QString text = tr("Wrote <b>%1</b> (%2%3) — records: %4, photos and documents: %5.")
                       .arg(written.fileName().toHtmlEscaped(), QLocale().formattedDataSize(summary->bytes),
                            summary->encrypted ? tr(", protected by a passphrase") : QString(), QLocale().toString(summary->records),
                            QLocale().toString(summary->blobs));
    text += u' ' + tr("Send it by USB stick or e-mail. <a href=\"%1\">Open the folder</a>").arg(written.absolutePath().toHtmlEscaped());
    showOutcome(text, false);
    m_session->notifySyncStatusChanged();
}

void ExchangePage::chooseAndImport()
{
    AppSettings settings;
    const QString path = m_prompter->chooseBundleToImport(this, startFolder(FilePurpose::Bundles, settings));
    if (path.isEmpty())
        return;
    rememberFolder(FilePurpose::Bundles, path, settings);
    importBundle(path);
}

ImportFlow::Result ExchangePage::importBundle(const QString& path)
{
    const QString file = QFileInfo(path).fileName().toHtmlEscaped();
    if (m_busy) {
        // A bundle dropped on the window while another exchange runs.
        const QString message = tr("Another export or import is still running; drop the bundle again when it has finished.");
        showOutcome(tr("<b>%1</b> was not imported: %2").arg(file, message.toHtmlEscaped()), true);
        return {ImportFlow::Outcome::Failed, std::nullopt, message};
    }
    setBusy(true);
    ImportFlow flow(*m_session, *m_prompter, this);
    ImportFlow::Result result = flow.run(path);
    setBusy(false);
    switch (result.outcome) {
    case ImportFlow::Outcome::Imported: {
        const ImportSummary& s = *result.summary;
        QString text = tr("Imported <b>%1</b> from %2: %3")
                           .arg(file, s.manifest.source.deviceName.toHtmlEscaped(),
                                ReceivedBundleModel::changesText(s.toJson()).toHtmlEscaped());
        if (s.totals.conflicts > 0)
            text += u' ' + tr("— <a href=\"conflicts\">review the conflicts</a>");
        text += u'.';
        showOutcome(text, false);
        break;
    }
    case ImportFlow::Outcome::Cancelled:
        if (result.summary)
            showOutcome(tr("The import of <b>%1</b> was cancelled; nothing was changed.").arg(file), false);
        break;
    case ImportFlow::Outcome::Failed:
        showOutcome(tr("<b>%1</b> was not imported: %2").arg(file, result.message.toHtmlEscaped()), true);
        break;
    }
    return result;
}

void ExchangePage::showOutcome(const QString& html, bool problem)
{
    m_outcome->setText(html);
    m_outcome->setStyleSheet(
        problem ? QStringLiteral("QLabel { background: #fbeee0; border: 1px solid #e3b98a; border-radius: 4px; color: #5a3200; }")
                : QStringLiteral("QLabel { background: #e9f2ea; border: 1px solid #a9cdb0; border-radius: 4px; color: #1d3d24; }"));
    m_outcome->show();
}

}  // namespace score
