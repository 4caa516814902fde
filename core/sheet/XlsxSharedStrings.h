#pragma once
// The shared strings of an XLSX file (xl/sharedStrings.xml): the texts cells of type "s"
// refer to by index, in order.

#include "sheet/XlsxPackage.h"

#include <QStringList>

namespace score {

Result<QStringList> readXlsxSharedStrings(XlsxPackage& package, const QString& part, const SheetLimits& limits);

}  // namespace score
