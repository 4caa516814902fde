#pragma once
// One assessment against its checklist template, as a tree: sections (with their live score and
// the previous assessment's score) and, under each, its items with the answer, the previous
// assessment's answer for the same item key, and markers for a comment and photos.
//
// Answers change one at a time while a counsellor works through the list; the model then
// updates its rows in place instead of resetting, so the selection and the keyboard flow survive
// every save. It resets only when another assessment (or another template) is shown.

#include "metrics/ChecklistScore.h"
#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>

#include <optional>
#include <vector>

namespace score {

class ChecklistModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Number, Statement, Answer, Previous, Comment, Photos, ColumnCount };
    enum Roles {
        ItemKeyRole = Qt::UserRole + 1,  // empty on section rows
        IsSectionRole,
        AnswerRole,          // the stored answer ("yes", "3", "12", free text); empty when unanswered
        PreviousAnswerRole,  // the same item's answer in the previous assessment
        ResponseTypeRole,    // ynp, scale5, number, text
        CommentRole,
        PhotoCountRole,
    };

    explicit ChecklistModel(WorkspaceSession& session, QObject* parent = nullptr);

    // The assessment shown (empty: none); the same id again re-reads it in place.
    void setAssessment(const QString& id);
    const QString& assessmentId() const { return m_assessmentId; }
    const std::optional<AssessmentRow>& assessment() const { return m_assessment; }
    const std::optional<AssessmentRow>& previousAssessment() const { return m_previous; }
    // The template of the assessment shown, or null.
    const TemplateInfo* checklist() const;
    const std::vector<TemplateInfo>& templates() const { return m_templates; }
    const AssessmentScore& score() const { return m_score; }
    const AssessmentScore& previousScore() const { return m_previousScore; }
    // Re-reads answers, comments and photos of the same assessment; resets if it went away.
    void reload();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // After the rows were updated in place (answers, comments, photos, scores changed).
    void answersChanged();

public:
    // Item rows (null or empty on section rows and invalid indexes).
    const TemplateItemInfo* item(const QModelIndex& index) const;
    const TemplateSectionInfo* section(const QModelIndex& index) const;  // of a section or an item row
    QString itemNumber(const QModelIndex& index) const;                  // "2.3"
    const ResponseRow* response(const QString& itemKey) const;
    const ResponseRow* previousResponse(const QString& itemKey) const;
    int photoCount(const QString& itemKey) const { return m_photos.value(itemKey); }
    QModelIndex indexOfItem(const QString& itemKey, int column = 0) const;
    QModelIndex firstItem() const;
    // The item `step` items away from `from` (section rows skipped); `from` itself at either end.
    QModelIndex stepItem(const QModelIndex& from, int step) const;
    // The next item without an answer after `from`, wrapping round; invalid when all are answered.
    QModelIndex nextUnanswered(const QModelIndex& from) const;

    // Words and colours for answers, shared with the detail panel.
    static QString answerText(const TemplateItemInfo& item, const QString& answer);
    static QColor answerColor(QStringView responseType, QStringView answer);
    static QString scoreText(const std::optional<double>& score);

private:
    struct Loaded {
        std::optional<AssessmentRow> assessment;
        std::optional<AssessmentRow> previous;
        QHash<QString, ResponseRow> responses;
        QHash<QString, ResponseRow> previousResponses;
        QHash<QString, int> photos;
        AssessmentScore score;
        AssessmentScore previousScore;
        int templateIndex = -1;
    };
    Loaded load(const QString& id);
    void apply(Loaded loaded, bool inPlace);
    void reloadTemplates();
    const TemplateInfo* templateById(const QString& id) const;
    std::vector<QModelIndex> itemIndexes() const;
    int itemsBefore(const QModelIndex& at) const;
    const SectionScore* sectionScore(const AssessmentScore& score, const QString& sectionKey) const;
    QVariant sectionData(int sectionRow, int column, int role) const;
    QVariant itemData(int sectionRow, int itemRow, int column, int role) const;

    WorkspaceSession* m_session;
    std::vector<TemplateInfo> m_templates;
    QString m_assessmentId;
    std::optional<AssessmentRow> m_assessment;
    std::optional<AssessmentRow> m_previous;
    QHash<QString, ResponseRow> m_responses;
    QHash<QString, ResponseRow> m_previousResponses;
    QHash<QString, int> m_photos;
    AssessmentScore m_score;
    AssessmentScore m_previousScore;
    int m_templateIndex = -1;
};

}  // namespace score
