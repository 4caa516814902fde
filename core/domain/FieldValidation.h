#pragma once
// Checks one value against its field's declaration: type, length, range, enum, date and id
// shape. Local edits and bundle imports use the same checks.

#include "domain/EntitySchema.h"
#include "util/SqlValue.h"

#include <optional>

namespace score {

// Normalises `value` to the field's storage class and returns a sentence describing the problem,
// or nothing when the value is acceptable.
std::optional<QString> checkFieldValue(const FieldSpec& field, SqlValue& value);

// Normalises a value to the storage class of its field (Bool/Integer → integer, Real → double,
// others → text). Returns false when the value cannot be represented in that field.
bool normaliseValue(const FieldSpec& field, FieldValue& value);

bool isIsoDate(QStringView text);
bool isIsoMonth(QStringView text);
bool isIsoDateTime(QStringView text);
bool isSha256Hex(QStringView text);

}  // namespace score
