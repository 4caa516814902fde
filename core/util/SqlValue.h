#pragma once
// One stored value: SQLite's storage classes (NULL, INTEGER, REAL, TEXT). The domain, the
// rules, storage and sync all speak it, so it lives below them.

#include <QString>

#include <variant>

namespace score {

using SqlValue = std::variant<std::monostate, qint64, double, QString>;
// A field's value in a record.
using FieldValue = SqlValue;

}  // namespace score
