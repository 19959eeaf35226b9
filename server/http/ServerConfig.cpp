#include "server/http/ServerConfig.h"

#include "server/store/DatabaseUrl.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslSocket>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

struct OptionSpec {
    const char *name;
    const char *variable;
    const char *valueName;
    const char *description;
};

// One table, so the parser, the environment lookup and --help cannot disagree.
constexpr std::array<OptionSpec, 10> Options{{
    {"data-dir", "NOVAMIND_DATA_DIR", "DIR",
     "Folder for the embedded database and the server's keys; created owner-only (0700) when "
     "missing. Required."},
    {"database", "NOVAMIND_DATABASE", "URL",
     "sqlite:/ABSOLUTE/PATH or postgres://USER@HOST[:PORT]/DATABASE (default: an SQLite file in "
     "the data "
     "folder)."},
    {"listen", "NOVAMIND_LISTEN", "ADDR:PORT",
     "Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one). Plain "
     "HTTP is allowed only on a loopback address."},
    {"tls-cert", "NOVAMIND_TLS_CERT", "FILE",
     "PEM certificate (chain) for HTTPS; needs --tls-key."},
    {"tls-key", "NOVAMIND_TLS_KEY", "FILE",
     "PEM private key (RSA or EC, not encrypted) for HTTPS; needs --tls-cert."},
    {"log-format", "NOVAMIND_LOG_FORMAT", "text|json",
     "Request log lines on stderr as text (default) or as JSON lines."},
    {"max-body-bytes", "NOVAMIND_MAX_BODY_BYTES", "N",
     "Largest request body accepted, in bytes (default 1048576); larger bodies get 413."},
    {"mfa-required-roles", "NOVAMIND_MFA_REQUIRED_ROLES", "ROLES",
     "Comma-separated roles that must sign in with a TOTP code (default admin; \"none\" for "
     "none). A user holding one without MFA can sign in only to enroll."},
    {"offline-grace-days", "NOVAMIND_OFFLINE_GRACE_DAYS", "N",
     "Days a workstation may unlock its cache offline after the last online sign-in (default 7, "
     "0 to 90)."},
    {"workers", "NOVAMIND_WORKERS", "N",
     "Worker threads for requests (default 8, 1 to 64); each holds one database connection."},
}};

// A setting's value and where it came from, so a message can name the option or the variable
// the operator actually used.
struct Setting {
    QString value;
    QString source;
    bool given = false;
};

Setting setting(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                const char *name)
{
    for (const OptionSpec &spec : Options) {
        if (qstrcmp(spec.name, name) != 0)
            continue;
        const QString option = QLatin1StringView(name);
        if (parser.isSet(option))
            return {parser.value(option), u"--"_s + option, true};
        const QString variable = QLatin1StringView(spec.variable);
        if (environment.contains(variable))
            return {environment.value(variable), variable, true};
        return {{}, u"--"_s + option, false};
    }
    Q_UNREACHABLE();
    return {};
}

QString bad(const Setting &setting, const QString &reason)
{
    return u"%1 \"%2\": %3"_s.arg(setting.source, setting.value, reason);
}

// A database URL may carry a password; messages show it without.
QString withoutPassword(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (parsed.isValid() && !parsed.password().isEmpty())
        return parsed.toDisplayString(QUrl::RemovePassword);
    if (url.contains(u'@'))
        return u"(a URL with credentials)"_s;
    return url;
}

core::Result<QByteArray, QString> readFile(const Setting &setting)
{
    QFile file(setting.value);
    if (!file.exists())
        return core::failure(bad(setting, u"no such file"_s));
    if (!file.open(QIODevice::ReadOnly))
        return core::failure(bad(setting, u"cannot be read: "_s + file.errorString()));
    return file.readAll();
}

