#include "server/http/RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

ProblemDetails invalidBody(const QString &detail)
{
    return ProblemDetails(422, u"invalid_body"_s, u"The request body is not valid"_s, detail);
}

} // namespace

core::Result<QJsonObject, ProblemDetails> RequestBody::object(const HttpRequest &request)
{
    return object(request.body());
}

core::Result<QJsonObject, ProblemDetails> RequestBody::object(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return invalidBody(u"Expected a JSON object; the body is empty."_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // The parser's message and offset are safe to return; the body itself is never echoed, since
    // it may hold a password or clinical text.
    if (error.error != QJsonParseError::NoError)
        return invalidBody(u"Expected a JSON object; the body is not JSON (%1 at offset %2)."_s
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!document.isObject())
        return invalidBody(u"Expected a JSON object, not an array or a single value."_s);
    return document.object();
}

ProblemDetails RequestBody::invalid(const core::FieldErrors &errors)
{
    QJsonArray list;
    for (const core::FieldError &error : errors)
        list.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
    ProblemDetails problem = invalidBody(errors.toString());
    problem.with(u"errors"_s, list);
    return problem;
}

ProblemDetails RequestBody::invalidQuery(const QString &parameter, const QString &message)
{
    ProblemDetails problem(422, u"invalid_query"_s, u"The query string is not valid"_s,
                           QString(parameter + u": "_s + message));
    problem.with(u"errors"_s,
                 QJsonArray{QJsonObject{{u"field"_s, parameter}, {u"message"_s, message}}});
    return problem;
}

} // namespace nm::server
