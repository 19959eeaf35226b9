#pragma once

#include <QMetaType>
#include <QStringView>

namespace nm::core {

/// The Qt type for a column declared as \a declared, by SQLite's affinity rules
/// (https://sqlite.org/datatype3.html §3.1), so "VARCHAR(20)" or "BIGINT" reads as expected.
/// An empty declaration has no type (QMetaType() is returned).
QMetaType sqliteDeclaredType(QStringView declared);

} // namespace nm::core
