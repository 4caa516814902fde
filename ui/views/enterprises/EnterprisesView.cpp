#include "views/enterprises/EnterprisesView.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "metrics/EitBalance.h"
#include "models/EitMemberModel.h"
#include "models/EnterpriseTableModel.h"
#include "models/ModuleProgressModel.h"
#include "views/enterprises/EitMemberDialog.h"
#include "views/programme/ProgrammeActions.h"
#include "widgets/ColumnFitter.h"
#include "widgets/EmptyState.h"
#include "widgets/FillColumn.h"
#include "widgets/FormColumns.h"
#include "widgets/Icons.h"
#include "widgets/RecordForm.h"
#include "widgets/RecordTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

EnterprisesView::EnterprisesView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_enterprises(new EnterpriseTableModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(makeRecordTable(this, tr("Enterprises"))), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_enterprises);
    m_proxy->setSortRole(EnterpriseTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseTableModel::Name, Qt::AscendingOrder);
    m_table->setColumnHidden(EnterpriseTableModel::Cohort, session.role() != Role::Trainer);
    // The name column is fitted too, not stretched: in a narrow list a stretched column is the
    // one squeezed, and the name is the column that must stay readable.
    m_columns = ColumnFitter::install(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            this->session().setCurrentEnterprise(current.data(EnterpriseTableModel::IdRole).toString());
    });

    // The list's own buttons: a counsellor adds the enterprises of their cohort here.
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listButtons = new QHBoxLayout;
    auto* add = new QPushButton(appIcon("add"), tr("New enterprise…"), list);
    add->setToolTip(tr("Add an enterprise to the cohort (Ctrl+Shift+E)"));
    connect(add, &QPushButton::clicked, this, [this] { programme::newEnterprise(this->session(), this, cohortInView()); });
    auto* people = new QPushButton(tr("People…"), list);
    people->setToolTip(tr("Counsellors, trainers, managers and improvement team members"));
    connect(people, &QPushButton::clicked, this, [this] { programme::showPeople(this->session(), this); });
    listButtons->addWidget(add);
    listButtons->addWidget(people);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_table);

    m_splitter->addWidget(list);
    m_splitter->addWidget(buildProfile());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // With no enterprise yet, the view says how to begin instead of showing an empty table.
    auto* empty = new EmptyState(tr("Your cohort's enterprises go here"),
                                 tr("Create the cohort, then add its enterprises one by one, or import the list the programme "
                                    "sent as a spreadsheet (XLSX or CSV)."),
                                 this);
    empty->addButton(tr("New cohort…"), [this] { programme::newCohort(this->session(), this); });
    empty->addButton(tr("New enterprise…"), [this] { programme::newEnterprise(this->session(), this, cohortInView()); });
    empty->addButton(tr("Import from a spreadsheet…"), [this] { programme::importSpreadsheet(this->session(), this); });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(empty);
    m_empty = empty;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    connect(m_enterprises, &QAbstractItemModel::modelReset, this, &EnterprisesView::updateEmptyState);
    updateEmptyState();

    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &EnterprisesView::showEnterprise);
    connect(m_enterprises, &QAbstractItemModel::modelReset, this, [this] { showEnterprise(this->session().currentEnterprise()); });
    connect(&session, &WorkspaceSession::roleChanged, this, [this](Role role) {
        // Trainers compare enterprises: the list gets more room and the cohort column.
        m_table->setColumnHidden(EnterpriseTableModel::Cohort, role != Role::Trainer);
        m_columns->fit();
        m_splitter->setSizes(role == Role::Trainer ? QList<int>{700, 500} : QList<int>{420, 780});
    });
    showEnterprise(session.currentEnterprise());
}

QIcon EnterprisesView::icon() { return appIcon("enterprises"); }

void EnterprisesView::updateEmptyState()
{
    m_pages->setCurrentWidget(m_enterprises->rowCount() == 0 ? m_empty : static_cast<QWidget*>(m_splitter));
}

