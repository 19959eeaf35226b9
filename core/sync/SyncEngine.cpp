#include "core/sync/SyncEngine.h"

#include "core/domain/Observation.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/CacheTables.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ObservationRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncState.h"
#include "core/storage/WriteTransaction.h"
#include "core/sync/ApiClient.h"
#include "core/sync/ConflictStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

constexpr auto ChangesPath = "/api/v1/sync/changes";

QJsonObject pushJson(const JournalEntry &entry)
{
    return {{u"change_id"_s, entry.changeId},
            {u"entity"_s, entry.entity},
            {u"id"_s, entry.entityId},
            {u"op"_s, JournalEntry::opName(entry.op)},
            {u"base_version"_s, entry.baseVersion},
            {u"fields"_s, entry.fields}};
}

// A connection setting for the lifetime of this object: \a during, then \a after. PRAGMAs
// only; the two used here cannot change inside a transaction, hence around one.
class ScopedPragma {
public:
    ScopedPragma(const QSqlDatabase &db, QLatin1StringView during, QLatin1StringView after)
        : m_db(db)
        , m_after(after)
    {
        QSqlQuery(m_db).exec("PRAGMA "_L1 + during);
    }
    ~ScopedPragma() { QSqlQuery(m_db).exec("PRAGMA "_L1 + m_after); }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    QSqlDatabase m_db;
    QLatin1StringView m_after;
};

} // namespace

SyncEngine::SyncEngine(QSqlDatabase cache, ApiClient &api, QUuid deviceId, QObject *parent)
    : SyncEngine(std::move(cache), api, deviceId, Options(), parent)
{}

