#pragma once

#include "core/Result.h"
#include "core/domain/FieldErrors.h"
#include "server/http/HttpRequest.h"
#include "server/http/ProblemDetails.h"

#include <QByteArray>
#include <QJsonObject>

namespace nm::server {

/// Reads a request's JSON body for a handler, answering 422 `invalid_body` the same way on every
/// route. The size limit (413) is checked by ApiServer before any handler runs.
class RequestBody {
public:
    /// The body as a JSON object; 422 `invalid_body` when it is empty, not JSON, or JSON that is
    /// not an object.
    static core::Result<QJsonObject, ProblemDetails> object(const HttpRequest &request);
    /// The same for raw bytes.
    static core::Result<QJsonObject, ProblemDetails> object(const QByteArray &body);

    /// 422 `invalid_body` listing every field of the wrong type or shape under "errors"
    /// ([{field, message}]), from a core::JsonReader pass.
    static ProblemDetails invalid(const core::FieldErrors &errors);
    /// 422 `invalid_query` for a bad query parameter, with the same per-field `errors` shape.
    static ProblemDetails invalidQuery(const QString &parameter, const QString &message);
};

} // namespace nm::server
