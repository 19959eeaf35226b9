#include "server/auth/JwtError.h"

using namespace Qt::StringLiterals;

namespace nm::server {

QString JwtError::code() const
{
    return m_reason == Reason::Expired ? u"token_expired"_s : u"token_invalid"_s;
}

QString JwtError::description() const
{
    switch (m_reason) {
    case Reason::Malformed:
        return u"the token is malformed"_s;
    case Reason::UnsupportedAlgorithm:
        return u"the token's algorithm is not HS256"_s;
    case Reason::UnsupportedType:
        return u"the token's type or critical header is not supported"_s;
    case Reason::BadSignature:
        return u"the token's signature does not match"_s;
    case Reason::MissingClaim:
        return u"the token lacks a required claim"_s;
    case Reason::Expired:
        return u"the token has expired"_s;
    case Reason::NotYetValid:
        return u"the token is not valid yet"_s;
    case Reason::IssuedInFuture:
        return u"the token was issued in the future"_s;
    }
    return u"the token is invalid"_s;
}

} // namespace nm::server
