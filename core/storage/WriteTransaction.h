#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nm::core {

/// A unit of writes on a QSQLCIPHER connection that commits together or not at all, and nests:
/// on its own it is BEGIN IMMEDIATE … COMMIT; inside a caller's transaction it is a SAVEPOINT, so
/// a repository write (row + journal entry) can also be one step of a larger unit (a sync page).
/// Rolled back on destruction unless commit() succeeded.
class WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    /// What begin() does inside a caller's transaction.
    enum class Nesting {
        /// A SAVEPOINT: a failed step is undone on its own and the caller may go on.
        Savepoint,
        /// Nothing: the steps become part of the caller's transaction, which must be abandoned
        /// when one fails. For bulk writes (a pulled page of 1,000 rows), where a savepoint per
        /// call costs more than the rows themselves.
        JoinOuter,
    };

    explicit WriteTransaction(QSqlDatabase db, Nesting nesting = Nesting::Savepoint);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status<QString> begin();
    Status<QString> commit();
    /// Undoes everything since begin(); also what the destructor does if commit() was not reached.
    void rollback();

private:
    enum class State { Idle, Outer, Savepoint, Joined };
    bool run(const QString &sql);

    QSqlDatabase m_db;
    Nesting m_nesting;
    State m_state = State::Idle;
    QString m_savepoint;
    QString m_lastError;
};

} // namespace nm::core
