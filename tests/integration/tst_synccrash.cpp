// Crash consistency of workstation sync (DESIGN §7), with the real processes: the command-line
// client `novamind sync --headless` is SIGKILLed at random moments of its push and of its pull
// (and, in some trials, the server in the middle of a push), then run again to the end. After
// every kill the encrypted cache must pass PRAGMA integrity_check, and after every trial:
//  * every change the clinician wrote reached the server exactly once: each record the test
//    touched has on the server (and back in the cache) the value last written and the version
//    1 + the number of changes applied to it, according to a model the test keeps;
//  * no pulled row is missing or doubled: per table, the cache holds exactly the rows (id,
//    version, tombstone) the server lets this user see; a pull cut short holds exactly those up
//    to its stored cursor;
//  * the journal is empty and no conflict was recorded (nobody else edits these records).
// The server is loaded with the demo practice (tens of thousands of rows for dr.osei), so an
// initial pull lasts long enough to be cut at many points. Kill moments are drawn uniformly over
// the duration of an uninterrupted run measured at the start, from a seeded generator: the seed
// is printed and NOVAMIND_CRASH_SEED replays it; NOVAMIND_CRASH_TRIALS sets the trial count.

#include "core/domain/Medication.h"
#include "core/domain/Patient.h"
#include "core/domain/RecordMeta.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/MedicationRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SyncState.h"
#include "server/cli/SeedDemoCommand.h"
#include "server/store/DatabaseUrl.h"
#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <array>
#include <csignal>
#include <memory>
#include <optional>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using nm::core::CacheDatabase;
using nm::core::ChangeJournal;
using nm::core::Medication;
using nm::core::MedicationRepository;
using nm::core::Patient;
using nm::core::PatientRepository;
using nm::core::RecordMeta;
using nm::core::SecureBuffer;
using nm::core::SyncState;
using nm::test::ServerProcess;

namespace {

const QString Username = u"dr.osei"_s;
constexpr int DemoPatients = 30;
constexpr int DefaultTrials = 50;
// Local changes per trial: enough that a push takes a noticeable share of a run, few enough
// that 50 trials fit the integration suite's time.
constexpr int MaxPushChanges = 40;
// Server-crash trials push more, so the server is busy with the push for long enough to be
// killed in the middle of it; still one batch (SyncEngine pushes 500 at a time, and these
// few hundred KB stay under the server's 1 MiB body limit, so the batch is not halved), which
// makes "all or nothing" on the server a checkable promise.
constexpr int MinServerCrashChanges = 100;
constexpr int MaxServerCrashChanges = 300;
// A pull-crash trial kills the resumed pull again, up to this many times in all.
constexpr int MaxKillsPerPull = 2;
constexpr int TrialsPerRow = 20;
constexpr int ClientTimeoutMs = 60'000;
constexpr int ServerStartMs = 30'000;

// The tables of the clinical record, the same names in the cache and on the server.
const QStringList Tables = {u"patients"_s,    u"clinical_notes"_s, u"assessments"_s,
                            u"medications"_s, u"appointments"_s,   u"observations"_s};

const QByteArray LoginLine = "method=POST route=/api/v1/auth/login status=200";
const QByteArray PushLine = "method=POST route=/api/v1/sync/changes status=200";

// Where a hung process is stuck: every thread's stack, when gdb is installed.
QString stacks(qint64 pid)
{
    const QString gdb = QStandardPaths::findExecutable(u"gdb"_s);
    if (gdb.isEmpty())
        return u"(no gdb for the stacks)"_s;
    QProcess dump;
    dump.start(gdb,
               {u"-p"_s, QString::number(pid), u"-batch"_s, u"-ex"_s, u"thread apply all bt"_s});
    dump.waitForFinished(60'000);
    QStringList frames;
    const QStringList lines = QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'#') || line.startsWith(u"Thread"_s))
            frames << line.left(240);
    }
    return frames.join(u'\n');
}

// Every process the test starts dies with it: a test aborted by a failed check or a watchdog
// must not leave a server or a client running.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

QString programOutput(QProcess &process)
{
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
        .trimmed();
}

/// novamind-server on a data directory that outlives the process, so it can be SIGKILLed and
/// started again on the same data (on a new port). ServerProcess only stops with SIGTERM and
/// owns its data directory, so here it only prepares the database. The request log goes to a
/// file: a server logging into a pipe nobody drains would block.
class Server {
public:
    Server(QString binary, QString dataDirectory, QStringList databaseArguments, QString logPath)
        : m_binary(std::move(binary))
        , m_dataDirectory(std::move(dataDirectory))
        , m_databaseArguments(std::move(databaseArguments))
        , m_logPath(std::move(logPath))
    {}
    ~Server() { kill(); }

    bool start(QString *error)
    {
        m_process = std::make_unique<QProcess>();
        dieWithParent(*m_process);
        m_process->setStandardErrorFile(m_logPath, QIODevice::Append);
        m_process->start(m_binary,
                         QStringList{u"serve"_s, u"--data-dir"_s, m_dataDirectory, u"--listen"_s,
                                     u"127.0.0.1:0"_s, u"--mfa-required-roles"_s, u"none"_s} +
                             m_databaseArguments);
        QByteArray out;
        const QDeadlineTimer deadline(ServerStartMs);
        while (!out.contains('\n')) {
            if (deadline.hasExpired() || !m_process->waitForReadyRead(deadline.remainingTime())) {
                *error = u"novamind-server did not say where it listens; its log ends with: "_s +
                         QString::fromUtf8(log(std::max<qint64>(0, logSize() - 2000)));
                return false;
            }
            out += m_process->readAllStandardOutput();
        }
        const QByteArray prefix = "listening on http://127.0.0.1:";
        const QByteArray line = out.left(out.indexOf('\n'));
        bool ok = false;
        m_port = line.startsWith(prefix) ? line.mid(prefix.size()).toUShort(&ok) : 0;
        if (!ok) {
            *error = u"unexpected first line: "_s + QString::fromUtf8(line);
            return false;
        }
        return true;
    }