core::Result<QSslCertificate, QString> loadCertificate(const Setting &setting)
{
    const auto bytes = readFile(setting);
    if (!bytes)
        return bytes.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(bytes.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return bad(setting, u"not a PEM certificate"_s);
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return bad(setting, u"the certificate expired on "_s +
                                chain.first().expiryDate().toString(Qt::ISODate));
    return chain.first();
}

core::Result<QSslKey, QString> loadKey(const Setting &setting)
{
    const auto bytes = readFile(setting);
    if (!bytes)
        return bytes.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(bytes.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return bad(setting, u"not an unencrypted PEM private key (RSA or EC)"_s);
}

struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
};

core::Result<Endpoint, QString> parseListen(const Setting &setting)
{
    const QString reason = u"expected ADDR:PORT with a numeric address, e.g. 127.0.0.1:8080 or "
                           u"[::1]:8080"_s;
    const qsizetype colon = setting.value.lastIndexOf(u':');
    if (colon <= 0)
        return core::failure(bad(setting, reason));
    QString host = setting.value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return core::failure(bad(setting, reason));
    Endpoint endpoint;
    if (host == "localhost"_L1)
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    else if (!endpoint.address.setAddress(host))
        return core::failure(bad(setting, reason));
    bool ok = false;
    const uint port = QStringView(setting.value).mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return core::failure(bad(setting, u"the port must be a number from 0 to 65535"_s));
    endpoint.port = quint16(port);
    return endpoint;
}

core::Result<DatabaseUrl, QString> parseDatabase(const Setting &setting, const QString &dataDir)
{
    auto url = DatabaseUrl::parse(setting.value, dataDir);
    if (!url)
        return u"%1 \"%2\": %3"_s.arg(setting.source, withoutPassword(setting.value), url.error());
    return url;
}

} // namespace

