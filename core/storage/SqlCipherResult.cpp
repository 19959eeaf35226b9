#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqliteTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlField>
#include <QUuid>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QMetaType typeOfValue(const QVariant &value)
{
    return value.isValid() ? value.metaType() : QMetaType();
}

// Mirrors what Qt's drivers treat as SQL NULL: an empty QVariant, and null strings, byte arrays
// and date/time values (QVariant::isNull() no longer reports those in Qt 6).
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    // sqlite3_bind_text16 takes a length in bytes; QString::size() counts UTF-16 code units.
    return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                               SQLITE_TRANSIENT);
}

bool startsWithInsert(QStringView sql)
{
    const QStringView trimmed = sql.trimmed();
    return trimmed.startsWith("INSERT"_L1, Qt::CaseInsensitive) ||
           trimmed.startsWith("REPLACE"_L1, Qt::CaseInsensitive);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finishStatement();
    // The driver may already be gone (QSqlResult tracks it with a QPointer).
    if (const SqlCipherDriver *driver = cipherDriver())
        driver->forget(this);
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalize()
{
    finishStatement();
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::finishStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void SqlCipherResult::clearRows()
{
    m_values.clear(); // keeps its capacity for the next execution
    m_rowsRead = 0;
    m_exhausted = true;
}

void SqlCipherResult::setStatementError(const QString &driverText, QSqlError::ErrorType type)
{
    const SqlCipherDriver *driver = cipherDriver();
    sqlite3 *db = driver ? driver->m_db : nullptr;
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : tr("Not connected");
    setLastError(QSqlError(driverText, message, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finishStatement();
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    m_declaredTypes.clear();
    m_columnCount = 0;

    const SqlCipherDriver *driver = cipherDriver();
    if (!driver || !driver->isOpen() || !driver->m_db) {
        setLastError(QSqlError(tr("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }

    const auto *begin = reinterpret_cast<const char16_t *>(query.constData());
    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v2(driver->m_db, begin, int(query.size() * sizeof(char16_t)),
                                        &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(tr("Unable to prepare the statement"), QSqlError::StatementError);
        finishStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(tr("The statement is empty"), {}, QSqlError::StatementError));
        return false;
    }

    // sqlite3_prepare compiles only the first statement; refuse to drop the rest silently.
    const auto *tailChars = static_cast<const char16_t *>(tail);
    const QStringView rest(tailChars, begin + query.size() - tailChars);
    if (!rest.trimmed().isEmpty()) {
        sqlite3_stmt *next = nullptr;
        sqlite3_prepare16_v2(driver->m_db, rest.utf16(), int(rest.size() * sizeof(char16_t)), &next,
                             nullptr);
        if (next) {
            sqlite3_finalize(next);
            finishStatement();
            setLastError(QSqlError(tr("Unable to execute multiple statements at a time"), {},
                                   QSqlError::StatementError));
            return false;
        }
    }

    m_isInsert = startsWithInsert(query);
    setSelect(sqlite3_column_count(m_stmt) > 0);
    describeColumns();
    return true;
}

void SqlCipherResult::describeColumns()
{
    m_columnCount = sqlite3_column_count(m_stmt);
    m_declaredTypes.reserve(m_columnCount);
    for (int c = 0; c < m_columnCount; ++c) {
        const auto *name = static_cast<const char16_t *>(sqlite3_column_name16(m_stmt, c));
        const auto *decl = static_cast<const char16_t *>(sqlite3_column_decltype16(m_stmt, c));
        const QMetaType type = sqliteDeclaredType(decl ? QStringView(decl) : QStringView());
        m_declaredTypes.append(type);
        m_record.append(QSqlField(name ? QString::fromUtf16(name) : QString(), type));
    }
}

void SqlCipherResult::completeRecordFromFirstRow()
{
    // Expressions ("count(*)", "max(x)") have no declared type; the first row's storage class
    // is the best description SQLite can give.
    if (m_rowsRead == 0)
        return;
    for (int c = 0; c < m_columnCount; ++c) {
        if (m_declaredTypes.at(c).isValid())
            continue;
        QSqlField field = m_record.field(c);
        field.setMetaType(typeOfValue(m_values.at(c)));
        m_record.replace(c, field);
    }
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> &values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(tr("Parameter count mismatch: the statement has %1 placeholders "
                                  "but %2 values were bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               {}, QSqlError::StatementError));
        return false;
    }

    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (isSqlNull(value)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong v = value.toULongLong();
                // SQLite integers are signed 64-bit; a larger value keeps its exact digits as text.
                rc = v <= qulonglong(std::numeric_limits<qint64>::max())
                         ? sqlite3_bind_int64(m_stmt, index, qint64(v))
                         : bindText(m_stmt, index, QString::number(v));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const auto *bytes = static_cast<const QByteArray *>(value.constData());
                rc = sqlite3_bind_blob64(m_stmt, index, bytes->constData(),
                                         sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QString:
                rc = bindText(m_stmt, index, *static_cast<const QString *>(value.constData()));
                break;
            case QMetaType::QDateTime:
                rc = bindText(m_stmt, index, value.toDateTime().toString(Qt::ISODateWithMs));
                break;
            case QMetaType::QDate:
                rc = bindText(m_stmt, index, value.toDate().toString(Qt::ISODate));
                break;
            case QMetaType::QTime:
                rc = bindText(m_stmt, index, value.toTime().toString(Qt::ISODateWithMs));
                break;
            case QMetaType::QUuid:
                rc = bindText(m_stmt, index, value.toUuid().toString(QUuid::WithoutBraces));
                break;
            default:
                if (!value.canConvert<QString>()) {
                    setLastError(QSqlError(tr("Value %1 has a type (%2) that cannot be stored")
                                               .arg(index)
                                               .arg(QString::fromLatin1(value.typeName())),
                                           {}, QSqlError::StatementError));
                    return false;
                }
                rc = bindText(m_stmt, index, value.toString());
                break;
            }
        }
        if (rc != SQLITE_OK) {
            setStatementError(tr("Unable to bind value %1").arg(index), QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(
                QSqlError(tr("No statement has been prepared"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_lastInsertId.clear();

    if (!bindAll())
        return false;

    sqlite3 *db = cipherDriver()->m_db;
    m_exhausted = false;
    // The first step runs the statement: writes happen, constraint errors surface here rather
    // than on a later fetch, and a SELECT learns whether it has rows.
    if (readNextRow() == Step::Failed)
        return false;

    if (isSelect()) {
        completeRecordFromFirstRow();
    } else {
        m_rowsAffected = sqlite3_changes(db);
        if (m_isInsert && m_rowsAffected > 0)
            m_lastInsertId = qint64(sqlite3_last_insert_rowid(db));
    }
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE) {
        m_exhausted = true;
        // Resetting ends the implicit read transaction, so a finished SELECT does not pin the WAL.
        sqlite3_reset(m_stmt);
        return Step::Done;
    }
    setStatementError(tr("Unable to fetch the row"), QSqlError::StatementError);
    m_exhausted = true;
    sqlite3_reset(m_stmt);
    return Step::Failed;
}

SqlCipherResult::Step SqlCipherResult::readNextRow()
{
    if (m_exhausted)
        return Step::Done;
    if (const Step result = step(); result != Step::Row)
        return result;
    // Rows are stored flat, m_columnCount values each, so reading a row allocates nothing but
    // the values themselves: forward-only overwrites its single row in place, scrollable appends.
    if (isForwardOnly()) {
        m_values.resize(m_columnCount);
        for (int c = 0; c < m_columnCount; ++c)
            m_values[c] = columnValue(c);
    } else {
        for (int c = 0; c < m_columnCount; ++c)
            m_values.append(columnValue(c));
    }
    ++m_rowsRead;
    return Step::Row;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        // Integers are exact; the precision policy is about floating-point (NUMERIC) values.
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(v);
        case QSql::LowPrecisionInt64:
            return qint64(v);
        default:
            return v;
        }
    }
    case SQLITE_TEXT: {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return QString(text, bytes / int(sizeof(QChar)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QByteArray(blob, bytes);
    }
    case SQLITE_NULL:
    default:
        return QVariant(m_declaredTypes.value(column));
    }
}

qsizetype SqlCipherResult::currentRowOffset() const
{
    const int row = at();
    if (row < 0 || row >= m_rowsRead)
        return -1;
    if (isForwardOnly())
        return row == m_rowsRead - 1 ? 0 : -1;
    return qsizetype(row) * m_columnCount;
}

QVariant SqlCipherResult::data(int field)
{
    const qsizetype offset = currentRowOffset();
    if (offset < 0 || field < 0 || field >= m_columnCount)
        return {};
    return m_values.at(offset + field);
}

bool SqlCipherResult::isNull(int field)
{
    const qsizetype offset = currentRowOffset();
    return offset < 0 || field < 0 || field >= m_columnCount ||
           m_values.at(offset + field).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (!isActive() || row < 0)
        return false;
    if (isForwardOnly() && row < m_rowsRead - 1)
        return false; // cannot move backwards
    while (m_rowsRead <= row) {
        if (readNextRow() != Step::Row)
            return false;
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive())
        return false;
    Step result = Step::Row;
    while (result == Step::Row)
        result = readNextRow();
    if (result == Step::Failed || m_rowsRead == 0)
        return false;
    setAt(m_rowsRead - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot know a result's size before reading it
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_exhausted = true;
}

bool SqlCipherResult::nextResult()
{
    return false;
}

} // namespace nm::core
