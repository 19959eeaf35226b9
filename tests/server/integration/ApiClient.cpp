#include "tests/server/integration/ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace nm::test {

namespace {

constexpr int TimeoutMs = 15000;

} // namespace

QJsonObject ApiClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiClient::Reply::code() const
{
    return json().value(u"code"_s).toString();
}

QString ApiClient::Reply::summary() const
{
    if (!finished)
        return u"no answer within %1 ms"_s.arg(TimeoutMs);
    return u"%1 %2"_s.arg(status).arg(QString::fromUtf8(body.left(400)));
}

ApiClient::ApiClient(std::function<QUrl(const QString &)> url)
    : m_url(std::move(url))
{}

ApiClient::Reply ApiClient::send(const QByteArray &verb, const QString &pathAndQuery,
                                 const QByteArray &body, const QByteArray &bearer,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_url(pathAndQuery));
    request.setTransferTimeout(TimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[name, value] : headers) {
        if (!value.isNull())
            request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(TimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        result.headers.insert(name.toLower(), value);
    return result;
}

ApiClient::Reply ApiClient::post(const QString &path, const QJsonObject &body,
                                 const QByteArray &bearer)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer);
}

ApiClient::Reply ApiClient::login(const QString &username, const QString &password,
                                  const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"username"_s, username);
    body.insert(u"password"_s, password);
    if (!body.contains(u"device_name"_s))
        body.insert(u"device_name"_s, u"test workstation"_s);
    return post(u"/api/v1/auth/login"_s, body);
}

QString problemMismatch(const ApiClient::Reply &reply, int status, const QString &code)
{
    if (!reply.finished || reply.status != status || reply.code() != code)
        return u"expected %1 %2, got %3"_s.arg(status).arg(code, reply.summary());
    if (reply.header("Content-Type") != "application/problem+json")
        return u"expected application/problem+json, got \"%1\""_s.arg(
            QString::fromLatin1(reply.header("Content-Type")));
    const QJsonObject problem = reply.json();
    if (problem.value(u"status"_s).toInt() != status ||
        problem.value(u"title"_s).toString().isEmpty() ||
        problem.value(u"type"_s).toString() !=
            QString(u"https://novamind.example/problems/"_s + code))
        return u"malformed problem document: "_s + reply.summary();
    return {};
}

} // namespace nm::test
