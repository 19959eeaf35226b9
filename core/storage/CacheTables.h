#pragma once

#include "core/storage/RecordTable.h"

#include <optional>

namespace nm::core {

/// The RecordTable of every document-backed entity of the cache schema
/// (resources/migrations/cache/0002_clinical_records.sql): which JSON fields are copied to which
/// columns, when a record is final, and the derived tables kept beside it.
class CacheTables {
public:
    static RecordTable patients();
    static RecordTable clinicalNotes();
    static RecordTable assessments();
    static RecordTable medications();
    static RecordTable appointments();
    /// The table of the sync protocol's entity \a name ("patient", …); std::nullopt for
    /// observations (kept by ObservationRepository, columns only) and unknown names.
    static std::optional<RecordTable> forEntity(QStringView name);
};

} // namespace nm::core
