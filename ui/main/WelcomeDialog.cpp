#include "main/WelcomeDialog.h"

#include "widgets/Icons.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace score {

WelcomeDialog::WelcomeDialog(const QStringList& recent, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to SCORE Desk"));
    setWindowIcon(appIcon("score-desk"));
    auto* layout = new QVBoxLayout(this);
    auto* logo = new QLabel(this);
    logo->setPixmap(appIcon("score-desk").pixmap(72, 72));
    auto* intro = new QLabel(tr("<h2>SCORE Desk</h2><p>Factory visits, checklists, improvement plans and KPIs for the ILO "
                                "SCORE programme — on your laptop, with or without a network.</p>"),
                             this);
    intro->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(intro, 1);
    layout->addLayout(header);

    auto add = [&](const QString& title, const QString& text, Choice choice) {
        auto* button = new QCommandLinkButton(title, text, this);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        layout->addWidget(button);
        return button;
    };
    // Real work first: a counsellor arrives with a cohort to start, not to look at a demo.
    add(tr("Create a new workspace"), tr("Start your own: your device gets its identity and the SCORE content."), Choice::NewWorkspace)
        ->setFocus();
    add(tr("Open the demo workspace"), tr("A cohort of twelve enterprises with a year of visits, checklists, plans and KPIs."),
        Choice::OpenDemo);
    add(tr("Open a workspace file…"), tr("A .scoredesk file on this computer or a USB stick."), Choice::OpenFile);

    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent workspaces:"), this));
        auto* list = new QListWidget(this);
        list->setAccessibleName(tr("Recent workspaces"));
        for (const QString& path : recent) {
            auto* item = new QListWidgetItem(QFileInfo(path).fileName(), list);
            item->setToolTip(path);
            item->setData(Qt::UserRole, path);
        }
        list->setMaximumHeight(110);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            m_choice = Choice::OpenRecent;
            m_recentPath = item->data(Qt::UserRole).toString();
            accept();
        });
        layout->addWidget(list);
    }
    setMinimumWidth(520);
    // Its sentences wrap: as tall as they need at that width. Qt opens a dialog at two thirds of
    // the screen's height at most, which cut them to half lines on a 1024×600 screen.
    setMinimumHeight(layout->totalMinimumHeightForWidth(minimumWidth()));
}

}  // namespace score
