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
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status<QString> begin();
    Status<QString> commit();
    /// Undoes everything since begin(); also what the destructor does if commit() was not reached.
    void rollback();

private:
    enum class State { Idle, Outer, Savepoint };
    bool run(const QString &sql);

    QSqlDatabase m_db;
    State m_state = State::Idle;
    QString m_savepoint;
    QString m_lastError;
};

} // namespace nm::core
