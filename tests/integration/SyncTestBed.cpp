#include "tests/integration/SyncTestBed.h"

#include "core/sync/LoginResult.h"
#include "core/sync/SyncRun.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;
using nm::core::ApiError;
using nm::core::SyncEngine;

namespace nm::test {

QString SyncTestBed::password()
{
    return u"sync engine suite passphrase"_s;
}

SyncTestBed::SyncTestBed(QStringList serverArguments)
    : m_server(std::move(serverArguments))
{}

bool SyncTestBed::start(int demoPatients, QString *error)
{
    if (!m_server.start(error))
        return false;
    if (demoPatients > 0) {
        if (m_server.stop() != 0) {
            *error = u"the server did not stop before seeding"_s;
            return false;
        }
        const ServerProcess::Run seeded = ServerProcess::run(
            QStringList{u"seed-demo"_s, u"--data-dir"_s, m_server.dataDirectory()} +
            m_server.databaseArguments() +
            QStringList{u"--patients"_s, QString::number(demoPatients)});
        if (seeded.exitCode != 0) {
            *error = u"seed-demo failed (%1): %2"_s.arg(seeded.exitCode)
                         .arg(QString::fromUtf8(seeded.err));
            return false;
        }
        if (!m_server.start(error))
            return false;
    }
    const ServerProcess *server = &m_server;
    m_http =
        std::make_unique<ApiClient>([server](const QString &path) { return server->url(path); });
    return true;
}

QUrl SyncTestBed::baseUrl() const
{
    return m_server.url({});
}

QString SyncTestBed::addUser(const QString &username, const QString &role, QString *error)
{
    return m_server.addUser(username, role, password().toUtf8(), error);
}

QByteArray SyncTestBed::accessToken(const QString &username, const QString &password,
                                    QString *error)
{
    const ApiClient::Reply reply = m_http->login(username, password);
    const QByteArray token = reply.json().value(u"access_token"_s).toString().toLatin1();
    if (token.isEmpty() && error)
        *error = u"sign-in of %1 answered %2"_s.arg(username, reply.summary());
    return token;
}

nm::core::Result<SyncTestBed::Records, QString> SyncTestBed::pullAll(const QByteArray &token)
{
    Records records;
    QString cursor = u"0"_s;
    for (;;) {
        const ApiClient::Reply reply =
            m_http->get(u"/api/v1/sync/changes?since=%1&limit=1000"_s.arg(cursor), token);
        if (reply.status != 200)
            return nm::core::failure(QString(u"pull answered "_s + reply.summary()));
        const QJsonObject page = reply.json();
        for (const QJsonValue &change : page.value(u"changes"_s).toArray())
            records[change[u"entity"].toString()].insert(change[u"id"].toString(),
                                                         change.toObject());
        cursor = page.value(u"next_cursor"_s).toString();
        if (!page.value(u"has_more"_s).toBool())
            return records;
    }
}

// --- Workstation ------------------------------------------------------------------------------

QString SyncTestBed::Workstation::Outcome::describe() const
{
    QString text;
    switch (kind) {
    case Kind::Synced:
        text = u"synced"_s;
        break;
    case Kind::Failed:
        text = u"failed: "_s + error.message() +
               u" (code \"%1\", HTTP %2)"_s.arg(error.code).arg(error.httpStatus);
        break;
    case Kind::Wiped:
        text = u"wipe required: "_s + error.message();
        break;
    case Kind::TimedOut:
        text = u"no end within the time allowed"_s;
        break;
    }
    text += u"; pushed %1, pulled %2, %3 retried failure(s)"_s.arg(pushed).arg(pulled).arg(
        retried.size());
    if (!retried.isEmpty())
        text += u", the last: "_s + retried.constLast().message();
    return text;
}

SyncTestBed::Workstation::Workstation(QUrl server, QString directory, QString name,
                                      SyncEngine::Options options)
    : m_name(std::move(name))
    , m_directory(std::move(directory))
    , m_options(options)
    , m_api(std::make_unique<nm::core::ApiClient>(server))
{
    QDir().mkpath(m_directory);
    // The product's own device-id file, so a SyncRun on this directory is the same device.
    m_deviceId = nm::core::SyncRun::deviceId(m_directory);
}

SyncTestBed::Workstation::~Workstation()
{
    close();
}

QString SyncTestBed::Workstation::cachePath() const
{
    return QDir(m_directory).filePath(u"cache.db"_s);
}

QSqlDatabase SyncTestBed::Workstation::db() const
{
    return m_cache ? m_cache->database() : QSqlDatabase();
}

void SyncTestBed::Workstation::close()
{
    // The engine holds a handle on the connection; it goes first, or closing the cache would
    // remove a connection still in use.
    m_engine.reset();
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
}

bool SyncTestBed::Workstation::signIn(const QString &username, const QString &password,
                                      QString *error)
{
    std::optional<nm::core::Result<nm::core::LoginResult, ApiError>> answer;
    QEventLoop loop;
    m_api->login(username, nm::core::SecureBuffer::fromUtf8(password), {}, m_deviceId, m_name,
                 [&](nm::core::Result<nm::core::LoginResult, ApiError> result) {
                     answer = std::move(result);
                     loop.quit();
                 });
    // Completions always run later, from the event loop.
    if (!answer)
        loop.exec();
    if (!*answer) {
        *error = u"%1: sign-in of %2 failed: %3 (code \"%4\")"_s.arg(
            m_name, username, answer->error().message(), answer->error().code);
        return false;
    }
    nm::core::LoginResult &login = answer->value();
    if (login.isSetupOnly()) {
        *error = u"%1: %2 got a setup-only session"_s.arg(m_name, username);
        return false;
    }
    m_userId = login.user.id;
    close();
    auto cache = nm::core::CacheDatabase::open(cachePath(), std::move(login.cacheKey));
    if (!cache) {
        *error = u"%1: the cache does not open: %2"_s.arg(m_name, cache.error().message);
        return false;
    }
    m_cache.emplace(std::move(cache).value());
    m_engine = std::make_unique<SyncEngine>(m_cache->database(), *m_api, m_deviceId, m_options);
    return true;
}

SyncTestBed::Workstation::Outcome SyncTestBed::Workstation::sync(int timeoutMs)
{
    Outcome outcome;
    if (!m_engine) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.error = ApiError::signInRequired();
        return outcome;
    }
    QEventLoop loop;
    bool done = false;
    const auto finish = [&](Outcome::Kind kind) {
        outcome.kind = kind;
        done = true;
        loop.quit();
    };
    // Every connection below dies with this object, so a later sync() starts clean.
    QObject context;
    // Progress counts restart at 0 with every pass (a retry is a new pass): sum the increments.
    qint64 lastPushed = 0;
    qint64 lastPulled = 0;
    QObject::connect(m_engine.get(), &SyncEngine::progress, &context,
                     [&](SyncEngine::Phase phase, qint64 count, qint64) {
                         qint64 &last =
                             phase == SyncEngine::Phase::Pushing ? lastPushed : lastPulled;
                         qint64 &total =
                             phase == SyncEngine::Phase::Pushing ? outcome.pushed : outcome.pulled;
                         if (count < last)
                             last = 0;
                         total += count - last;
                         last = count;
                     });
    QObject::connect(m_engine.get(), &SyncEngine::synced, &context,
                     [&] { finish(Outcome::Kind::Synced); });
    QObject::connect(m_engine.get(), &SyncEngine::failed, &context,
                     [&](const ApiError &error, qint64 retryInMs) {
                         if (retryInMs >= 0) {
                             outcome.retried.append(error);
                             return;
                         }
                         outcome.error = error;
                         finish(Outcome::Kind::Failed);
                     });
    QObject::connect(m_engine.get(), &SyncEngine::wipeRequired, &context,
                     [&](const ApiError &reason) {
                         outcome.error = reason;
                         finish(Outcome::Kind::Wiped);
                     });
    QTimer::singleShot(timeoutMs, &context, [&] { finish(Outcome::Kind::TimedOut); });
    m_engine->syncNow();
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace nm::test
