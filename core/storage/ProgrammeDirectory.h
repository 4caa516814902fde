#pragma once
// Finds the records a programme starts with by what people call them: a cohort, an enterprise
// or a person by name (case, accents written as combining marks and spaces at the ends do not
// matter), a country by code or name; and the links between them (a person's place in an
// improvement team, a cohort's trainers, who is at this device). Reads live records only.

#include "storage/Workspace.h"

#include <vector>

namespace score {

struct NamedRecord {
    QString id;
    QString name;
    QString scope;  // enterprise: its cohort; person: its enterprise (empty for programme staff)
};

class ProgrammeDirectory {
public:
    explicit ProgrammeDirectory(Workspace& ws) : m_ws(&ws) {}

    // The form names are compared in: NFC, case-folded, trimmed.
    static QString matchKey(const QString& name);

    Result<std::vector<NamedRecord>> cohorts();
    Result<std::vector<NamedRecord>> enterprises();
    Result<std::vector<NamedRecord>> people();
    // Records whose name matches `name` (see matchKey), in `scope` when it is given.
    static std::vector<NamedRecord> named(const std::vector<NamedRecord>& records, const QString& name, const QString& scope = {});

    // Countries by name, their ISO code as scope.
    Result<std::vector<NamedRecord>> countries();
    // The country with this ISO code or English name.
    Result<QString> countryId(const QString& codeOrName);
    Result<QString> countryCode(const QString& countryId);

    // The person's membership of their enterprise's improvement team (empty: none).
    Result<QString> eitMembership(const QString& personId);
    // The people training or counselling a cohort, as (link id, person id).
    Result<std::vector<std::pair<QString, QString>>> cohortTrainers(const QString& cohortId);
    // Live enterprises enrolled in a cohort.
    Result<qint64> enterprisesIn(const QString& cohortId);

    // The person who uses this device (device-local; empty when none was chosen).
    Result<QString> devicePerson();
    Status setDevicePerson(const QString& personId);

private:
    Result<std::vector<NamedRecord>> list(const QString& sql);
    Workspace* m_ws;
};

}  // namespace score
