#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace nm::core {

class SqlCipherResult;

/// QtSql driver over the SQLCipher C API, registered in-process as "QSQLCIPHER" (Qt ships none and
/// Debian ships no Qt SQLite driver source to build one from).
///
/// The 256-bit raw key is applied before any other statement. It comes either from setKey() —
/// what the product uses, so the key never becomes a QString — or from the connect option
/// QSQLCIPHER_KEY=<64 hex digits>. Other connect options, separated by ';':
///   QSQLCIPHER_PAGE_SIZE=<bytes>       cipher_page_size; must match the value the file was made
///   with QSQLCIPHER_BUSY_TIMEOUT=<ms>       how long to wait for another connection's lock
///   (default 5000) QSQLCIPHER_OPEN_READONLY           open without write access
/// open() fails, leaving isOpen() false, when no key is given, when the key does not decrypt the
/// file, when the file is not a database, and when the linked library is not SQLCipher.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT

public:
    static constexpr QLatin1StringView DriverName{"QSQLCIPHER"};
    static constexpr qsizetype KeySize = 32;
    /// SQLITE_NOTADB: the primary result code (lowest byte of lastError().nativeErrorCode()) for
    /// a wrong key or a file that is not an encrypted database.
    static constexpr int NotADatabaseCode = 26;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    /// Makes "QSQLCIPHER" available to QSqlDatabase::addDatabase. Safe to call repeatedly.
    static void registerDriver();

    /// Supplies the raw key for the next open(); takes precedence over QSQLCIPHER_KEY.
    void setKey(SecureBuffer key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    /// The sqlite3* connection handle, as Qt's own drivers expose theirs.
    QVariant handle() const override;

    /// Runs every statement of \a sql in order (migrations are multi-statement scripts, which a
    /// QSqlQuery cannot run). Stops at the first failure and reports it through lastError().
    bool executeScript(const QString &sql);
    /// True while a transaction (BEGIN or SAVEPOINT) is open on the connection.
    bool inTransaction() const;

private:
    friend class SqlCipherResult;

    /// Records why open() failed and releases the half-open handle; \a code is SQLite's (0 if
    /// the failure is one of our own checks).
    bool failOpen(const QString &message, int code);
    bool runSimple(const char *sql, const QString &whatFailed, QSqlError::ErrorType type);
    QString tableInfoPragma(const QString &tableName) const;
    QSqlError makeError(const QString &driverText, QSqlError::ErrorType type) const;
    void forget(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    SecureBuffer m_key;
    bool m_readOnly = false;
    // Results hold prepared statements that must be finalized before the connection closes.
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace nm::core
