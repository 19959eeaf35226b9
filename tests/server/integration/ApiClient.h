#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

namespace nm::test {

/// A blocking HTTP client for API tests: one request at a time, with a timeout, answering the
/// status, headers and body (JSON decoded when it is JSON).
class ApiClient {
public:
    struct Reply {
        bool finished = false;
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; ///< lowercase names
        QByteArray header(const char *name) const
        {
            return headers.value(QByteArray(name).toLower());
        }
        QJsonObject json() const;
        /// The problem document's `code`; empty when the body is not one.
        QString code() const;
        /// For failure messages: the status and the start of the body.
        QString summary() const;
    };

    /// \a url maps a path and query ("/api/v1/health") to the server's URL.
    explicit ApiClient(std::function<QUrl(const QString &)> url);

    /// A header in \a headers whose value is null is not sent, so a caller can pass one it may
    /// not have (a client request id, a whole Authorization value).
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &bearer = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QByteArray &bearer = {})
    {
        return send("GET", path, {}, bearer);
    }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &bearer = {});

    /// POST /api/v1/auth/login with \a extra fields merged in.
    Reply login(const QString &username, const QString &password, const QJsonObject &extra = {});

private:
    std::function<QUrl(const QString &)> m_url;
    QNetworkAccessManager m_network;
};

/// Empty when \a reply is the problem+json refusal (\a status, \a code) with a title and the
/// code's type URI; otherwise what is wrong, for a failure message.
QString problemMismatch(const ApiClient::Reply &reply, int status, const QString &code);

} // namespace nm::test
