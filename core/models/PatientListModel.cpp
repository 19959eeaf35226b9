#include "core/models/PatientListModel.h"

#include "core/domain/EnumIds.h"
#include "core/domain/RiskFlag.h"
#include "core/models/ModelRoles.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// One column of the sort order. The order is always completed by p.id, so it is total and a page
// can start exactly after the last row of the previous one (keyset pagination).
struct SortKey {
    QLatin1StringView column;
    bool nullable;
    bool ascending;
};

struct SortOrder {
    QList<SortKey> keys;
    bool idAscending;
};

// Each order has an index ending in id (0002 patients_name, 0003 *_sort), so the first page of
// any order reads 200 index entries instead of sorting every patient. Age ascending is date of
// birth descending; id keeps the requested direction so that the proxy's (raw value, id) order
// and this one agree.
SortOrder sortOrder(int column, Qt::SortOrder order)
{
    const bool asc = order == Qt::AscendingOrder;
    switch (column) {
    case PatientListModel::PreferredNameColumn:
        return {{{"p.preferred_name"_L1, false, asc}}, asc};
    case PatientListModel::MrnColumn:
        return {{{"p.mrn"_L1, false, asc}}, asc};
    case PatientListModel::DateOfBirthColumn:
        return {{{"p.date_of_birth"_L1, true, asc}}, asc};
    case PatientListModel::AgeColumn:
        return {{{"p.date_of_birth"_L1, true, !asc}}, asc};
    case PatientListModel::RiskColumn:
        return {{{"p.risk_flags"_L1, false, asc}}, asc};
    case PatientListModel::NameColumn:
    default:
        return {{{"p.family_name"_L1, false, asc}, {"p.given_name"_L1, false, asc}}, asc};
    }
}

// "After the row whose keys are \a values", for keys[i..], in SQL with ? placeholders whose
// values are appended to \a binds in text order. SQLite sorts NULL before every value.
QString keysetAfter(const SortOrder &order, qsizetype i, const QVariantList &values,
                    const QString &lastId, QVariantList &binds)
{
    if (i == order.keys.size()) {
        binds << lastId;
        return order.idAscending ? u"p.id > ?"_s : u"p.id < ?"_s;
    }
    const SortKey &key = order.keys[i];
    const QString column = QString(key.column);
    const QVariant &value = values[i];
    if (value.isNull()) {
        // NULL is first ascending, last descending.
        if (key.ascending) {
            const QString rest = keysetAfter(order, i + 1, values, lastId, binds);
            return u"("_s + column + u" IS NOT NULL OR ("_s + column + u" IS NULL AND "_s + rest +
                   u"))"_s;
        }
        const QString rest = keysetAfter(order, i + 1, values, lastId, binds);
        return u"("_s + column + u" IS NULL AND "_s + rest + u')';
    }
    QString sql = u"("_s + column + (key.ascending ? u" > ?"_s : u" < ?"_s);
    binds << value;
    if (key.nullable && !key.ascending)
        sql += u" OR "_s + column + u" IS NULL"_s;
    sql += u" OR ("_s + column + u" = ?"_s;
    binds << value;
    sql += u" AND "_s + keysetAfter(order, i + 1, values, lastId, binds) + u"))"_s;
    return sql;
}

int yearsBetween(QDate from, QDate to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

} // namespace

PatientListModel::PatientListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reset();
}

void PatientListModel::setQuery(const PatientQuery &query)
{
    m_query = query;
    if (m_query.sortColumn < 0 || m_query.sortColumn >= ColumnCount)
        m_query.sortColumn = NameColumn;
    reset();
}

void PatientListModel::refresh()
{
    reset();
}

void PatientListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void PatientListModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

QDate PatientListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    PatientQuery query = m_query;
    query.sortColumn = column;
    query.order = order;
    setQuery(query);
}

