#pragma once

#include "core/domain/FieldErrors.h"
#include "core/domain/Permission.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace nm::server {

/// One kind of clinical record as the sync protocol knows it (DESIGN §7): its name on the wire,
/// its table, who may write it, how a whole record is checked, and when it may no longer change.
/// The checks are the domain's own JSON codecs and validate(), shared with the workstation.
struct SyncEntity {
    QString name;  ///< "patient", "clinical_note", …
    QString table; ///< "patients", "clinical_notes", …
    nm::core::Permission writePermission;
    /// Every problem with \a record (data and meta fields), types and clinical rules alike.
    nm::core::FieldErrors (*validate)(const QJsonObject &record, QDate today);
    /// Signed notes and completed assessments keep their content forever.
    bool (*immutable)(const QJsonObject &record);
    /// Fields the server owns: a client's change to one is answered as a conflict.
    QStringList serverOwnedFields;

    /// The patient a record belongs to (a patient belongs to itself).
    QString patientIdOf(const QString &id, const QJsonObject &record) const;

    static const QList<SyncEntity> &all();
    static const SyncEntity *find(QStringView name);
};

} // namespace nm::server