    /// SIGKILL: the server gets no chance to finish a request or a transaction.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(ServerStartMs);
        }
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    qint64 logSize() const { return QFileInfo(m_logPath).size(); }
    QByteArray log(qint64 from) const
    {
        QFile file(m_logPath);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
            return {};
        return file.readAll();
    }

private:
    QString m_binary;
    QString m_dataDirectory;
    QStringList m_databaseArguments;
    QString m_logPath;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/// A record the test changed, as the server must hold it once every change is through.
struct Expected {
    QString table;
    qint64 version = 0;
    bool deleted = false;
    QString field; ///< the field the test writes ("dose", "preferred_name")
    QJsonValue value;
};

/// The id → (version, tombstone) of a table's rows; a second row with one id is a duplicate.
struct Rows {
    QHash<QString, std::pair<qint64, bool>> byId;
    QStringList duplicates;
};

/// Where a killed push had got to, judged from the journal and the server afterwards.
enum class PushStage {
    Finished,       ///< the client ended before the kill
    NotApplied,     ///< the server had not applied the push (as far as could be seen)
    AppliedUnacked, ///< the server applied it, the cache had not yet recorded the answer
    Acknowledged,   ///< the answers were recorded; killed during the pull after the push
};

const char *stageName(PushStage stage)
{
    switch (stage) {
    case PushStage::Finished:
        return "the run finished first";
    case PushStage::NotApplied:
        return "the server had not applied the push";
    case PushStage::AppliedUnacked:
        return "the server applied the push, the cache had not recorded it";
    case PushStage::Acknowledged:
        return "the push was recorded";
    }
    return "?";
}

} // namespace

class SyncCrashTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crashTrials_data();
    void crashTrials();
    void everyChangeOnServer();
    void cleanupTestCase();

private:
    enum class Kind { ClientKilledInPush, ClientKilledInPull, ServerKilledInPush };

    // Processes.
    /// The client, started and given the password; nullptr with \a error when it does not start.
    std::unique_ptr<QProcess> startClient(const QString &cacheDirectory, QString *error) const;
    QString runClient(const QString &cacheDirectory, qint64 *elapsedMs = nullptr) const;

    // The cache, opened in this process while no client runs.
    std::optional<CacheDatabase> openCache(const QString &cacheDirectory, QString *error) const;
    QString checkIntegrity(const QString &cacheDirectory) const;

    // Local changes and the model of what the server must end up with.
    QString writeChanges(const QString &cacheDirectory, int count, QStringList *changeIds);

    // The server's side, read straight from its database.
    Rows serverRows(const QString &table, std::optional<qint64> upToSeq) const;
    QSet<QString> serverApplied(const QStringList &changeIds) const;

    // The invariants.
    QString compareWithServer(const QSqlDatabase &cache, bool upToCursor) const;
    QString checkSynced(const QString &cacheDirectory, const QSet<QString> &touched) const;
    QString checkKilledPush(const QString &cacheDirectory, const QStringList &changeIds,
                            bool finished, PushStage *stage) const;

    // The trials.
    QString clientKilledInPush(int trial);
    QString clientKilledInPull(int trial);
    QString serverKilledInPush(int trial);

    /// 0 … n - 1, from the seeded generator.
    int pick(qsizetype n) { return m_random.bounded(int(n)); }

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_trials = DefaultTrials;

    QTemporaryDir m_work; // first, so it goes last: the server logs into it until it is gone
    QString m_clientBinary;
    QString m_serverBinary;
    std::unique_ptr<ServerProcess> m_bootstrap; // owns the data directory and the database
    std::unique_ptr<Server> m_server;
    QString m_inspection; // connection name of the server database, read-only use
    QByteArray m_cacheKey;
    QString m_userId;

    QString m_cacheDirectory; // the push trials' workstation
    int m_cacheCount = 0;
    QStringList m_patientIds;
    QStringList m_liveMedications;
    QHash<QString, Expected> m_expected;
    QSet<QString> m_touchedThisTrial;
    int m_nextDose = 0;
    int m_nextName = 0;
    int m_created = 0;

    qint64 m_pullMs = 0;       // an uninterrupted initial pull
    qint64 m_pushMs = 0;       // an uninterrupted run pushing MaxPushChanges changes
    qint64 m_pushWindowMs = 0; // sign-in answered → push answered, MaxServerCrashChanges changes
    qint64 m_pushServerMs = 0; // the server's time for that push, from its request log

    std::array<int, 4> m_pushStages{};   // by PushStage
    std::array<int, 4> m_serverStages{}; // by PushStage
    int m_pullKills = 0;
    int m_pullFinished = 0;
    std::array<int, 3> m_kinds{}; // by Kind
    QList<Kind> m_plan;
    bool m_stateUnknown = false;
    int m_failedTrials = 0;
    QElapsedTimer m_clock;
};

std::unique_ptr<QProcess> SyncCrashTest::startClient(const QString &cacheDirectory,
                                                     QString *error) const
{
    auto process = std::make_unique<QProcess>();
    dieWithParent(*process);
    process->start(m_clientBinary,
                   {u"sync"_s, u"--headless"_s, u"--server"_s, m_server->url().toString(),
                    u"--username"_s, Username, u"--cache-dir"_s, cacheDirectory,
                    u"--password-stdin"_s, u"--timeout-ms"_s, u"20000"_s});
    if (!process->waitForStarted(ClientTimeoutMs)) {
        *error = u"novamind does not start: "_s + process->errorString();
        return nullptr;
    }
    process->write(QByteArray(nm::server::SeedDemoCommand::DemoPassword) + '\n');
    process->closeWriteChannel();
    return process;
}

