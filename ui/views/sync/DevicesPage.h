#pragma once
// Sync ▸ Devices: this device's identity (name, user, id, key fingerprint), which colleagues
// compare when they import its first bundle, and the devices whose bundles were imported here.
// The device and user names can be changed; they travel in the next bundles.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace score {

class DeviceModel;
class SyncPrompter;

class DevicesPage final : public QWidget {
    Q_OBJECT

public:
    DevicesPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent = nullptr);

    DeviceModel* model() const { return m_model; }
    // Renames this device and its user; false (and a message) if refused.
    bool rename(const QString& deviceName, const QString& userName);
    void refresh();

private:
    void updateSaveButton();

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    DeviceModel* m_model;
    QLineEdit* m_deviceName;
    QLineEdit* m_userName;
    QPushButton* m_save;
    QLabel* m_deviceId;
    QLabel* m_fingerprint;
    QTableView* m_table;
    QLabel* m_empty;
};

}  // namespace score
