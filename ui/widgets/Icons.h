#pragma once
// The application's icons (SVG in resources/icons, crisp at any DPI), by name.

#include <QIcon>

namespace score {

QIcon appIcon(const char* name);

}  // namespace score
