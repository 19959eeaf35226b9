// novamind-server: reads the command line and wires the server library together. Each
// subcommand is one entry in Commands and one function; the logic lives in novamind_server.

#include "server/api/AdminRoutes.h"
#include "server/api/AuthRoutes.h"
#include "server/api/PatientRoutes.h"
#include "server/api/ServerServices.h"
#include "server/api/SyncRoutes.h"
#include "server/auth/TokenAuthorizer.h"
#include "server/cli/SeedDemoCommand.h"
#include "server/cli/UserAddCommand.h"
#include "server/http/ApiServer.h"
#include "server/http/ServerConfig.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStringList>
#include <QTextStream>

#include <array>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace nm::server;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// SIGTERM and SIGINT end the event loop through a pipe: a signal handler may only write(), so
// the quit itself happens in the loop, and the server shuts down through its destructors.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

bool quitOnTerminationSignals(QCoreApplication &app)
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

QString serveHelp()
{
    return u"Usage: novamind-server serve --data-dir DIR [options]\n\n"
           u"Runs the API server until SIGTERM or SIGINT. Prints one line, \"listening on "
           u"http(s)://ADDR:PORT\", once it accepts connections. Request logs go to stderr.\n"
           u"Options (an option given on the command line wins over its variable):\n"_s +
           ServerConfig::optionsHelp() + u"  --help\n      This help.\n"_s;
}

int serve(QCoreApplication &app, const QStringList &options)
{
    const auto parsed = ServerConfig::parse(options, QProcessEnvironment::systemEnvironment());
    if (!parsed) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(parsed.error()));
        return ExitUsage;
    }
    const ServerConfig &config = parsed.value();
    if (const auto prepared = config.prepareDataDirectory(); !prepared) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(prepared.error()));
        return ExitUsage;
    }
    // Migrations run before the port opens: a server that listens has its schema.
    const auto database = ServerDatabase::open(config.database());
    if (!database) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(database.error()));
        return ExitFailure;
    }
    const auto masterKey = MasterKey::loadOrCreate(config.dataDirectory());
    if (!masterKey) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(masterKey.error()));
        return ExitFailure;
    }

    // The access-token key is derived from the master key, so every server over this data signs
    // and accepts the same tokens.
    const auto codec = JwtCodec::create(masterKey.value().derive("novamind access tokens v1"));
    if (!codec) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(codec.error()));
        return ExitFailure;
    }
    UserStore users(database.value(), masterKey.value());
    DeviceStore devices(database.value());
    SessionStore sessions(database.value());
    CareTeamStore careTeams(database.value());
    BreakGlassStore breakGlass(database.value());
    AuditTrail audit(database.value());
    LoginGuard loginGuard(database.value());
    // Completed assessments are scored again on the server with the workstation's engine.
    const auto instruments = nm::core::InstrumentRegistry::loadBuiltIn();
    if (!instruments) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(instruments.error()));
        return ExitFailure;
    }
    SyncStore sync(database.value(), careTeams, instruments.value());

    ApiServer server({.maxBodyBytes = config.maxBodyBytes(),
                      .logFormat = config.logFormat(),
                      .version = QCoreApplication::applicationVersion(),
                      .workerThreads = config.workers()});
    const ServerServices services{
        .database = database.value(),
        .masterKey = masterKey.value(),
        .users = users,
        .devices = devices,
        .sessions = sessions,
        .careTeams = careTeams,
        .breakGlass = breakGlass,
        .audit = audit,
        .sync = sync,
        .loginGuard = loginGuard,
        .jwt = codec.value(),
        .metrics = server.metrics(),
        .policy = {.mfaRequiredRoles = config.mfaRequiredRoles(),
                   .offlineGraceDays = config.offlineGraceDays()},
    };
    server.setAuthorizer(std::make_unique<TokenAuthorizer>(codec.value(), sessions, careTeams));
    AuthRoutes::declare(server, services);
    AdminRoutes::declare(server, services);
    PatientRoutes::declare(server, services);
    SyncRoutes::declare(server, services);
    if (config.tlsEnabled())
        server.enableTls(config.sslConfiguration());
    const auto port = server.listen(config.listenAddress(), config.listenPort());
    if (!port) {
        print(stderr, u"novamind-server serve: %1\n"_s.arg(port.error()));
        return ExitFailure;
    }
    if (!quitOnTerminationSignals(app)) {
        print(stderr, u"novamind-server serve: cannot install the signal handlers\n"_s);
        return ExitFailure;
    }
    const QHostAddress address = config.listenAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    print(stdout,
          u"listening on %1://%2:%3\n"_s.arg(config.tlsEnabled() ? "https"_L1 : "http"_L1, host)
              .arg(port.value()));
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailure;
}

QString userHelp()
{
    return UserAddCommand::help();
}

// "user add …" today; further account verbs join here.
int user(QCoreApplication &, const QStringList &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (options.value(0) != "add"_L1) {
        err << u"novamind-server user: expected \"add\"; see novamind-server user --help\n"_s;
        return ExitUsage;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << u"novamind-server user add: cannot read standard input\n"_s;
        return ExitFailure;
    }
    return UserAddCommand::run(options.mid(1), QProcessEnvironment::systemEnvironment(), input, out,
                               err);
}

int seedDemo(QCoreApplication &, const QStringList &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return SeedDemoCommand::run(options, QProcessEnvironment::systemEnvironment(), out, err);
}

struct Command {
    const char *name;
    const char *summary;
    int (*run)(QCoreApplication &app, const QStringList &options);
    QString (*help)();
};

// Adding a subcommand is one entry here and its two functions.
const std::array<Command, 3> Commands{{
    {"serve", "Run the API server.", serve, serveHelp},
    {"user", "Manage accounts: user add.", user, userHelp},
    {"seed-demo", "Load the synthetic demo practice and demo accounts.", seedDemo,
     SeedDemoCommand::help},
}};

QString programHelp()
{
    QString help = u"Usage: novamind-server COMMAND [options]\n\n"
                   u"The Novamind backend: accounts, the clinical record and the audit trail.\n\n"
                   u"Commands:\n"_s;
    for (const Command &command : Commands)
        help += u"  %1  %2\n"_s.arg(QLatin1StringView(command.name), -10)
                    .arg(QLatin1StringView(command.summary));
    help += u"\nnovamind-server COMMAND --help describes a command's options.\n"
            u"novamind-server --version prints the version.\n"_s;
    return help;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novamind-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVAMIND_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        print(stderr, programHelp());
        return ExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == "--help"_L1 || name == "-h"_L1) {
        print(stdout, programHelp());
        return ExitOk;
    }
    if (name == "--version"_L1) {
        print(stdout, u"novamind-server %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command &command : Commands) {
        if (name != QLatin1StringView(command.name))
            continue;
        if (arguments.contains("--help"_L1) || arguments.contains("-h"_L1)) {
            print(stdout, command.help());
            return ExitOk;
        }
        return command.run(app, arguments);
    }
    print(stderr,
          u"novamind-server: unknown command \"%1\"; see novamind-server --help\n"_s.arg(name));
    return ExitUsage;
}
