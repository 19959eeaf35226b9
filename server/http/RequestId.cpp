#include "server/http/RequestId.h"

#include <QUuid>

#include <algorithm>

namespace nm::server {

bool RequestId::isWellFormed(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-';
    });
}

QByteArray RequestId::generate()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray RequestId::accept(QByteArrayView incoming)
{
    return isWellFormed(incoming) ? incoming.toByteArray() : generate();
}

} // namespace nm::server