QString SyncCrashTest::runClient(const QString &cacheDirectory, qint64 *elapsedMs) const
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const auto client = startClient(cacheDirectory, &error);
    if (!client)
        return error;
    if (!client->waitForFinished(ClientTimeoutMs)) {
        // A hang is a finding too: say where both sides were.
        const QString message =
            u"novamind sync did not finish within %1 ms; it said: %2\nits stacks:\n%3\nthe "
            "server's stacks:\n%4\nthe server's log ends with:\n%5"_s.arg(ClientTimeoutMs)
                .arg(programOutput(*client), stacks(client->processId()),
                     stacks(m_server->processId()),
                     QString::fromUtf8(
                         m_server->log(std::max<qint64>(0, m_server->logSize() - 3000))));
        client->kill();
        client->waitForFinished();
        return message;
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    const QString output = programOutput(*client);
    if (client->exitStatus() != QProcess::NormalExit || client->exitCode() != 0)
        return u"novamind sync exited with %1 (%2): %3"_s.arg(client->exitCode())
            .arg(client->exitStatus() == QProcess::NormalExit ? u"normal exit"_s : u"crash"_s)
            .arg(output);
    if (!output.endsWith(u"pending 0, conflicts 0"_s))
        return u"novamind sync left work behind: "_s + output;
    return {};
}

std::optional<CacheDatabase> SyncCrashTest::openCache(const QString &cacheDirectory,
                                                      QString *error) const
{
    auto cache = CacheDatabase::open(QDir(cacheDirectory).filePath(u"cache.db"_s),
                                     SecureBuffer::copyOf(m_cacheKey));
    if (!cache) {
        *error = u"the cache does not open: "_s + cache.error().message;
        return std::nullopt;
    }
    return std::move(cache).value();
}

QString SyncCrashTest::checkIntegrity(const QString &cacheDirectory) const
{
    // Killed before it signed in, the client has not created the cache yet.
    if (!QFile::exists(QDir(cacheDirectory).filePath(u"cache.db"_s)))
        return {};
    QString error;
    auto cache = openCache(cacheDirectory, &error);
    if (!cache)
        return error;
    QSqlQuery q(cache->database());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return u"integrity_check failed to run: "_s + q.lastError().text();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{u"ok"_s})
        return u"integrity_check: "_s + problems.join(u"; "_s);
    return {};
}

QString SyncCrashTest::writeChanges(const QString &cacheDirectory, int count,
                                    QStringList *changeIds)
{
    QString error;
    auto cache = openCache(cacheDirectory, &error);
    if (!cache)
        return error;
    QSqlDatabase db = cache->database();
    MedicationRepository medications(db);
    PatientRepository patients(db);
    const QUuid user = QUuid::fromString(m_userId);
    // A delete carries the version it was made against; one made after other offline changes
    // to the same record would be a conflict by design, so only untouched records are deleted.
    QSet<QString> touched;

    for (int i = 0; i < count; ++i) {
        const int roll = pick(100);
        QStringList deletable;
        for (const QString &id : std::as_const(m_liveMedications)) {
            if (!touched.contains(id))
                deletable << id;
        }
        QString id;
        QString table;
        QStringList expectedFields; // what the journal entry must carry
        if (roll < 10 && !deletable.isEmpty()) {
            id = deletable.at(pick(deletable.size()));
            table = u"medications"_s;
            if (auto removed = medications.remove(QUuid::fromString(id)); !removed)
                return u"deleting a medication: "_s + removed.error().message;
            m_liveMedications.removeOne(id);
            Expected &expected = m_expected[id];
            ++expected.version;
            expected.deleted = true;
        } else if (roll < 40 && !m_liveMedications.isEmpty()) {
            id = m_liveMedications.at(pick(m_liveMedications.size()));
            table = u"medications"_s;
            auto loaded = medications.load(QUuid::fromString(id));
            if (!loaded || !loaded.value())
                return u"medication %1 is not in the cache"_s.arg(id);
            Medication medication = *loaded.value();
            medication.dose = double(++m_nextDose);
            if (auto updated = medications.update(medication); !updated)
                return u"changing a dose: "_s + updated.error().message;
            Expected &expected = m_expected[id];
            ++expected.version;
            expected.value = *medication.dose;
            expectedFields = {u"dose"_s};
        } else if (roll < 65) {
            id = m_patientIds.at(pick(m_patientIds.size()));
            table = u"patients"_s;
            auto loaded = patients.load(QUuid::fromString(id));
            if (!loaded || !loaded.value())
                return u"patient %1 is not in the cache"_s.arg(id);
            Patient patient = *loaded.value();
            patient.preferredName = u"Crash %1"_s.arg(++m_nextName);
            if (auto updated = patients.update(patient); !updated)
                return u"changing a preferred name: "_s + updated.error().message;
            if (!m_expected.contains(id)) // synced, so the cache has the server's version
                m_expected.insert(id,
                                  {table, patient.meta.version, false, u"preferred_name"_s, {}});
            Expected &expected = m_expected[id];
            ++expected.version;
            expected.value = patient.preferredName;
            expectedFields = {u"preferred_name"_s};
        } else {
            Medication medication;
            medication.meta = RecordMeta::create(user);
            medication.patientId = QUuid::fromString(m_patientIds.at(pick(m_patientIds.size())));
            medication.name = u"crash-test %1"_s.arg(++m_created);
            medication.dose = double(++m_nextDose);
            medication.unit = u"mg"_s;
            medication.frequency = u"once daily"_s;
            medication.startDate = QDate::currentDate().addDays(-30);
            medication.prescriberId = user;
            if (auto created = medications.create(medication); !created)
                return u"creating a medication: "_s + created.error().message;
            id = medication.meta.id.toString(QUuid::WithoutBraces);
            table = u"medications"_s;
            m_liveMedications << id;
            m_expected.insert(id, {table, 1, false, u"dose"_s, *medication.dose});
        }
        touched.insert(id);
        m_touchedThisTrial.insert(id);

        // Each edit must queue exactly one entry with exactly the field changed: anything more
        // would push values the clinician never touched.
        QSqlQuery last(db);
        if (!last.exec(u"SELECT change_id, entity_id, op, fields FROM change_journal "
                       "ORDER BY seq DESC LIMIT 1"_s) ||
            !last.next())
            return u"the journal cannot be read: "_s + last.lastError().text();
        if (last.value(1).toString() != id)
            return u"the edit of %1 %2 queued no journal entry"_s.arg(table, id);
        const QStringList fields =
            QJsonDocument::fromJson(last.value(3).toString().toUtf8()).object().keys();
        if (last.value(2).toString() != "create"_L1 && fields != expectedFields)
            return u"the %1 of %2 %3 queued the fields [%4], expected [%5]"_s.arg(
                last.value(2).toString(), table, id, fields.join(u", "_s),
                expectedFields.join(u", "_s));
        changeIds->append(last.value(0).toString());
    }
    const auto pending = ChangeJournal(db).pendingCount();
    if (!pending || pending.value() != count)
        return u"the journal holds %1 entries after %2 edits"_s.arg(pending ? pending.value() : -1)
            .arg(count);
    return {};
}

