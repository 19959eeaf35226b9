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
class ServerProcess {
public:
    /// \a extraArguments follow `serve --data-dir <tmp> --listen 127.0.0.1:0`.
    explicit ServerProcess(QStringList extraArguments = {});
    ~ServerProcess();

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server and waits for its "listening on" line; false with \a error on failure.
    bool start(QString *error);
    /// Sends SIGTERM and waits; the exit code, or -1 when it crashed or did not stop.
    int stop();

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    QString dataDirectory() const { return m_dataDir.path(); }
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
    QTemporaryDir m_dataDir;
    QString m_scheme = QStringLiteral("http");
    QProcess m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

} // namespace nm::test
