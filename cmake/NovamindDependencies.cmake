# Third-party libraries that come from Debian packages without CMake config files.

find_package(Threads REQUIRED)

# SQLCipher is linked statically and its symbols are kept out of every dynamic symbol table.
# Qt's plain QSQLITE plugin links the system libsqlite3; if libsqlcipher.so were loaded first, the
# plugin's sqlite3_* calls would bind to SQLCipher and the "plain SQLite" baseline in benchmarks and
# tests would silently be SQLCipher without a key.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher REQUIRED NO_DEFAULT_PATH
    PATHS /usr/include /usr/local/include)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
add_library(nm_sqlcipher INTERFACE)
target_include_directories(nm_sqlcipher SYSTEM INTERFACE "${SQLCIPHER_INCLUDE_DIR}")
target_link_libraries(nm_sqlcipher INTERFACE "${SQLCIPHER_STATIC_LIBRARY}" OpenSSL::Crypto
    ${CMAKE_DL_LIBS} Threads::Threads)
target_link_options(nm_sqlcipher INTERFACE "LINKER:--exclude-libs,libsqlcipher.a")

pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