void PatientListModel::reset()
{
    const QScopedValueRollback loading(m_loading, true);
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_lastError.clear();
    m_search = PatientSearchText(m_query.text);
    m_fewMatches = false;
    bool ok = true;

    const QString match = m_search.ftsMatch();
    if (!match.isEmpty()) {
        // Which plan is cheaper depends on how many patients the words match. Few matches: read
        // just those rows by rowid and sort them. Many (the first keystrokes): walk the sort
        // index and keep the rows that are in the match set, stopping after a page. Reading k
        // matches costs about k row lookups; walking costs about pageSize * total / k index
        // entries; they cross where k^2 = pageSize * total. Counting the doclist is cheap (it is
        // read from the FTS prefix index without touching patients).
        QSqlQuery count(m_db);
        count.setForwardOnly(true);
        count.prepare(u"SELECT count(*) FROM patients_fts WHERE patients_fts MATCH ?"_s);
        count.addBindValue(match);
        QSqlQuery total(m_db);
        total.setForwardOnly(true);
        if (count.exec() && count.next() && total.exec(u"SELECT max(rowid) FROM patients"_s) &&
            total.next()) {
            const double matches = count.value(0).toDouble();
            m_fewMatches = matches * matches <= double(m_pageSize) * total.value(0).toDouble();
        } else {
            ok = false;
            m_lastError =
                tr("The patient list could not be searched: %1")
                    .arg((count.lastError().isValid() ? count : total).lastError().text());
        }
    }
    if (ok) {
        QList<Row> page;
        ok = loadPage(nullptr, m_pageSize + 1, page);
        if (ok) {
            m_hasMore = page.size() > m_pageSize;
            if (m_hasMore)
                page.removeLast();
            m_rows = std::move(page);
        }
    }
    endResetModel();
    if (!ok)
        Q_EMIT loadFailed(m_lastError);
}