SyncEngine::SyncEngine(QSqlDatabase cache, ApiClient &api, QUuid deviceId, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_db(std::move(cache))
    , m_api(api)
    , m_deviceId(deviceId)
    , m_options(options)
{
    m_decoder.setMaxThreadCount(1);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void SyncEngine::syncNow()
{
    if (isRunning())
        return;
    m_retryTimer.stop();
    const auto pending = ChangeJournal(m_db).pendingCount();
    if (!pending) {
        fail(pending.error());
        return;
    }
    m_pushTotal = pending.value();
    m_batchSize = m_options.pushBatch;
    m_pushDone = 0;
    m_pullTotal = -1;
    m_pullDone = 0;
    m_firstPage = true;
    setPhase(Phase::Pushing);
    Q_EMIT progress(Phase::Pushing, 0, m_pushTotal);
    pushNext();
}

void SyncEngine::pushNext()
{
    const auto batch = ChangeJournal(m_db).pending(m_batchSize);
    if (!batch) {
        fail(batch.error());
        return;
    }
    if (batch.value().isEmpty()) {
        setPhase(Phase::Pulling);
        Q_EMIT progress(Phase::Pulling, 0, -1);
        pullNext();
        return;
    }
    QJsonArray changes;
    for (const JournalEntry &entry : batch.value())
        changes.append(pushJson(entry));
    const QPointer<SyncEngine> self(this);
    m_api.post(
        QLatin1StringView(ChangesPath),
        {{u"device_id"_s, m_deviceId.toString(QUuid::WithoutBraces)}, {u"changes"_s, changes}},
        [self, entries = batch.value()](Result<QJsonObject, ApiError> answer) {
            if (!self)
                return;
            if (!answer) {
                // Long notes can make a batch larger than the server takes: halve it until it
                // fits rather than stall on the same batch forever.
                if (answer.error().httpStatus == 413 && entries.size() > 1) {
                    self->m_batchSize = std::max(1, int(entries.size()) / 2);
                    self->pushNext();
                    return;
                }
                self->fail(answer.error());
                return;
            }
            const QJsonArray results = answer.value().value(u"results"_s).toArray();
            if (results.size() != entries.size()) {
                self->fail(ApiError::decode(tr("the push answer")));
                return;
            }
            self->applyPushResults(answer.value(), entries);
        });
}

void SyncEngine::applyPushResults(const QJsonObject &answer, const QList<JournalEntry> &sent)
{
    const QJsonArray results = answer.value(u"results"_s).toArray();
    QHash<QString, JournalEntry> byChange;
    for (const JournalEntry &entry : sent)
        byChange.insert(entry.changeId, entry);

    // Every answer of the batch and the journal's state after it, in one transaction: a crash
    // before the commit leaves the entries pending, and the next push is answered "duplicate".
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        fail(begun.error());
        return;
    }
    ChangeJournal journal(m_db);
    ConflictStore conflicts(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue &value : results) {
        const QString changeId = value[u"change_id"].toString();
        const QString status = value[u"status"].toString();
        const JournalEntry entry = byChange.value(changeId);
        Status<QString> done = Done{};
        if (entry.changeId.isEmpty()) {
            done = tr("The server answered a change this workstation did not send");
        } else if ((status == "applied"_L1 || status == "duplicate"_L1) &&
                   value[u"conflicts"].toArray().isEmpty()) {
            done = journal.acknowledge(changeId);
        } else if (status == "conflict"_L1 || status == "duplicate"_L1) {
            // A duplicate carries the first answer's conflicts: when that answer was lost (the
            // workstation stopped before recording it), this is the only chance to keep the
            // clinician's values.
            QJsonArray fields = value[u"conflicts"].toArray();
            // An update of a record the server has deleted is answered with one conflict, on
            // "deleted": the values the clinician typed would leave with the journal entry, so
            // each is kept as a conflict of its own.
            const bool deletedOnServer =
                std::any_of(fields.begin(), fields.end(), [](const QJsonValue &conflict) {
                    return conflict[u"field"].toString() == "deleted"_L1 &&
                           conflict[u"server_value"].toBool();
                });
            if (deletedOnServer && entry.op == JournalEntry::Op::Update) {
                for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it)
                    fields.append(QJsonObject{{u"field"_s, it.key()},
                                              {u"server_value"_s, it.value()[u"old"]},
                                              {u"client_value"_s, it.value()[u"new"]}});
            }
            done = conflicts.record(changeId, entry.entity, entry.entityId, fields, now);
            // The server kept its values: so does this cache, and the clinician's are in the
            // conflict rows until they choose.
            if (done) {
                if (const auto table = CacheTables::forEntity(entry.entity)) {
                    RecordStore store(m_db, *table);
                    if (auto current = store.load(entry.entityId); current && current.value()) {
                        QJsonObject record = *current.value();
                        for (const QJsonValue &conflict : fields) {
                            const QString field = conflict[u"field"].toString();
                            if (field != "deleted"_L1)
                                record.insert(field, conflict[u"server_value"]);
                        }
                        if (auto put = store.putFromServer(record); !put)
                            done = put.error().message;
                    }
                }
            }
            if (done)
                done = journal.acknowledge(changeId);
        } else if (status == "rejected"_L1) {
            FieldErrors named;
            for (const QJsonValue &error : value[u"errors"].toArray())
                named.add(error[u"field"].toString(), error[u"message"].toString());
            done = journal.reject(changeId, value[u"code"].toString(), value[u"detail"].toString(),
                                  named);
        } else {
            done = tr("The server answered a change with \"%1\"").arg(status);
        }
        if (!done) {
            transaction.rollback();
            fail(done.error());
            return;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        fail(committed.error());
        return;
    }
    m_pushDone += results.size();
    Q_EMIT progress(Phase::Pushing, m_pushDone, std::max(m_pushTotal, m_pushDone));
    reportCounts();
    pushNext();
}

void SyncEngine::pullNext()
{
    const auto cursor = SyncState(m_db).cursor();
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    m_received = 0;
    m_written = 0;
    m_decoded.clear();
    setBulkApply(true);
    requestPage(cursor.value().isEmpty() ? u"0"_s : cursor.value());
}

// Pages flow through three stages: the answer arrives (and the next page is asked for at once,
// from its Link header), a worker thread decodes it, and this thread writes it. A page is written
// once the answer after it has arrived, so that while the cache is busy, the next page is being
// decoded and the one after it is on its way.
void SyncEngine::requestPage(const QString &cursor)
{
    QString path = u"%1?since=%2&limit=%3"_s.arg(QLatin1StringView(ChangesPath), cursor)
                       .arg(m_options.pageSize);
    if (m_firstPage)
        path += u"&count=true"_s;
    m_firstPage = false;
    const QPointer<SyncEngine> self(this);
    m_api.getRaw(
        path, "Link",
        [self, generation = m_pullGeneration](Result<ApiClient::RawAnswer, ApiError> answer) {
            if (!self || generation != self->m_pullGeneration)
                return;
            if (!answer) {
                self->pageFailed(answer.error());
                return;
            }
            self->pageReceived(std::move(answer).value());
        });
}

void SyncEngine::pageReceived(ApiClient::RawAnswer answer)
{
    ++m_received;
    const QString next = PulledPage::nextFromLink(answer.header);
    if (!next.isEmpty())
        requestPage(next);
    // The pool waits for its task in the destructor, so the task may use this engine; the
    // answer it posts back is dropped if the engine is gone by then.
    m_decoder.start([this, body = std::move(answer.body), next, generation = m_pullGeneration] {
        auto page = PulledPage::decode(body);
        QMetaObject::invokeMethod(
            this,
            [this, page = std::move(page), next, generation]() mutable {
                if (generation == m_pullGeneration)
                    pageDecoded(std::move(page), next);
            },
            Qt::QueuedConnection);
    });
    writeReadyPages();
}

void SyncEngine::pageFailed(const ApiError &error)
{
    if (error.mustWipe()) {
        fail(error);
        return;
    }
    // The pages that did arrive are written first, so the next pass resumes after them.
    m_pageFailure = error;
    writeReadyPages();
}

void SyncEngine::pageDecoded(Result<PulledPage, ApiError> page, const QString &linkNext)
{
    if (!page) {
        fail(page.error());
        return;
    }
    if (!linkNext.isEmpty() && (!page.value().hasMore || linkNext != page.value().nextCursor)) {
        fail(ApiError::decode(tr("a page whose Link header and body disagree")));
        return;
    }
    if (linkNext.isEmpty() && page.value().hasMore && !m_pageFailure)
        requestPage(page.value().nextCursor); // a server that sends no Link header
    m_decoded.append(std::move(page).value());
    writeReadyPages();
}

void SyncEngine::writeReadyPages()
{
    while (!m_decoded.isEmpty()) {
        if (!m_pageFailure && m_decoded.constFirst().hasMore && m_received <= m_written + 1)
            return; // the answer after it is not here yet: take it in first
        const PulledPage page = m_decoded.takeFirst();
        ++m_written;
        if (!writePage(page))
            return;
        if (!page.hasMore) {
            finishPass();
            return;
        }
    }
    if (m_pageFailure && m_written == m_received)
        fail(ApiError(*m_pageFailure)); // fail() clears m_pageFailure
}

void SyncEngine::setBulkApply(bool on)
{
    if (m_bulkApply == on)
        return;
    m_bulkApply = on;
    // Only speed is at stake: a pragma that does not apply leaves a slower, correct pull.
    for (const QString &pragma : CacheDatabase::bulkApplyPragmas(on))
        QSqlQuery(m_db).exec("PRAGMA "_L1 + pragma);
}

bool SyncEngine::writePage(const PulledPage &page)
{
    // Pulled rows arrive in change order, not parent-first: a note may come before its patient
    // when the patient changed later, or on a later page. The server keeps the chart consistent,
    // so the cache's foreign keys are off while its rows are applied.
    const ScopedPragma foreignKeysOff(m_db, "foreign_keys = OFF"_L1, "foreign_keys = ON"_L1);
    // A pulled page may skip the flush to disk at its commit: after a power cut it can only be
    // missing together with its cursor, and is pulled again. Everything else the clinician
    // saves commits with synchronous=FULL, which is restored before this function returns and
    // makes the pages before it durable too.
    const ScopedPragma durability(m_db, "synchronous = NORMAL"_L1, "synchronous = FULL"_L1);
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        fail(begun.error());
        return false;
    }
    // A record with a change still waiting to go out is stored as the server has it with the
    // clinician's pending values on top: the cursor moves past it now, and the pending change
    // is pushed (and merged) next. A final record is stored as the server has it; a pending
    // change to it will be refused and stays visible in the journal.
    QHash<QString, QList<QJsonObject>> waiting;
    QSet<QString> waitingDeletes;
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT entity_id, op, fields FROM change_journal WHERE state = 'pending' "
                    "ORDER BY seq"_s)) {
            fail(tr("The journal could not be read"));
            return false;
        }
        while (q.next()) {
            waiting[q.value(0).toString()].append(
                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
            if (q.value(1).toString() == "delete"_L1)
                waitingDeletes.insert(q.value(0).toString());
        }
    }
    QList<Observation> observations;
    QHash<QString, QList<QJsonObject>> records;
    for (const PulledPage::Change &change : page.changes) {
        const std::optional<RecordTable> table = CacheTables::forEntity(change.entity);
        std::optional<Observation> observation = change.observation;
        QJsonObject data = change.data;
        if (waiting.contains(change.id) && table && !(table->isFinal && table->isFinal(data))) {
            for (const QJsonObject &fields : waiting.value(change.id)) {
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    data.insert(it.key(), it.value()[u"new"]);
            }
            if (waitingDeletes.contains(change.id))
                data.insert(u"deleted"_s, true);
            if (change.entity == "observation"_L1) {
                auto overlaid = Observation::fromJson(data);
                observation = overlaid ? std::optional(std::move(overlaid).value()) : std::nullopt;
            }
        }
        if (change.entity == "observation"_L1) {
            if (!observation) {
                fail(ApiError::decode(tr("an observation")));
                return false;
            }
            observations.append(std::move(*observation));
            continue;
        }
        if (!table)
            continue; // a kind this version does not keep; a newer server may send more
        // By kind: a page holds each record once, and its foreign keys are off, so the order
        // between kinds does not matter.
        records[change.entity].append(std::move(data));
    }
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const RecordTable table = *CacheTables::forEntity(it.key());
        if (auto put = RecordStore(m_db, table).putFromServer(it.value()); !put) {
            fail(put.error().message);
            return false;
        }
    }
    if (!observations.isEmpty()) {
        if (auto put = ObservationRepository(m_db).put(observations); !put) {
            fail(put.error().message);
            return false;
        }
    }
    if (auto stored = SyncState(m_db).setCursor(page.nextCursor); !stored) {
        fail(stored.error());
        return false;
    }
    if (auto committed = transaction.commit(); !committed) {
        fail(committed.error());
        return false;
    }
    if (page.remaining >= 0)
        m_pullTotal = m_pullDone + page.changes.size() + page.remaining;
    m_pullDone += page.changes.size();
    Q_EMIT progress(Phase::Pulling, m_pullDone, m_pullTotal);
    return true;
}

