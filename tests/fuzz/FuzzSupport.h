// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets: an invariant check that aborts (so libFuzzer saves the input
// as a crash) and says which invariant broke, since a bare abort() in a fuzz log explains nothing.
namespace runai::fuzz {

using namespace Qt::StringLiterals;

[[noreturn]] inline void invariantFailed(const char *condition, const char *file, int line,
                                         const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n  %s\n", file, line, condition,
                 qUtf8Printable(detail));
    std::abort();
}

// Every parser promises "a value or a reason, never both and never neither".
template<typename T>
void checkParseResult(const ParseResult<T> &r, const char *what)
{
    if (r.ok() && !r.error().isEmpty())
        invariantFailed("ok() implies an empty error()", __FILE__, __LINE__,
                        QString::fromLatin1(what) + u": "_s + r.error());
    if (!r.ok() && r.error().isEmpty())
        invariantFailed("a failure carries a reason", __FILE__, __LINE__,
                        QString::fromLatin1(what));
}

} // namespace runai::fuzz

#define FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            ::runai::fuzz::invariantFailed(#condition, __FILE__, __LINE__, (detail)); \
    } while (false)
