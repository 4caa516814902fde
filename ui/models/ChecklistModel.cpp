#include "models/ChecklistModel.h"

#include "domain/Labels.h"
#include "widgets/Icons.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace score {

namespace {
// Section rows carry 0 as internal id; item rows carry their section's row + 1.
constexpr quintptr kSectionRow = 0;

const QColor kSectionBackground(0xe6, 0xed, 0xf5);
const QColor kUnansweredBackground(0xfd, 0xf1, 0xdc);
const QColor kUnansweredText(0x8a, 0x4b, 0x00);
const QColor kPreviousText(0x5f, 0x63, 0x68);

// A small filled dot in an answer's colour; a ring when there is no answer yet.
QIcon answerDot(const QColor& color)
{
    static QHash<QRgb, QIcon> cache;
    const QRgb key = color.isValid() ? color.rgba() : 0;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {12, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pen = size / 8.0;
        const QRectF r(pen, pen, size - 2 * pen, size - 2 * pen);
        if (color.isValid()) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        } else {
            p.setPen(QPen(kUnansweredText, pen));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(r);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QString dateText(const QDate& date) { return QLocale().toString(date, QLocale::ShortFormat); }

QString wrapped(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }
}  // namespace

ChecklistModel::ChecklistModel(WorkspaceSession& session, QObject* parent) : QAbstractItemModel(parent), m_session(&session)
{
    reloadTemplates();
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"response" || entity == u"assessment" || entity == u"attachment")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, [this] {
        // Templates arrive with content updates; a reset re-reads them all.
        beginResetModel();
        reloadTemplates();
        apply(load(m_assessmentId), false);
        endResetModel();
    });
}

void ChecklistModel::reloadTemplates()
{
    auto templates = loadTemplates(m_session->workspace());
    m_templates = templates ? std::move(*templates) : std::vector<TemplateInfo>();
}