Rows SyncCrashTest::serverRows(const QString &table, std::optional<qint64> upToSeq) const
{
    // The server's own visibility rule for this user (care team; no break-glass grants here).
    QSqlQuery q(QSqlDatabase::database(m_inspection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, version, deleted FROM %1 WHERE patient_id IN "
              "(SELECT patient_id FROM care_team WHERE user_id = ?)%2"_s.arg(
                  table, upToSeq ? u" AND seq <= ?"_s : QString()));
    q.addBindValue(m_userId);
    if (upToSeq)
        q.addBindValue(*upToSeq);
    Rows rows;
    if (!q.exec()) {
        rows.duplicates << u"(cannot read the server: %1)"_s.arg(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (rows.byId.contains(id))
            rows.duplicates << id;
        rows.byId.insert(id, {q.value(1).toLongLong(), q.value(2).toInt() != 0});
    }
    return rows;
}

QSet<QString> SyncCrashTest::serverApplied(const QStringList &changeIds) const
{
    QSet<QString> applied;
    if (changeIds.isEmpty())
        return applied;
    QSqlQuery q(QSqlDatabase::database(m_inspection));
    QStringList marks;
    for (qsizetype i = 0; i < changeIds.size(); ++i)
        marks << u"?"_s;
    q.prepare(u"SELECT change_id FROM sync_applied_changes WHERE change_id IN (%1)"_s.arg(
        marks.join(u", "_s)));
    for (const QString &id : changeIds)
        q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            applied.insert(q.value(0).toString());
    } else {
        qWarning("cannot read sync_applied_changes: %s", qPrintable(q.lastError().text()));
    }
    return applied;
}

QString SyncCrashTest::compareWithServer(const QSqlDatabase &cache, bool upToCursor) const
{
    std::optional<qint64> upTo;
    if (upToCursor) {
        const auto cursor = SyncState(cache).cursor();
        if (!cursor)
            return u"the pull cursor cannot be read: "_s + cursor.error();
        // Before the first page is stored nothing may have been applied.
        upTo = cursor.value().isEmpty() ? 0 : cursor.value().toLongLong();
    }
    for (const QString &table : Tables) {
        const Rows server = serverRows(table, upTo);
        if (!server.duplicates.isEmpty())
            return u"%1 on the server: %2"_s.arg(table, server.duplicates.join(u", "_s));
        Rows local;
        QSqlQuery q(cache);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, version, deleted FROM %1"_s.arg(table)))
            return u"the cache's %1 cannot be read: %2"_s.arg(table, q.lastError().text());
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (local.byId.contains(id))
                local.duplicates << id;
            local.byId.insert(id, {q.value(1).toLongLong(), q.value(2).toInt() != 0});
        }
        if (!local.duplicates.isEmpty())
            return u"%1 rows doubled in the cache: %2"_s.arg(table, local.duplicates.join(u", "_s));
        QStringList missing, extra, different;
        for (auto it = server.byId.begin(); it != server.byId.end(); ++it) {
            const auto mine = local.byId.constFind(it.key());
            if (mine == local.byId.cend())
                missing << it.key();
            else if (*mine != it.value())
                different << u"%1 (server v%2%3, cache v%4%5)"_s.arg(it.key())
                                 .arg(it.value().first)
                                 .arg(it.value().second ? u" deleted"_s : QString())
                                 .arg(mine->first)
                                 .arg(mine->second ? u" deleted"_s : QString());
        }
        for (auto it = local.byId.begin(); it != local.byId.end(); ++it) {
            if (!server.byId.contains(it.key()))
                extra << it.key();
        }
        if (!missing.isEmpty() || !extra.isEmpty() || !different.isEmpty()) {
            const auto firstFew = [](const QStringList &ids) {
                return u"%1 [%2]"_s.arg(ids.size()).arg(ids.mid(0, 5).join(u", "_s));
            };
            return u"%1%2: %3 rows on the server, %4 in the cache; missing in the cache %5, "
                   "not on the server %6, different %7"_s.arg(
                       table, upTo ? u" up to the cursor %1"_s.arg(*upTo) : QString(),
                       QString::number(server.byId.size()), QString::number(local.byId.size()),
                       firstFew(missing), firstFew(extra), firstFew(different));
        }
    }
    return {};
}

