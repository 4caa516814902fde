#include "models/ActionTableModel.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "widgets/Icons.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>

#include <cmath>

namespace score {

namespace {
int rank(const QString& value, std::initializer_list<const char16_t*> order)
{
    int i = 0;
    for (const char16_t* v : order) {
        if (value == QStringView(v))
            return i;
        ++i;
    }
    return i;
}
int statusRank(const QString& s) { return rank(s, {u"proposed", u"approved", u"in_progress", u"done", u"dropped"}); }
int priorityRank(const QString& p) { return rank(p, {u"high", u"medium", u"low"}); }
int approvalRank(const QString& a) { return rank(a, {u"returned", u"pending", u"approved"}); }
bool returned(const ActionRow& a) { return a.approval == u"returned"; }

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
// Missing dates sort after every date.
int compareDates(const QDate& a, const QDate& b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;
    return threeWay(a, b);
}
// Missing amounts sort before every amount.
int compareAmounts(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? 1 : -1;
    return a ? threeWay(*a, *b) : 0;
}

QString shortDate(const QDate& d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }

// A symbol that cannot be mistaken for another currency and that every font draws.
QString currencySymbol(const QString& code, const QString& countryLocale)
{
    const QLocale country(countryLocale);
    if (country.currencySymbol(QLocale::CurrencyIsoCode) != code)
        return code;
    const QString symbol = country.currencySymbol(QLocale::CurrencySymbol);
    if (symbol.isEmpty() || symbol.contains(u'$') || symbol.size() > 3)
        return code;
    for (const QChar c : symbol) {
        const bool latin = c.unicode() < 0x0250;
        const bool currencyBlock = c.unicode() >= 0x20A0 && c.unicode() <= 0x20CF;
        if (!latin && !currencyBlock)
            return code;
    }
    return symbol;
}
}  // namespace

QString formatMoney(double amount, const QString& currency, const QString& countryLocale)
{
    const QLocale ui;
    QString symbol = currency.isEmpty() ? QString() : currencySymbol(currency, countryLocale);
    const int decimals = std::abs(amount - std::round(amount)) < 0.005 ? 0 : 2;
    // Codes and letter symbols read better apart from the number ("VND 12,000", "Rp 1,500").
    if (symbol.size() > 1 && ui.toCurrencyString(1.0, QStringLiteral("X")).startsWith(u'X'))
        symbol += QChar(0x00A0);
    return ui.toCurrencyString(amount, symbol, decimals);
}

QStringList ActionTableModel::fixedWords(int column)
{
    const auto labels = [](QStringView field) {
        QStringList words;
        const EntitySpec* actions = EntitySchema::instance().entity(u"improvement_action");
        for (const QString& value : actions->field(field)->enumValues)
            words << (field == u"approval" && value == u"pending" ? tr("Pending") : valueLabel(field, value));
        return words;
    };
    switch (column) {
    case Status: return labels(u"status") << valueLabel(u"approval", u"returned");
    case Priority: return labels(u"priority");
    case Approval: return labels(u"approval");
    default: return {};
    }
}

QString ActionTableModel::foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        // Letters with a stroke do not decompose; people type them without it.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            folded += u'd';
        else
            folded += c;
    }
    return folded.toCaseFolded();
}

ActionTableModel::ActionTableModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"improvement_action" || entity == u"person" || entity == u"enterprise"
            || entity == u"kpi_definition" || entity == u"module")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &ActionTableModel::reload);
}

void ActionTableModel::setScope(const QString& enterpriseId, bool allEnterprises)
{
    if (enterpriseId == m_enterprise && allEnterprises == m_all && !m_rows.empty())
        return;
    m_enterprise = enterpriseId;
    m_all = allEnterprises;
    reload();
}

