#include "demo/DemoJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace score::demojson {

std::optional<QJsonObject> load(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& s : v.toArray())
        list << s.toString();
    return list;
}

}  // namespace score::demojson
