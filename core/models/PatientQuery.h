#pragma once

#include <QString>
#include <QUuid>
#include <Qt>

namespace nm::core {

/// What the patient list shows: the search text, the filters and the sort order. The list runs it
/// in SQL, so it covers every patient in the cache, not only the rows already loaded.
struct PatientQuery {
    /// Words that must each prefix-match a name or the MRN (case- and accent-insensitive); a word
    /// that is a date (YYYY-MM-DD or DD.MM.YYYY) must equal the date of birth.
    QString text;
    /// Only patients with at least one risk flag.
    bool riskOnly = false;
    /// "My patients": only patients whose care team includes this clinician; null = everyone.
    QUuid careTeamMember;
    /// A PatientListModel::Column.
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;

    friend bool operator==(const PatientQuery &, const PatientQuery &) = default;
};

} // namespace nm::core