void ActionTableModel::reload()
{
    beginResetModel();
    m_today = m_session->workspace().clock().today();
    m_rows.clear();
    m_search.clear();
    m_rowOfId.clear();
    m_currencies.clear();
    DomainQueries q = m_session->queries();
    if (m_all) {
        if (auto rows = q.actions())
            m_rows = std::move(*rows);
        for (const EnterpriseListRow& e : m_session->enterprises())
            m_currencies.insert(e.id, {e.currency, e.locale});
    } else if (!m_enterprise.isEmpty()) {
        if (auto rows = q.actions(m_enterprise))
            m_rows = std::move(*rows);
        if (auto e = q.enterprise(m_enterprise))
            m_currencies.insert(e->id, {e->currency, e->locale});
    }
    m_search.reserve(m_rows.size());
    m_rowOfId.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const ActionRow& a = m_rows[i];
        m_search.push_back(foldForSearch(a.title + u'\n' + a.area + u'\n' + a.ownerName + u'\n' + a.enterpriseName));
        m_rowOfId.insert(a.id, static_cast<int>(i));
    }
    endResetModel();
}

int ActionTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ActionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ActionTableModel::rowOf(const QString& id) const { return m_rowOfId.value(id, -1); }

QString ActionTableModel::money(const ActionRow& action, const std::optional<double>& amount) const
{
    if (!amount)
        return {};
    const Currency c = m_currencies.value(action.enterpriseId);
    return formatMoney(*amount, c.code, c.locale);
}

