#include "model/RecordState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace score {

RecordState::RecordState(const EntitySpec& entitySpec, QString recordId)
    : spec(&entitySpec), id(std::move(recordId)), values(entitySpec.fields.size()), stamps(entitySpec.fields.size())
{
}

Stamp RecordState::newestLiveStamp() const
{
    Stamp newest = restoredStamp;
    for (const Stamp& s : stamps)
        if (s > newest)
            newest = s;
    return newest;
}

bool RecordState::isAlive() const { return deletedStamp.isNull() || newestLiveStamp() > deletedStamp; }

bool RecordState::isComplete() const
{
    for (const Stamp& s : stamps)
        if (s.isNull())
            return false;
    return true;
}

const FieldValue& RecordState::value(QAnyStringView field) const
{
    static const FieldValue null;
    const int i = spec ? spec->fieldIndex(field) : -1;
    return i < 0 ? null : values[static_cast<size_t>(i)];
}

QJsonValue jsonValue(const FieldValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return QJsonValue(*i);
    if (const auto* d = std::get_if<double>(&value))
        return QJsonValue(*d);
    if (const auto* s = std::get_if<QString>(&value))
        return QJsonValue(*s);
    return QJsonValue(QJsonValue::Null);
}

QString canonicalValue(const FieldValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return QString::number(*i);
    if (const auto* d = std::get_if<double>(&value))
        return QString::number(*d, 'g', QLocale::FloatingPointShortest);
    if (const auto* s = std::get_if<QString>(&value)) {
        // JSON string escaping: stable, one line, readable for non-Latin text.
        QByteArray json = QJsonDocument(QJsonArray{QJsonValue(*s)}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    return QStringLiteral("null");
}

bool sameValue(const FieldValue& a, const FieldValue& b)
{
    if (a.index() != b.index())
        return false;
    if (const auto* d = std::get_if<double>(&a)) {
        const double e = std::get<double>(b);
        return *d == e || (std::isnan(*d) && std::isnan(e));
    }
    return a == b;
}

bool valueLess(const FieldValue& a, const FieldValue& b)
{
    if (a.index() != b.index())
        return a.index() < b.index();
    return canonicalValue(a) < canonicalValue(b);
}

}  // namespace score
