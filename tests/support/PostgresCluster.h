#pragma once

#include "core/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace nm::test {

/// A private PostgreSQL cluster for one test run, from Debian's `postgresql` package: initdb in a
/// temporary directory, a server on a free loopback port, a database and a user of its own,
/// stopped and deleted when the object goes. PostgreSQL refuses to run as root, so as root the
/// cluster runs as the `postgres` system user the package creates.
class PostgresCluster {
public:
    /// Starts a cluster, or says why it could not (missing package, initdb or start failure with
    /// the end of the server log).
    static nm::core::Result<std::unique_ptr<PostgresCluster>, QString> start();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("novamind"); }
    QString database() const { return QStringLiteral("novamind"); }
    /// postgres://novamind@127.0.0.1:PORT/novamind, the form `--database` takes.
    QString url() const;
    /// A new, empty database of its own (novamind_1, novamind_2, …), as a `--database` URL: one
    /// per server under test, so tests sharing a cluster never see each other's rows.
    nm::core::Result<QString, QString> createDatabase();

private:
    PostgresCluster() = default;
    nm::core::Result<QString, QString> createDatabase(const QString &database);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    int m_databases = 0;
};

} // namespace nm::test