bool PatientListModel::loadPage(const Row *after, int limit, QList<Row> &rows)
{
    QString sql = u"SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.mrn, "
                  "p.date_of_birth, p.risk_flags, (SELECT group_concat(c.clinician_id, ' ') "
                  "FROM patient_care_team c WHERE c.patient_id = p.id) "
                  "FROM patients p WHERE "_s;
    QVariantList binds;
    const QString match = m_search.ftsMatch();
    if (!match.isEmpty()) {
        // With many matches the unary + stops SQLite from driving the query by rowid, so it
        // walks the sort index instead and tests membership in the materialized match set.
        sql += m_fewMatches ? u"p.rowid IN "_s : u"+p.rowid IN "_s;
        sql += u"(SELECT docid FROM patients_fts WHERE patients_fts MATCH ?) AND "_s;
        binds << match;
    }
    sql += u"p.deleted = 0"_s;
    for (const QDate &date : m_search.dates()) {
        sql += u" AND p.date_of_birth = ?"_s;
        binds << date.toString(Qt::ISODate);
    }
    if (m_query.riskOnly)
        sql += u" AND p.risk_flags <> ''"_s;
    if (!m_query.careTeamMember.isNull()) {
        sql += u" AND p.id IN (SELECT patient_id FROM patient_care_team WHERE clinician_id = ?)"_s;
        binds << m_query.careTeamMember.toString(QUuid::WithoutBraces);
    }

    const SortOrder order = sortOrder(m_query.sortColumn, m_query.order);
    if (after) {
        QVariantList values;
        for (const SortKey &key : order.keys) {
            if (key.column == "p.family_name"_L1)
                values << after->familyName;
            else if (key.column == "p.given_name"_L1)
                values << after->givenName;
            else if (key.column == "p.preferred_name"_L1)
                values << after->preferredName;
            else if (key.column == "p.mrn"_L1)
                values << after->mrn;
            else if (key.column == "p.date_of_birth"_L1)
                values << after->dateOfBirthText;
            else
                values << after->riskFlags;
        }
        // A plain range on the first key lets SQLite seek into the index instead of scanning it
        // from the start; the exact keyset condition follows. Not where NULLs would come after
        // the last row (descending over a nullable column): the range would drop them.
        const SortKey &first = order.keys.constFirst();
        if (!values.constFirst().isNull() && (!first.nullable || first.ascending)) {
            sql += u" AND "_s + QString(first.column) + (first.ascending ? u" >= ?"_s : u" <= ?"_s);
            binds << values.constFirst();
        }
        sql += u" AND "_s + keysetAfter(order, 0, values, after->idText, binds);
    }
    QStringList orderBy;
    for (const SortKey &key : order.keys)
        orderBy << QString(key.column) + (key.ascending ? u" ASC"_s : u" DESC"_s);
    orderBy << (order.idAscending ? u"p.id ASC"_s : u"p.id DESC"_s);
    sql += u" ORDER BY "_s + orderBy.join(u", "_s) + u" LIMIT ?"_s;
    binds << limit;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!q.exec()) {
        m_lastError = tr("The patient list could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Row row;
        row.idText = q.value(0).toString();
        row.id = QUuid::fromString(row.idText);
        row.familyName = q.value(1).toString();
        row.givenName = q.value(2).toString();
        row.preferredName = q.value(3).toString();
        row.mrn = q.value(4).toString();
        row.dateOfBirthText = q.value(5);
        if (!row.dateOfBirthText.isNull())
            row.dateOfBirth = QDate::fromString(row.dateOfBirthText.toString(), Qt::ISODate);
        row.riskFlags = q.value(6).toString();
        row.riskFlagIds = row.riskFlags.split(u' ', Qt::SkipEmptyParts);
        const QStringList team = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString &clinician : team)
            row.careTeam.append(QUuid::fromString(clinician));
        rows.append(std::move(row));
    }
    return true;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_loading || m_rows.isEmpty())
        return;
    const QScopedValueRollback loading(m_loading, true);
    QList<Row> page;
    if (!loadPage(&m_rows.constLast(), m_pageSize + 1, page)) {
        m_hasMore = false;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_hasMore = page.size() > m_pageSize;
    if (m_hasMore)
        page.removeLast();
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

QString PatientListModel::riskFlagLabel(const QString &flagId)
{
    const auto flag = enumFromId<RiskFlag>(flagId);
    if (!flag)
        return flagId;
    switch (*flag) {
    case RiskFlag::SuicideRisk:
        return tr("Suicide risk");
    case RiskFlag::ViolenceRisk:
        return tr("Violence risk");
    case RiskFlag::SelfHarm:
        return tr("Self-harm");
    case RiskFlag::OverdoseRisk:
        return tr("Overdose risk");
    case RiskFlag::Safeguarding:
        return tr("Safeguarding");
    }
    return flagId;
}

QVariant PatientListModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        // U+0001 sorts before every character a name can hold, so comparing this one string
        // orders by family name, then given name, exactly like the SQL.
        return QString(row.familyName + QChar(0x0001) + row.givenName);
    case PreferredNameColumn:
        return row.preferredName;
    case MrnColumn:
        return row.mrn;
    case DateOfBirthColumn:
        return row.dateOfBirth.isValid() ? QVariant(row.dateOfBirth) : QVariant();
    case AgeColumn:
        // Age in days: the same order as date of birth descending.
        return row.dateOfBirth.isValid()
                   ? QVariant(qint64(today().toJulianDay() - row.dateOfBirth.toJulianDay()))
                   : QVariant();
    case RiskColumn:
        return row.riskFlags;
    default:
        return {};
    }
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return QString(row.familyName + u", "_s + row.givenName);
        case PreferredNameColumn:
            return row.preferredName;
        case MrnColumn:
            return row.mrn;
        case DateOfBirthColumn:
            return row.dateOfBirth.isValid() ? row.dateOfBirth.toString(Qt::ISODate) : QString();
        case AgeColumn:
            return row.dateOfBirth.isValid() ? QVariant(yearsBetween(row.dateOfBirth, today()))
                                             : QVariant();
        case RiskColumn: {
            QStringList labels;
            for (const QString &flag : row.riskFlagIds)
                labels << riskFlagLabel(flag);
            return labels.join(u", "_s);
        }
        default:
            return {};
        }
    case ModelRoles::RawValueRole:
        return rawValue(row, index.column());
    case ModelRoles::IdRole:
        return row.id;
    case ModelRoles::RiskFlagsRole:
        return row.riskFlagIds;
    case ModelRoles::FamilyNameRole:
        return row.familyName;
    case ModelRoles::GivenNameRole:
        return row.givenName;
    case ModelRoles::PreferredNameRole:
        return row.preferredName;
    case ModelRoles::MrnRole:
        return row.mrn;
    case ModelRoles::DateOfBirthRole:
        return row.dateOfBirth;
    case ModelRoles::CareTeamRole:
        return QVariant::fromValue(row.careTeam);
    case ModelRoles::DeletedRole:
        return false;
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tip ? tr("Family name, given name") : tr("Name");
    case PreferredNameColumn:
        return tip ? tr("The name the patient prefers to be called") : tr("Preferred name");
    case MrnColumn:
        return tip ? tr("Medical record number") : tr("MRN");
    case DateOfBirthColumn:
        return tip ? tr("Date of birth") : tr("Date of birth");
    case AgeColumn:
        return tip ? tr("Age in whole years") : tr("Age");
    case RiskColumn:
        return tip ? tr("Safety risk flags on the chart") : tr("Risk");
    default:
        return {};
    }
}

} // namespace nm::core
