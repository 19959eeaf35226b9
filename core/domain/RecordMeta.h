#pragma once

#include "core/domain/FieldErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace nm::core {

/// The fields every clinical row carries (DESIGN §5). In JSON they sit at the top level of the
/// entity's object, beside its own fields, as the sync protocol sends them.
struct RecordMeta {
    Q_DECLARE_TR_FUNCTIONS(RecordMeta)

public:
    /// Generated where the record is created (workstation or server), never reused.
    QUuid id;
    /// Assigned by the server on each accepted change; 0 = never synced.
    qint64 version = 0;
    /// UTC, millisecond precision.
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The user who created the record.
    QUuid createdBy;
    /// Tombstone: clinical data is never hard-deleted.
    bool deleted = false;

    /// Meta for a record created now by \a createdBy: a new time-ordered id (TimeOrderedUuid),
    /// version 0, both times \a now in UTC truncated to the millisecond.
    static RecordMeta create(const QUuid &createdBy,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    FieldErrors validate() const;
    /// The JSON names of the meta fields, as writeTo() writes them.
    static const QStringList &jsonFields();
    /// Writes the meta fields into \a object.
    void writeTo(QJsonObject &object) const;
    /// Reads the meta fields from an entity's object; type errors go into \a errors.
    static RecordMeta readFrom(const QJsonObject &object, FieldErrors &errors);

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

} // namespace nm::core
