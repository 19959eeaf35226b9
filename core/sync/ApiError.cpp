#include "core/sync/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

/// Problem codes whose title the workstation shows in the user's language instead of the
/// server's English; the rest keep the server's title.
QString knownTitle(const QString &code)
{
    if (code == "invalid_credentials"_L1)
        return ApiError::tr("The username or password is wrong");
    if (code == "mfa_required"_L1)
        return ApiError::tr("Enter the code from your authenticator app");
    if (code == "account_locked"_L1)
        return ApiError::tr("The account is locked after repeated failed sign-ins");
    if (code == "rate_limited"_L1)
        return ApiError::tr("Too many attempts; wait a moment and try again");
    if (code == "device_revoked"_L1)
        return ApiError::tr("An administrator has revoked this workstation");
    if (code == "account_disabled"_L1)
        return ApiError::tr("This account has been deactivated");
    if (code == "invalid_token"_L1 || code == "session_revoked"_L1 || code == "unauthenticated"_L1)
        return ApiError::tr("Your session has ended; sign in again");
    if (code == "forbidden"_L1)
        return ApiError::tr("Your role does not allow this");
    if (code == "invalid_body"_L1)
        return ApiError::tr("Some fields need attention");
    return {};
}

/// Delay-seconds or an HTTP date (RFC 9110 §10.2.3); -1 when absent or unreadable.
int parseRetryAfter(QByteArrayView header, const QDateTime &now)
{
    const QByteArray text = header.toByteArray().trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1
                           : int(std::min<qlonglong>(seconds, std::numeric_limits<int>::max()));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not read as a zone.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + " +0000"_L1;
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace

ApiError ApiError::network(const QString &reason)
{
    ApiError error;
    error.kind = Kind::Network;
    error.title = tr("The server cannot be reached");
    error.detail = reason;
    return error;
}

ApiError ApiError::connectionRefused()
{
    return network(tr("The server refused the connection; it may not be running."));
}

ApiError ApiError::hostNotFound(const QString &host)
{
    return network(tr("No server named %1 could be found.").arg(host));
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.title = tr("The server did not answer in time");
    error.detail = tr("No answer within %1 seconds.")
                       .arg(QLocale().toString(double(timeoutMs) / 1000.0, 'g', 3));
    return error;
}

ApiError ApiError::tls(const QStringList &reasons)
{
    ApiError error;
    error.kind = Kind::Tls;
    error.title = tr("The secure connection to the server failed");
    error.detail = reasons.join(u"; "_s);
    return error;
}

ApiError ApiError::insecureUrl(const QUrl &url)
{
    ApiError error;
    error.kind = Kind::InsecureUrl;
    error.title = tr("The server address is not secure");
    // Without user info: an address typed as https://name:password@host must not echo the
    // password back into a dialog or a log.
    error.detail = tr("Novamind connects to a server over HTTPS only; plain HTTP is allowed to "
                      "this computer alone. The address given was %1.")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return error;
}

ApiError ApiError::decode(const QString &what)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.title = tr("The server's answer could not be read");
    error.detail = what;
    return error;
}

ApiError ApiError::localStorage(const QString &problem)
{
    ApiError error;
    error.kind = Kind::LocalStorage;
    error.title = tr("The local cache could not be updated");
    error.detail = problem;
    return error;
}

ApiError ApiError::signInRequired()
{
    ApiError error;
    error.kind = Kind::SignInRequired;
    error.title = tr("Sign in to continue");
    return error;
}

ApiError ApiError::fromHttp(int status, QByteArrayView body, QByteArrayView retryAfter,
                            const QDateTime &now)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.retryAfterSeconds = parseRetryAfter(retryAfter, now);

    // Any JSON object is read as a problem document whatever its content type: a proxy may
    // relabel it, and the members tell what it is.
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    const QJsonObject problem = document.object();
    error.code = problem.value("code"_L1).toString();
    error.detail = problem.value("detail"_L1).toString();
    const QJsonArray fields = problem.value("errors"_L1).toArray();
    for (const QJsonValue &entry : fields) {
        const QJsonObject field = entry.toObject();
        const QString name = field.value("field"_L1).toString();
        const QString message = field.value("message"_L1).toString();
        if (!name.isEmpty() && !message.isEmpty())
            error.fieldErrors.add(name, message);
    }
    if (error.retryAfterSeconds < 0) {
        // The server also puts the delay in the body, where a proxy cannot strip it.
        const QJsonValue seconds = problem.value("retry_after_seconds"_L1);
        if (seconds.isDouble() && seconds.toDouble() >= 0)
            error.retryAfterSeconds = int(std::min(seconds.toDouble(), 1e9));
    }

    error.title = knownTitle(error.code);
    if (error.title.isEmpty())
        error.title = problem.value("title"_L1).toString();
    if (error.title.isEmpty())
        error.title = tr("The server refused the request (HTTP %1)").arg(status);
    return error;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429;
    case Kind::Tls:
    case Kind::Decode:
    case Kind::InsecureUrl:
    case Kind::SignInRequired:
    case Kind::LocalStorage:
        return false;
    }
    return false;
}

bool ApiError::isAuthFailure() const
{
    if (kind == Kind::SignInRequired)
        return true;
    return kind == Kind::Http && (httpStatus == 401 || mustWipe());
}

bool ApiError::mustWipe() const
{
    return kind == Kind::Http && (code == "device_revoked"_L1 || code == "account_disabled"_L1);
}

QString ApiError::message() const
{
    if (detail.isEmpty())
        return title;
    return title % u'\n' % detail;
}

} // namespace nm::core
