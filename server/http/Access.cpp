#include "server/http/Access.h"

using namespace Qt::StringLiterals;

namespace nm::server {

QString Access::id() const
{
    switch (m_kind) {
    case Kind::Public:
        return u"public"_s;
    case Kind::AccountSetup:
        return u"account_setup"_s;
    case Kind::SignedIn:
        return u"signed_in"_s;
    case Kind::Permission:
        return core::enumId(*m_permission);
    }
    return {};
}

} // namespace nm::server