void SyncEngine::finishPass()
{
    setBulkApply(false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto stored = SyncState(m_db).setLastSyncAt(now); !stored) {
        fail(stored.error());
        return;
    }
    m_failures = 0;
    setPhase(Phase::Idle);
    reportCounts();
    Q_EMIT synced(now);
}

void SyncEngine::fail(const QString &localProblem)
{
    // The cache itself failed: retrying soon would fail the same way, so no retry.
    ++m_pullGeneration;
    m_decoded.clear();
    m_pageFailure.reset();
    setBulkApply(false);
    setPhase(Phase::Idle);
    Q_EMIT failed(ApiError::localStorage(localProblem), -1);
}

void SyncEngine::fail(const ApiError &error)
{
    ++m_pullGeneration;
    m_decoded.clear();
    m_pageFailure.reset();
    setBulkApply(false);
    if (error.mustWipe()) {
        setPhase(Phase::Idle);
        Q_EMIT wipeRequired(error);
        return;
    }
    if (!m_options.retry || !error.isRetryable()) {
        setPhase(Phase::Idle);
        Q_EMIT failed(error, -1);
        return;
    }
    // Exponential backoff with full jitter, so workstations that lost the server together do
    // not return together; never before the server's Retry-After.
    const qint64 ceiling = std::min<qint64>(
        m_options.maxRetry.count(), m_options.firstRetry.count() << std::min(m_failures, 20));
    qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    if (error.retryAfterSeconds > 0)
        delay = std::max<qint64>(delay, qint64(error.retryAfterSeconds) * 1000);
    ++m_failures;
    setPhase(Phase::Waiting);
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
    Q_EMIT failed(error, delay);
}

void SyncEngine::reportCounts()
{
    const auto pending = ChangeJournal(m_db).pendingCount();
    const auto conflicts = ConflictStore(m_db).openCount();
    if (pending && conflicts)
        Q_EMIT pendingChanged(pending.value(), conflicts.value());
}

} // namespace nm::core
