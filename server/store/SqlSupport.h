#pragma once

#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace nm::server {

/// The message a store returns when a statement fails: what was being done and the driver's
/// text. Statements bind every value, so the driver text never contains one.
QString sqlFailure(const QString &doing, const QSqlQuery &query);

/// How every server table stores a UUID: lowercase, without braces.
inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace nm::server