QString SyncCrashTest::checkSynced(const QString &cacheDirectory,
                                   const QSet<QString> &touched) const
{
    QString error;
    auto cache = openCache(cacheDirectory, &error);
    if (!cache)
        return error;
    const QSqlDatabase db = cache->database();
    const auto pending = ChangeJournal(db).pendingCount();
    const auto rejected = ChangeJournal(db).rejected();
    if (!pending || pending.value() != 0)
        return u"%1 journal entries still pending after a clean sync"_s.arg(
            pending ? pending.value() : -1);
    if (!rejected || !rejected.value().isEmpty())
        return u"the server rejected changes: %1"_s.arg(
            rejected && !rejected.value().isEmpty()
                ? rejected.value().constFirst().rejectCode + u": "_s +
                      rejected.value().constFirst().rejectDetail
                : u"(the journal cannot be read)"_s);
    {
        // A change applied twice would meet its own earlier value and come back as a conflict.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*), min(record_id), min(field) FROM sync_conflicts"_s) ||
            !q.next())
            return u"sync_conflicts cannot be read"_s;
        if (q.value(0).toInt() != 0)
            return u"%1 conflicts recorded, e.g. %2.%3"_s.arg(q.value(0).toInt())
                .arg(q.value(1).toString(), q.value(2).toString());
    }
    if (QString different = compareWithServer(db, false); !different.isEmpty())
        return different;

    // Exactly once: the value last written and one version per change, on the server and, pulled
    // back, in the cache.
    QSqlDatabase server = QSqlDatabase::database(m_inspection);
    for (const QString &id : touched) {
        const Expected &expected = m_expected.value(id);
        QSqlQuery q(server);
        q.prepare(u"SELECT version, deleted, data FROM %1 WHERE id = ?"_s.arg(expected.table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return u"%1 %2 is not on the server"_s.arg(expected.table, id);
        const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (q.value(0).toLongLong() != expected.version ||
            (q.value(1).toInt() != 0) != expected.deleted ||
            data.value(expected.field) != expected.value)
            return u"%1 %2 on the server: version %3, deleted %4, %5 = %6; expected version %7, "
                   "deleted %8, %5 = %9"_s.arg(expected.table, id)
                       .arg(q.value(0).toLongLong())
                       .arg(q.value(1).toInt())
                       .arg(expected.field,
                            QString::fromUtf8(QJsonDocument(QJsonArray{data.value(expected.field)})
                                                  .toJson(QJsonDocument::Compact)))
                       .arg(expected.version)
                       .arg(expected.deleted ? 1 : 0)
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{expected.value})
                                                  .toJson(QJsonDocument::Compact)));
        QSqlQuery local(db);
        local.prepare(u"SELECT version, deleted, doc FROM %1 WHERE id = ?"_s.arg(expected.table));
        local.addBindValue(id);
        if (!local.exec() || !local.next())
            return u"%1 %2 is not in the cache"_s.arg(expected.table, id);
        const QJsonObject doc =
            QJsonDocument::fromJson(local.value(2).toString().toUtf8()).object();
        if (local.value(0).toLongLong() != expected.version ||
            (local.value(1).toInt() != 0) != expected.deleted ||
            doc.value(expected.field) != expected.value)
            return u"%1 %2 in the cache: version %3, deleted %4; expected version %5, deleted %6, "
                   "and the value last written"_s.arg(expected.table, id)
                       .arg(local.value(0).toLongLong())
                       .arg(local.value(1).toInt())
                       .arg(expected.version)
                       .arg(expected.deleted ? 1 : 0);
    }
    return {};
}

QString SyncCrashTest::checkKilledPush(const QString &cacheDirectory, const QStringList &changeIds,
                                       bool finished, PushStage *stage) const
{
    if (QString broken = checkIntegrity(cacheDirectory); !broken.isEmpty())
        return broken;
    QString error;
    auto cache = openCache(cacheDirectory, &error);
    if (!cache)
        return error;
    const auto pendingEntries = ChangeJournal(cache->database()).pending(1'000'000);
    if (!pendingEntries)
        return u"the journal cannot be read: "_s + pendingEntries.error();
    QSet<QString> pending;
    for (const auto &entry : pendingEntries.value())
        pending.insert(entry.changeId);
    const QSet<QString> applied = serverApplied(changeIds);
    // An entry leaves the journal only once the server has the change: nothing may be lost.
    for (const QString &id : changeIds) {
        if (!pending.contains(id) && !applied.contains(id))
            return u"change %1 left the journal but the server never applied it"_s.arg(id);
    }
    // One batch is one server transaction: all of it or none of it.
    if (!applied.isEmpty() && applied.size() != changeIds.size())
        return u"the server applied %1 of the %2 changes of one push"_s.arg(applied.size())
            .arg(changeIds.size());
    if (pending.size() != 0 && pending.size() != changeIds.size())
        return u"%1 of the %2 changes of one push were recorded as answered"_s
            .arg(changeIds.size() - pending.size())
            .arg(changeIds.size());
    *stage = finished            ? PushStage::Finished
             : pending.isEmpty() ? PushStage::Acknowledged
             : applied.isEmpty() ? PushStage::NotApplied
                                 : PushStage::AppliedUnacked;
    return {};
}

