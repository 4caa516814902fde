#include "views/checklist/ChecklistItemPanel.h"

#include "domain/Labels.h"
#include "models/ChecklistModel.h"
#include "views/checklist/ChecklistEdits.h"
#include "views/checklist/ItemPhotos.h"

#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace score {

namespace {
enum AnswerPage { ChoicePage, ScalePage, NumberPage, TextPage, NonePage };

QLabel* titleLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString colourName(const QColor& c) { return c.name(QColor::HexRgb); }
}  // namespace

ChecklistItemPanel::ChecklistItemPanel(WorkspaceSession& session, ChecklistModel& model, QWidget* parent)
    : QWidget(parent), m_session(&session), m_model(&model)
{
    setAccessibleName(tr("Checklist item"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    m_sectionLabel = new QLabel(this);
    m_sectionLabel->setWordWrap(true);
    m_sectionLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_statement = new QLabel(this);
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_statement->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_statement->setFont(big);
    m_statement->setAccessibleName(tr("Statement"));
    layout->addWidget(m_sectionLabel);
    layout->addWidget(m_statement);

    m_guidanceTitle = titleLabel(tr("Guidance for counsellors"), this);
    m_guidance = new QLabel(this);
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setAccessibleName(tr("Guidance for counsellors"));
    m_guidance->setStyleSheet(
        QStringLiteral("QLabel { background: #f3f6f9; border: 1px solid #d6dee8; border-radius: 4px; padding: 6px 8px; color: #2b3440; }"));
    layout->addWidget(m_guidanceTitle);
    layout->addWidget(m_guidance);

    m_previous = new QLabel(this);
    m_previous->setWordWrap(true);
    m_previous->setTextFormat(Qt::RichText);
    m_previous->setAccessibleName(tr("Previous answer"));
    layout->addWidget(m_previous);

    m_answerBox = new QWidget(this);
    auto* answerLayout = new QVBoxLayout(m_answerBox);
    answerLayout->setContentsMargins(0, 4, 0, 0);
    m_answerTitle = titleLabel(tr("Answer"), m_answerBox);
    m_answerStack = new QStackedWidget(m_answerBox);
    m_answerStack->addWidget(buildChoices(
        {QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no"), QStringLiteral("na")},
        {valueLabel(u"answer", u"yes"), valueLabel(u"answer", u"partly"), valueLabel(u"answer", u"no"), valueLabel(u"answer", u"na")},
        {QStringLiteral("Y"), QStringLiteral("P"), QStringLiteral("N"), QStringLiteral("A")}, m_ynpButtons));
    QStringList scale;
    for (int i = 1; i <= 5; ++i)
        scale << QString::number(i);
    m_answerStack->addWidget(buildChoices(scale, scale, scale, m_scaleButtons));

    auto* numberPage = new QWidget(m_answerStack);
    auto* numberLayout = new QHBoxLayout(numberPage);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    m_number = new QLineEdit(numberPage);
    m_number->setAccessibleName(tr("Value"));
    m_number->setPlaceholderText(tr("A number"));
    m_number->setToolTip(tr("Type the number, then Enter to save it and go to the next item"));
    auto* validator = new QDoubleValidator(m_number);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_number->setValidator(validator);
    m_number->setFixedWidth(fontMetrics().horizontalAdvance(u'0') * 16);
    m_number->installEventFilter(this);
    m_unit = new QLabel(numberPage);
    numberLayout->addWidget(m_number);
    numberLayout->addWidget(m_unit);
    numberLayout->addStretch(1);
    m_answerStack->addWidget(numberPage);
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_valueDirty = true; });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { saveValue(); });

    m_text = new QPlainTextEdit(m_answerStack);
    m_text->setAccessibleName(tr("Answer text"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 14);
    m_text->installEventFilter(this);
    m_answerStack->addWidget(m_text);
    m_textIdle.setSingleShot(true);
    m_textIdle.setInterval(800);
    connect(&m_textIdle, &QTimer::timeout, this, [this] { saveValue(); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_valueDirty = true;
        m_textIdle.start();
    });
    m_answerStack->addWidget(new QWidget(m_answerStack));  // nothing to answer (a section row)
    answerLayout->addWidget(m_answerTitle);
    answerLayout->addWidget(m_answerStack);
    layout->addWidget(m_answerBox);

    m_commentTitle = titleLabel(tr("Comment"), this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("What you saw, the evidence, who you spoke to…"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 14);
    m_comment->installEventFilter(this);
    m_commentTitle->setBuddy(m_comment);
    layout->addWidget(m_commentTitle);
    layout->addWidget(m_comment);
    m_commentIdle.setSingleShot(true);
    m_commentIdle.setInterval(800);
    connect(&m_commentIdle, &QTimer::timeout, this, [this] { saveComment(true); });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_commentDirty = true;
        m_commentIdle.start();
    });

    m_photosTitle = titleLabel(tr("Photos"), this);
    m_photos = new ItemPhotos(session, this);
    connect(m_photos, &ItemPhotos::problem, this, &ChecklistItemPanel::problem);
    layout->addWidget(m_photosTitle);
    layout->addWidget(m_photos);

    m_sectionSummary = new QLabel(this);
    m_sectionSummary->setWordWrap(true);
    m_sectionSummary->setTextFormat(Qt::RichText);
    m_sectionSummary->setAccessibleName(tr("Section score"));
    m_sectionSummary->setStyleSheet(QStringLiteral("QLabel { background: #e6edf5; border-radius: 4px; padding: 6px 8px; }"));
    layout->addSpacing(6);
    layout->addWidget(m_sectionSummary);
    layout->addStretch(1);

    setTabOrder(m_ynpButtons.back(), m_scaleButtons.front());
    setTabOrder(m_scaleButtons.back(), m_number);
    setTabOrder(m_number, m_text);
    setTabOrder(m_text, m_comment);
    setTabOrder(m_comment, m_photos->firstTabStop());
    showItem({});
}

