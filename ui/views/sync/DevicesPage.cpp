#include "views/sync/DevicesPage.h"

#include "crypto/Crypto.h"
#include "models/DeviceModel.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/FillColumn.h"
#include "widgets/RecordTable.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

DevicesPage::DevicesPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(&session), m_prompter(&prompter), m_model(new DeviceModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    syncui::addPageHeading(layout, this, "device", tr("Devices"),
                           tr("Every bundle is signed with the key of the device that made it. A device is trusted the "
                              "first time its bundle is imported; later bundles must carry the same key."));

    auto* self = new QGroupBox(tr("This device"), this);
    auto* form = new QFormLayout(self);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_deviceName = new QLineEdit(self);
    m_deviceName->setAccessibleName(tr("Device name"));
    m_deviceName->setMaxLength(120);
    m_userName = new QLineEdit(self);
    m_userName->setAccessibleName(tr("Your name"));
    m_userName->setMaxLength(200);
    m_save = new QPushButton(tr("&Save names"), self);
    auto* names = new QHBoxLayout;
    names->addWidget(m_deviceName, 1);
    auto* userLabel = new QLabel(tr("&Your name:"), self);
    userLabel->setBuddy(m_userName);
    names->addWidget(userLabel);
    names->addWidget(m_userName, 1);
    names->addWidget(m_save);
    auto* deviceLabel = new QLabel(tr("&Device name:"), self);
    deviceLabel->setBuddy(m_deviceName);
    form->addRow(deviceLabel, names);
    m_fingerprint = new QLabel(self);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setAccessibleName(tr("Key fingerprint of this device"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_deviceId = new QLabel(self);
    m_deviceId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceId->setAccessibleName(tr("Device id"));
    form->addRow(tr("Device id:"), m_deviceId);
    auto* key = new QVBoxLayout;
    key->setSpacing(2);
    key->addWidget(m_fingerprint);
    key->addWidget(syncui::makeNote(tr("When a colleague imports your first bundle, SCORE Desk shows them this fingerprint; "
                                       "read it to them (by phone, in person) so they know the bundle really comes from you."),
                                    self));
    form->addRow(tr("Key fingerprint:"), key);
    layout->addWidget(self);

    auto* peers = new QGroupBox(tr("Devices whose bundles were imported here"), this);
    auto* peersLayout = new QVBoxLayout(peers);
    m_empty = syncui::makeEmptyNote(tr("No bundle from another device has been imported yet."), peers);
    m_table = makeRecordTable(peers, tr("Devices whose bundles were imported here"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, DeviceModel::User);
    peersLayout->addWidget(m_empty);
    peersLayout->addWidget(m_table, 1);
    layout->addWidget(peers, 1);

    setTabOrder(m_deviceName, m_userName);
    setTabOrder(m_userName, m_save);
    setTabOrder(m_save, m_table);

    connect(m_deviceName, &QLineEdit::textChanged, this, &DevicesPage::updateSaveButton);
    connect(m_userName, &QLineEdit::textChanged, this, &DevicesPage::updateSaveButton);
    connect(m_deviceName, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_userName, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] { rename(m_deviceName->text(), m_userName->text()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_table->setVisible(m_model->rowCount() > 0);
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &DevicesPage::refresh);
    refresh();
}

void DevicesPage::refresh()
{
    const DeviceIdentity& device = m_session->workspace().device();
    m_deviceName->setText(device.deviceName);
    m_userName->setText(device.userName);
    m_fingerprint->setText(crypto::fingerprint(device.publicKey));
    m_deviceId->setText(device.deviceId.toString(QUuid::WithoutBraces));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    updateSaveButton();
}

void DevicesPage::updateSaveButton()
{
    const DeviceIdentity& device = m_session->workspace().device();
    const QString name = m_deviceName->text().trimmed();
    const QString user = m_userName->text().trimmed();
    m_save->setEnabled(!name.isEmpty() && !user.isEmpty() && (name != device.deviceName || user != device.userName));
}

bool DevicesPage::rename(const QString& deviceName, const QString& userName)
{
    const QString name = deviceName.trimmed();
    const QString user = userName.trimmed();
    if (name.isEmpty() || user.isEmpty()) {
        m_prompter->showError(this, tr("Give this device a name and say who works on it; colleagues see both next to your changes."));
        return false;
    }
    if (const Status s = m_session->workspace().setDeviceNames(name, user); !s) {
        m_prompter->showError(this, s.message());
        return false;
    }
    // Changes made from now on name the new user in the history.
    m_session->editor().setAuthor(user);
    refresh();
    m_session->notifySyncStatusChanged();
    return true;
}

}  // namespace score
