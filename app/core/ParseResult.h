// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace runai {

// The outcome of a pure parser: either a value or a human-readable reason why the input was
// rejected. Parsers never throw and never return a half-filled value, so a caller cannot mistake
// a failed parse (or a failed list) for an empty one.
template<typename T>
class ParseResult
{
public:
    ParseResult(T value)
        : m_value(std::move(value))
    { }
    static ParseResult failure(QString reason)
    {
        ParseResult r;
        r.m_error = std::move(reason);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    // Why parsing failed; empty when ok().
    QString error() const { return m_error; }

private:
    ParseResult() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace runai
