#pragma once
// Every test process gets its own settings, data and cache folders (and so do the score-desk
// and scorectl processes it starts, through the environment): tests never read or change the
// developer's own SCORE Desk settings, and tests running side by side never see each other's.

#include <QTemporaryDir>
#include <QtGlobal>

namespace score::test {

class IsolatedHome {
public:
    IsolatedHome()
    {
        if (!m_dir.isValid())
            return;
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, (m_dir.path() + QLatin1Char('/') + QLatin1String(variable)).toLocal8Bit());
    }

private:
    QTemporaryDir m_dir;
};

}  // namespace score::test
