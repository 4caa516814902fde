#pragma once
// The shape of every synced record kind, in one table. Storage, the merge, bundle validation,
// the canonical dump and the record history all read it, so a field is declared exactly once.
// It must agree with the latest migration; a test compares it with the live SQLite schema.

#include <QAnyStringView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace score {

// The shape of the records (entities and fields) that bundles carry, written in each manifest.
// It moves only with a migration that changes what a record holds; a migration that only adds
// indexes (workspace version 2) leaves it, so devices on either side of it still exchange bundles.
// Record schema 2 (workspace version 3) added fields only: a bundle of record schema 1 is still
// read, the fields it cannot carry left as they are (FieldSpec::sinceSchema).
// Record schema 3 (workspace version 4) added a record's lost set ("l" in a bundle line), which a
// record schema 2 reader would refuse as damaged; bundles of schema 1 and 2 carry none.
constexpr int kRecordSchemaVersion = 3;
// The oldest record schema whose bundles are still read.
constexpr int kOldestReadableRecordSchema = 1;

enum class FieldType {
    Text,      // free text up to maxLength characters
    Integer,   // 64-bit integer within [minValue, maxValue]
    Real,      // finite double
    Bool,      // 0 or 1
    Date,      // YYYY-MM-DD
    Month,     // YYYY-MM (KPI and resource periods)
    DateTime,  // ISO 8601 UTC with milliseconds
    Enum,      // one of enumValues
    Ref,       // the id of a record of refEntity
    AnyRef,    // the id of a record whose kind is named by the field kindField
    Sha256     // 64 lowercase hex characters
};

struct FieldSpec {
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    int maxLength = 0;       // Text
    QStringList enumValues;  // Enum
    QString refEntity;       // Ref
    QString kindField;       // AnyRef
    qint64 minValue = 0;     // Integer
    qint64 maxValue = 0;     // Integer
    bool owner = false;      // the referenced record owns this one: deleting it deletes this
    bool meta = false;       // created/modified bookkeeping: merged, never a user conflict
    QString defaultValue;    // Enum: the value a new record gets when none is given
    int sinceSchema = 1;     // the record schema (kRecordSchemaVersion) that added the field:
                             // bundles of an older schema do not carry it
};

struct EntitySpec {
    QString name;        // also the SQLite table name
    QString labelField;  // the field that names a record to a person
    std::vector<FieldSpec> fields;

    int fieldIndex(QAnyStringView field) const;
    const FieldSpec* field(QAnyStringView field) const;
    // Fields whose referenced record owns this one.
    std::vector<int> ownerFields() const;
};

// One way records of a kind belong to a record of another: the owning field of `child`.
struct OwnedThrough {
    const EntitySpec* child = nullptr;
    int field = -1;
};

class EntitySchema {
public:
    static const EntitySchema& instance();

    // In dependency order: a record kind comes after every kind it refers to (apart from the
    // enterprise ↔ manager cycle, which deferred foreign keys resolve).
    const std::vector<EntitySpec>& entities() const { return m_entities; }
    const EntitySpec* entity(QAnyStringView name) const;
    int entityIndex(QAnyStringView name) const;

    // Kinds that may be the target of an AnyRef field (attachments, comments).
    static const QStringList& attachableKinds();
    // Every owning field, of any kind, that can name a record of kind `owner`: what deleting
    // such a record takes with it.
    const std::vector<OwnedThrough>& ownedThrough(const EntitySpec& owner) const;

private:
    EntitySchema();
    std::vector<EntitySpec> m_entities;
    std::vector<std::vector<OwnedThrough>> m_ownedThrough;  // indexed like m_entities
};

// Human-readable name of a record kind, translated ("improvement action").
QString entityDisplayName(QStringView entity);
QString entityDisplayNamePlural(QStringView entity);

}  // namespace score
