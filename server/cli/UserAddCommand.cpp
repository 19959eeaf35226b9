#include "server/cli/UserAddCommand.h"

#include "core/domain/EnumIds.h"
#include "core/domain/User.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"
#include "server/store/UserStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

// An option, else its NOVAMIND_* variable.
QString setting(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                const QString &option, const QString &variable)
{
    return parser.isSet(option) ? parser.value(option) : environment.value(variable);
}

} // namespace

QString UserAddCommand::help()
{
    return tr("Usage: novamind-server user add --data-dir DIR --username NAME --role ROLE "
              "--password-stdin [options]\n\n"
              "Creates an account and prints its id. The password is read from the first line "
              "of standard input.\n\n"
              "  --data-dir DIR         NOVAMIND_DATA_DIR: the server's data directory\n"
              "  --database URL         NOVAMIND_DATABASE: as for serve\n"
              "  --username NAME        3-64 letters, digits, '.', '_' or '-'\n"
              "  --role ROLE            admin, psychiatrist, nurse, auditor or researcher;\n"
              "                         repeat or separate with commas for several\n"
              "  --display-name NAME    shown to colleagues (default: the username)\n"
              "  --email ADDRESS\n"
              "  --must-change-password the password must be changed at the next sign-in\n"
              "  --password-stdin       required\n");
}

int UserAddCommand::run(const QStringList &arguments, const QProcessEnvironment &environment,
                        QIODevice &input, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({{u"data-dir"_s, {}, u"DIR"_s},
                       {u"database"_s, {}, u"URL"_s},
                       {u"username"_s, {}, u"NAME"_s},
                       {u"role"_s, {}, u"ROLE"_s},
                       {u"display-name"_s, {}, u"NAME"_s},
                       {u"email"_s, {}, u"ADDRESS"_s},
                       {u"must-change-password"_s, {}},
                       {u"password-stdin"_s, {}}});
    const auto usage = [&err](const QString &message) {
        err << u"novamind-server user add: "_s << message << u'\n';
        err.flush();
        return ExitUsage;
    };
    if (!parser.parse(QStringList{u"add"_s} + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString dataDir = setting(parser, environment, u"data-dir"_s, u"NOVAMIND_DATA_DIR"_s);
    if (dataDir.isEmpty())
        return usage(tr("--data-dir (or NOVAMIND_DATA_DIR) is required"));
    if (!parser.isSet(u"password-stdin"_s))
        return usage(tr("--password-stdin is required: the password is read from standard input, "
                        "never from the command line"));
    const auto url = DatabaseUrl::parse(
        setting(parser, environment, u"database"_s, u"NOVAMIND_DATABASE"_s), dataDir);
    if (!url)
        return usage(u"--database: "_s + url.error());

    core::User user;
    user.username = parser.value(u"username"_s);
    user.displayName =
        parser.isSet(u"display-name"_s) ? parser.value(u"display-name"_s) : user.username;
    user.email = parser.value(u"email"_s);
    user.mustChangePassword = parser.isSet(u"must-change-password"_s);
    for (const QString &value : parser.values(u"role"_s)) {
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
            const auto role = core::enumFromId<core::Role>(id.trimmed());
            if (!role)
                return usage(tr("--role \"%1\" is not a role; use one of %2")
                                 .arg(id.trimmed(), core::enumIds<core::Role>().join(u", "_s)));
            user.roles << *role;
        }
    }

    // One line, without its line break; a terminal's echo is the operator's concern.
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const core::SecureBuffer password = core::SecureBuffer::copyOf(line);
    line.fill('\0');

    if (!QDir().mkpath(dataDir))
        return usage(tr("--data-dir \"%1\" cannot be created").arg(dataDir));
    QFile::setPermissions(dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto database = ServerDatabase::open(url.value());
    if (!database) {
        err << database.error() << u'\n';
        err.flush();
        return ExitFailure;
    }
    auto masterKey = MasterKey::loadOrCreate(dataDir);
    if (!masterKey) {
        err << masterKey.error() << u'\n';
        err.flush();
        return ExitFailure;
    }
    UserStore users(database.value(), masterKey.value());
    const auto created = users.create(user, password, QDateTime::currentDateTimeUtc());
    if (!created) {
        err << u"novamind-server user add: "_s << created.error().message << u'\n';
        for (const core::FieldError &problem : created.error().fields)
            err << u"  "_s << problem.field << u": "_s << problem.message << u'\n';
        err.flush();
        return created.error().kind == UserStore::Error::Kind::Storage ? ExitFailure : ExitUsage;
    }
    out << created.value().id.toString(QUuid::WithoutBraces) << u'\n';
    out.flush();
    return ExitOk;
}

} // namespace nm::server
