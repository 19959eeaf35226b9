#include "server/cli/SeedDemoCommand.h"

#include "core/demo/DemoPracticeGenerator.h"
#include "core/domain/RolePolicy.h"
#include "core/domain/User.h"
#include "core/instruments/InstrumentRegistry.h"
#include "server/store/CareTeamStore.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"
#include "server/store/UserStore.h"
#include "server/sync/SyncStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using nm::core::Role;

namespace nm::server {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int MaxPatients = 10000;

struct DemoAccount {
    const char *username;
    const char *displayName;
    Role role;
};

// The people of the demo practice. The two psychiatrists share the patients; the nurse is on
// every care team; the administrator and the auditor see no charts.
constexpr std::array<DemoAccount, 5> DemoAccounts{{
    {"admin", "Practice Administrator", Role::Admin},
    {"dr.osei", "Dr. Amara Osei", Role::Psychiatrist},
    {"dr.lindqvist", "Dr. Erik Lindqvist", Role::Psychiatrist},
    {"nurse.okafor", "Ngozi Okafor, RN", Role::Nurse},
    {"auditor.chen", "Wei Chen (audit)", Role::Auditor},
}};

QString setting(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                const QString &option, const QString &variable)
{
    return parser.isSet(option) ? parser.value(option) : environment.value(variable);
}

// Any account or chart already there means this is not a fresh server: seeding would mix demo
// data into real data.
nm::core::Result<bool, QString> isEmpty(const ServerDatabase &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM patients)"_s) ||
        !q.next())
        return u"cannot read the database"_s;
    return q.value(0).toLongLong() == 0;
}

