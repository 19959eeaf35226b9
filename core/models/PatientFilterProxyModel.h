#pragma once

#include "core/models/PatientSearchText.h"

#include <QSortFilterProxyModel>
#include <QUuid>

namespace nm::core {

class PatientListModel;

/// Search, filters and sort for a patient list. filterAcceptsRow() and lessThan() apply the rules
/// of PatientSearchText and the (raw value, id) order to the source's roles (ModelRoles), so the
/// proxy is correct over any patient model. Over a PatientListModel it also pushes the criteria
/// and the sort down into the source's SQL, so the results cover every patient, not only the
/// pages already loaded.
class PatientFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PatientFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    /// Only patients with at least one risk flag.
    void setRiskOnly(bool riskOnly);
    bool riskOnly() const { return m_riskOnly; }
    /// Only patients on \a clinician's care team; a null id shows everyone.
    void setMyPatients(const QUuid &clinician);
    QUuid myPatients() const { return m_clinician; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Re-runs the source's SQL when it is a PatientListModel, then re-filters.
    void apply();
    PatientListModel *listSource() const;

    QString m_text;
    PatientSearchText m_search;
    bool m_riskOnly = false;
    /// Set while the source is being replaced: a handler of the reset that asks for more rows
    /// would otherwise insert them before the reset has been fully delivered.
    bool m_replacingSource = false;
    QUuid m_clinician;
};

} // namespace nm::core
