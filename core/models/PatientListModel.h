#pragma once

#include "core/models/PatientQuery.h"
#include "core/models/PatientSearchText.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <QVariant>

namespace nm::core {

/// Every patient of the cache that matches a PatientQuery, loaded a page at a time: views pull
/// further pages through canFetchMore()/fetchMore() as the user scrolls. Search, filters and sort
/// run in SQL (keyset pagination in the current order), so they cover every patient, loaded or
/// not. Tombstoned patients never appear. Read-only.
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn, ///< "Family, Given"
        PreferredNameColumn,
        MrnColumn,
        DateOfBirthColumn,
        AgeColumn,
        RiskColumn,
        ColumnCount
    };

    static constexpr int DefaultPageSize = 200;

    explicit PatientListModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Runs \a query from its first page (a model reset), even when it equals the current one.
    void setQuery(const PatientQuery &query);
    const PatientQuery &query() const { return m_query; }
    /// Runs the current query again, e.g. after a local write or a sync.
    void refresh();

    /// Rows per page; takes effect at the next reset.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// The date ages are computed at; the current date when not set (tests fix it).
    void setToday(QDate today);
    /// Why the last load failed; empty after a successful one.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Re-runs the query in this order (SQL sorts every patient, not only the loaded ones).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The display text of a risk flag id (translated); the id itself when unknown.
    static QString riskFlagLabel(const QString &flagId);

Q_SIGNALS:
    /// A page could not be read; the message is for the user and holds no patient data.
    void loadFailed(const QString &message);

private:
    struct Row {
        QUuid id;
        QString idText;
        QString familyName;
        QString givenName;
        QString preferredName;
        QString mrn;
        QVariant dateOfBirthText; ///< as stored: ISO text or NULL, the keyset value
        QDate dateOfBirth;
        QString riskFlags; ///< as stored: space-separated ids, the keyset and sort value
        QStringList riskFlagIds;
        QList<QUuid> careTeam;
    };

    void reset();
    /// Up to \a limit rows after \a after (the whole list from the start when null).
    bool loadPage(const Row *after, int limit, QList<Row> &rows);
    QVariant rawValue(const Row &row, int column) const;
    QDate today() const;

    QSqlDatabase m_db;
    PatientQuery m_query;
    PatientSearchText m_search;
    /// Whether the FTS matches are few enough to drive the query (see loadPage()).
    bool m_fewMatches = false;
    int m_pageSize = DefaultPageSize;
    QDate m_today;
    QList<Row> m_rows;
    bool m_hasMore = false;
    /// Set while rows change: a view or tester that calls fetchMore() from a signal emitted in
    /// the middle of a load must not start another one.
    bool m_loading = false;
    QString m_lastError;
};

} // namespace nm::core
