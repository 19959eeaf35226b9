#include "tests/support/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nm::test {

namespace {

// The newest installed major version's binaries (Debian keeps them out of PATH).
QString findBinDir()
{
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString bin = versions.filePath(*it + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // released when probe goes; a tiny race that tests can live with
}

// Runs a PostgreSQL tool, as the postgres user when we are root. Returns its combined output,
// or the failure.
nm::core::Result<QString, QString> run(bool asPostgresUser, const QString &program,
                                       const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgresUser)
        process.start(u"runuser"_s,
                      QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return nm::core::failure(QString(program + u" failed: "_s +
                                         QString::fromLocal8Bit(process.readAll()).right(2000)));
    return QString::fromLocal8Bit(process.readAll());
}

} // namespace

QString PostgresCluster::url() const
{
    return u"postgres://%1@%2:%3/%4"_s.arg(user(), host()).arg(m_port).arg(database());
}

nm::core::Result<std::unique_ptr<PostgresCluster>, QString> PostgresCluster::start()
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    cluster->m_binDir = findBinDir();
    if (cluster->m_binDir.isEmpty())
        return u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
               "run packaging/install-deps.sh"_s;
    cluster->m_asPostgresUser = geteuid() == 0;
    cluster->m_dir = std::make_unique<QTemporaryDir>();
    if (!cluster->m_dir->isValid())
        return u"No temporary directory for the PostgreSQL cluster"_s;
    const QString base = cluster->m_dir->path();
    cluster->m_dataDir = base + u"/data"_s;
    if (cluster->m_asPostgresUser) {
        // The server runs as postgres; it must own the cluster directory and reach it.
        QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                        QFileDevice::WriteOther | QFileDevice::ExeOther);
    }
    const QString bin = cluster->m_binDir;
    if (auto init = run(cluster->m_asPostgresUser, bin + u"/initdb"_s,
                        {u"-D"_s, cluster->m_dataDir, u"-U"_s, cluster->user(), u"--auth=trust"_s,
                         u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s});
        !init)
        return init.error();

    cluster->m_port = freeLoopbackPort();
    if (cluster->m_port == 0)
        return u"No free loopback port for PostgreSQL"_s;
    const QString options =
        u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -F"_s.arg(cluster->m_port).arg(base);
    if (auto started = run(cluster->m_asPostgresUser, bin + u"/pg_ctl"_s,
                           {u"-D"_s, cluster->m_dataDir, u"-o"_s, options, u"-l"_s,
                            base + u"/server.log"_s, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s});
        !started) {
        QFile log(base + u"/server.log"_s);
        const QString tail = log.open(QIODevice::ReadOnly)
                                 ? QString::fromLocal8Bit(log.readAll()).right(2000)
                                 : QString();
        return QString(started.error() + u"\n"_s + tail);
    }

    if (auto created = cluster->createDatabase(cluster->database()); !created)
        return created.error();
    return cluster;
}

nm::core::Result<QString, QString> PostgresCluster::createDatabase()
{
    return createDatabase(u"novamind_%1"_s.arg(++m_databases));
}

nm::core::Result<QString, QString> PostgresCluster::createDatabase(const QString &database)
{
    // Created through the driver the server will use.
    const QString name = u"nm-test-postgres-admin"_s;
    QString problem;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        admin.setHostName(host());
        admin.setPort(m_port);
        admin.setUserName(user());
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open()) {
            problem = u"Cannot connect to the test PostgreSQL: "_s + admin.lastError().text();
        } else {
            QSqlQuery create(admin);
            if (!create.exec(u"CREATE DATABASE "_s + database))
                problem = u"Cannot create the test database: "_s + create.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return nm::core::failure(problem);
    return u"postgres://%1@%2:%3/%4"_s.arg(user(), host()).arg(m_port).arg(database);
}

PostgresCluster::~PostgresCluster()
{
    if (!m_dataDir.isEmpty() && m_port != 0) {
        const auto stopped = run(m_asPostgresUser, m_binDir + u"/pg_ctl"_s,
                                 {u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
        Q_UNUSED(stopped);
    }
}

} // namespace nm::test
