#pragma once
// Record identities. Records that are unique by nature (a checklist answer for one item of one
// assessment, a KPI reading for one period, built-in content) get a name-based UUID v5 so that
// two devices creating them offline write the same record. Everything else gets a time-ordered
// UUID v7, which keeps SQLite's B-tree inserts local.

#include <QString>
#include <QUuid>

#include <cstdint>

class QRandomGenerator;

namespace score {

// Canonical text form: 36 lowercase characters, no braces.
QString uuidText(const QUuid& id);
// True when text is exactly a canonical lowercase UUID (what every stored id looks like).
bool isUuidText(QStringView text);

// Name-based id below the SCORE Desk namespace, e.g. nameUuid(u"module", u"WC").
QUuid nameUuid(QStringView kind, QStringView key);
QString nameId(QStringView kind, QStringView key);
// Name-based id of a child unique within its parent, e.g. a response within its assessment.
QString childId(QStringView kind, QStringView parentId, QStringView key);

// Time-ordered id (RFC 9562 UUID v7) from a millisecond timestamp and a random source.
QUuid timeOrderedUuid(qint64 unixMs, QRandomGenerator& random);
QUuid timeOrderedUuid(qint64 unixMs, quint64 random1, quint64 random2);

// Ids for new records: time-ordered, from an injectable clock and random source.
class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    virtual QString newId() = 0;
};

}  // namespace score