template <typename T> QList<QJsonObject> records(const QList<T> &items)
{
    QList<QJsonObject> out;
    out.reserve(items.size());
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace

QString SeedDemoCommand::help()
{
    return tr("Usage: novamind-server seed-demo --data-dir DIR [--database URL] [--patients N] "
              "[--seed S]\n\n"
              "Loads the synthetic demo practice (N patients, default 200, with a year of "
              "assessments, notes, medications, appointments and daily wearable data) and the "
              "demo accounts into an empty server, then prints the accounts and their password. "
              "Every demo patient is marked synthetic.\n\n"
              "  --data-dir DIR   NOVAMIND_DATA_DIR: the server's data directory\n"
              "  --database URL   NOVAMIND_DATABASE: as for serve\n"
              "  --patients N     1 to %1 (default 200)\n"
              "  --seed S         the generator's seed (default 1): the same seed, the same "
              "practice\n"
              "  --minute-heart-rate  one patient also gets a year of heart rate every minute "
              "(about 525,000 readings), for sync benchmarks\n")
        .arg(MaxPatients);
}

int SeedDemoCommand::run(const QStringList &arguments, const QProcessEnvironment &environment,
                         QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({{u"data-dir"_s, {}, u"DIR"_s},
                       {u"database"_s, {}, u"URL"_s},
                       {u"patients"_s, {}, u"N"_s},
                       {u"seed"_s, {}, u"S"_s},
                       {u"minute-heart-rate"_s, {}}});
    if (!parser.parse(QStringList{u"seed-demo"_s} + arguments)) {
        err << u"novamind-server seed-demo: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const QString dataDir = setting(parser, environment, u"data-dir"_s, u"NOVAMIND_DATA_DIR"_s);
    if (dataDir.isEmpty()) {
        err << tr("novamind-server seed-demo: --data-dir is required") << Qt::endl;
        return ExitUsage;
    }
    bool ok = true;
    const int patients = parser.isSet(u"patients"_s) ? parser.value(u"patients"_s).toInt(&ok) : 200;
    if (!ok || patients < 1 || patients > MaxPatients) {
        err << tr("novamind-server seed-demo: --patients: expected 1 to %1").arg(MaxPatients)
            << Qt::endl;
        return ExitUsage;
    }
    const quint64 seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toULongLong(&ok) : 1;
    if (!ok) {
        err << tr("novamind-server seed-demo: --seed: expected a whole number") << Qt::endl;
        return ExitUsage;
    }
    if (!QDir().mkpath(dataDir)) {
        err << tr("novamind-server seed-demo: cannot create %1").arg(dataDir) << Qt::endl;
        return ExitFailure;
    }
    const auto url = DatabaseUrl::parse(
        setting(parser, environment, u"database"_s, u"NOVAMIND_DATABASE"_s), dataDir);
    if (!url) {
        err << u"novamind-server seed-demo: "_s << url.error() << Qt::endl;
        return ExitUsage;
    }
    const auto database = ServerDatabase::open(url.value());
    const auto masterKey = MasterKey::loadOrCreate(dataDir);
    const auto instruments = nm::core::InstrumentRegistry::loadBuiltIn();
    if (!database || !masterKey || !instruments) {
        err << u"novamind-server seed-demo: "_s
            << (!database    ? database.error()
                : !masterKey ? masterKey.error()
                             : instruments.error())
            << Qt::endl;
        return ExitFailure;
    }
    const auto empty = isEmpty(database.value());
    if (!empty || !empty.value()) {
        err << tr("novamind-server seed-demo: this server already has accounts or charts; the "
                  "demo loads only into an empty one")
            << Qt::endl;
        return ExitFailure;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    UserStore users(database.value(), masterKey.value());
    QList<QUuid> psychiatrists;
    QUuid nurse;
    QUuid admin;
    for (const DemoAccount &account : DemoAccounts) {
        nm::core::User user;
        user.username = QLatin1StringView(account.username);
        user.displayName = QString::fromUtf8(account.displayName);
        user.roles = {account.role};
        const auto created =
            users.create(user, nm::core::SecureBuffer::copyOf(QByteArrayView(DemoPassword)), now);
        if (!created) {
            err << u"novamind-server seed-demo: "_s << created.error().message << Qt::endl;
            return ExitFailure;
        }
        if (account.role == Role::Psychiatrist)
            psychiatrists << created.value().id;
        else if (account.role == Role::Nurse)
            nurse = created.value().id;
        else if (account.role == Role::Admin)
            admin = created.value().id;
    }

    nm::core::DemoPracticeOptions options;
    options.seed = seed;
    options.patients = patients;
    options.today = now.date();
    options.clinicians = psychiatrists;
    options.minuteHeartRate = parser.isSet(u"minute-heart-rate"_s);
    const auto practice = nm::core::DemoPracticeGenerator::generate(options);
    if (!practice) {
        err << u"novamind-server seed-demo: "_s << practice.error() << Qt::endl;
        return ExitFailure;
    }

    CareTeamStore careTeams(database.value());
    SyncStore sync(database.value(), careTeams, instruments.value());
    const SyncStore::Writer writer{
        admin, nm::core::RolePolicy::permissionsFor(Role::Admin), {}, now.toMSecsSinceEpoch()};
    const struct {
        const char *entity;
        QList<QJsonObject> records;
    } batches[] = {
        {"patient", records(practice.value().patients)},
        {"clinical_note", records(practice.value().notes)},
        {"assessment", records(practice.value().assessments)},
        {"medication", records(practice.value().medications)},
        {"appointment", records(practice.value().appointments)},
        {"observation", records(practice.value().observations)},
    };
    qsizetype total = 0;
    for (const auto &batch : batches) {
        const SyncEntity *entity = SyncEntity::find(QString::fromLatin1(batch.entity));
        if (auto imported = sync.importRecords(*entity, batch.records, writer); !imported) {
            err << u"novamind-server seed-demo: "_s << imported.error() << Qt::endl;
            return ExitFailure;
        }
        total += batch.records.size();
    }
    for (const nm::core::Patient &patient : practice.value().patients) {
        QList<QUuid> team = patient.careTeam;
        team << nurse;
        if (auto assigned =
                careTeams.replace(patient.meta.id, team, admin, now.toMSecsSinceEpoch());
            !assigned) {
            err << u"novamind-server seed-demo: "_s << assigned.error() << Qt::endl;
            return ExitFailure;
        }
    }

    out << tr("Loaded %1 synthetic patients (%2 records).").arg(patients).arg(total) << Qt::endl
        << tr("Demo accounts (password for all: %1):").arg(QLatin1StringView(DemoPassword))
        << Qt::endl;
    for (const DemoAccount &account : DemoAccounts)
        out << u"  %1  %2  (%3)"_s.arg(QLatin1StringView(account.username), -14)
                   .arg(QString::fromUtf8(account.displayName), -24)
                   .arg(QString(nm::core::enumId(account.role)))
            << Qt::endl;
    return ExitOk;
}

} // namespace nm::server
