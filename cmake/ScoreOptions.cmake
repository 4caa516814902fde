# Compiler settings shared by every target of the project.

option(SCORE_WERROR "Treat compiler warnings as errors" OFF)
option(SCORE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(score_warnings INTERFACE)
target_compile_options(score_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(SCORE_WERROR)
    target_compile_options(score_warnings INTERFACE -Werror)
endif()

if(SCORE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Qt: no implicit conversions from const char* or to QString; every user string goes through tr().
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
