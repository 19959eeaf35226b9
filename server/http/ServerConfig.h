#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"
#include "server/http/RequestLog.h"
#include "server/store/DatabaseUrl.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace nm::server {

/// How `novamind-server serve` is configured: command-line options, each with a NOVAMIND_*
/// environment variable; an option given on the command line wins over its variable. Parsing
/// checks every value, so a bad one stops start-up with a message naming the option or variable
/// and the value, before anything listens.
class ServerConfig {
public:
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;
    /// Qt HttpServer 6.4 holds a whole body in memory (and sizes it as an int), so the limit is
    /// capped well below that.
    static constexpr qint64 MaxBodyBytesCeiling = 256 * 1024 * 1024;
    static constexpr quint16 DefaultPort = 8080;
    static constexpr int MaxOfflineGraceDays = 90;

    /// Parses the options that follow the subcommand (`serve --data-dir … --listen …`).
    static core::Result<ServerConfig, QString> parse(const QStringList &options,
                                                     const QProcessEnvironment &environment);
    /// The options and variables, as `serve --help` prints them.
    static QString optionsHelp();

    /// Creates the data directory owner-only (0700) when missing; fails when it is not a
    /// writable directory.
    core::Status<QString> prepareDataDirectory() const;

    QString dataDirectory() const { return m_dataDirectory; }
    /// `sqlite:<path>` or `postgres://…`. May carry a password: never log it, use
    /// databaseForDisplay().
    const DatabaseUrl &database() const { return m_database; }
    QString databaseForDisplay() const;
    bool usesPostgres() const;
    QHostAddress listenAddress() const { return m_listenAddress; }
    quint16 listenPort() const { return m_listenPort; }
    bool tlsEnabled() const { return !m_certificate.isNull(); }
    /// TLS 1.2 or later with the configured certificate and key; meaningless without TLS.
    QSslConfiguration sslConfiguration() const;
    RequestLog::Format logFormat() const { return m_logFormat; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    QList<core::Role> mfaRequiredRoles() const { return m_mfaRequiredRoles; }
    int offlineGraceDays() const { return m_offlineGraceDays; }
    int workers() const { return m_workers; }

private:
    QString m_dataDirectory;
    DatabaseUrl m_database;
    QHostAddress m_listenAddress{QHostAddress::LocalHost};
    quint16 m_listenPort = DefaultPort;
    QSslCertificate m_certificate;
    QSslKey m_key;
    RequestLog::Format m_logFormat = RequestLog::Format::Text;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    // DESIGN §7: administrators must use MFA unless the operator says otherwise.
    QList<core::Role> m_mfaRequiredRoles{core::Role::Admin};
    int m_offlineGraceDays = 7;
    int m_workers = 8;
};

} // namespace nm::server
