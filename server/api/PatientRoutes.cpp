#include "server/api/PatientRoutes.h"

#include "core/domain/JsonReader.h"
#include "server/http/ApiServer.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestContext.h"
#include "server/store/SqlSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using Method = QHttpServerRequest::Method;

namespace nm::server {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QHttpServerResponse internalError()
{
    return ProblemDetails(500, u"internal_error"_s, u"The server could not complete the request"_s)
        .toResponse();
}

QHttpServerResponse careTeam(const ServerServices &services, const RequestContext &context)
{
    // The Authorizer has checked the id and that the caller is on this care team.
    const QUuid patientId = QUuid::fromString(context.parameter(u"id"_s));
    const auto members = services.careTeams.members(patientId);
    if (!members)
        return internalError();
    QJsonArray list;
    for (const CareTeamStore::Member &member : members.value())
        list.append(QJsonObject{{u"user_id"_s, idText(member.userId)},
                                {u"username"_s, member.username},
                                {u"display_name"_s, member.displayName},
                                {u"roles"_s, QJsonArray::fromStringList(member.roles)},
                                {u"assigned_at"_s, isoTime(member.assignedAt)}});
    return QHttpServerResponse(
        QJsonObject{{u"patient_id"_s, idText(patientId)}, {u"members"_s, list}});
}

QHttpServerResponse breakGlass(const ServerServices &services, const RequestContext &context)
{
    const QUuid patientId = QUuid::fromString(context.parameter(u"id"_s));
    if (patientId.isNull())
        return ProblemDetails(404, u"not_found"_s, u"No such patient"_s).toResponse();
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    nm::core::JsonReader reader(body.value(), errors);
    const QString reason = reader.string("reason"_L1).trimmed();
    if (!errors.contains(u"reason") && (reason.size() < BreakGlassStore::MinReasonLength ||
                                        reason.size() > BreakGlassStore::MaxReasonLength))
        errors.add(u"reason"_s,
                   u"Say why you need this chart now, in %1 to %2 characters; administrators "
                   u"review every break-glass access."_s.arg(BreakGlassStore::MinReasonLength)
                       .arg(BreakGlassStore::MaxReasonLength));
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const Caller &caller = *context.caller();
    const auto grant =
        services.breakGlass.grant(caller.userId, patientId, reason, ServerServices::nowMs());
    if (!grant)
        return internalError();
    // The chart reaches the workstation with the next pull, however far its cursor has moved.
    if (!services.sync.republishPatient(patientId))
        return internalError();
    // Recorded before the answer: access that is not audited must not be granted.
    const auto recorded =
        services.audit.record({.action = u"patient.break_glass"_s,
                               .actorId = caller.userId,
                               .targetId = idText(grant.value().id),
                               .patientId = patientId,
                               .requestId = context.requestId(),
                               .details = {{u"reason"_s, grant.value().reason},
                                           {u"expires_at"_s, isoTime(grant.value().expiresAt)}}},
                              ServerServices::nowMs());
    if (!recorded)
        return internalError();
    return QHttpServerResponse(QJsonObject{{u"id"_s, idText(grant.value().id)},
                                           {u"patient_id"_s, idText(patientId)},
                                           {u"reason"_s, grant.value().reason},
                                           {u"granted_at"_s, isoTime(grant.value().grantedAt)},
                                           {u"expires_at"_s, isoTime(grant.value().expiresAt)}},
                               QHttpServerResponder::StatusCode::Created);
}

} // namespace

void PatientRoutes::declare(ApiServer &server, const ServerServices &services)
{
    server.addRoute({
        .method = Method::Get,
        .path = u"/api/v1/patients/<id>/care-team"_s,
        .access = Access::permission(core::Permission::ClinicalRead).onPatient(u"id"_s),
        .summary = u"The clinicians on a patient's care team"_s,
        .handler =
            [services](const RequestContext &context) { return careTeam(services, context); },
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/patients/<id>/break-glass"_s,
        .access = Access::permission(core::Permission::BreakGlass),
        .summary = u"Emergency access to a patient outside one's care team, with a reason; "
                   u"time-limited and audited"_s,
        .handler =
            [services](const RequestContext &context) { return breakGlass(services, context); },
        .jsonBody = true,
    });
}

} // namespace nm::server
