#pragma once
// The values that lost a merge, for review: which record and field, the value kept and the
// other one, each with who set it and when, and when the clash was found. Open conflicts only,
// unless reviewed ones are asked for too.

#include "session/WorkspaceSession.h"
#include "storage/ConflictStore.h"

#include <QAbstractTableModel>

namespace score {

class ConflictModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Record, Field, KeptValue, KeptBy, KeptWhen, OtherValue, OtherBy, OtherWhen, Detected, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, StatusRole, SortRole };

    explicit ConflictModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ConflictEntry* conflictAt(int row) const;
    int rowOf(qint64 conflictId) const;
    // "Improvement action “Fix the compressor leak”".
    static QString recordText(const ConflictEntry& c);
    // "Due date", or what the clash was about when it concerns the whole record.
    static QString fieldText(const ConflictEntry& c);
    // The kept or the other value, for people: enum labels, dates, the name of a referenced
    // record, "(empty)"; the whole text when `full`, else its first line.
    QString valueText(const ConflictEntry& c, bool kept, bool full) const;

    bool showsReviewed() const { return m_showReviewed; }
    void setShowReviewed(bool show);
    // While inactive (its page hidden), notifications only mark the model stale; activating
    // it reloads what changed meanwhile.
    void setActive(bool active);
    void reload();

private:
    void changed();

    WorkspaceSession* m_session;
    std::vector<ConflictEntry> m_rows;
    bool m_showReviewed = false;
    bool m_active = true;
    bool m_stale = false;
};

}  // namespace score
