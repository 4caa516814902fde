#include "storage/Migrations.h"

#include <algorithm>

namespace score {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, QStringLiteral("initial SCORE workspace schema"), [](Database& db) { return db.execute(QStringView(schema::kSchemaV1)); }},
        {2, QStringLiteral("covering indexes for the enterprise list's counts"),
         [](Database& db) { return db.execute(QStringView(schema::kSchemaV2)); }, /*indexesOnly=*/true},
        {3, QStringLiteral("cohort region and module plan; archiving cohorts, enterprises and people"),
         [](Database& db) { return db.execute(QStringView(schema::kSchemaV3)); }},
        {4, QStringLiteral("the changes each record knows to have lost to a concurrent one; the device that relayed a change"),
         [](Database& db) { return db.execute(QStringView(schema::kSchemaV4)); }},
    };
    return list;
}

bool readableWithoutUpgrade(int fromVersion)
{
    return fromVersion >= 1 && std::all_of(migrations().begin(), migrations().end(), [&](const Migration& m) {
               return m.toVersion <= fromVersion || m.indexesOnly;
           });
}

Status migrate(Database& db, int fromVersion)
{
    for (const Migration& m : migrations()) {
        if (m.toVersion <= fromVersion)
            continue;
        Transaction tx(db);
        SCORE_TRY(tx.begun());
        SCORE_TRY(m.apply(db));
        SCORE_TRY(db.execute(QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion)));
        SCORE_TRY(tx.commit());
    }
    return {};
}

}  // namespace score
