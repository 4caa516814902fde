#pragma once
// Everything about one improvement action, beside the plan: its heading (module, owner, due
// date, overdue), the manager's review (approve, or return with a comment; shown to everyone),
// money in the enterprise's currency, and tabs for its fields, evidence, comments and history.

#include "session/WorkspaceSession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace score {

class AttachmentListModel;
class CommentListModel;
class HistoryPanel;
class RecordForm;

class ActionDetail final : public QWidget {
    Q_OBJECT

public:
    enum Tab { DetailsTab, EvidenceTab, CommentsTab, HistoryTab };
    // How "Return…" asks for the comment; a test scripts the answer. nullopt: cancelled.
    using CommentPrompt = std::function<std::optional<QString>(QWidget* parent, const QString& actionTitle)>;

    explicit ActionDetail(WorkspaceSession& session, QWidget* parent = nullptr);

    void setAction(const QString& id);
    const QString& action() const { return m_id; }
    void showTab(Tab tab);
    void focusTitle();
    void setCommentPrompt(CommentPrompt prompt) { m_prompt = std::move(prompt); }

    // For tests and for the plan's shortcuts.
    void approve();
    void returnForRework();
    Status addComment(const QString& body);
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* returnButton() const { return m_return; }
    HistoryPanel* history() const { return m_history; }
    QListView* comments() const { return m_comments; }
    CommentListModel* commentModel() const { return m_commentModel; }
    QListView* evidence() const { return m_evidence; }
    AttachmentListModel* evidenceModel() const { return m_evidenceModel; }
    QLabel* approvalLabel() const { return m_approval; }

signals:
    void problem(const QString& message);

private:
    QWidget* buildDetails();
    QWidget* buildEvidence();
    QWidget* buildComments();
    void refresh();
    void updateEvidenceTab();
    void updateCommentsTab();
    void addEvidence();
    void openEvidence();
    void removeEvidence();

    WorkspaceSession* m_session;
    QString m_id;
    QString m_enterprise;
    QString m_moduleId;
    CommentPrompt m_prompt;
    QLabel* m_heading;
    QLabel* m_subheading;
    QWidget* m_review;
    QLabel* m_reviewIcon;
    QLabel* m_approval;
    QPushButton* m_approve;
    QPushButton* m_return;
    QLabel* m_money;
    QTabWidget* m_tabs;
    std::vector<RecordForm*> m_forms;
    AttachmentListModel* m_evidenceModel;
    QListView* m_evidence;
    QPushButton* m_addEvidence;
    QPushButton* m_removeEvidence;
    CommentListModel* m_commentModel;
    QListView* m_comments;
    QLabel* m_noComments;
    QPlainTextEdit* m_newComment;
    QPushButton* m_addComment;
    HistoryPanel* m_history;
    QWidget* m_content;
    QLabel* m_placeholder;
};

}  // namespace score
