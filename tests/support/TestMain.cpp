// Catch2 runner with a Qt application object, as every test touches Qt.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/IsolatedHome.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    const score::test::IsolatedHome home;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