QString SyncCrashTest::clientKilledInPush(int trial)
{
    const int count = 1 + pick(MaxPushChanges);
    QStringList changeIds;
    if (QString error = writeChanges(m_cacheDirectory, count, &changeIds); !error.isEmpty())
        return error;
    const int delay = pick(m_pushMs + 1);
    QString notStarted;
    const auto client = startClient(m_cacheDirectory, &notStarted);
    if (!client)
        return notStarted;
    const bool finished = client->waitForFinished(delay);
    if (finished && (client->exitStatus() != QProcess::NormalExit || client->exitCode() != 0))
        return u"novamind sync failed before the kill: "_s + programOutput(*client);
    client->kill();
    client->waitForFinished();
    PushStage stage;
    if (QString error = checkKilledPush(m_cacheDirectory, changeIds, finished, &stage);
        !error.isEmpty())
        return u"after the kill: "_s + error;
    ++m_pushStages[size_t(stage)];
    qInfo("trial %d: client killed %d ms into a push of %d changes: %s", trial, delay, count,
          stageName(stage));
    if (QString error = runClient(m_cacheDirectory); !error.isEmpty())
        return error;
    return checkSynced(m_cacheDirectory, m_touchedThisTrial);
}

QString SyncCrashTest::clientKilledInPull(int trial)
{
    // A new workstation: its first pull is the long one that gets cut.
    const QString directory = m_work.filePath(u"cache-%1"_s.arg(++m_cacheCount));
    QStringList delays;
    for (int kill = 0; kill < MaxKillsPerPull; ++kill) {
        const int delay = pick(m_pullMs + 1);
        QString notStarted;
        const auto client = startClient(directory, &notStarted);
        if (!client)
            return notStarted;
        if (client->waitForFinished(delay)) {
            if (client->exitStatus() != QProcess::NormalExit || client->exitCode() != 0)
                return u"novamind sync failed before the kill: "_s + programOutput(*client);
            ++m_pullFinished;
            delays << u"finished before %1 ms"_s.arg(delay);
            break;
        }
        client->kill();
        client->waitForFinished();
        ++m_pullKills;
        delays << u"%1 ms"_s.arg(delay);
        if (QString broken = checkIntegrity(directory); !broken.isEmpty())
            return u"after a kill at %1 ms: "_s.arg(delay) + broken;
        if (!QFile::exists(QDir(directory).filePath(u"cache.db"_s)))
            continue;
        QString error;
        auto cache = openCache(directory, &error);
        if (!cache)
            return error;
        // The pages up to the stored cursor, all of them, and nothing after it.
        if (QString different = compareWithServer(cache->database(), true); !different.isEmpty())
            return u"after a kill at %1 ms: "_s.arg(delay) + different;
    }
    qInfo("trial %d: client killed in pull at %s", trial, qPrintable(delays.join(u", "_s)));
    if (QString error = runClient(directory); !error.isEmpty())
        return error;
    if (QString error = checkSynced(directory, m_touchedThisTrial); !error.isEmpty())
        return error;
    // The next push trials run on this workstation: the records earlier trials changed came to
    // it through a first pull, with the versions they reached.
    QDir(m_cacheDirectory).removeRecursively();
    m_cacheDirectory = directory;
    return {};
}

QString SyncCrashTest::serverKilledInPush(int trial)
{
    const int count =
        MinServerCrashChanges + pick(MaxServerCrashChanges - MinServerCrashChanges + 1);
    QStringList changeIds;
    if (QString error = writeChanges(m_cacheDirectory, count, &changeIds); !error.isEmpty())
        return error;
    // Uniform over the time the server spends on a push this size, going by the calibration
    // run (whose log gives the server's share of it): most kills land while the server is
    // applying the push.
    const qint64 serverMs = std::min(m_pushServerMs, m_pushWindowMs);
    const int delay =
        int(m_pushWindowMs - serverMs) + pick(serverMs * count / MaxServerCrashChanges + 1);
    const qint64 logStart = m_server->logSize();
    QString notStarted;
    const auto client = startClient(m_cacheDirectory, &notStarted);
    if (!client)
        return notStarted;
    // The push follows the sign-in at once: time the kill from the sign-in's log line.
    const QDeadlineTimer signIn(ClientTimeoutMs);
    while (!m_server->log(logStart).contains(LoginLine)) {
        // Waiting on the process is the sleep: QProcess sees its end only inside a wait.
        if (signIn.hasExpired() || client->waitForFinished(1))
            return u"the client did not sign in: "_s + programOutput(*client);
    }
    QThread::msleep(delay);
    m_server->kill();
    const bool pushAnswered = m_server->log(logStart).contains(PushLine);
    if (!client->waitForFinished(ClientTimeoutMs))
        return u"the client did not give up on a dead server"_s;
    const QString output = programOutput(*client);
    if (client->exitStatus() != QProcess::NormalExit ||
        (client->exitCode() != 0 && client->exitCode() != 1))
        return u"the client crashed or exited with %1 when the server died: %2"_s
            .arg(client->exitCode())
            .arg(output);

    // Started again on the same data, on whatever port is free now.
    QString error;
    if (!m_server->start(&error))
        return u"the server does not start again after a kill: "_s + error;
    PushStage stage;
    if (QString broken = checkKilledPush(m_cacheDirectory, changeIds, false, &stage);
        !broken.isEmpty())
        return u"after the server was killed: "_s + broken;
    if (pushAnswered && stage == PushStage::NotApplied)
        return u"the server answered the push, yet has not applied it after a restart"_s;
    ++m_serverStages[size_t(stage)];
    qInfo("trial %d: server killed %d ms after the sign-in, push of %d changes %s: %s", trial,
          delay, count, pushAnswered ? "answered" : "not answered", stageName(stage));
    if (QString failed = runClient(m_cacheDirectory); !failed.isEmpty())
        return failed;
    return checkSynced(m_cacheDirectory, m_touchedThisTrial);
}

