#include "core/models/PatientFilterProxyModel.h"

#include "core/models/ModelRoles.h"
#include "core/models/PatientListModel.h"

#include <QDate>
#include <QScopedValueRollback>

namespace nm::core {

namespace {

// Invalid (unknown) values first, then by type: the same NULL-first rule as SQLite.
int compareRaw(const QVariant &left, const QVariant &right)
{
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid());
    if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString) {
        // Code-point order, as SQLite's BINARY collation compares the same text in UTF-8.
        return QString::compare(left.toString(), right.toString(), Qt::CaseSensitive);
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

PatientFilterProxyModel::PatientFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawValueRole);
    setDynamicSortFilter(true);
}

void PatientFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    {
        const QScopedValueRollback replacing(m_replacingSource, true);
        QSortFilterProxyModel::setSourceModel(sourceModel);
    }
    apply();
}

bool PatientFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_replacingSource && QSortFilterProxyModel::canFetchMore(parent);
}

void PatientFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!m_replacingSource)
        QSortFilterProxyModel::fetchMore(parent);
}

PatientListModel *PatientFilterProxyModel::listSource() const
{
    return qobject_cast<PatientListModel *>(sourceModel());
}

void PatientFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_search = PatientSearchText(text);
    apply();
}

void PatientFilterProxyModel::setRiskOnly(bool riskOnly)
{
    if (riskOnly == m_riskOnly)
        return;
    m_riskOnly = riskOnly;
    apply();
}

void PatientFilterProxyModel::setMyPatients(const QUuid &clinician)
{
    if (clinician == m_clinician)
        return;
    m_clinician = clinician;
    apply();
}

void PatientFilterProxyModel::apply()
{
    if (PatientListModel *list = listSource()) {
        PatientQuery query = list->query();
        query.text = m_text;
        query.riskOnly = m_riskOnly;
        query.careTeamMember = m_clinician;
        if (sortColumn() >= 0) {
            query.sortColumn = sortColumn();
            query.order = sortOrder();
        }
        if (!(query == list->query())) {
            list->setQuery(query);
            return; // the source's reset has already re-filtered this proxy
        }
    }
    invalidateFilter();
}

void PatientFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (PatientListModel *list = listSource(); list && column >= 0) {
        PatientQuery query = list->query();
        query.sortColumn = column;
        query.order = order;
        if (!(query == list->query()))
            list->setQuery(query);
    }
    QSortFilterProxyModel::sort(column, order);
}

bool PatientFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ModelRoles::DeletedRole).toBool())
        return false;
    if (m_riskOnly && index.data(ModelRoles::RiskFlagsRole).toStringList().isEmpty())
        return false;
    if (!m_clinician.isNull() &&
        !index.data(ModelRoles::CareTeamRole).value<QList<QUuid>>().contains(m_clinician))
        return false;
    if (m_search.isEmpty())
        return true;
    return m_search.matches(index.data(ModelRoles::FamilyNameRole).toString(),
                            index.data(ModelRoles::GivenNameRole).toString(),
                            index.data(ModelRoles::PreferredNameRole).toString(),
                            index.data(ModelRoles::MrnRole).toString(),
                            index.data(ModelRoles::DateOfBirthRole).toDate());
}

bool PatientFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int byValue =
        compareRaw(left.data(ModelRoles::RawValueRole), right.data(ModelRoles::RawValueRole));
    if (byValue != 0)
        return byValue < 0;
    // The id makes the order total: equal names always come out the same way round.
    return left.data(ModelRoles::IdRole).toUuid().toString() <
           right.data(ModelRoles::IdRole).toUuid().toString();
}

} // namespace nm::core
