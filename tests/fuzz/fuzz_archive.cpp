// libFuzzer entry point: score::fuzz::bundleArchive (see FuzzTargets.h).

#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    score::fuzz::bundleArchive(data, size);
    return 0;
}
