#include "widgets/Icons.h"

#include <QHash>

namespace score {

QIcon appIcon(const char* name)
{
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    return it.value();
}

}  // namespace score
