// Shapes of values that arrive in bundles: every stamp and date is checked before it is stored.

#include "support/TestSupport.h"

#include "domain/FieldValidation.h"

using namespace score;

TEST_CASE("Timestamps must be UTC ISO 8601 with optional fractions of a second")
{
    for (const char* good :
         {"2026-11-26T10:15:00.000Z", "2026-11-26T10:15:00Z", "2024-02-29T23:59:59.123456789Z", "2026-01-01T00:00:00.5Z"}) {
        INFO(good);
        CHECK(isIsoDateTime(QString::fromLatin1(good)));
    }
    for (const char* bad :
         {"2026-11-26T24:00:00.000Z", "2026-11-26T10:60:00.000Z", "2026-11-26T10:15:60.000Z", "2026-11-26 10:15:00.000Z",
          "2026-11-26T10:15:00.000", "2026-11-26T10:15:00.Z", "2026-11-26T10:15:00.1234567890Z", "2025-02-29T10:15:00Z",
          "2026-11-26T1a:15:00.000Z", "2026-11-26T10-15-00.000Z", "2026-13-26T10:15:00.000Z", "2026-11-26T10:15:00,000Z", ""}) {
        INFO(bad);
        CHECK_FALSE(isIsoDateTime(QString::fromLatin1(bad)));
    }
}
