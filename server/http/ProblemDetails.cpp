#include "server/http/ProblemDetails.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nm::server {

ProblemDetails::ProblemDetails(int status, QString code, QString title, QString detail)
    : m_status(status)
    , m_code(std::move(code))
    , m_title(std::move(title))
    , m_detail(std::move(detail))
{}

ProblemDetails &ProblemDetails::with(const QString &member, const QJsonValue &value)
{
    m_extra.insert(member, value);
    return *this;
}

QJsonObject ProblemDetails::toJson() const
{
    QJsonObject body = m_extra;
    // The type URI names the code, so a client may also dispatch on it; it is not dereferenced.
    body.insert(u"type"_s, QString(u"https://novamind.example/problems/"_s + m_code));
    body.insert(u"title"_s, m_title);
    body.insert(u"status"_s, m_status);
    body.insert(u"code"_s, m_code);
    if (!m_detail.isEmpty())
        body.insert(u"detail"_s, m_detail);
    return body;
}

QHttpServerResponse ProblemDetails::toResponse() const
{
    return QHttpServerResponse(QByteArray(MimeType),
                               QJsonDocument(toJson()).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(m_status));
}

} // namespace nm::server
