// `novamind sync --headless`: the workstation's command-line client, used by operators and by
// the sync crash and fault tests.

#include "HeadlessSync.h"

#include "core/crypto/SecureBuffer.h"
#include "core/sync/SyncRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using nm::core::SyncRun;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitWiped = 3;

QString help()
{
    return QCoreApplication::translate(
        "novamind",
        "Usage: novamind sync --headless --server URL --username NAME --cache-dir DIR "
        "--password-stdin [--totp CODE] [--timeout-ms N] [--retry-for-ms N]\n\n"
        "Signs in, opens (or creates) this user's encrypted cache in DIR with the key the server "
        "holds for it, pushes every local change and pulls everything new. The password is read "
        "from the first line of standard input.\n\n"
        "Exit codes: 0 synced, 1 failed (the message says why), 2 bad usage, 3 the server "
        "revoked this device or account and the cache was erased.\n");
}

} // namespace

int runHeadlessSync(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novamind"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) != "sync"_L1) {
        (arguments.contains(u"--help"_s) ? out : err) << help();
        return arguments.contains(u"--help"_s) ? ExitOk : ExitUsage;
    }
    arguments.removeAt(1);
    QCommandLineParser parser;
    parser.addOptions({{u"headless"_s, {}},
                       {u"server"_s, {}, u"URL"_s},
                       {u"username"_s, {}, u"NAME"_s},
                       {u"cache-dir"_s, {}, u"DIR"_s},
                       {u"password-stdin"_s, {}},
                       {u"totp"_s, {}, u"CODE"_s},
                       {u"timeout-ms"_s, {}, u"N"_s},
                       {u"retry-for-ms"_s, {}, u"N"_s},
                       {u"help"_s, {}}});
    if (!parser.parse(arguments) || parser.isSet(u"help"_s)) {
        (parser.isSet(u"help"_s) ? out : err) << parser.errorText() << help();
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    }
    for (const QString &required :
         {u"headless"_s, u"server"_s, u"username"_s, u"cache-dir"_s, u"password-stdin"_s}) {
        if (!parser.isSet(required)) {
            err << u"novamind sync: --%1 is required\n"_s.arg(required) << help();
            return ExitUsage;
        }
    }

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << u"novamind sync: cannot read standard input\n"_s;
        return ExitUsage;
    }
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);

    SyncRun::Settings settings;
    settings.server = QUrl(parser.value(u"server"_s));
    settings.username = parser.value(u"username"_s);
    settings.password = nm::core::SecureBuffer::copyOf(line);
    line.fill('\0');
    settings.totp = parser.value(u"totp"_s);
    settings.cacheDirectory = parser.value(u"cache-dir"_s);
    bool ok = true;
    if (parser.isSet(u"timeout-ms"_s))
        settings.timeoutMs = parser.value(u"timeout-ms"_s).toInt(&ok);
    if (ok && parser.isSet(u"retry-for-ms"_s))
        settings.retryForMs = parser.value(u"retry-for-ms"_s).toInt(&ok);
    if (!ok) {
        err << u"novamind sync: --timeout-ms and --retry-for-ms take milliseconds\n"_s;
        return ExitUsage;
    }

    const SyncRun::Report report = SyncRun::run(std::move(settings));
    switch (report.outcome) {
    case SyncRun::Outcome::Synced:
        out << u"synced: pushed %1, pulled %2, pending %3, conflicts %4\n"_s.arg(report.pushed)
                   .arg(report.pulled)
                   .arg(report.pendingChanges)
                   .arg(report.openConflicts);
        return ExitOk;
    case SyncRun::Outcome::Wiped:
        err << u"novamind sync: %1; this device's copy was erased\n"_s.arg(report.message);
        return ExitWiped;
    case SyncRun::Outcome::Failed:
        break;
    }
    err << u"novamind sync: %1\n"_s.arg(report.message);
    return ExitFailure;
}
