#include "tests/server/integration/ServerProcess.h"

#include "tests/support/PostgresCluster.h"

#include <QDeadlineTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using nm::test::PostgresCluster;

namespace nm::test {

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int StopTimeoutMs = 15000;

// One cluster per test process, started on first use and stopped at exit; each server gets a
// database of its own in it.
nm::core::Result<QString, QString> sharedPostgres()
{
    static std::unique_ptr<PostgresCluster> cluster;
    if (!cluster) {
        auto started = PostgresCluster::start();
        if (!started)
            return nm::core::failure(QString(u"PostgreSQL test cluster: "_s + started.error()));
        cluster = std::move(started).value();
    }
    return cluster->createDatabase();
}

} // namespace

QString ServerProcess::backend()
{
    return qEnvironmentVariable("NOVAMIND_TEST_BACKEND", u"sqlite"_s);
}

QString ServerProcess::addUser(const QString &username, const QString &role,
                               const QByteArray &password, QString *error) const
{
    const Run result = run(
        QStringList{u"user"_s, u"add"_s, u"--data-dir"_s, dataDirectory()} + m_databaseArguments +
            QStringList{u"--username"_s, username, u"--role"_s, role, u"--password-stdin"_s},
        {}, password + '\n');
    if (result.exitCode != 0) {
        if (error)
            *error = u"user add %1 failed (%2): %3"_s.arg(username)
                         .arg(result.exitCode)
                         .arg(QString::fromUtf8(result.err));
        return {};
    }
    return QString::fromUtf8(result.out).trimmed();
}

ServerProcess::ServerProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

QString ServerProcess::binary()
{
    return QStringLiteral(NOVAMIND_SERVER_BIN);
}

bool ServerProcess::start(QString *error, quint16 port)
{
    if (!m_dataDir.isValid()) {
        *error = u"no temporary directory: "_s + m_dataDir.errorString();
        return false;
    }
    if (backend() == "postgres"_L1 && m_databaseArguments.isEmpty()) {
        auto url = sharedPostgres();
        if (!url) {
            *error = url.error();
            return false;
        }
        m_databaseArguments = QStringList{u"--database"_s, url.value()};
    }
    // A data directory that does not exist yet, so start-up has to create it.
    const QStringList arguments = QStringList{u"serve"_s, u"--data-dir"_s, dataDirectory(),
                                              u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} +
                                  m_databaseArguments + m_extraArguments;
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        *error = u"cannot start %1: %2"_s.arg(binary(), m_process.errorString());
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning ||
            !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"no \"listening on\" line; stderr: "_s + QString::fromUtf8(standardError());
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n'));
    bool ok = false;
    for (const char *scheme : {"http", "https"}) {
        const QByteArray prefix = "listening on " + QByteArray(scheme) + "://127.0.0.1:";
        if (line.startsWith(prefix)) {
            m_scheme = QString::fromLatin1(scheme);
            m_port = line.mid(prefix.size()).toUShort(&ok);
        }
    }
    if (!ok || m_port == 0) {
        *error = u"unexpected first line: "_s + QString::fromUtf8(line);
        return false;
    }
    return true;
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(StopTimeoutMs) ||
        m_process.exitStatus() != QProcess::NormalExit) {
        // Say why, or a failed stop is a bare -1 in the test output.
        qWarning("novamind-server did not stop cleanly (%s); the end of its stderr:\n%s",
                 m_process.state() == QProcess::NotRunning ? "crashed" : "still running",
                 standardError().right(4000).constData());
        return -1;
    }
    standardError();
    return m_process.exitCode();
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_scheme).arg(m_port).arg(pathAndQuery));
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

ServerProcess::Run ServerProcess::run(const QStringList &arguments,
                                      const QProcessEnvironment &environment,
                                      const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                        : environment);
    process.start(binary(), arguments);
    if (process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel();
    }
    Run result;
    if (!process.waitForFinished(StopTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace nm::test
