// libFuzzer entry point of every target: SCORE_FUZZ_FUNCTION, set per executable by
// tests/fuzz/CMakeLists.txt, names the function of FuzzTargets.h that the input is fed to.

#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    score::fuzz::SCORE_FUZZ_FUNCTION(data, size);
    return 0;
}
