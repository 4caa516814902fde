#include "views/sync/ImportPreviewDialog.h"

#include "crypto/Crypto.h"
#include "views/sync/ImportChangesModel.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

namespace {
// Room left for the title bar and borders a window manager draws around the dialog.
constexpr int kFrameAllowance = 48;

// Short facts stay on one line (the dialog widens to fit them); long sentences wrap, from a
// width at which QFormLayout reserves enough lines for them (a wrapped label with no minimum
// width was given one line and cut off).
QLabel* fact(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    QLabel* label = fact(text, parent);
    label->setWordWrap(true);
    label->setMinimumWidth(440);
    return label;
}

// In the form, QFormLayout gives a wrapped sentence the lines it needs at a width wider than
// the one it gets (Vietnamese lost the last words of the key's note); as tall as at its
// narrowest, it keeps them all.
void keepAllLines(QLabel* label) { label->setMinimumHeight(label->heightForWidth(label->minimumWidth())); }
}  // namespace

QString ImportPreviewDialog::headline(const ImportSummary& s)
{
    const EntityImportCounts& t = s.totals;
    if (!s.changedAnything())
        return t.conflicts > 0 ? tr("Nothing would change here, but values that clash with changes made here would be kept for your "
                                    "review (%1).")
                                     .arg(QLocale().toString(t.conflicts))
                               : tr("Nothing would change here: this workspace already has everything in the bundle.");
    QStringList parts;
    if (t.inserted > 0)
        parts << tr("new records: %1").arg(QLocale().toString(t.inserted));
    if (t.updated > 0)
        parts << tr("changed: %1").arg(QLocale().toString(t.updated));
    if (t.deleted > 0)
        parts << tr("deleted: %1").arg(QLocale().toString(t.deleted));
    if (t.restored > 0)
        parts << tr("restored: %1").arg(QLocale().toString(t.restored));
    if (s.blobsAdded > 0)
        parts << tr("new photos and documents: %1").arg(QLocale().toString(s.blobsAdded));
    QString text = tr("If you import it — %1.").arg(parts.join(QStringLiteral(", ")));
    if (t.conflicts > 0)
        text += u' '
                + tr("Values that clash with changes made here: %1; the later change wins, the other is kept for your review.")
                      .arg(QLocale().toString(t.conflicts));
    return text;
}

ImportPreviewDialog::ImportPreviewDialog(const ImportPreview& preview, QWidget* parent) : QDialog(parent)
{
    const ImportSummary& s = preview.summary;
    const BundleManifest& m = s.manifest;
    setWindowTitle(tr("Import a bundle"));
    setMinimumWidth(620);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon("import").pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* headings = new QVBoxLayout;
    auto* title = new QLabel(tr("Import “%1”?").arg(preview.fileName), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    headings->addWidget(title);
    headings->addWidget(wrapped(headline(s) + u' ' + tr("Nothing has been written yet."), this));
    top->addLayout(headings, 1);
    layout->addLayout(top);

    auto* from = new QGroupBox(tr("From"), this);
    auto* form = new QFormLayout(from);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Device:"),
                 fact(m.source.userName.isEmpty() ? m.source.deviceName : tr("%1 — %2").arg(m.source.deviceName, m.source.userName), from));
    QString keyNote;
    if (preview.trustsNewKey)
        keyNote = tr("a new key for this device, which you chose to trust");
    else if (preview.senderKnown)
        keyNote = tr("the same key as its earlier bundles");
    else
        keyNote = tr("the first bundle from this device: compare the fingerprint with the one its user sees in Sync ▸ Devices");
    auto* key = wrapped(QStringLiteral("<span style=\"font-family:monospace\">%1</span> — %2")
                            .arg(crypto::fingerprint(m.source.publicKey), keyNote.toHtmlEscaped()),
                        from);
    key->setTextFormat(Qt::RichText);
    keepAllLines(key);
    form->addRow(tr("Signed with:"), key);
    form->addRow(tr("Made:"), fact(QLocale().toString(m.createdAt.toLocalTime(), QLocale::LongFormat), from));
    QString contents;
    switch (m.mode) {
    case BundleMode::Full: contents = tr("Everything on that device"); break;
    case BundleMode::Delta: contents = tr("The changes this workspace had not seen yet"); break;
    case BundleMode::Scoped:
        contents = m.cohorts.isEmpty() ? tr("The work of some enterprises (%1)").arg(m.enterprises.size())
                                       : tr("The work of a cohort or some enterprises (%1)").arg(m.enterprises.size() + m.cohorts.size());
        break;
    }
    contents += tr(" · %1 records · %2").arg(QLocale().toString(m.records), QLocale().formattedDataSize(preview.fileSize));
    if (preview.encrypted)
        contents += tr(" · protected by a passphrase");
    form->addRow(tr("Contents:"), fact(contents, from));
    if (!s.previouslyImportedAt.isEmpty()) {
        const QDateTime before = QDateTime::fromString(s.previouslyImportedAt, Qt::ISODateWithMs);
        QLabel* again = wrapped(tr("Yes, on %1. Importing it again changes nothing that is not already here.")
                                    .arg(QLocale().toString(before.toLocalTime(), QLocale::ShortFormat)),
                                from);
        keepAllLines(again);
        form->addRow(tr("Imported before:"), again);
    }
    layout->addWidget(from);

    auto* changes = new ImportChangesModel(this);
    changes->setSummary(s);
    auto* table = new QTableView(this);
    table->setAccessibleName(tr("What the import would change"));
    table->setModel(changes);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(table, ImportChangesModel::Kind);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // At least three kinds of record in view, ten when the screen has room (a taller minimum
    // put the buttons under a small laptop's screen edge); the rest scroll.
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int fewRows = std::min(changes->rowCount(), 3);
    const int moreRows = std::min(changes->rowCount(), 10) - fewRows;
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + fewRows * rowHeight + 4);
    layout->addWidget(table, 1);

    layout->addWidget(
        fact(tr("Records in the bundle that are already up to date here: %1.").arg(QLocale().toString(s.totals.unchanged)), this));

    QStringList warnings = s.warnings;
    if (preview.allowsMassDelete)
        warnings.prepend(tr("You agreed that this bundle deletes many records (%1); they will stay in the recycle bin.")
                             .arg(QLocale().toString(s.totals.deleted)));
    for (const QString& w : std::as_const(warnings)) {
        auto* row = new QHBoxLayout;
        auto* sign = new QLabel(this);
        sign->setPixmap(appIcon("warning").pixmap(20, 20));
        sign->setAlignment(Qt::AlignTop);
        row->addWidget(sign);
        auto* text = wrapped(w, this);
        text->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        row->addWidget(text, 1);
        layout->addLayout(row);
    }

    auto* note = fact(tr("SCORE Desk copies this workspace before importing; Sync ▸ Backups can bring that copy back."), this);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setIcon(appIcon("import"));
    import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A dialog takes its size from its size hint, which leaves out the extra lines of wrapped
    // text; size it for its width so that nothing overlaps, and no taller than the screen.
    const int width = std::max(sizeHint().width(), 620);
    const int height = layout->hasHeightForWidth() ? layout->totalMinimumHeightForWidth(width) : minimumSizeHint().height();
    setMinimumHeight(height);
    int wanted = height + moreRows * rowHeight;
    if (const QScreen* shown = parent ? parent->screen() : screen())
        wanted = std::min(wanted, std::max(height, shown->availableGeometry().height() - kFrameAllowance));
    resize(width, wanted);
}

}  // namespace score
