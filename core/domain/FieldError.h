#pragma once

#include <QString>

namespace nm::core {

/// One problem with one field of a record, for a form to show beside that field.
struct FieldError {
    /// The field's JSON name (snake_case); nested fields are dotted: "emergency_contact.phone".
    QString field;
    /// Translated, plain words for a clinician or an administrator.
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace nm::core
