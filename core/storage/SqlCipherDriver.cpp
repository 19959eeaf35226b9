#include "core/storage/SqlCipherDriver.h"

#include "core/storage/SqlCipherResult.h"
#include "core/storage/SqliteTypes.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstring>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

constexpr int DefaultBusyTimeoutMs = 5000;

struct ConnectOptions {
    std::optional<SecureBuffer> key;
    int pageSize = 0;
    int busyTimeoutMs = DefaultBusyTimeoutMs;
    bool readOnly = false;
    QString problem;
};

// Parsed in place over QStringView so the key's hex digits are copied only into locked memory.
ConnectOptions parseOptions(QStringView options)
{
    ConnectOptions parsed;
    for (QStringView item : options.split(u';', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QStringView name = (eq < 0 ? item : item.left(eq)).trimmed();
        const QStringView value = eq < 0 ? QStringView() : item.mid(eq + 1).trimmed();
        bool numberOk = false;
        if (name == "QSQLCIPHER_KEY"_L1) {
            parsed.key = SecureBuffer::fromHex(value);
            if (!parsed.key || parsed.key->size() != SqlCipherDriver::KeySize) {
                parsed.problem = SqlCipherDriver::tr("QSQLCIPHER_KEY must be %1 hexadecimal digits")
                                     .arg(SqlCipherDriver::KeySize * 2);
                parsed.key.reset();
            }
        } else if (name == "QSQLCIPHER_PAGE_SIZE"_L1) {
            parsed.pageSize = value.toInt(&numberOk);
            const bool powerOfTwo =
                numberOk && parsed.pageSize > 0 && (parsed.pageSize & (parsed.pageSize - 1)) == 0;
            if (!powerOfTwo || parsed.pageSize < 512 || parsed.pageSize > 65536)
                parsed.problem = SqlCipherDriver::tr("QSQLCIPHER_PAGE_SIZE must be a power of two "
                                                     "between 512 and 65536");
        } else if (name == "QSQLCIPHER_BUSY_TIMEOUT"_L1) {
            parsed.busyTimeoutMs = value.toInt(&numberOk);
            if (!numberOk || parsed.busyTimeoutMs < 0)
                parsed.problem = SqlCipherDriver::tr("QSQLCIPHER_BUSY_TIMEOUT must be a number of "
                                                     "milliseconds");
        } else if (name == "QSQLCIPHER_OPEN_READONLY"_L1 && eq < 0) {
            parsed.readOnly = true;
        } else {
            // A misspelt option must not quietly open the cache in an unintended mode.
            parsed.problem =
                SqlCipherDriver::tr("Unknown connect option \"%1\"").arg(name.toString());
        }
    }
    return parsed;
}

QString quoted(QStringView part)
{
    QString escaped = part.toString();
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(DriverName, new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

void SqlCipherDriver::setKey(SecureBuffer key)
{
    m_key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // QSqlResult rewrites ":name" into "?" and maps every name (repeated ones too) to its
    // positions, which is exactly SQLite's positional binding.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &driverText, QSqlError::ErrorType type) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(driverText, message, type, QString::number(code));
}

bool SqlCipherDriver::failOpen(const QString &message, int code)
{
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(message, detail, QSqlError::ConnectionError, QString::number(code)));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_key = SecureBuffer();
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connectOptions)
{
    Q_UNUSED(user);
    Q_UNUSED(password);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen())
        close();

    ConnectOptions options = parseOptions(connectOptions);
    if (!options.problem.isEmpty())
        return failOpen(options.problem, 0);
    SecureBuffer key =
        m_key.isEmpty() ? std::move(options.key).value_or(SecureBuffer()) : std::move(m_key);
    m_key = SecureBuffer();
    if (key.size() != KeySize)
        return failOpen(
            tr("An encryption key of %1 bytes is required to open an encrypted cache").arg(KeySize),
            0);

    const int flags =
        (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(tr("Unable to open the database file \"%1\"").arg(db), rc);
    sqlite3_extended_result_codes(m_db, 1);

    // The key must be the connection's first operation. A raw key is passed as the text
    // x'<hex>' so SQLCipher uses it directly instead of running PBKDF2 over it.
    {
        const SecureBuffer hex = key.toHex();
        SecureBuffer literal(hex.size() + 3);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        std::memcpy(literal.data() + 2, hex.data(), size_t(hex.size()));
        literal.data()[literal.size() - 1] = '\'';
        if (sqlite3_key(m_db, literal.data(), int(literal.size())) != SQLITE_OK)
            return failOpen(tr("Unable to apply the encryption key"), sqlite3_errcode(m_db));
    }

    // A plain SQLite library would accept "PRAGMA key" and silently store plaintext.
    {
        sqlite3_stmt *stmt = nullptr;
        QByteArray version;
        if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            version = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
        if (version.isEmpty())
            return failOpen(tr("The linked SQLite library does not encrypt (no cipher_version); "
                               "refusing to open"),
                            0);
    }

    if (options.pageSize > 0) {
        const QByteArray pragma =
            "PRAGMA cipher_page_size = " + QByteArray::number(options.pageSize);
        if (sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failOpen(tr("Unable to set the cipher page size"), sqlite3_errcode(m_db));
    }
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    // SQLCipher only decrypts when a page is first read: read now, so a wrong key or a file
    // that is not an encrypted database fails here rather than as garbage later.
    const int check =
        sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (check != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_db);
        if ((code & 0xff) == SQLITE_NOTADB)
            return failOpen(tr("The database could not be decrypted: the key is wrong, or the file "
                               "is not an encrypted cache"),
                            code);
        return failOpen(tr("Unable to read the database file \"%1\"").arg(db), code);
    }

    m_readOnly = options.readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const QList<SqlCipherResult *> results = m_results;
    for (SqlCipherResult *result : results)
        result->finalize();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_key = SecureBuffer();
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::forget(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::runSimple(const char *sql, const QString &whatFailed,
                                QSqlError::ErrorType type)
{
    if (!isOpen()) {
        setLastError(QSqlError(whatFailed, tr("The database is not open"), type));
        return false;
    }
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(makeError(whatFailed, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front; a deferred transaction that later needs to write
    // can fail with SQLITE_BUSY mid-way when another connection (the sync worker) is writing.
    return runSimple(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE",
                     tr("Unable to begin the transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return runSimple("COMMIT", tr("Unable to commit the transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runSimple("ROLLBACK", tr("Unable to roll back the transaction"),
                     QSqlError::TransactionError);
}

bool SqlCipherDriver::executeScript(const QString &sql)
{
    if (!isOpen()) {
        setLastError(QSqlError(tr("Unable to run the script"), tr("The database is not open"),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const char *cursor = utf8.constData();
    const char *end = cursor + utf8.size();
    while (cursor < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        if (sqlite3_prepare_v2(m_db, cursor, int(end - cursor), &stmt, &tail) != SQLITE_OK) {
            setLastError(makeError(tr("Unable to prepare a statement of the script"),
                                   QSqlError::StatementError));
            return false;
        }
        cursor = tail;
        if (!stmt)
            continue; // whitespace or a comment
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE) {
            setLastError(
                makeError(tr("A statement of the script failed"), QSqlError::StatementError));
            sqlite3_finalize(stmt);
            return false;
        }
        sqlite3_finalize(stmt);
    }
    return true;
}

bool SqlCipherDriver::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    if (type & QSql::SystemTables)
        names << u"sqlite_master"_s;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"'table'"_s;
    if (type & QSql::Views)
        kinds << u"'view'"_s;
    if (kinds.isEmpty())
        return names;
    const QString filter =
        "type IN ("_L1 + kinds.join(u',') + ") AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_L1;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec("SELECT name FROM sqlite_master WHERE "_L1 + filter +
                   " UNION ALL SELECT name FROM sqlite_temp_master WHERE "_L1 + filter)) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QString SqlCipherDriver::tableInfoPragma(const QString &tableName) const
{
    // "schema.table" becomes PRAGMA "schema".table_info("table"); a quoted name is one table.
    if (isIdentifierEscaped(tableName, TableName))
        return "PRAGMA table_info("_L1 + tableName + u')';
    if (const qsizetype dot = tableName.indexOf(u'.'); dot > 0) {
        return "PRAGMA "_L1 + quoted(QStringView(tableName).left(dot)) + ".table_info("_L1 +
               quoted(QStringView(tableName).mid(dot + 1)) + u')';
    }
    return "PRAGMA table_info("_L1 + quoted(tableName) + u')';
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    if (!isOpen() || tableName.isEmpty())
        return result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(tableInfoPragma(tableName)))
        return result;
    const QString table = stripDelimiters(tableName, TableName);
    QList<QSqlField> fields;
    QList<int> keyColumns;
    bool integerKey = false;
    // PRAGMA table_info columns: cid, name, type, notnull, dflt_value, pk.
    while (query.next()) {
        const QString declared = query.value(2).toString();
        // A column without a declared type holds whatever was stored; text is the useful default.
        const QMetaType type = sqliteDeclaredType(declared);
        QSqlField field(query.value(1).toString(),
                        type.isValid() ? type : QMetaType(QMetaType::QString), table);
        field.setRequired(query.value(3).toInt() != 0);
        if (!query.value(4).isNull())
            field.setDefaultValue(query.value(4));
        if (query.value(5).toInt() > 0) {
            keyColumns << int(fields.size());
            integerKey = declared.compare("INTEGER"_L1, Qt::CaseInsensitive) == 0;
        }
        fields << field;
    }
    // A lone column declared exactly INTEGER PRIMARY KEY is the rowid: SQLite assigns it when an
    // insert leaves it out.
    if (keyColumns.size() == 1 && integerKey)
        fields[keyColumns.constFirst()].setAutoValue(true);
    for (const QSqlField &field : std::as_const(fields))
        result.append(field);
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table, table);
    if (!isOpen() || tableName.isEmpty())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(tableInfoPragma(tableName)))
        return index;
    QList<std::pair<int, QString>> keyColumns; // (position in the key, column name)
    while (query.next()) {
        if (const int position = query.value(5).toInt(); position > 0)
            keyColumns.append({position, query.value(1).toString()});
    }
    std::sort(keyColumns.begin(), keyColumns.end());
    const QSqlRecord fields = record(tableName);
    for (const auto &[position, name] : std::as_const(keyColumns))
        index.append(fields.field(name));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(u'.')) {
        // "schema.table": each part is quoted on its own.
        QStringList parts;
        for (QStringView part : QStringView(identifier).split(u'.'))
            parts << quoted(part);
        return parts.join(u'.');
    }
    return quoted(identifier);
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return u"NULL"_s;
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return "X'"_L1 + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
    case QMetaType::Bool:
        return field.value().toBool() ? u"1"_s : u"0"_s;
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

} // namespace nm::core
