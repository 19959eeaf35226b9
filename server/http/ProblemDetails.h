#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace nm::server {

/// An RFC 9457 problem document, the body of every error the API answers
/// (application/problem+json): {type, title, status, detail, code}. `code` is the stable,
/// machine-readable name clients switch on ("invalid_credentials", "immutable", …); `title`
/// and `detail` are for people and never carry a password, token, key or PHI.
class ProblemDetails {
public:
    ProblemDetails(int status, QString code, QString title, QString detail = {});

    /// Adds a member beyond the standard ones (e.g. "errors" with per-field messages).
    ProblemDetails &with(const QString &member, const QJsonValue &value);

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;

    static constexpr const char *MimeType = "application/problem+json";

private:
    int m_status;
    QString m_code;
    QString m_title;
    QString m_detail;
    QJsonObject m_extra;
};

} // namespace nm::server
