#pragma once
// The one error convention of SCORE Desk: a value or a user-readable error.
// Core never shows a dialog; it returns an Error whose message is a complete, translated
// sentence that the UI or the CLI can show as it is.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace score {

struct Error {
    enum class Kind {
        Failed,        // a generic failure with a sentence
        NotFound,      // the thing asked for does not exist
        InvalidInput,  // the input (file, value, argument) is not acceptable
        NewerVersion,  // made by a newer SCORE Desk
        Conflict,      // refused to protect data (mass delete, changed key …)
        Cancelled,     // the user or a caller asked to stop
        Io             // the disk or the file system failed
    };

    Kind kind = Kind::Failed;
    QString message;
    QString subject;  // the field or input it is about, when there is one (a form marks it)

    Error& about(QString field)
    {
        subject = std::move(field);
        return *this;
    }

    static Error failed(QString m) { return {Kind::Failed, std::move(m), {}}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m), {}}; }
    static Error invalid(QString m) { return {Kind::InvalidInput, std::move(m), {}}; }
    static Error newer(QString m) { return {Kind::NewerVersion, std::move(m), {}}; }
    static Error refused(QString m) { return {Kind::Conflict, std::move(m), {}}; }
    static Error cancelled(QString m) { return {Kind::Cancelled, std::move(m), {}}; }
    static Error io(QString m) { return {Kind::Io, std::move(m), {}}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    const QString& message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    const QString& message() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace score

// Propagates an error from an expression returning Result<…>; keeps call sites flat.
#define SCORE_TRY(expr)                                                                                                                    \
    do {                                                                                                                                   \
        auto score_try_result_ = (expr);                                                                                                   \
        if (!score_try_result_.ok())                                                                                                       \
            return score_try_result_.error();                                                                                              \
    } while (false)
