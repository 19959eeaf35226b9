#include "server/store/SqlSupport.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nm::server {

QString sqlFailure(const QString &doing, const QSqlQuery &query)
{
    return u"%1 failed: %2"_s.arg(doing, query.lastError().text());
}

} // namespace nm::server
