#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace nm::core {

class SqlCipherDriver;

/// One prepared statement of a QSQLCIPHER connection. Rows are read on demand; a scrollable
/// result keeps what it has read so QSqlQuery::seek() and QSqlQueryModel can move backwards, a
/// forward-only result keeps only the current row.
class SqlCipherResult final : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    /// Releases the statement; called by the driver before the connection closes.
    void finalize();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    bool nextResult() override;

private:
    enum class Step { Row, Done, Failed };

    const SqlCipherDriver *cipherDriver() const;
    bool bindAll();
    Step step();
    Step readNextRow();
    QVariant columnValue(int column) const;
    void describeColumns();
    void completeRecordFromFirstRow();
    /// Where the current row starts in m_values, or -1 when there is no current row.
    qsizetype currentRowOffset() const;
    void finishStatement();
    void clearRows();
    void setStatementError(const QString &driverText, QSqlError::ErrorType type);

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_declaredTypes;
    int m_columnCount = 0;
    // Scrollable mode: every row read so far. Forward-only mode: only the last row read.
    QList<QVariant> m_values;
    int m_rowsRead = 0;
    bool m_exhausted = true;
    bool m_isInsert = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace nm::core