QWidget* ChecklistItemPanel::buildChoices(const QStringList& values, const QStringList& labels, const QStringList& keys,
                                          std::vector<QAbstractButton*>& buttons)
{
    auto* page = new QWidget(m_answerStack);
    auto* row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const bool scale = values[i].size() == 1 && values[i][0].isDigit();
        auto* b = new QPushButton(scale ? labels[i] : tr("%1  (%2)").arg(labels[i], keys[i]), page);
        b->setCheckable(true);
        // Clicking keeps the keyboard in the list, so a mouse click and a key press mix freely.
        b->setFocusPolicy(Qt::TabFocus);
        b->setProperty("answer", values[i]);
        b->setAccessibleName(labels[i]);
        b->setToolTip(tr("Answer \"%1\" (key %2 in the list)").arg(labels[i], keys[i]));
        b->setMinimumHeight(b->sizeHint().height() + 6);
        if (scale)
            b->setMinimumWidth(b->sizeHint().height() + 14);
        const QColor colour = ChecklistModel::answerColor(scale ? u"scale5" : u"ynp", values[i]);
        b->setStyleSheet(QStringLiteral("QPushButton { padding: 3px 10px; }"
                                        "QPushButton:checked { background: %1; color: white; border: 1px solid %1; border-radius: 3px; }")
                             .arg(colourName(colour)));
        connect(b, &QPushButton::clicked, this,
                [this, b](bool checked) { emit answerChosen(checked ? b->property("answer").toString() : QString()); });
        row->addWidget(b);
        buttons.push_back(b);
    }
    if (values.size() == 5) {
        auto* hint = new QLabel(tr("1 = weakest, 5 = best practice"), page);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
        row->addWidget(hint);
    }
    row->addStretch(1);
    return page;
}

const TemplateItemInfo* ChecklistItemPanel::currentItem() const { return m_model->item(m_index); }

void ChecklistItemPanel::showItem(const QModelIndex& index)
{
    const QModelIndex first = index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
    if (first != m_index) {
        commitText();
        m_index = first;
    }
    const TemplateItemInfo* item = currentItem();
    const TemplateSectionInfo* section = m_model->section(m_index);
    m_itemKey = item ? item->key : QString();
    m_loading = true;
    m_commentDirty = false;
    m_valueDirty = false;
    m_commentIdle.stop();
    m_textIdle.stop();

    const bool isItem = item != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_guidanceTitle, m_guidance, m_previous, m_answerBox, m_commentTitle, m_comment,
                                                      m_photosTitle, m_photos})
        w->setVisible(isItem);
    m_sectionSummary->setVisible(section != nullptr);
    if (!section) {
        m_sectionLabel->clear();
        m_statement->setText(m_model->checklist() ? tr("Choose an item in the list.") : QString());
        m_loading = false;
        return;
    }
    if (!isItem) {
        m_sectionLabel->setText(tr("Section %1").arg(m_model->itemNumber(m_index)));
        m_statement->setText(section->title);
        showSection();
        m_loading = false;
        return;
    }
    m_sectionLabel->setText(tr("Section %1 · %2").arg(m_model->itemNumber(m_index).section(u'.', 0, 0), section->title));
    m_statement->setText(tr("%1  %2").arg(m_model->itemNumber(m_index), item->text));
    m_guidance->setText(item->guidance.isEmpty() ? tr("No guidance for this item.") : item->guidance);

    const int page = item->responseType == u"ynp"      ? ChoicePage
                     : item->responseType == u"scale5" ? ScalePage
                     : item->responseType == u"number" ? NumberPage
                                                       : TextPage;
    // Only the page shown counts for the panel's size (a stacked widget takes the largest).
    for (int i = 0; i < m_answerStack->count(); ++i)
        m_answerStack->widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                                i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_answerStack->setCurrentIndex(page);
    m_answerStack->setFixedHeight(m_answerStack->currentWidget()->sizeHint().height());
    m_unit->setText(item->unit);
    m_answerTitle->setText(page == NumberPage && !item->unit.isEmpty() ? tr("Answer (%1)").arg(item->unit) : tr("Answer"));
    showAnswer();
    m_loading = false;
}