const TemplateInfo* ChecklistModel::templateById(const QString& id) const
{
    for (const TemplateInfo& t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

const TemplateInfo* ChecklistModel::checklist() const
{
    return m_templateIndex >= 0 ? &m_templates[static_cast<size_t>(m_templateIndex)] : nullptr;
}

ChecklistModel::Loaded ChecklistModel::load(const QString& id)
{
    Loaded l;
    if (id.isEmpty())
        return l;
    DomainQueries q = m_session->queries();
    auto a = q.assessment(id);
    if (!a)
        return l;
    for (size_t i = 0; i < m_templates.size(); ++i)
        if (m_templates[i].id == a->templateId)
            l.templateIndex = static_cast<int>(i);
    if (l.templateIndex < 0)
        return l;
    l.assessment = *a;
    if (auto responses = q.responses(id))
        l.responses = std::move(*responses);
    for (const ResponseRow& r : std::as_const(l.responses)) {
        auto photos = q.attachments(QStringLiteral("response"), r.id);
        if (photos && !photos->empty())
            l.photos.insert(r.itemKey, static_cast<int>(photos->size()));
    }
    QHash<QString, QString> answers;
    for (const ResponseRow& r : std::as_const(l.responses))
        answers.insert(r.itemKey, r.answer);
    l.score = scoreAssessment(m_templates[static_cast<size_t>(l.templateIndex)], answers);

    if (auto previous = q.previousAssessment(*a); previous && previous->has_value()) {
        l.previous = **previous;
        if (auto responses = q.responses(l.previous->id))
            l.previousResponses = std::move(*responses);
        // The previous assessment is scored against its own template version; sections match by key.
        if (const TemplateInfo* t = templateById(l.previous->templateId)) {
            QHash<QString, QString> previousAnswers;
            for (const ResponseRow& r : std::as_const(l.previousResponses))
                previousAnswers.insert(r.itemKey, r.answer);
            l.previousScore = scoreAssessment(*t, previousAnswers);
        }
    }
    return l;
}

void ChecklistModel::apply(Loaded l, bool inPlace)
{
    m_assessment = std::move(l.assessment);
    m_previous = std::move(l.previous);
    m_responses = std::move(l.responses);
    m_previousResponses = std::move(l.previousResponses);
    m_photos = std::move(l.photos);
    m_score = std::move(l.score);
    m_previousScore = std::move(l.previousScore);
    m_templateIndex = l.templateIndex;
    if (!inPlace)
        return;
    const int sections = rowCount();
    if (sections == 0)
        return;
    emit dataChanged(index(0, 0), index(sections - 1, ColumnCount - 1));
    for (int s = 0; s < sections; ++s) {
        const QModelIndex parent = index(s, 0);
        if (const int items = rowCount(parent); items > 0)
            emit dataChanged(index(0, 0, parent), index(items - 1, ColumnCount - 1, parent));
    }
    emit headerDataChanged(Qt::Horizontal, Previous, Previous);
    emit answersChanged();
}

void ChecklistModel::setAssessment(const QString& id)
{
    if (id == m_assessmentId) {
        reload();
        return;
    }
    beginResetModel();
    m_assessmentId = id;
    apply(load(id), false);
    endResetModel();
}

void ChecklistModel::reload()
{
    Loaded l = load(m_assessmentId);
    // Same template: same rows, so only their contents change.
    if (l.templateIndex >= 0 && l.templateIndex == m_templateIndex) {
        apply(std::move(l), true);
        return;
    }
    beginResetModel();
    apply(std::move(l), false);
    endResetModel();
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kSectionRow);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    const TemplateInfo* t = checklist();
    if (!t)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(t->sections.size());
    if (parent.internalId() != kSectionRow || parent.column() != 0)
        return 0;
    return static_cast<int>(t->sections[static_cast<size_t>(parent.row())].items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

const TemplateSectionInfo* ChecklistModel::section(const QModelIndex& index) const
{
    const TemplateInfo* t = checklist();
    if (!t || !index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == kSectionRow ? index.row() : static_cast<int>(index.internalId() - 1);
    return &t->sections[static_cast<size_t>(row)];
}

const TemplateItemInfo* ChecklistModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow)
        return nullptr;
    const TemplateSectionInfo* s = section(index);
    return s ? &s->items[static_cast<size_t>(index.row())] : nullptr;
}

QString ChecklistModel::itemNumber(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionRow)
        return QString::number(index.row() + 1);
    return QStringLiteral("%1.%2").arg(index.internalId()).arg(index.row() + 1);
}

const ResponseRow* ChecklistModel::response(const QString& itemKey) const
{
    const auto it = m_responses.constFind(itemKey);
    return it == m_responses.constEnd() ? nullptr : &*it;
}

const ResponseRow* ChecklistModel::previousResponse(const QString& itemKey) const
{
    const auto it = m_previousResponses.constFind(itemKey);
    return it == m_previousResponses.constEnd() ? nullptr : &*it;
}

QModelIndex ChecklistModel::indexOfItem(const QString& itemKey, int column) const
{
    const TemplateInfo* t = checklist();
    if (!t)
        return {};
    for (size_t s = 0; s < t->sections.size(); ++s)
        for (size_t i = 0; i < t->sections[s].items.size(); ++i)
            if (t->sections[s].items[i].key == itemKey)
                return index(static_cast<int>(i), column, index(static_cast<int>(s), 0));
    return {};
}

QModelIndex ChecklistModel::firstItem() const
{
    for (int s = 0; s < rowCount(); ++s)
        if (const QModelIndex section = index(s, 0); rowCount(section) > 0)
            return index(0, 0, section);
    return {};
}

std::vector<QModelIndex> ChecklistModel::itemIndexes() const
{
    std::vector<QModelIndex> items;
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        for (int i = 0; i < rowCount(section); ++i)
            items.push_back(index(i, 0, section));
    }
    return items;
}

int ChecklistModel::itemsBefore(const QModelIndex& at) const
{
    // How many items come before `at` in reading order (a section row sits before its first item).
    const int section = at.internalId() == kSectionRow ? at.row() : static_cast<int>(at.internalId() - 1);
    int n = at.internalId() == kSectionRow ? 0 : at.row();
    for (int s = 0; s < section; ++s)
        n += rowCount(index(s, 0));
    return n;
}

QModelIndex ChecklistModel::stepItem(const QModelIndex& from, int step) const
{
    const std::vector<QModelIndex> items = itemIndexes();
    if (items.empty() || step == 0)
        return from.isValid() ? from.siblingAtColumn(0) : QModelIndex();
    const int last = static_cast<int>(items.size()) - 1;
    int target = 0;
    if (!from.isValid())
        target = step > 0 ? step - 1 : last + 1 + step;
    else if (from.internalId() == kSectionRow)
        target = itemsBefore(from) + (step > 0 ? step - 1 : step);
    else
        target = itemsBefore(from) + step;
    return items[static_cast<size_t>(std::clamp(target, 0, last))];
}