QString EnterprisesView::cohortInView()
{
    for (const EnterpriseListRow& e : session().enterprises())
        if (e.id == session().currentEnterprise())
            return e.cohortId;
    return {};
}

QWidget* EnterprisesView::buildProfile()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    m_heading = new QLabel(page);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_subheading = new QLabel(page);
    m_subheading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    auto* details = new QGroupBox(tr("Profile"), page);
    auto* detailsLayout = new QVBoxLayout(details);
    // The whole profile, edited in place: each field saves when left, through core's rules.
    m_form = new RecordForm(session(), QStringLiteral("enterprise"), details);
    m_form->addField(QStringLiteral("name"));
    m_form->addField(QStringLiteral("cohort_id"), {}, [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto cohorts = session().queries().cohorts())
            for (const CohortRow& c : *cohorts)
                choices.push_back({c.id, c.name});
        return choices;
    });
    m_form->addField(QStringLiteral("sector"));
    m_form->addField(QStringLiteral("products"));
    m_form->addField(QStringLiteral("city"));
    m_form->addField(QStringLiteral("address"));
    m_form->addField(QStringLiteral("supply_chain_tier"));
    m_form->addField(QStringLiteral("main_buyers"));
    m_form->addField(QStringLiteral("counsellor_id"), {}, [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto people = session().queries().counsellors())
            for (const PersonRow& p : *people)
                choices.push_back({p.id, p.name});
        return choices;
    });
    m_form->addField(QStringLiteral("enrolled_on"));
    auto* right = new RecordForm(session(), QStringLiteral("enterprise"), details);
    right->setShowsWarnings(false);  // the left form shows the record's warnings
    right->addField(QStringLiteral("employees_total"));
    right->addField(QStringLiteral("women"));
    right->addField(QStringLiteral("men"));
    right->addField(QStringLiteral("permanent_staff"));
    right->addField(QStringLiteral("temporary_staff"));
    right->addField(QStringLiteral("manager_id"), {}, [this] {
        std::vector<RecordForm::Choice> choices;
        if (auto people = session().queries().people(session().currentEnterprise()))
            for (const PersonRow& p : *people)
                choices.push_back({p.id, p.name});
        return choices;
    });
    right->addField(QStringLiteral("contact_name"));
    right->addField(QStringLiteral("contact_phone"));
    right->addField(QStringLiteral("contact_email"));
    detailsLayout->addWidget(new FormColumns(m_form, right, details));
    connect(&session(), &WorkspaceSession::currentEnterpriseChanged, right, &RecordForm::setRecord);
    right->setRecord(session().currentEnterprise());
    layout->addWidget(details);

    auto* team = new QGroupBox(tr("Enterprise Improvement Team"), page);
    auto* teamLayout = new QVBoxLayout(team);
    m_members = new EitMemberModel(session(), this);
    m_memberTable = makeRecordTable(team, tr("Improvement team members"));
    m_memberTable->setModel(m_members);
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_memberTable, EitMemberModel::Name);
    m_memberTable->setMinimumHeight(150);
    connect(m_memberTable, &QTableView::doubleClicked, this, &EnterprisesView::editMember);
    m_balance = new QLabel(team);
    m_balance->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    m_addMember = new QPushButton(appIcon("add"), tr("Add member…"), team);
    m_editMember = new QPushButton(tr("Change…"), team);
    m_removeMember = new QPushButton(appIcon("remove"), tr("Remove"), team);
    connect(m_addMember, &QPushButton::clicked, this, &EnterprisesView::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &EnterprisesView::editMember);
    connect(m_removeMember, &QPushButton::clicked, this, &EnterprisesView::removeMember);
    buttons->addWidget(m_balance, 1);
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_editMember);
    buttons->addWidget(m_removeMember);
    teamLayout->addWidget(m_memberTable);
    teamLayout->addLayout(buttons);
    layout->addWidget(team);
    connect(m_members, &QAbstractItemModel::modelReset, this, &EnterprisesView::updateBalance);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = m_memberTable->selectionModel()->hasSelection();
        m_editMember->setEnabled(selected);
        m_removeMember->setEnabled(selected);
    });
    m_editMember->setEnabled(false);
    m_removeMember->setEnabled(false);

    auto* progress = new QGroupBox(tr("Progress by module"), page);
    auto* progressLayout = new QVBoxLayout(progress);
    m_progress = new ModuleProgressModel(session(), this);
    m_progressTable = makeRecordTable(progress, tr("Progress by module"));
    m_progressTable->setModel(m_progress);
    m_progressTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_progressTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_progressTable, ModuleProgressModel::Module);
    m_progressTable->setMinimumHeight(m_progressTable->verticalHeader()->defaultSectionSize() * 6 + 30);
    progressLayout->addWidget(m_progressTable);
    layout->addWidget(progress);
    layout->addStretch(1);

    scroll->setWidget(page);
    updateBalance();
    return scroll;
}

