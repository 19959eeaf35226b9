#include "core/storage/SqliteTypes.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace nm::core {

QMetaType sqliteDeclaredType(QStringView declared)
{
    if (declared.isEmpty())
        return {};
    const QString upper = declared.toString().toUpper();
    if (upper.contains("INT"_L1))
        return QMetaType(QMetaType::LongLong);
    if (upper.contains("CHAR"_L1) || upper.contains("CLOB"_L1) || upper.contains("TEXT"_L1))
        return QMetaType(QMetaType::QString);
    if (upper.contains("BLOB"_L1))
        return QMetaType(QMetaType::QByteArray);
    if (upper.contains("BOOL"_L1))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::Double); // REAL and NUMERIC affinity
}

} // namespace nm::core
