#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sa {

// Why an operation failed, in words for the user. Input errors are written
// "FILE:LINE:COLUMN: what is wrong"; kind picks the CLI exit code.
struct Error
{
    enum class Kind { BadInput, Io };
    Kind kind = Kind::BadInput;
    QString message;

    static Error badInput(QString message) { return {Kind::BadInput, std::move(message)}; }
    static Error io(QString message) { return {Kind::Io, std::move(message)}; }
};

// A value or the Error that prevented it (std::expected is C++23; Debian 12 has g++ 12).
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {}
    Expected(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations with nothing to return but success.
struct Done
{};
using Status = Expected<Done>;
inline Status success()
{
    return Done{};
}

} // namespace sa
