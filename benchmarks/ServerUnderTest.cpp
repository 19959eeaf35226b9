#include "benchmarks/ServerUnderTest.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace nm::bench {

namespace {

constexpr int StartTimeoutMs = 15'000;
// user add hashes the password with Argon2id before it answers; a loaded machine is slow.
constexpr int UserAddTimeoutMs = 60'000;
constexpr int StopTimeoutMs = 15'000;
// seed-demo generates and stores the whole practice: with --minute-heart-rate that is close to a
// million rows, about half a minute on a quiet machine.
constexpr int SeedTimeoutMs = 300'000;
constexpr qint64 LogTailBytes = 2'048;

QString binary()
{
    return QStringLiteral(NOVAMIND_SERVER_BIN);
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

ServerUnderTest::~ServerUnderTest()
{
    // Only when main() did not stop it (an early return): nobody is left to hear the outcome.
    if (m_process.state() != QProcess::NotRunning)
        static_cast<void>(stop());
}

QString ServerUnderTest::dataDirectory() const
{
    return m_scratch.filePath(u"data"_s);
}

QString ServerUnderTest::logFile() const
{
    return m_scratch.filePath(u"server.log"_s);
}

ServerUnderTest::Status ServerUnderTest::scratchReady() const
{
    if (!m_scratch.isValid())
        return core::failure(QString(u"no temporary directory: "_s + m_scratch.errorString()));
    return core::Done{};
}

ServerUnderTest::Status ServerUnderTest::addUser(const QString &username, const QString &role,
                                                 const QString &password)
{
    if (const Status ready = scratchReady(); !ready)
        return ready;
    QProcess process;
    process.start(binary(), {u"user"_s, u"add"_s, u"--data-dir"_s, dataDirectory(), u"--username"_s,
                             username, u"--role"_s, role, u"--password-stdin"_s});
    if (!process.waitForStarted(StartTimeoutMs))
        return core::failure(u"cannot start %1: %2"_s.arg(binary(), process.errorString()));
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(UserAddTimeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        return core::failure(u"user add did not finish within %1 s"_s.arg(UserAddTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return core::failure(u"user add failed (exit code %1): %2"_s.arg(process.exitCode())
                                 .arg(text(process.readAllStandardError())));
    return core::Done{};
}

ServerUnderTest::Status ServerUnderTest::seedDemo(const QStringList &arguments)
{
    if (const Status ready = scratchReady(); !ready)
        return ready;
    QProcess process;
    // Half a minute of work: it must not outlive a benchmark that crashed or was killed.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start(binary(),
                  QStringList{u"seed-demo"_s, u"--data-dir"_s, dataDirectory()} + arguments);
    if (!process.waitForStarted(StartTimeoutMs))
        return core::failure(u"cannot start %1: %2"_s.arg(binary(), process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(SeedTimeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        return core::failure(u"seed-demo did not finish within %1 s"_s.arg(SeedTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return core::failure(u"seed-demo failed (exit code %1): %2"_s.arg(process.exitCode())
                                 .arg(text(process.readAllStandardError())));
    return core::Done{};
}

ServerUnderTest::Status ServerUnderTest::start(const QStringList &extraArguments)
{
    if (const Status ready = scratchReady(); !ready)
        return ready;
    // A file, not a pipe: nobody reads a pipe while wrk runs, and a full pipe would stall the
    // server on its request log. Writing the log stays part of the cost, as in production.
    m_process.setStandardErrorFile(logFile());
    // Should the benchmark crash or be killed, the kernel sends the server SIGTERM as well.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(binary(), QStringList{u"serve"_s, u"--data-dir"_s, dataDirectory(),
                                          u"--listen"_s, u"127.0.0.1:0"_s} +
                                  extraArguments);
    if (!m_process.waitForStarted(StartTimeoutMs))
        return core::failure(u"cannot start %1: %2"_s.arg(binary(), m_process.errorString()));
    m_started = true;

    QByteArray out;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime())))
            return core::failure(u"the server did not print its \"listening on\" line"_s);
        out += m_process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    const QByteArray prefix("listening on http://127.0.0.1:");
    bool ok = false;
    if (line.startsWith(prefix))
        m_port = line.mid(prefix.size()).toUShort(&ok);
    if (!ok || m_port == 0)
        return core::failure(QString(u"unexpected first line from the server: "_s + text(line)));
    return core::Done{};
}

ServerUnderTest::Status ServerUnderTest::stop()
{
    if (!m_started)
        return core::Done{};
    m_started = false;
    if (m_process.state() == QProcess::NotRunning)
        return core::failure(u"the server exited before it was stopped"_s);
    m_process.terminate(); // SIGTERM: the server's orderly shutdown
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
        return core::failure(
            u"the server did not stop within %1 s of SIGTERM; killed"_s.arg(StopTimeoutMs / 1000));
    }
    if (m_process.exitStatus() != QProcess::NormalExit)
        return core::failure(u"the server crashed while stopping"_s);
    if (m_process.exitCode() != 0)
        return core::failure(
            u"the server exited with code %1 after SIGTERM"_s.arg(m_process.exitCode()));
    return core::Done{};
}

QUrl ServerUnderTest::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QString ServerUnderTest::logTail() const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const bool cut = file.size() > LogTailBytes;
    if (cut)
        file.seek(file.size() - LogTailBytes);
    QByteArray tail = file.readAll();
    if (cut)
        tail = tail.mid(tail.indexOf('\n') + 1); // whole lines only
    return QString::fromUtf8(tail);
}

} // namespace nm::bench
