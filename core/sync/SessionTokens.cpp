#include "core/sync/SessionTokens.h"

using namespace Qt::StringLiterals;

namespace nm::core {

SessionTokens SessionTokens::copy() const
{
    return {SecureBuffer::copyOf(accessToken.view()), SecureBuffer::copyOf(refreshToken.view())};
}

std::optional<SessionTokens> SessionTokens::fromJson(const QJsonObject &answer)
{
    const QJsonValue access = answer.value("access_token"_L1);
    const QJsonValue refresh = answer.value("refresh_token"_L1);
    if (!access.isString() || access.toString().isEmpty())
        return std::nullopt;
    if (!refresh.isUndefined() && !refresh.isString())
        return std::nullopt;
    // The parser's own copy of the strings cannot be wiped; these at least are the only ones
    // that outlive the answer.
    return SessionTokens{SecureBuffer::fromUtf8(access.toString()),
                         SecureBuffer::fromUtf8(refresh.toString())};
}

} // namespace nm::core