void EnterprisesView::showEnterprise(const QString& id)
{
    m_form->setRecord(id);
    const int row = m_enterprises->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_enterprises->index(row, 0));
        if (m_table->currentIndex().row() != index.row()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    }
    auto e = session().queries().enterprise(id);
    m_addMember->setEnabled(e.ok());  // a team belongs to an enterprise
    m_workforce = e ? EitWorkforce{e->womenShare(), e->temporaryStaff} : EitWorkforce{};
    if (!e) {
        m_heading->setText(tr("No enterprise selected"));
        m_subheading->setText(tr("Choose an enterprise in the list, or add one with New enterprise…."));
        return;
    }
    m_heading->setText(e->name);
    m_subheading->setText(tr("%1 · %2, %3 · counsellor %4 · enrolled %5")
                              .arg(e->cohortName.isEmpty() ? tr("no cohort") : e->cohortName, e->city, e->countryName,
                                   e->counsellorName.isEmpty() ? tr("none") : e->counsellorName,
                                   e->enrolledOn.isValid() ? QLocale().toString(e->enrolledOn, QLocale::ShortFormat) : tr("—")));
    updateBalance();
}

void EnterprisesView::updateBalance()
{
    if (session().currentEnterprise().isEmpty()) {
        // No enterprise, no team to judge.
        m_balance->clear();
        m_balance->setStyleSheet(QString());
        return;
    }
    std::vector<EitMemberFacts> facts;
    for (const EitMemberRow& m : m_members->members())
        facts.push_back({m.side, m.gender, m.employment, !m.leftOn.isValid()});
    const EitBalance b = eitBalance(facts);
    const QStringList gaps = b.gaps(m_workforce);
    QString text = b.summary();
    if (!gaps.isEmpty())
        text += u' ' + gaps.join(u' ');
    m_balance->setText(text);
    m_balance->setStyleSheet(gaps.isEmpty() ? QString() : QStringLiteral("color: #8a4b00;"));
}

void EnterprisesView::addMember()
{
    if (session().currentEnterprise().isEmpty())
        return;
    EitMemberDialog dialog(session(), session().currentEnterprise(), QString(), this);
    dialog.exec();
}

void EnterprisesView::editMember()
{
    const QModelIndex index = m_memberTable->currentIndex();
    if (!index.isValid())
        return;
    EitMemberDialog dialog(session(), session().currentEnterprise(), index.data(EitMemberModel::IdRole).toString(), this);
    dialog.exec();
}

void EnterprisesView::removeMember()
{
    const QModelIndex index = m_memberTable->currentIndex();
    if (!index.isValid())
        return;
    const QString name = m_members->index(index.row(), EitMemberModel::Name).data().toString();
    const Status s = edit::remove(session(), QStringLiteral("eit_member"), index.data(EitMemberModel::IdRole).toString(),
                                  tr("Remove %1 from the team").arg(name));
    if (!s)
        QMessageBox::warning(this, tr("SCORE Desk"), s.message());
}

void EnterprisesView::prepareForScreenshot() { m_splitter->setSizes({430, 770}); }

}  // namespace score
