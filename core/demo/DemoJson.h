#pragma once
// Reading the demo's data files (resources/demo/*.json, compiled in as Qt resources), shared by
// the loaders of its words (DemoPhrases) and of its programme facts (DemoProgramme).

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace score::demojson {

// The top object of a compiled-in file such as ":/demo/phrases.json"; none when the build lacks it.
std::optional<QJsonObject> load(const QString& resource);

// The strings of a JSON array, in order.
QStringList strings(const QJsonValue& v);

}  // namespace score::demojson