void SyncCrashTest::initTestCase()
{
    m_clock.start();
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    bool ok = false;
    const quint32 replayed = qEnvironmentVariable("NOVAMIND_CRASH_SEED").toUInt(&ok);
    m_seed = ok ? replayed : QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    const int trials = qEnvironmentVariableIntValue("NOVAMIND_CRASH_TRIALS", &ok);
    m_trials = ok && trials > 0 ? trials : DefaultTrials;
    qInfo("NOVAMIND_CRASH_SEED=%u NOVAMIND_CRASH_TRIALS=%d backend %s", m_seed, m_trials,
          qPrintable(ServerProcess::backend()));

    // Copies of the binaries as they are now: a rebuild while a long run goes on (other work in
    // the same tree) must not swap them under it, or a half-written file fails to start.
    QVERIFY(QDir(m_work.path()).mkpath(u"bin"_s));
    m_clientBinary = m_work.filePath(u"bin/novamind"_s);
    m_serverBinary = m_work.filePath(u"bin/novamind-server"_s);
    QVERIFY(QFile::copy(QStringLiteral(NOVAMIND_BIN), m_clientBinary));
    QVERIFY(QFile::copy(ServerProcess::binary(), m_serverBinary));

    // The database exists (on PostgreSQL: is created) once a server has started on it; the demo
    // practice loads only into an empty one, before the server that serves it starts.
    m_bootstrap =
        std::make_unique<ServerProcess>(QStringList{u"--mfa-required-roles"_s, u"none"_s});
    QString error;
    QVERIFY2(m_bootstrap->start(&error), qPrintable(error));
    QCOMPARE(m_bootstrap->stop(), 0);
    QProcess seed;
    seed.start(m_serverBinary,
               QStringList{u"seed-demo"_s, u"--data-dir"_s, m_bootstrap->dataDirectory(),
                           u"--patients"_s, QString::number(DemoPatients)} +
                   m_bootstrap->databaseArguments());
    QVERIFY(seed.waitForFinished(ClientTimeoutMs));
    QVERIFY2(seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0,
             qPrintable(programOutput(seed)));
    m_server = std::make_unique<Server>(m_serverBinary, m_bootstrap->dataDirectory(),
                                        m_bootstrap->databaseArguments(),
                                        m_work.filePath(u"server.log"_s));
    QVERIFY2(m_server->start(&error), qPrintable(error));

    // The cache key the server escrows for this user, to open the cache in this process.
    nm::test::ApiClient http(
        [this](const QString &path) { return QUrl(m_server->url().toString() + path); });
    const auto login =
        http.login(Username, QString::fromLatin1(nm::server::SeedDemoCommand::DemoPassword));
    QVERIFY2(login.status == 200, qPrintable(login.summary()));
    m_cacheKey = QByteArray::fromBase64(login.json().value(u"cache_key"_s).toString().toLatin1());
    m_userId = login.json().value(u"user"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(m_cacheKey.size(), 32);
    QVERIFY(!m_userId.isEmpty());

    // The server's side is read from its database, the way it applies its own rules.
    m_inspection = u"crash-inspection"_s;
    const QStringList databaseArguments = m_bootstrap->databaseArguments();
    QSqlDatabase inspection;
    if (databaseArguments.isEmpty()) {
        inspection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_inspection);
        inspection.setDatabaseName(QDir(m_bootstrap->dataDirectory()).filePath(u"novamind.db"_s));
        inspection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        const auto url = nm::server::DatabaseUrl::parse(databaseArguments.value(1),
                                                        m_bootstrap->dataDirectory());
        QVERIFY2(url, qPrintable(url ? QString() : url.error()));
        inspection = QSqlDatabase::addDatabase(u"QPSQL"_s, m_inspection);
        inspection.setHostName(url.value().host);
        inspection.setPort(url.value().port);
        inspection.setUserName(url.value().user);
        inspection.setPassword(url.value().password);
        inspection.setDatabaseName(url.value().database);
    }
    QVERIFY2(inspection.open(), qPrintable(inspection.lastError().text()));

    // Calibration, each run uninterrupted and checked like a trial: the initial pull, ...
    m_cacheDirectory = m_work.filePath(u"cache-%1"_s.arg(++m_cacheCount));
    error = runClient(m_cacheDirectory, &m_pullMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkSynced(m_cacheDirectory, {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        auto cache = openCache(m_cacheDirectory, &error);
        QVERIFY2(cache, qPrintable(error));
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT id FROM patients WHERE deleted = 0 ORDER BY id"_s));
        while (q.next())
            m_patientIds << q.value(0).toString();
    }
    QVERIFY(!m_patientIds.isEmpty());

    // ... a push of MaxPushChanges, ...
    QStringList changeIds;
    error = writeChanges(m_cacheDirectory, MaxPushChanges, &changeIds);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = runClient(m_cacheDirectory, &m_pushMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkSynced(m_cacheDirectory, std::exchange(m_touchedThisTrial, {}));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // ... and, from the server's log, how long after the sign-in a big push is answered.
    changeIds.clear();
    error = writeChanges(m_cacheDirectory, MaxServerCrashChanges, &changeIds);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 logStart = m_server->logSize();
    const auto client = startClient(m_cacheDirectory, &error);
    QVERIFY2(client, qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    qint64 signedIn = -1;
    bool finished = false;
    while (!m_pushWindowMs && !finished) {
        const QByteArray log = m_server->log(logStart);
        if (signedIn < 0 && log.contains(LoginLine))
            signedIn = clock.elapsed();
        if (const qsizetype push = log.indexOf(PushLine); signedIn >= 0 && push >= 0) {
            m_pushWindowMs = std::max<qint64>(1, clock.elapsed() - signedIn);
            const QByteArray line = log.mid(push, log.indexOf('\n', push) - push);
            const QByteArray duration = "duration_ms=";
            const qsizetype at = line.indexOf(duration);
            m_pushServerMs =
                at < 0 ? m_pushWindowMs
                       : qint64(line.mid(at + duration.size()).split(' ').value(0).toDouble());
        }
        QVERIFY(clock.elapsed() < ClientTimeoutMs);
        finished = client->waitForFinished(1);
    }
    if (!finished)
        client->waitForFinished(ClientTimeoutMs);
    QVERIFY2(client->exitCode() == 0, qPrintable(programOutput(*client)));
    QVERIFY2(m_pushWindowMs > 0, "the push never appeared in the server's log");
    error = checkSynced(m_cacheDirectory, std::exchange(m_touchedThisTrial, {}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("calibration: initial pull %lld ms, push of %d %lld ms, sign-in to answered push of %d "
          "%lld ms (%lld ms of it in the server); %lld patients",
          m_pullMs, MaxPushChanges, m_pushMs, MaxServerCrashChanges, m_pushWindowMs, m_pushServerMs,
          qint64(m_patientIds.size()));
}

void SyncCrashTest::crashTrials_data()
{
    // About one trial in ten kills the server, one in eight starts a new workstation whose
    // initial pull is killed; the rest kill the client while it pushes. Shuffled, so push trials
    // also run on workstations that began as pull trials.
    const int serverKills = std::max(5, m_trials / 10);
    const int pulls = std::max(3, m_trials / 8);
    for (int i = 0; i < m_trials; ++i)
        m_plan << (i < serverKills           ? Kind::ServerKilledInPush
                   : i < serverKills + pulls ? Kind::ClientKilledInPull
                                             : Kind::ClientKilledInPush);
    for (qsizetype i = m_plan.size() - 1; i > 0; --i)
        std::swap(m_plan[i], m_plan[pick(i + 1)]);

    // Rows of a few trials each, so no single test function outlives Qt Test's watchdog (five
    // minutes) in the long run.
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("end");
    for (int first = 0; first < m_trials; first += TrialsPerRow) {
        const int end = std::min(m_trials, first + TrialsPerRow);
        QTest::addRow("trials %d-%d", first, end - 1) << first << end;
    }
}

void SyncCrashTest::crashTrials()
{
    QFETCH(int, first);
    QFETCH(int, end);
    if (m_stateUnknown)
        QSKIP("an earlier trial failed and left the workstation in an unknown state");
    QStringList failures;
    for (int trial = first; trial < end; ++trial) {
        m_touchedThisTrial.clear();
        const Kind kind = m_plan.at(trial);
        const QString error = kind == Kind::ClientKilledInPush   ? clientKilledInPush(trial)
                              : kind == Kind::ClientKilledInPull ? clientKilledInPull(trial)
                                                                 : serverKilledInPush(trial);
        ++m_kinds[size_t(kind)];
        if (error.isEmpty())
            continue;
        failures << u"trial %1 (%2): %3"_s.arg(trial)
                        .arg(kind == Kind::ClientKilledInPush   ? u"client killed in push"_s
                             : kind == Kind::ClientKilledInPull ? u"client killed in pull"_s
                                                                : u"server killed in push"_s)
                        .arg(error);
        ++m_failedTrials;
        // In full here: Qt Test shortens a failure message.
        qWarning("%s", qPrintable(failures.constLast()));
        // A failed pull trial leaves behind only its own new workstation, so the other trials
        // go on and show what else holds or breaks; after any other failure the push
        // workstation's state is unknown.
        if (kind != Kind::ClientKilledInPull) {
            m_stateUnknown = true;
            break;
        }
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(u"NOVAMIND_CRASH_SEED=%1 replays these:\n"_s.arg(m_seed) +
                        failures.join(u'\n')));
}

void SyncCrashTest::everyChangeOnServer()
{
    // Every record any trial touched, checked once more at the end, and no medication created
    // twice under another id.
    if (m_stateUnknown)
        QSKIP("a trial failed and left the workstation in an unknown state");
    QSet<QString> all;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
        all.insert(it.key());
    const QString error = checkSynced(m_cacheDirectory, all);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery q(QSqlDatabase::database(m_inspection));
    q.prepare(u"SELECT count(*) FROM medications WHERE created_by = ? AND data LIKE ?"_s);
    q.addBindValue(m_userId);
    q.addBindValue(u"%\"name\":\"crash-test %"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), m_created);
}

void SyncCrashTest::cleanupTestCase()
{
    qInfo("NOVAMIND_CRASH_SEED=%u: %d trials in %lld s, %d failed. Client killed in push: %d "
          "(finished first %d, server had not applied %d, applied but not recorded %d, recorded "
          "%d); client killed in pull: %d (%d kills, %d runs finished first); server killed in "
          "push: %d (not applied %d, applied but not recorded %d, recorded %d)",
          m_seed, int(m_kinds[0] + m_kinds[1] + m_kinds[2]), m_clock.elapsed() / 1000,
          m_failedTrials, m_kinds[size_t(Kind::ClientKilledInPush)],
          m_pushStages[size_t(PushStage::Finished)], m_pushStages[size_t(PushStage::NotApplied)],
          m_pushStages[size_t(PushStage::AppliedUnacked)],
          m_pushStages[size_t(PushStage::Acknowledged)], m_kinds[size_t(Kind::ClientKilledInPull)],
          m_pullKills, m_pullFinished, m_kinds[size_t(Kind::ServerKilledInPush)],
          m_serverStages[size_t(PushStage::NotApplied)],
          m_serverStages[size_t(PushStage::AppliedUnacked)],
          m_serverStages[size_t(PushStage::Acknowledged)]);
    if (!m_inspection.isEmpty())
        QSqlDatabase::removeDatabase(m_inspection);
    m_server.reset();
}

QTEST_GUILESS_MAIN(SyncCrashTest)
#include "tst_synccrash.moc"
