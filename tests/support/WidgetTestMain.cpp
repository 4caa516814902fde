// Catch2 runner for widget tests: a QApplication on the offscreen platform.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/IsolatedHome.h"

#include <QApplication>

int main(int argc, char** argv)
{
    const score::test::IsolatedHome home;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SCORE Desk tests"));
    return Catch::Session().run(argc, argv);
}
