# One place for the language standard, the strict Qt macros and the warnings: every target of
# the project links hadesk_common.
add_library(hadesk_common INTERFACE)
target_compile_features(hadesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(hadesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    # Honoured from Qt 6.7 on; with Debian 12's Qt 6.4 the review keeps connect() contextful.
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HADESK_VERSION="${PROJECT_VERSION}")
target_compile_options(hadesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    -Wformat=2 -Wimplicit-fallthrough)
option(HADESK_WERROR "Treat warnings as errors" ON)
if(HADESK_WERROR)
    target_compile_options(hadesk_common INTERFACE -Werror)
endif()
# A second build for the test run: AddressSanitizer and UBSan over the unit and GUI tests
# (scripts/test). Any undefined behaviour stops the test that hit it.
option(HADESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HADESK_SANITIZE)
    target_compile_options(hadesk_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(hadesk_common INTERFACE -fsanitize=address,undefined)
endif()
