#include "support/ScreenChild.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace score::test {

QString runOnScreen(const TempDir& dir, QSize screen, const QString& tag, const QProcessEnvironment& environment)
{
    const QString config = dir.path(QStringLiteral("screen-%1x%2.json").arg(screen.width()).arg(screen.height()));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QJsonObject one{{QStringLiteral("name"), QStringLiteral("laptop")},
                          {QStringLiteral("x"), 0},
                          {QStringLiteral("y"), 0},
                          {QStringLiteral("width"), screen.width()},
                          {QStringLiteral("height"), screen.height()},
                          {QStringLiteral("logicalDpi"), 96},
                          {QStringLiteral("logicalBaseDpi"), 96},
                          {QStringLiteral("dpr"), 1}};
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("windowFrameMargins"), true}, {QStringLiteral("screens"), QJsonArray{one}}}).toJson());
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys())
        env.insert(key, environment.value(key));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {tag, QStringLiteral("-platform"), QStringLiteral("offscreen:configfile=") + config});
    REQUIRE(child.waitForFinished(300000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
    return out;
}

}  // namespace score::test
