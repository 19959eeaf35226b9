#pragma once

#include "core/domain/FieldErrors.h"
#include "core/storage/RecordStore.h"

#include <QString>

namespace nm::core {

/// Why a repository refused or failed a request. Invalid carries every field problem, so a form
/// can point at each field and keep what was typed.
struct RepositoryError {
    enum class Kind { Invalid, NotFound, AlreadyExists, Final, Storage };
    Kind kind;
    QString message;
    FieldErrors fields;

    static RepositoryError from(const RecordStore::Error &error)
    {
        switch (error.kind) {
        case RecordStore::Error::Kind::NotFound:
            return {Kind::NotFound, error.message, {}};
        case RecordStore::Error::Kind::AlreadyExists:
            return {Kind::AlreadyExists, error.message, {}};
        case RecordStore::Error::Kind::Final:
            return {Kind::Final, error.message, {}};
        case RecordStore::Error::Kind::Storage:
            break;
        }
        return {Kind::Storage, error.message, {}};
    }
};

} // namespace nm::core
