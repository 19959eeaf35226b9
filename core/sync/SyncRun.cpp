#include "core/sync/SyncRun.h"

#include "core/storage/CacheDatabase.h"
#include "core/sync/ApiClient.h"
#include "core/sync/LoginResult.h"
#include "core/sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// The cache and everything that identifies this workstation's copy of it. Removed together
// when the server says the device or account is finished (DESIGN §4).
void wipe(const QString &directory)
{
    for (const QString &name :
         {u"cache.db"_s, u"cache.db-wal"_s, u"cache.db-shm"_s, u"device-id"_s})
        QFile::remove(QDir(directory).filePath(name));
}

} // namespace

QUuid SyncRun::deviceId(const QString &cacheDirectory)
{
    const QString path = QDir(cacheDirectory).filePath(u"device-id"_s);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QUuid id = QUuid::fromString(QString::fromLatin1(existing.readAll().trimmed()));
        if (!id.isNull())
            return id;
    }
    const QUuid id = QUuid::createUuid();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(id.toByteArray(QUuid::WithoutBraces) + '\n');
        file.commit();
    }
    return id;
}

SyncRun::Report SyncRun::run(Settings settings)
{
    Report report;
    if (!QDir().mkpath(settings.cacheDirectory)) {
        report.message = tr("The cache folder %1 cannot be created").arg(settings.cacheDirectory);
        return report;
    }
    const QUuid device = deviceId(settings.cacheDirectory);
    ApiClient api(settings.server);
    api.setTimeout(std::chrono::milliseconds(settings.timeoutMs));
    QEventLoop loop;

    std::optional<Result<LoginResult, ApiError>> login;
    api.login(settings.username, std::move(settings.password), settings.totp, device,
              QSysInfo::machineHostName(), [&](Result<LoginResult, ApiError> result) {
                  login = std::move(result);
                  loop.quit();
              });
    if (!login)
        loop.exec();
    if (!*login) {
        const ApiError &error = login->error();
        if (error.mustWipe()) {
            wipe(settings.cacheDirectory);
            report.outcome = Outcome::Wiped;
        }
        report.message = error.message();
        return report;
    }
    if (login->value().isSetupOnly()) {
        report.message = tr("This account must finish its setup (two-factor authentication or a "
                            "new password) before it can sync");
        return report;
    }

    auto cache = CacheDatabase::open(QDir(settings.cacheDirectory).filePath(u"cache.db"_s),
                                     std::move(login->value().cacheKey));
    if (!cache) {
        report.message = cache.error().message;
        return report;
    }

    SyncEngine::Options options;
    options.retry = settings.retryForMs > 0;
    options.firstRetry = std::chrono::milliseconds(200);
    options.maxRetry = std::chrono::milliseconds(2000);
    auto engineOwner = std::make_unique<SyncEngine>(cache.value().database(), api, device, options);
    SyncEngine &engine = *engineOwner;
    bool done = false;
    QObject::connect(&engine, &SyncEngine::progress, &engine,
                     [&report](SyncEngine::Phase phase, qint64 count, qint64) {
                         (phase == SyncEngine::Phase::Pushing ? report.pushed : report.pulled) =
                             count;
                     });
    QObject::connect(&engine, &SyncEngine::pendingChanged, &engine,
                     [&report](int pending, int conflicts) {
                         report.pendingChanges = pending;
                         report.openConflicts = conflicts;
                     });
    QObject::connect(&engine, &SyncEngine::synced, &engine, [&] {
        report.outcome = Outcome::Synced;
        done = true;
        loop.quit();
    });
    const QDeadlineTimer giveUp(settings.retryForMs);
    QObject::connect(&engine, &SyncEngine::failed, &engine,
                     [&](const ApiError &error, qint64 retryInMs) {
                         report.message = error.message();
                         if (retryInMs < 0 || giveUp.remainingTime() < retryInMs) {
                             done = true;
                             loop.quit();
                         }
                     });
    QObject::connect(&engine, &SyncEngine::wipeRequired, &engine, [&](const ApiError &error) {
        report.message = error.message();
        report.outcome = Outcome::Wiped;
        done = true;
        loop.quit();
    });
    engine.syncNow();
    if (!done)
        loop.exec();
    // The engine's queries go before the connection does.
    engineOwner.reset();
    if (report.outcome == Outcome::Wiped) {
        cache.value().close();
        wipe(settings.cacheDirectory);
    }
    return report;
}

} // namespace nm::core