core::Result<ServerConfig, QString> ServerConfig::parse(const QStringList &options,
                                                        const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    for (const OptionSpec &spec : Options)
        parser.addOption(QCommandLineOption(QLatin1StringView(spec.name),
                                            QLatin1StringView(spec.description),
                                            QLatin1StringView(spec.valueName)));
    // QCommandLineParser takes the first element as the program name.
    if (!parser.parse(QStringList{u"serve"_s} + options))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first());

    ServerConfig config;

    const Setting dataDir = setting(parser, environment, "data-dir");
    if (!dataDir.given || dataDir.value.isEmpty())
        return u"--data-dir (or NOVAMIND_DATA_DIR) is required"_s;
    const QFileInfo dataInfo(dataDir.value);
    if (dataInfo.exists() && !dataInfo.isDir())
        return bad(dataDir, u"exists and is not a directory"_s);
    config.m_dataDirectory = dataInfo.absoluteFilePath();

    // Without --database: the embedded SQLite file in the data directory.
    const Setting database = setting(parser, environment, "database");
    const auto url = parseDatabase(database, config.m_dataDirectory);
    if (!url)
        return url.error();
    config.m_database = url.value();

    const Setting certificate = setting(parser, environment, "tls-cert");
    const Setting key = setting(parser, environment, "tls-key");
    if (certificate.given != key.given)
        return certificate.given ? u"%1 needs --tls-key (or NOVAMIND_TLS_KEY): give both or "
                                   u"neither"_s.arg(certificate.source)
                                 : u"%1 needs --tls-cert (or NOVAMIND_TLS_CERT): give both or "
                                   u"neither"_s.arg(key.source);
    if (certificate.given) {
        if (!QSslSocket::supportsSsl())
            return bad(certificate, u"TLS is not available: Qt found no TLS backend"_s);
        const auto loadedCertificate = loadCertificate(certificate);
        if (!loadedCertificate)
            return loadedCertificate.error();
        const auto loadedKey = loadKey(key);
        if (!loadedKey)
            return loadedKey.error();
        config.m_certificate = loadedCertificate.value();
        config.m_key = loadedKey.value();
    }

    const Setting listen = setting(parser, environment, "listen");
    if (listen.given) {
        const auto endpoint = parseListen(listen);
        if (!endpoint)
            return endpoint.error();
        config.m_listenAddress = endpoint.value().address;
        config.m_listenPort = endpoint.value().port;
        // DESIGN §7: without TLS, credentials and PHI would cross the network in clear text.
        if (!config.tlsEnabled() && !config.m_listenAddress.isLoopback())
            return bad(listen, u"plain HTTP is allowed only on a loopback address (127.0.0.1 or "
                               u"[::1]); give --tls-cert and --tls-key to serve HTTPS there"_s);
    }

    if (const Setting format = setting(parser, environment, "log-format"); format.given) {
        if (format.value == "text"_L1)
            config.m_logFormat = RequestLog::Format::Text;
        else if (format.value == "json"_L1)
            config.m_logFormat = RequestLog::Format::Json;
        else
            return bad(format, u"expected text or json"_s);
    }

    if (const Setting limit = setting(parser, environment, "max-body-bytes"); limit.given) {
        bool ok = false;
        const qint64 bytes = limit.value.toLongLong(&ok);
        if (!ok || bytes < 1 || bytes > MaxBodyBytesCeiling)
            return bad(limit,
                       u"expected a whole number of bytes from 1 to %1"_s.arg(MaxBodyBytesCeiling));
        config.m_maxBodyBytes = bytes;
    }

    if (const Setting roles = setting(parser, environment, "mfa-required-roles"); roles.given) {
        QList<core::Role> required;
        const QString value = roles.value.trimmed();
        if (value != "none"_L1) {
            for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<core::Role> role = core::enumFromId<core::Role>(id.trimmed());
                if (!role)
                    return bad(roles, u"\"%1\" is not a role; expected a comma-separated list of "
                                      u"%2, or none"_s.arg(
                                          id.trimmed(), core::enumIds<core::Role>().join(u", "_s)));
                if (!required.contains(*role))
                    required.append(*role);
            }
        }
        config.m_mfaRequiredRoles = required;
    }

    if (const Setting days = setting(parser, environment, "offline-grace-days"); days.given) {
        bool ok = false;
        const int value = days.value.toInt(&ok);
        if (!ok || value < 0 || value > MaxOfflineGraceDays)
            return bad(days,
                       u"expected a whole number of days from 0 to %1"_s.arg(MaxOfflineGraceDays));
        config.m_offlineGraceDays = value;
    }

    if (const Setting workers = setting(parser, environment, "workers"); workers.given) {
        bool ok = false;
        const int value = workers.value.toInt(&ok);
        if (!ok || value < 1 || value > 64)
            return bad(workers, u"expected a whole number from 1 to 64"_s);
        config.m_workers = value;
    }
    return config;
}

QString ServerConfig::optionsHelp()
{
    QString help;
    for (const OptionSpec &spec : Options) {
        help += u"  --%1 %2\n      %3\n      Environment: %4\n"_s.arg(
            QLatin1StringView(spec.name), QLatin1StringView(spec.valueName),
            QLatin1StringView(spec.description), QLatin1StringView(spec.variable));
    }
    return help;
}

core::Status<QString> ServerConfig::prepareDataDirectory() const
{
    const QFileInfo info(m_dataDirectory);
    if (!info.exists()) {
        const QDir parent = info.dir();
        // Owner-only from the moment it exists: it will hold the database and the master key.
        if (!QDir().mkpath(parent.absolutePath()) ||
            !parent.mkdir(info.fileName(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return core::failure(
                u"data directory \"%1\": cannot be created"_s.arg(m_dataDirectory));
    }
    const QFileInfo created(m_dataDirectory);
    if (!created.isDir() || !created.isWritable())
        return core::failure(
            u"data directory \"%1\": not a writable directory"_s.arg(m_dataDirectory));
    return core::Done{};
}

QString ServerConfig::databaseForDisplay() const
{
    return m_database.redacted();
}

bool ServerConfig::usesPostgres() const
{
    return m_database.kind == DatabaseUrl::Kind::Postgres;
}

QSslConfiguration ServerConfig::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    // DESIGN §7: TLS 1.2 or later; 1.0 and 1.1 are refused.
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace nm::server
