#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace nm::core {

/// An error spelled out, for results whose value and error have the same type
/// (Result<QString, QString>): return failure(message).
template <typename E> struct Failure {
    E error;
};

template <typename E> Failure<std::decay_t<E>> failure(E &&error)
{
    return {std::forward<E>(error)};
}

/// A value or the error that prevented it. Errors cross layer boundaries as values, never as
/// exceptions thrown through Qt's event loop.
template <typename T, typename E> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error) requires(!std::is_same_v<T, E>)
        : m_state(std::in_place_index<1>, std::move(error))
    {}
    Result(Failure<E> failed)
        : m_state(std::in_place_index<1>, std::move(failed.error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

/// Success carries nothing; failure carries E.
struct Done {};

template <typename E> using Status = Result<Done, E>;

} // namespace nm::core
