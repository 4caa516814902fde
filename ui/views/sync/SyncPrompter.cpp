#include "views/sync/SyncPrompter.h"

#include "models/BackupModel.h"
#include "views/sync/ImportPreviewDialog.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace score {

namespace {
struct SyncPrompterTr {
    Q_DECLARE_TR_FUNCTIONS(score::SyncPrompter)
};
}  // namespace

QString massDeleteQuestion(const MassDelete& d)
{
    const qint64 total = d.deleted + d.earlierDeleted;
    const QString share = QLocale().toString(
        qRound(100.0 * static_cast<double>(total) / static_cast<double>(std::max<qint64>(1, d.records))));
    if (d.earlierBundles == 0)
        return SyncPrompterTr::tr("This bundle would delete %1 of your %2 records (%3 %). They were deleted on “%4”.")
            .arg(QLocale().toString(d.deleted), QLocale().toString(d.records), share, d.sender);
    return SyncPrompterTr::tr("This bundle would delete %1 records, and the bundles from “%2” imported in the last 24 hours (%3 of "
                              "them) deleted %4: together %5 of the %6 records you had before them (%7 %).")
        .arg(QLocale().toString(d.deleted), d.sender, QLocale().toString(d.earlierBundles), QLocale().toString(d.earlierDeleted),
             QLocale().toString(total), QLocale().toString(d.records), share);
}

QString changedKeyWarning(const KeyChange& c)
{
    return SyncPrompterTr::tr("This bundle says it comes from “%1” (%2), but it is signed with a different key than that device's "
                              "earlier bundles.\n\nKey known here:  %3\nKey of this bundle:  %4\n\nThis happens when SCORE Desk was "
                              "reinstalled on that device — or when someone forged the bundle to slip changes into your work.")
        .arg(c.deviceName, c.userName, c.knownFingerprint, c.newFingerprint);
}

QString DialogPrompter::chooseBundleToImport(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, SyncPrompterTr::tr("Import a bundle"), folder,
                                        SyncPrompterTr::tr("SCORE Desk bundles (*.scorebundle);;All files (*)"));
}

QString DialogPrompter::chooseExportFile(QWidget* parent, const QString& suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, SyncPrompterTr::tr("Export a bundle"), suggestedPath,
                                                SyncPrompterTr::tr("SCORE Desk bundles (*.scorebundle)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".scorebundle")))
        path += QStringLiteral(".scorebundle");
    return path;
}

std::optional<QString> DialogPrompter::askPassphrase(QWidget* parent, const QString& fileName, const QString& problem)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(SyncPrompterTr::tr("Protected bundle"));
    QString label =
        SyncPrompterTr::tr("“%1” is protected by a passphrase.\nAsk its sender for the passphrase and enter it here:").arg(fileName);
    if (!problem.isEmpty())
        label = problem + QStringLiteral("\n\n") + label;
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(SyncPrompterTr::tr("Open"));
    dialog.setInputMode(QInputDialog::TextInput);
    if (auto* field = dialog.findChild<QLineEdit*>())
        syncui::takeAnyPassphrase(field);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool DialogPrompter::confirmChangedKey(QWidget* parent, const KeyChange& change)
{
    QMessageBox box(QMessageBox::Critical, SyncPrompterTr::tr("This bundle may be forged"), changedKeyWarning(change),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(SyncPrompterTr::tr("Call the sender or meet them, and ask them to read you the key fingerprint shown in "
                                              "Sync ▸ Devices on their computer. Import only if it matches the key of this bundle."));
    auto* dont = box.addButton(SyncPrompterTr::tr("Don't import"), QMessageBox::RejectRole);
    auto* trust = box.addButton(SyncPrompterTr::tr("Trust the new key and continue"), QMessageBox::DestructiveRole);
    auto* checked = new QCheckBox(SyncPrompterTr::tr("I have compared the fingerprint with the sender, and it matches"), &box);
    box.setCheckBox(checked);
    trust->setEnabled(false);
    QObject::connect(checked, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    box.setDefaultButton(dont);
    box.setEscapeButton(dont);
    box.exec();
    return box.clickedButton() == trust && checked->isChecked();
}

bool DialogPrompter::confirmMassDelete(QWidget* parent, const MassDelete& deletion)
{
    QMessageBox box(QMessageBox::Warning, SyncPrompterTr::tr("Many records would be deleted"), massDeleteQuestion(deletion),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(SyncPrompterTr::tr("If that was intended (a cohort closed, a clean-up), continue: you will see the details "
                                              "before anything is written, and deleted records stay in the recycle bin. If not, don't "
                                              "import, and ask the sender what happened."));
    auto* dont = box.addButton(SyncPrompterTr::tr("Don't import"), QMessageBox::RejectRole);
    auto* go = box.addButton(SyncPrompterTr::tr("Continue to the preview"), QMessageBox::AcceptRole);
    box.setDefaultButton(dont);
    box.setEscapeButton(dont);
    box.exec();
    return box.clickedButton() == go;
}

bool DialogPrompter::reviewImport(QWidget* parent, const ImportPreview& preview)
{
    ImportPreviewDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool DialogPrompter::confirmRestore(QWidget* parent, const BackupInfo& backup)
{
    const QDateTime local = backup.createdAt.toLocalTime();
    QMessageBox box(QMessageBox::Warning, SyncPrompterTr::tr("Restore a backup"),
                    SyncPrompterTr::tr("Bring this workspace back to how it was on %1 at %2 (%3)?")
                        .arg(QLocale().toString(local.date(), QLocale::LongFormat), QLocale().toString(local.time(), QLocale::ShortFormat),
                             BackupModel::reasonText(backup.reason).toLower()),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(SyncPrompterTr::tr("Everything that changed since then, here or by imports, disappears from this workspace.\n\n"
                                              "Your work as it is now is first saved as another backup, so you can come back to it.\n\n"
                                              "After the restore, this computer continues as a new device, with a new key: colleagues "
                                              "will see it as a new device, and changes from here that already reached them come back "
                                              "with their next bundle. Undo history is cleared."));
    auto* cancel = box.addButton(QMessageBox::Cancel);
    auto* restore = box.addButton(SyncPrompterTr::tr("Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == restore;
}

void DialogPrompter::showError(QWidget* parent, const QString& message)
{
    QMessageBox::warning(parent, SyncPrompterTr::tr("SCORE Desk"), message);
}

}  // namespace score