void ChecklistItemPanel::refresh()
{
    if (m_index.isValid() || !m_itemKey.isEmpty()) {
        // The row may have been replaced (another assessment of the same template): find it by key.
        if (!m_index.isValid() && !m_itemKey.isEmpty())
            m_index = m_model->indexOfItem(m_itemKey);
        m_loading = true;
        if (currentItem())
            showAnswer();
        else if (m_model->section(m_index))
            showSection();
        m_loading = false;
    }
}

void ChecklistItemPanel::showAnswer()
{
    const TemplateItemInfo* item = currentItem();
    if (!item)
        return;
    const ResponseRow* r = m_model->response(item->key);
    const QString answer = r ? r->answer : QString();
    for (QAbstractButton* b : m_ynpButtons)
        b->setChecked(item->responseType == u"ynp" && b->property("answer").toString() == answer);
    for (QAbstractButton* b : m_scaleButtons)
        b->setChecked(item->responseType == u"scale5" && b->property("answer").toString() == answer);
    if (!m_valueDirty) {
        if (item->responseType == u"number" && m_number->text() != answer)
            m_number->setText(answer);
        // Saved text is trimmed: a space just typed is not a difference worth moving the cursor for.
        if (item->responseType == u"text" && m_text->toPlainText().trimmed() != answer)
            m_text->setPlainText(answer);
    }
    if (!m_commentDirty) {
        const QString comment = r ? r->comment : QString();
        if (m_comment->toPlainText().trimmed() != comment)
            m_comment->setPlainText(comment);
    }

    const auto& prev = m_model->previousAssessment();
    if (!prev) {
        m_previous->setText(
            tr("<span style=\"color:#5f6368\">No earlier %1 assessment for this enterprise.</span>")
                .arg(moduleShortName(m_model->assessment() ? m_model->assessment()->moduleCode : QString()).toHtmlEscaped()));
    } else {
        const ResponseRow* p = m_model->previousResponse(item->key);
        const QString when = tr("%1 of %2").arg(valueLabel(u"kind", prev->kind), QLocale().toString(prev->date, QLocale::ShortFormat));
        if (!p || p->answer.isEmpty()) {
            m_previous->setText(tr("<b>Previous</b> (%1): <i>not answered</i>").arg(when.toHtmlEscaped()));
        } else {
            QString text = tr("<b>Previous</b> (%1): <span style=\"color:%2\">●</span> <b>%3</b>")
                               .arg(when.toHtmlEscaped(), colourName(ChecklistModel::answerColor(item->responseType, p->answer)),
                                    ChecklistModel::answerText(*item, p->answer).toHtmlEscaped());
            if (!p->comment.isEmpty())
                text += tr("<br><span style=\"color:#5f6368\">“%1”</span>").arg(p->comment.toHtmlEscaped());
            m_previous->setText(text);
        }
    }
    m_photos->setItem(m_model->assessmentId(), *item, m_model->itemNumber(m_index), r ? r->id : QString());
    showSection();
}

