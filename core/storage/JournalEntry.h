#pragma once

#include "core/domain/FieldErrors.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nm::core {

/// One local change waiting in the outbox (the change_journal table), shaped like an entry of
/// the sync push request: {change_id, entity, id, op, base_version, fields: {name: {old, new}}}.
struct JournalEntry {
    enum class Op { Create, Update, Delete };

    qint64 seq = 0; ///< order of writing; assigned by the journal
    QString changeId;
    QString entity; ///< "patient", "clinical_note", …
    QString entityId;
    Op op = Op::Update;
    qint64 baseVersion = 0; ///< the server version the change was made against (0: never synced)
    QJsonObject fields;
    qint64 createdAt = 0; ///< UTC ms
    bool rejected = false;
    QString rejectCode;
    QString rejectDetail;
    /// The fields the server named in its rejection, with its messages.
    FieldErrors rejectErrors;

    static QString opName(Op op);
    static std::optional<Op> opFromName(QStringView name);
};

} // namespace nm::core
