#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace nm::test {

/// The real novamind-server, started as a child process on a free loopback port with a
/// temporary data directory, and stopped with SIGTERM. stderr (the request log) is captured.
///
/// The database is the embedded SQLite in the data directory, or, when the environment variable
/// NOVAMIND_TEST_BACKEND is "postgres", a fresh database in a private PostgreSQL cluster that
/// the test process starts once (tests/CMakeLists.txt registers API suites for both).
class ServerProcess {
public:
    /// \a extraArguments follow `serve --data-dir <tmp> --listen 127.0.0.1:0`.
    explicit ServerProcess(QStringList extraArguments = {});
    ~ServerProcess();

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server and waits for its "listening on" line; false with \a error on failure.
    /// On a free port, or on \a port (e.g. the one it had, so clients that know its address
    /// find it again after a restart).
    bool start(QString *error, quint16 port = 0);
    /// Sends SIGTERM and waits; the exit code, or -1 when it crashed or did not stop.
    int stop();

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    /// The `--data-dir` the server was started with.
    QString dataDirectory() const { return m_dataDir.filePath(QStringLiteral("data")); }
    /// `--database URL` for PostgreSQL runs; empty for SQLite. Commands run against this server's
    /// data (user add, …) need it too.
    QStringList databaseArguments() const { return m_databaseArguments; }
    /// "sqlite" or "postgres".
    static QString backend();

    /// `user add` against this server's data: the new user's id, or empty with \a error.
    QString addUser(const QString &username, const QString &role, const QByteArray &password,
                    QString *error = nullptr) const;
    /// Everything the server wrote to stderr so far.
    QByteArray standardError();

    /// The novamind-server binary this build produced.
    static QString binary();
    /// Runs the binary to completion with \a arguments: {exit code, stdout, stderr}.
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs a command to completion with \a input on its standard input.
    static Run run(const QStringList &arguments,
                   const QProcessEnvironment &environment = QProcessEnvironment(),
                   const QByteArray &input = {});

private:
    QStringList m_extraArguments;
    QStringList m_databaseArguments;
    QTemporaryDir m_dataDir;
    QString m_scheme = QStringLiteral("http");
    QProcess m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

} // namespace nm::test
