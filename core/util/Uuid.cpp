#include "util/Uuid.h"

#include <QRandomGenerator>

namespace score {

namespace {
// Fixed namespace of SCORE Desk's name-based ids; never change it, ids of built-in content
// and natural keys in every workspace depend on it.
const QUuid kNamespace(QStringLiteral("6f1f5a0e-3c2b-4a8e-9d47-5c0de5c07e01"));
}  // namespace

QString uuidText(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }

bool isUuidText(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

QUuid nameUuid(QStringView kind, QStringView key) { return QUuid::createUuidV5(kNamespace, kind.toString() + u':' + key.toString()); }

QString nameId(QStringView kind, QStringView key) { return uuidText(nameUuid(kind, key)); }

QString childId(QStringView kind, QStringView parentId, QStringView key)
{
    return uuidText(QUuid::createUuidV5(kNamespace, kind.toString() + u':' + parentId.toString() + u'/' + key.toString()));
}

QUuid timeOrderedUuid(qint64 unixMs, QRandomGenerator& random)
{
    const quint64 r1 = random.generate64();
    const quint64 r2 = random.generate64();
    return timeOrderedUuid(unixMs, r1, r2);
}

QUuid timeOrderedUuid(qint64 unixMs, quint64 r1, quint64 r2)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const auto ms = static_cast<quint64>(unixMs < 0 ? 0 : unixMs);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xFF);
    for (int i = 0; i < 2; ++i)
        bytes[6 + i] = static_cast<char>((r1 >> (8 * i)) & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<char>((r2 >> (8 * i)) & 0xFF);
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x70);  // version 7
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

}  // namespace score
