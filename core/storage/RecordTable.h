#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace nm::core {

/// How one entity kind is kept in the cache: its table, the fields copied out of the JSON
/// document into columns (for lists, filters and indexes), when a stored record may no longer
/// change, and tables derived from it. The document itself is the entity's JSON without the
/// common meta fields.
struct RecordTable {
    QString entity; ///< the sync protocol's name, e.g. "clinical_note"
    QString table;  ///< e.g. "clinical_notes"
    QStringList columns;
    /// The values of \a columns, in order, taken from a document.
    std::function<QVariantList(const QJsonObject &doc)> columnValues;
    /// Whether a stored document is final (a signed note, a completed assessment).
    std::function<bool(const QJsonObject &doc)> isFinal;
    /// Rewrites tables derived from the record (e.g. the care-team index) in the same transaction.
    std::function<Status<QString>(QSqlDatabase &db, const QString &id, const QJsonObject &doc)>
        writeDerived;
};

} // namespace nm::core