void ChecklistItemPanel::showSection()
{
    const TemplateSectionInfo* section = m_model->section(m_index);
    if (!section)
        return;
    auto find = [&](const AssessmentScore& score) -> const SectionScore* {
        for (const SectionScore& s : score.sections)
            if (s.key == section->key)
                return &s;
        return nullptr;
    };
    const SectionScore* now = find(m_model->score());
    const SectionScore* before = find(m_model->previousScore());
    const bool onItem = currentItem() != nullptr;
    QString text =
        onItem ? tr("<b>Section %1 · %2</b><br>").arg(m_model->itemNumber(m_index).section(u'.', 0, 0), section->title.toHtmlEscaped())
               : QString();
    if (now)
        text += tr("Score <b>%1</b> · %2 of %3 items answered")
                    .arg(now->score ? ChecklistModel::scoreText(now->score) : tr("not scored yet"))
                    .arg(now->answered)
                    .arg(now->items);
    if (before && m_model->previousAssessment())
        text += tr("<br>%1 of %2: %3")
                    .arg(valueLabel(u"kind", m_model->previousAssessment()->kind),
                         QLocale().toString(m_model->previousAssessment()->date, QLocale::ShortFormat),
                         before->score ? ChecklistModel::scoreText(before->score) : tr("not scored"));
    if (!onItem)
        text += tr("<p style=\"color:#5f6368\">Press Down or J to go to the first item of this section.</p>");
    m_sectionSummary->setText(text);
}

bool ChecklistItemPanel::saveComment(bool mergeable)
{
    m_commentIdle.stop();
    const TemplateItemInfo* item = currentItem();
    if (!m_commentDirty || !item)
        return true;
    const QString comment = m_comment->toPlainText().trimmed();
    const ResponseRow* r = m_model->response(item->key);
    m_commentDirty = false;
    if ((r ? r->comment : QString()) == comment)
        return true;
    auto saved = checklist::saveResponse(*m_session, m_model->assessmentId(), *item,
                                         {{QStringLiteral("comment"), comment.isEmpty() ? FieldValue() : FieldValue(comment)}},
                                         tr("Comment on item %1").arg(m_model->itemNumber(m_index)), mergeable);
    if (!saved) {
        m_commentDirty = true;
        emit problem(saved.message());
        return false;
    }
    return true;
}

bool ChecklistItemPanel::saveValue()
{
    m_textIdle.stop();
    const TemplateItemInfo* item = currentItem();
    if (!m_valueDirty || !item || (item->responseType != u"number" && item->responseType != u"text"))
        return true;
    QString value = item->responseType == u"number" ? m_number->text().trimmed() : m_text->toPlainText().trimmed();
    if (item->responseType == u"number" && !value.isEmpty()) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok) {
            emit problem(tr("\"%1\" is not a number.").arg(value));
            return false;
        }
        value = QString::number(v, 'g', 15);
    }
    const ResponseRow* r = m_model->response(item->key);
    m_valueDirty = false;
    if ((r ? r->answer : QString()) == value)
        return true;
    auto saved = checklist::saveAnswer(*m_session, m_model->assessmentId(), *item, value,
                                       tr("Answer item %1").arg(m_model->itemNumber(m_index)));
    if (!saved) {
        m_valueDirty = true;
        emit problem(saved.message());
        return false;
    }
    return true;
}

bool ChecklistItemPanel::commitText()
{
    const bool value = saveValue();
    const bool comment = saveComment(false);
    return value && comment;
}

bool ChecklistItemPanel::hasValueBox() const
{
    const TemplateItemInfo* item = currentItem();
    return item && (item->responseType == u"number" || item->responseType == u"text");
}

void ChecklistItemPanel::focusComment()
{
    if (!currentItem())
        return;
    m_comment->setFocus(Qt::ShortcutFocusReason);
    m_comment->moveCursor(QTextCursor::End);
}

void ChecklistItemPanel::focusEditor()
{
    const TemplateItemInfo* item = currentItem();
    if (!item)
        return;
    if (item->responseType == u"number") {
        m_number->setFocus(Qt::ShortcutFocusReason);
        m_number->selectAll();
    } else if (item->responseType == u"text") {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->moveCursor(QTextCursor::End);
    } else {
        focusComment();
    }
}

bool ChecklistItemPanel::startNumber(const QString& typed)
{
    const TemplateItemInfo* item = currentItem();
    if (!item || item->responseType != u"number")
        return false;
    m_number->setFocus(Qt::ShortcutFocusReason);
    m_number->setText(typed);
    m_valueDirty = true;
    return true;
}

QWidget* ChecklistItemPanel::firstTabStop() const { return m_ynpButtons.front(); }
QWidget* ChecklistItemPanel::lastTabStop() const { return m_photos->lastTabStop(); }

bool ChecklistItemPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_comment || watched == m_text || watched == m_number)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
        if (key->key() == Qt::Key_Escape || (enter && ctrl)) {
            if (commitText())
                emit returnToList();
            return true;
        }
        if (enter && watched == m_number) {
            if (saveValue())
                emit valueEntered();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && (watched == m_comment || watched == m_text))
        commitText();
    return QWidget::eventFilter(watched, event);
}

}  // namespace score
