#include "server/api/SyncRoutes.h"

#include "core/domain/JsonValues.h"
#include "core/domain/RolePolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestContext.h"
#include "server/store/SqlSupport.h"
#include "server/sync/SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using Method = QHttpServerRequest::Method;

namespace nm::server {

namespace {

constexpr int MaxChangesPerPush = 1000;
constexpr int MaxAuditEventsPerBatch = 1000;

QHttpServerResponse internalError()
{
    return ProblemDetails(500, u"internal_error"_s, u"The server could not complete the request"_s)
        .toResponse();
}

QHttpServerResponse pullChanges(SyncStore &sync, const RequestContext &context)
{
    const QUrlQuery query = context.request().query();
    bool ok = true;
    qint64 cursor = 0;
    if (const QString since = query.queryItemValue(u"since"_s); !since.isEmpty()) {
        cursor = since.toLongLong(&ok);
        if (!ok || cursor < 0)
            return RequestBody::invalidQuery(u"since"_s, u"Not a cursor this server gave out"_s)
                .toResponse();
    }
    int limit = SyncStore::MaxPageSize;
    if (const QString text = query.queryItemValue(u"limit"_s); !text.isEmpty()) {
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > SyncStore::MaxPageSize)
            return RequestBody::invalidQuery(
                       u"limit"_s,
                       u"Expected a whole number from 1 to %1"_s.arg(SyncStore::MaxPageSize))
                .toResponse();
    }
    const bool count = query.queryItemValue(u"count"_s) == "true"_L1;
    const auto page =
        sync.pull(context.caller()->userId, cursor, limit, ServerServices::nowMs(), count);
    if (!page)
        return internalError();
    QHttpServerResponse response(QByteArray("application/json"), page.value().json);
    // The next page's address in a header (RFC 8288), where a client finds it without parsing
    // the body: a workstation asks for the next page while it still decodes this one.
    if (page.value().hasMore)
        response.setHeader(
            "Link", "</api/v1/sync/changes?since=" + QByteArray::number(page.value().nextCursor) +
                        "&limit=" + QByteArray::number(limit) + ">; rel=\"next\"");
    return response;
}

QHttpServerResponse pushChanges(SyncStore &sync, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    const QJsonValue changes = body.value().value(u"changes"_s);
    FieldErrors errors;
    if (!changes.isArray())
        errors.add(u"changes"_s, u"Expected an array of changes."_s);
    else if (changes.toArray().size() > MaxChangesPerPush)
        errors.add(u"changes"_s, u"At most %1 changes per request."_s.arg(MaxChangesPerPush));
    else {
        for (const QJsonValue &change : changes.toArray()) {
            if (!change.isObject()) {
                errors.add(u"changes"_s, u"Every change must be an object."_s);
                break;
            }
        }
    }
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const Caller &caller = *context.caller();
    SyncStore::Writer writer{caller.userId, caller.permissions, caller.deviceId,
                             ServerServices::nowMs()};
    const auto results = sync.push(writer, changes.toArray());
    if (!results)
        return internalError();
    return QHttpServerResponse(QJsonObject{{u"results"_s, results.value()}});
}

QHttpServerResponse storeAuditEvents(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    const QJsonValue events = body.value().value(u"events"_s);
    FieldErrors errors;
    if (!events.isArray() || events.toArray().size() > MaxAuditEventsPerBatch)
        errors.add(u"events"_s,
                   u"Expected an array of at most %1 events."_s.arg(MaxAuditEventsPerBatch));
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const Caller &caller = *context.caller();
    QSqlDatabase db = services.database.connection();
    if (!db.transaction())
        return internalError();
    int stored = 0;
    const QJsonArray list = events.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject event = list.at(i).toObject();
        const QUuid id = nm::core::JsonValues::parseUuid(event.value(u"id"_s).toString());
        const QString action = event.value(u"action"_s).toString();
        const QDateTime at = nm::core::JsonValues::parseInstant(event.value(u"at"_s).toString());
        if (id.isNull() || action.isEmpty() || action.size() > 100 || !at.isValid()) {
            db.rollback();
            FieldErrors bad;
            bad.add(u"events[%1]"_s.arg(i), u"Each event needs an id (UUID), an action and an "
                                            u"ISO-8601 time \"at\"."_s);
            return RequestBody::invalid(bad).toResponse();
        }
        // The event's own id makes a resent batch harmless: a row already stored is skipped.
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO audit_events (id, at, actor_id, action, target_id, "
                       "patient_id, request_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO NOTHING"_s);
        insert.addBindValue(idText(id));
        insert.addBindValue(at.toMSecsSinceEpoch());
        insert.addBindValue(idText(caller.userId));
        insert.addBindValue(QString(u"client."_s + action));
        const QString target = event.value(u"target_id"_s).toString();
        insert.addBindValue(target.isEmpty() ? QVariant() : QVariant(target.left(100)));
        const QUuid patient =
            nm::core::JsonValues::parseUuid(event.value(u"patient_id"_s).toString());
        insert.addBindValue(patient.isNull() ? QVariant() : QVariant(idText(patient)));
        insert.addBindValue(QString::fromLatin1(context.requestId()));
        QJsonObject details = event.value(u"details"_s).toObject();
        details.insert(u"device_id"_s, idText(caller.deviceId));
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            db.rollback();
            return internalError();
        }
        stored += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit()) {
        db.rollback();
        return internalError();
    }
    return QHttpServerResponse(
        QJsonObject{{u"received"_s, int(list.size())}, {u"stored"_s, stored}});
}

} // namespace

void SyncRoutes::declare(ApiServer &server, const ServerServices &services)
{
    SyncStore *store = &services.sync;
    server.addRoute({
        .method = Method::Get,
        .path = u"/api/v1/sync/changes"_s,
        .access = Access::permission(core::Permission::ClinicalRead),
        .summary = u"Pull: the records you may see that changed after ?since=, oldest change "
                   u"first, at most ?limit= (≤ 1000) a page; ?count=true adds how many remain"_s,
        .handler = [store](const RequestContext &context) { return pullChanges(*store, context); },
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/sync/changes"_s,
        .access = Access::permission(core::Permission::ClinicalRead),
        .summary = u"Push: a batch of changes, each answered applied, duplicate, conflict or "
                   u"rejected"_s,
        .handler = [store](const RequestContext &context) { return pushChanges(*store, context); },
        .jsonBody = true,
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/audit/events"_s,
        .access = Access::signedIn(),
        .summary = u"A workstation's batch of audit events (idempotent by event id)"_s,
        .handler =
            [services](const RequestContext &context) {
                return storeAuditEvents(services, context);
            },
        .jsonBody = true,
    });
}

} // namespace nm::server
