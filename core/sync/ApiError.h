#pragma once

#include "core/domain/FieldErrors.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nm::core {

/// Why a call to novamind-server failed, as a value the workstation can act on: retry later,
/// send the user to the sign-in screen, wipe the cache, or mark fields on a form. Never holds a
/// password, token, key or request body.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        /// No answer: the server is unreachable, refused the connection or hung up.
        Network,
        /// No complete answer within the client's transfer timeout.
        Timeout,
        /// The TLS handshake failed, typically because the certificate is not trusted.
        Tls,
        /// The server answered with an HTTP error (its problem+json decoded when it sent one).
        Http,
        /// The server answered success with something the client cannot read.
        Decode,
        /// The base URL is not HTTPS (plain HTTP is allowed to this computer only); nothing was
        /// sent.
        InsecureUrl,
        /// The client holds no session that could be used (e.g. refresh without a refresh
        /// token); nothing was sent.
        SignInRequired,
        /// This workstation's cache could not be read or written; the server was not at fault.
        LocalStorage,
    };

    Kind kind = Kind::Network;
    /// The HTTP status for Kind::Http, 0 otherwise.
    int httpStatus = 0;
    /// The problem's stable machine code ("invalid_credentials", "device_revoked", …); empty
    /// when the server sent no problem document.
    QString code;
    /// One line for people: translated for the errors the workstation knows.
    QString title;
    /// More words for people, when there are any (the server's detail, TLS reasons, …).
    QString detail;
    /// Per-field messages from the problem's "errors": [{field, message}].
    FieldErrors fieldErrors;
    /// From the Retry-After header (seconds), -1 when the server gave none.
    int retryAfterSeconds = -1;

    static ApiError network(const QString &reason);
    static ApiError connectionRefused();
    static ApiError hostNotFound(const QString &host);
    static ApiError timeout(int timeoutMs);
    static ApiError tls(const QStringList &reasons);
    static ApiError insecureUrl(const QUrl &url);
    static ApiError decode(const QString &what);
    static ApiError signInRequired();
    static ApiError localStorage(const QString &problem);
    /// An HTTP error answer: \a body decoded when it is a problem document, the status alone
    /// otherwise; \a retryAfter is the raw Retry-After header (delay-seconds or an HTTP date).
    static ApiError fromHttp(int status, QByteArrayView body, QByteArrayView retryAfter,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Worth trying again later, unchanged: network trouble, a timeout, a 5xx or a 429.
    bool isRetryable() const;
    /// The session or the credentials are not accepted: the user has to sign in (again).
    bool isAuthFailure() const;
    /// The server says this workstation must erase the user's local data (DESIGN §4).
    bool mustWipe() const;
    /// The title, and the detail on a second line when there is one.
    QString message() const;
};

} // namespace nm::core

// Carried by ApiClient::sessionEnded(), so queued connections and QSignalSpy can copy it.
Q_DECLARE_METATYPE(nm::core::ApiError)
