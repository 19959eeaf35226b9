#pragma once

#include "core/Result.h"
#include "core/storage/JournalEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace nm::core {

/// The outbox of local changes (DESIGN §7). append() joins the caller's transaction, so a row and
/// its entry are written together or not at all; an entry leaves only through acknowledge(), when
/// the server has answered applied, duplicate or conflict. A rejected entry stays, with its reason,
/// so the clinician sees it instead of losing the change silently.
class ChangeJournal {
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    explicit ChangeJournal(QSqlDatabase db);

    /// Writes \a entry (its seq is ignored); call inside the transaction that writes the row.
    Status<QString> append(const JournalEntry &entry);
    /// Pending (not rejected) entries in the order they were written, at most \a limit.
    Result<QList<JournalEntry>, QString> pending(int limit) const;
    /// Rejected entries, oldest first, for the clinician to review.
    Result<QList<JournalEntry>, QString> rejected() const;
    /// The number of pending entries (the "pending changes" a status bar shows).
    Result<int, QString> pendingCount() const;
    /// Removes the entry: the server has taken it (applied, duplicate or conflict).
    Status<QString> acknowledge(const QString &changeId);
    /// Keeps the entry, marked rejected with the server's code, detail and the fields it named.
    Status<QString> reject(const QString &changeId, const QString &code, const QString &detail,
                           const FieldErrors &errors = {});

private:
    Result<QList<JournalEntry>, QString> select(const QString &where, int limit) const;

    QSqlDatabase m_db;
};

} // namespace nm::core
