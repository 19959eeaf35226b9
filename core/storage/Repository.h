#pragma once

#include "core/Result.h"
#include "core/domain/FieldErrors.h"
#include "core/storage/RecordStore.h"
#include "core/storage/RepositoryError.h"

#include <QCoreApplication>
#include <QUuid>

#include <functional>
#include <optional>

namespace nm::core {

/// Typed access to one entity kind of the cache: validates every write with the domain rules,
/// then stores it through RecordStore (row and journal entry in one transaction).
/// T is a domain value type with `meta`, toJson() and fromJson().
template <typename T> class Repository {
public:
    using Validator = std::function<FieldErrors(const T &)>;

    Repository(QSqlDatabase db, RecordTable table, Validator validator,
               RecordStore::Clock clock = RecordStore::Clock())
        : m_store(std::move(db), std::move(table), std::move(clock))
        , m_validator(std::move(validator))
    {}

    Status<RepositoryError> create(const T &record)
    {
        if (auto invalid = check(record))
            return *invalid;
        if (auto stored = m_store.create(record.toJson()); !stored)
            return RepositoryError::from(stored.error());
        return Done{};
    }

    Status<RepositoryError> update(const T &record)
    {
        if (auto invalid = check(record))
            return *invalid;
        if (auto stored = m_store.update(record.toJson()); !stored)
            return RepositoryError::from(stored.error());
        return Done{};
    }

    /// Stores a record that comes from the server or an import as it is, queuing nothing.
    Status<RepositoryError> put(const T &record)
    {
        if (auto stored = m_store.put(record.toJson()); !stored)
            return RepositoryError::from(stored.error());
        return Done{};
    }

    Status<RepositoryError> remove(const QUuid &id)
    {
        if (auto removed = m_store.remove(id.toString(QUuid::WithoutBraces)); !removed)
            return RepositoryError::from(removed.error());
        return Done{};
    }

    /// The record, tombstoned ones included (check meta.deleted); std::nullopt when unknown.
    Result<std::optional<T>, RepositoryError> load(const QUuid &id) const
    {
        auto loaded = m_store.load(id.toString(QUuid::WithoutBraces));
        if (!loaded)
            return RepositoryError::from(loaded.error());
        if (!loaded.value())
            return std::optional<T>();
        auto decoded = decode(*loaded.value());
        if (!decoded)
            return decoded.error();
        return std::optional<T>(std::move(decoded).value());
    }

    /// Records matching \a where (SQL over the table's columns, ? bound to \a binds).
    Result<QList<T>, RepositoryError> loadWhere(const QString &where, const QVariantList &binds,
                                                const QString &orderBy) const
    {
        auto loaded = m_store.loadWhere(where, binds, orderBy);
        if (!loaded)
            return RepositoryError::from(loaded.error());
        QList<T> records;
        records.reserve(loaded.value().size());
        for (const QJsonObject &json : std::as_const(loaded.value())) {
            auto decoded = decode(json);
            if (!decoded)
                return decoded.error();
            records.append(std::move(decoded).value());
        }
        return records;
    }

private:
    static Result<T, RepositoryError> decode(const QJsonObject &json)
    {
        auto decoded = T::fromJson(json);
        if (!decoded)
            return RepositoryError{
                RepositoryError::Kind::Storage,
                QCoreApplication::translate("nm::core::Repository",
                                            "A stored record could not be read back: %1")
                    .arg(decoded.error().toString()),
                decoded.error()};
        return std::move(decoded).value();
    }

    std::optional<RepositoryError> check(const T &record) const
    {
        const FieldErrors problems = m_validator(record);
        if (problems.isEmpty())
            return std::nullopt;
        return RepositoryError{
            RepositoryError::Kind::Invalid,
            QCoreApplication::translate("nm::core::Repository", "Some fields need attention"),
            problems};
    }

    RecordStore m_store;
    Validator m_validator;
};

} // namespace nm::core
