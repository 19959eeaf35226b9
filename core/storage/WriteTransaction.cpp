#include "core/storage/WriteTransaction.h"

#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

WriteTransaction::WriteTransaction(QSqlDatabase db, Nesting nesting)
    : m_db(std::move(db))
    , m_nesting(nesting)
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

Status<QString> WriteTransaction::begin()
{
    const auto *driver = qobject_cast<const SqlCipherDriver *>(m_db.driver());
    if (driver && driver->inTransaction() && m_nesting == Nesting::JoinOuter) {
        m_state = State::Joined;
        return Done{};
    }
    if (driver && driver->inTransaction()) {
        static QAtomicInteger<quint64> counter;
        m_savepoint = u"nm_write_%1"_s.arg(counter.fetchAndAddRelaxed(1));
        if (!run("SAVEPOINT "_L1 + m_savepoint))
            return tr("Unable to start saving: %1").arg(m_lastError);
        m_state = State::Savepoint;
        return Done{};
    }
    if (!m_db.transaction())
        return tr("Unable to start saving: %1").arg(m_db.lastError().text());
    m_state = State::Outer;
    return Done{};
}

Status<QString> WriteTransaction::commit()
{
    switch (m_state) {
    case State::Idle:
        return tr("Nothing to save: the transaction was not started");
    case State::Savepoint:
        if (!run("RELEASE "_L1 + m_savepoint))
            return tr("Unable to save: %1").arg(m_lastError);
        break;
    case State::Outer:
        if (!m_db.commit())
            return tr("Unable to save: %1").arg(m_db.lastError().text());
        break;
    case State::Joined:
        break; // the caller's transaction commits
    }
    m_state = State::Idle;
    return Done{};
}

void WriteTransaction::rollback()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::Savepoint:
        // ROLLBACK TO undoes the work but keeps the savepoint open; RELEASE closes it.
        run("ROLLBACK TO "_L1 + m_savepoint);
        run("RELEASE "_L1 + m_savepoint);
        break;
    case State::Outer:
        m_db.rollback();
        break;
    case State::Joined:
        break; // the caller abandons its transaction, as Nesting::JoinOuter requires
    }
    m_state = State::Idle;
}

} // namespace nm::core
