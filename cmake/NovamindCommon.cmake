# Build settings every Novamind target shares. Each target links nm_build_settings, so the language
# standard, the warning policy and the Qt safety macros are stated once (STYLE "Do this" 2).
add_library(nm_build_settings INTERFACE)

target_compile_features(nm_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(nm_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

target_compile_definitions(nm_build_settings INTERFACE
    # Text is Unicode end to end: no silent Latin-1/ASCII conversions between QString and bytes.
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

target_include_directories(nm_build_settings INTERFACE "${PROJECT_SOURCE_DIR}")

if(NOVAMIND_SANITIZE)
    set(_nm_sanitize -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(nm_build_settings INTERFACE ${_nm_sanitize})
    target_link_options(nm_build_settings INTERFACE ${_nm_sanitize})
endif()
