#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace nm::core {

/// One enumerator and its stable string id: the lowercase snake_case name it has in JSON, in the
/// database and on the wire. Ids never change once shipped; enumerator names may.
template <typename E> struct EnumId {
    E value;
    const char *id;
};

/// Specialised beside each enum with `static constexpr std::array<EnumId<E>, N> ids`, listing
/// every enumerator once, in the order lists and messages should show them.
template <typename E> struct EnumTraits;

/// The id of \a value; empty only for a value outside the enum, which is a programming error.
template <typename E> QLatin1StringView enumId(E value)
{
    for (const EnumId<E> &entry : EnumTraits<E>::ids) {
        if (entry.value == value)
            return QLatin1StringView(entry.id);
    }
    return {};
}

/// The enumerator whose id is exactly \a id (case-sensitive), if any.
template <typename E> std::optional<E> enumFromId(QStringView id)
{
    for (const EnumId<E> &entry : EnumTraits<E>::ids) {
        if (id == QLatin1StringView(entry.id))
            return entry.value;
    }
    return std::nullopt;
}

/// Every enumerator, in the table's order.
template <typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const EnumId<E> &entry : EnumTraits<E>::ids)
        values.append(entry.value);
    return values;
}

/// Every id, in the table's order (for "expected one of" messages and pickers).
template <typename E> QStringList enumIds()
{
    QStringList ids;
    for (const EnumId<E> &entry : EnumTraits<E>::ids)
        ids.append(QLatin1StringView(entry.id));
    return ids;
}

} // namespace nm::core