QModelIndex ChecklistModel::nextUnanswered(const QModelIndex& from) const
{
    const std::vector<QModelIndex> items = itemIndexes();
    const int n = static_cast<int>(items.size());
    // Start after `from` (before the first item when `from` is a section row or nothing).
    int at = -1;
    if (from.isValid())
        at = itemsBefore(from) - (from.internalId() == kSectionRow ? 1 : 0);
    for (int j = 1; j <= n; ++j) {
        const QModelIndex candidate = items[static_cast<size_t>(((at + j) % n + n) % n)];
        const ResponseRow* r = response(candidate.data(ItemKeyRole).toString());
        if (!r || r->answer.isEmpty())
            return candidate;
    }
    return {};
}

QString ChecklistModel::answerText(const TemplateItemInfo& item, const QString& answer)
{
    if (answer.isEmpty())
        return {};
    if (item.responseType == u"ynp")
        return valueLabel(u"answer", answer);
    if (item.responseType == u"scale5")
        return tr("%1 of 5").arg(answer);
    if (item.responseType == u"number") {
        bool ok = false;
        const double v = answer.toDouble(&ok);
        const QString number = ok ? QLocale().toString(v, 'g', 12) : answer;
        return item.unit.isEmpty() ? number : tr("%1 %2").arg(number, item.unit);
    }
    return answer.simplified();
}

QColor ChecklistModel::answerColor(QStringView responseType, QStringView answer)
{
    if (answer.isEmpty())
        return {};
    if (responseType == u"ynp") {
        if (answer == u"yes")
            return {0x2e, 0x7d, 0x32};
        if (answer == u"partly")
            return {0xe0, 0x9a, 0x00};
        if (answer == u"no")
            return {0xc6, 0x28, 0x28};
        return {0x9e, 0x9e, 0x9e};
    }
    if (responseType == u"scale5") {
        static const QColor scale[] = {{0xc6, 0x28, 0x28}, {0xe6, 0x6a, 0x1a}, {0xe0, 0x9a, 0x00}, {0x7c, 0xb3, 0x42}, {0x2e, 0x7d, 0x32}};
        const int v = answer.toInt();
        if (v >= 1 && v <= 5)
            return scale[v - 1];
    }
    return {0x2f, 0x5f, 0x8a};
}

QString ChecklistModel::scoreText(const std::optional<double>& score) { return score ? tr("%1 %").arg(qRound(*score)) : QString(); }

const SectionScore* ChecklistModel::sectionScore(const AssessmentScore& score, const QString& sectionKey) const
{
    for (const SectionScore& s : score.sections)
        if (s.key == sectionKey)
            return &s;
    return nullptr;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionRow)
        return sectionData(index.row(), index.column(), role);
    return itemData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ChecklistModel::sectionData(int sectionRow, int column, int role) const
{
    const TemplateSectionInfo& s = checklist()->sections[static_cast<size_t>(sectionRow)];
    const SectionScore* now = sectionScore(m_score, s.key);
    const SectionScore* before = sectionScore(m_previousScore, s.key);
    switch (role) {
    case IsSectionRole: return true;
    case Qt::DisplayRole:
        switch (column) {
        case Number: return QString::number(sectionRow + 1);
        case Statement:
            // How far the section is, while it is not finished.
            return now && now->answered < now->items ? tr("%1  (%2 of %3)").arg(s.title).arg(now->answered).arg(now->items) : s.title;
        case Answer: return now ? scoreText(now->score) : QString();
        case Previous: return before ? scoreText(before->score) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == Answer && now)
            return now->score ? tr("Section score %1 (%n item(s) scored)", nullptr, now->scored).arg(scoreText(now->score))
                              : tr("No scored answer in this section yet.");
        if (column == Previous && before && m_previous)
            return tr("Section score in the %1 assessment of %2")
                .arg(valueLabel(u"kind", m_previous->kind).toLower(), dateText(m_previous->date));
        return now ? tr("%1: %2 of %3 items answered").arg(s.title).arg(now->answered).arg(now->items) : s.title;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole: return kSectionBackground;
    case Qt::ForegroundRole:
        if (column == Previous)
            return kPreviousText;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Answer || column == Previous)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (column == Statement)
            return tr("Section %1, %2").arg(sectionRow + 1).arg(s.title);
        return {};
    default: return {};
    }
}

