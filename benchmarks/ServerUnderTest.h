#pragma once

#include "core/Result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace nm::bench {

/// The novamind-server binary this build produced, serving a temporary data directory (embedded
/// SQLite) on a free loopback port, with its request log in a file beside the data. Stopped with
/// SIGTERM by stop() or the destructor — and by the kernel if the benchmark dies first, so no run
/// leaves a server behind.
class ServerUnderTest {
public:
    using Status = core::Status<QString>;

    ServerUnderTest() = default;
    ~ServerUnderTest();

    ServerUnderTest(const ServerUnderTest &) = delete;
    ServerUnderTest &operator=(const ServerUnderTest &) = delete;

    /// Runs `novamind-server user add` on the data directory, the password on standard input.
    Status addUser(const QString &username, const QString &role, const QString &password);
    /// Runs `novamind-server seed-demo` on the data directory with \a arguments (e.g. --patients).
    Status seedDemo(const QStringList &arguments);
    /// Runs `novamind-server serve` with \a extraArguments and waits for its "listening on" line.
    Status start(const QStringList &extraArguments = {});
    /// Sends SIGTERM and waits; an error unless the server exited with code 0.
    Status stop();

    /// \a path (starting with '/') on the running server.
    QUrl url(const QString &path) const;
    /// The end of the server's stderr (start-up errors, the request log), for failure messages.
    QString logTail() const;
    /// The file the server's stderr (its request log) goes to.
    QString logFile() const;

private:
    QString dataDirectory() const;
    Status scratchReady() const;

    QTemporaryDir m_scratch;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_started = false; ///< serve was started and not yet stopped
};

} // namespace nm::bench
