#pragma once
// The records a programme starts with — cohorts, enterprises and people — as people outside the
// database name their fields: one short key per field ("employees", "cohort", "job_title"), used
// as the command line's option (--employees) and as the spreadsheet's column header. A key
// writes a field of the record itself, or of a record that belongs with it (a person's place in
// the improvement team, a cohort's trainers).

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace score {

enum class ProgrammeKind { Cohort, Enterprise, Person };

struct PublicField {
    enum class Target {
        Record,      // `field` of the record itself
        Membership,  // `field` of the person's eit_member record (side, employment, role, joined)
        Trainers,    // a cohort's trainers and counsellors, by name, separated by ";"
    };
    enum class Shape { Text, Number, Date };  // how a spreadsheet writes the column

    QString key;
    QString field;  // the schema field (Record, Membership)
    Target target = Target::Record;
    Shape shape = Shape::Text;
};

const QList<ProgrammeKind>& programmeKinds();
// "cohort", "enterprise", "person" (also "cohorts", "enterprises", "people").
std::optional<ProgrammeKind> programmeKindFromName(QStringView name);
QString programmeKindName(ProgrammeKind kind);         // "cohort"
QString programmeKindPlural(ProgrammeKind kind);       // "cohorts", "enterprises", "people"
QString programmeEntity(ProgrammeKind kind);           // the schema's entity
QString programmeKindDisplayName(ProgrammeKind kind);  // translated, "cohort"

// The keys of a kind, in the order a profile and a spreadsheet show them.
const std::vector<PublicField>& publicFields(ProgrammeKind kind);
// The field of `key`, which may be written "job_title", "job-title", "Job title" or as the field's
// label in the language shown.
const PublicField* publicField(ProgrammeKind kind, QStringView key);
// What a person reads for the key: the field's label ("Employees").
QString publicFieldLabel(ProgrammeKind kind, const PublicField& field);

// A person's role as the command line and spreadsheets write it: counsellor, trainer, staff,
// manager, supervisor, worker; "eit" is a worker or supervisor in the improvement team.
QString publicRoleName(QStringView role);

}  // namespace score