QVariant ChecklistModel::itemData(int sectionRow, int itemRow, int column, int role) const
{
    const TemplateItemInfo& item = checklist()->sections[static_cast<size_t>(sectionRow)].items[static_cast<size_t>(itemRow)];
    const ResponseRow* r = response(item.key);
    const ResponseRow* before = previousResponse(item.key);
    const QString answer = r ? r->answer : QString();
    const QString previous = before ? before->answer : QString();
    const QString comment = r ? r->comment : QString();
    const int photos = m_photos.value(item.key);
    switch (role) {
    case IsSectionRole: return false;
    case ItemKeyRole: return item.key;
    case AnswerRole: return answer;
    case PreviousAnswerRole: return previous;
    case ResponseTypeRole: return item.responseType;
    case CommentRole: return comment;
    case PhotoCountRole: return photos;
    case Qt::DisplayRole:
        switch (column) {
        case Number: return QStringLiteral("%1.%2").arg(sectionRow + 1).arg(itemRow + 1);
        case Statement: return item.text;
        case Answer: return answer.isEmpty() ? tr("Not answered") : answerText(item, answer);
        case Previous:
            if (!m_previous)
                return QString();
            return previous.isEmpty() ? tr("—") : answerText(item, previous);
        case Photos: return photos > 0 ? QVariant(photos) : QVariant();
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == Answer)
            return answerDot(answerColor(item.responseType, answer));
        if (column == Previous && !previous.isEmpty())
            return answerDot(answerColor(item.responseType, previous));
        if (column == Comment && !comment.isEmpty())
            return appIcon("comment");
        if (column == Photos && photos > 0)
            return appIcon("photo");
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Statement: return wrapped(item.text);
        case Answer: return answer.isEmpty() ? tr("Not answered yet") : wrapped(answerText(item, answer));
        case Previous:
            if (!m_previous)
                return tr("No earlier assessment of this module");
            return tr("%1 assessment of %2: %3")
                .arg(valueLabel(u"kind", m_previous->kind), dateText(m_previous->date),
                     previous.isEmpty() ? tr("not answered") : answerText(item, previous));
        case Comment: return comment.isEmpty() ? QVariant() : QVariant(wrapped(comment));
        case Photos: return photos > 0 ? QVariant(tr("%n photo(s)", nullptr, photos)) : QVariant();
        default: return {};
        }
    case Qt::FontRole:
        if (column == Answer && answer.isEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Answer && answer.isEmpty())
            return kUnansweredText;
        if (column == Previous)
            return kPreviousText;
        return {};
    case Qt::BackgroundRole:
        if (answer.isEmpty() && (column == Answer || column == Number))
            return kUnansweredBackground;
        return {};
    case Qt::AccessibleTextRole:
        if (column == Statement)
            return tr("Item %1.%2: %3").arg(sectionRow + 1).arg(itemRow + 1).arg(item.text);
        if (column == Answer)
            return answer.isEmpty() ? tr("Not answered") : tr("Answer: %1").arg(answerText(item, answer));
        if (column == Previous)
            return previous.isEmpty() ? tr("No previous answer") : tr("Previous answer: %1").arg(answerText(item, previous));
        return {};
    default: return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number: return tr("No.");
        case Statement: return tr("Checklist item");
        case Answer: return tr("Answer");
        case Previous: return m_previous ? valueLabel(u"kind", m_previous->kind) : tr("Previous");
        case Comment: return QString();
        case Photos: return QString();
        default: return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (section == Comment)
            return appIcon("comment");
        if (section == Photos)
            return appIcon("photo");
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Answer: return tr("The answer in this assessment; section rows show the live section score.");
        case Previous:
            return m_previous ? tr("The answer in the previous assessment of this module (%1, %2), matched by item key")
                                    .arg(valueLabel(u"kind", m_previous->kind).toLower(), dateText(m_previous->date))
                              : tr("No earlier assessment of this module");
        case Comment: return tr("Comment");
        case Photos: return tr("Photos");
        default: return {};
        }
    }
    if (role == Qt::AccessibleTextRole) {
        if (section == Comment)
            return tr("Comment");
        if (section == Photos)
            return tr("Photos");
    }
    return {};
}

}  // namespace score
