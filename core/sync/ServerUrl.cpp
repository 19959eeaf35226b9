#include "core/sync/ServerUrl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace nm::core {

Status<ApiError> ServerUrl::check(const QUrl &base)
{
    // Credentials in the URL would travel in every request and show up wherever the URL is
    // displayed; the client has its own way to sign in.
    if (!base.isValid() || base.isRelative() || base.host().isEmpty() || !base.userInfo().isEmpty())
        return ApiError::insecureUrl(base);
    const QString scheme = base.scheme().toLower();
    if (scheme == "https"_L1)
        return Done{};
    if (scheme == "http"_L1 && isLoopbackHost(base.host()))
        return Done{};
    return ApiError::insecureUrl(base);
}

bool ServerUrl::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    // Only a literal address counts: a name other than localhost could resolve anywhere.
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QUrl ServerUrl::resolve(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const qsizetype question = pathAndQuery.indexOf(u'?');
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    const QString separator = path.startsWith(u'/') ? QString() : u"/"_s;
    url.setPath(prefix + separator + path);
    url.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1));
    url.setFragment({});
    return url;
}

} // namespace nm::core