int ActionTableModel::compare(int left, int right, int column) const
{
    const ActionRow& a = action(left);
    const ActionRow& b = action(right);
    int c = 0;
    switch (column) {
    case Title: c = a.title.compare(b.title, Qt::CaseInsensitive); break;
    case Enterprise: c = a.enterpriseName.compare(b.enterpriseName, Qt::CaseInsensitive); break;
    case Module: c = a.moduleCode.compare(b.moduleCode); break;
    case Owner: c = a.ownerName.compare(b.ownerName, Qt::CaseInsensitive); break;
    case Start: c = compareDates(a.startDate, b.startDate); break;
    case Due: c = compareDates(a.dueDate, b.dueDate); break;
    case Status: c = threeWay(statusRank(a.status), statusRank(b.status)); break;
    case Priority: c = threeWay(priorityRank(a.priority), priorityRank(b.priority)); break;
    case Approval: c = threeWay(approvalRank(a.approval), approvalRank(b.approval)); break;
    case Cost: c = compareAmounts(a.cost, b.cost); break;
    case EstimatedSavings: c = compareAmounts(a.estimatedSavings, b.estimatedSavings); break;
    case VerifiedSavings: c = compareAmounts(a.verifiedSavings, b.verifiedSavings); break;
    case Kpi: c = a.kpiName.compare(b.kpiName, Qt::CaseInsensitive); break;
    default: break;
    }
    // Ties keep a stable, meaningful order: by due date, then title.
    if (c == 0 && column != Due)
        c = compareDates(a.dueDate, b.dueDate);
    if (c == 0 && column != Title)
        c = a.title.compare(b.title, Qt::CaseInsensitive);
    return c;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const ActionRow& a = m_rows[static_cast<size_t>(index.row())];
    const bool overdue = a.isOverdue(m_today);
    switch (role) {
    case IdRole: return a.id;
    case StatusRole: return a.status;
    case ModuleRole: return a.moduleCode;
    case OverdueRole: return overdue;
    case PriorityRole: return a.priority;
    case EnterpriseIdRole: return a.enterpriseId;
    case ApprovalRole: return a.approval;
    case SortRole:
        switch (index.column()) {
        case Start: return a.startDate;
        case Due: return a.dueDate;
        case Status: return statusRank(a.status);
        case Priority: return priorityRank(a.priority);
        case Approval: return approvalRank(a.approval);
        case Cost: return a.cost ? QVariant(*a.cost) : QVariant(-1.0);
        case EstimatedSavings: return a.estimatedSavings ? QVariant(*a.estimatedSavings) : QVariant(-1.0);
        case VerifiedSavings: return a.verifiedSavings ? QVariant(*a.verifiedSavings) : QVariant(-1.0);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return a.title;
        case Enterprise: return a.enterpriseName;
        case Module: return a.moduleCode.isEmpty() ? QString() : moduleShortName(a.moduleCode);
        case Owner: return a.ownerName;
        case Start: return shortDate(a.startDate);
        case Due: return shortDate(a.dueDate);
        // A proposed action the manager sent back reads as returned, which is what its owner
        // must act on (the board marks its card the same way).
        case Status: return returned(a) && a.status == u"proposed" ? valueLabel(u"approval", a.approval) : valueLabel(u"status", a.status);
        case Priority: return valueLabel(u"priority", a.priority);
        case Approval: return a.approval == u"pending" ? tr("Pending") : valueLabel(u"approval", a.approval);
        case Cost: return money(a, a.cost);
        case EstimatedSavings: return money(a, a.estimatedSavings);
        case VerifiedSavings: return money(a, a.verifiedSavings);
        case Kpi: return a.kpiName;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Due && overdue) {
            const qint64 days = a.dueDate.daysTo(m_today);
            return days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(days);
        }
        if (index.column() == Status && (a.approval == u"returned" || a.status == u"proposed")) {
            QString tip = valueLabel(u"approval", a.approval);
            if (!a.approvalComment.isEmpty())
                tip += QStringLiteral(": “%1”").arg(a.approvalComment);
            return tip;
        }
        if (index.column() == Title) {
            QString tip = a.title;
            if (!a.area.isEmpty())
                tip += u'\n' + tr("Area: %1").arg(a.area);
            if (m_all)
                tip += u'\n' + a.enterpriseName;
            if (returned(a)) {
                tip += u'\n' + valueLabel(u"approval", a.approval);
                if (!a.approvalComment.isEmpty())
                    tip += QStringLiteral(": “%1”").arg(a.approvalComment);
            }
            return tip;
        }
        if (index.column() == Approval && !a.approvalComment.isEmpty())
            return a.approvalComment;
        if (index.column() == Kpi && (a.kpiBefore || a.kpiAfter))
            return tr("Before %1 · after %2")
                .arg(a.kpiBefore ? QLocale().toString(*a.kpiBefore, 'g', 6) : tr("—"),
                     a.kpiAfter ? QLocale().toString(*a.kpiAfter, 'g', 6) : tr("—"));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Due && overdue)
            return appIcon("warning");
        // The manager's review where it matters: returned, or proposed and waiting.
        if (index.column() == Status && a.approval == u"returned")
            return appIcon("return");
        if (index.column() == Status && a.status == u"proposed" && a.approval == u"pending")
            return appIcon("history");
        if (index.column() == Approval && a.approval == u"approved")
            return appIcon("approve");
        if (index.column() == Approval && a.approval == u"returned")
            return appIcon("return");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Cost && index.column() <= VerifiedSavings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QColor(0xfd, 0xec, 0xea);
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Due || index.column() == Title))
            return QColor(0xa3, 0x22, 0x14);
        if (index.column() == Priority && a.priority == u"high")
            return QColor(0xa3, 0x22, 0x14);
        if (index.column() == Status && returned(a))
            return QColor(0x8a, 0x5a, 0x00);
        if (!a.isOpen())
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (overdue && index.column() == Due)
            return tr("Overdue");
        return {};
    default: return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Action");
    case Enterprise: return tr("Enterprise");
    case Module: return tr("Module");
    case Owner: return tr("Owner");
    case Start: return tr("Start");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Priority: return tr("Priority");
    case Approval: return tr("Approval");
    case Cost: return tr("Cost");
    case EstimatedSavings: return tr("Est. savings");
    case VerifiedSavings: return tr("Verified savings");
    case Kpi: return tr("KPI");
    default: return {};
    }
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList ActionTableModel::mimeTypes() const { return {mimeType()}; }

QMimeData* ActionTableModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    QStringList titles;
    for (const QModelIndex& i : indexes) {
        if (!i.isValid() || i.row() >= static_cast<int>(m_rows.size()))
            continue;
        const ActionRow& a = m_rows[static_cast<size_t>(i.row())];
        if (!ids.contains(a.id)) {
            ids << a.id;
            titles << a.title;
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), ids.join(u'\n').toUtf8());
    mime->setText(titles.join(u'\n'));
    return mime;
}

Qt::DropActions ActionTableModel::supportedDragActions() const { return Qt::MoveAction; }

}  // namespace score
