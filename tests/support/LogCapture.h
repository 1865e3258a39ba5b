// SPDX-License-Identifier: MIT
#pragma once

// Captures every log line of the test process ("category message"), for the tests that check
// what the program logs. Install once per test program (initTestCase), remove in cleanupTestCase;
// lines from any thread are kept, and still reach the previous handler.

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

#include <utility>

namespace runai::test::LogCapture {

namespace detail {
inline QMutex mutex;
inline QStringList lines;
inline QtMessageHandler previous = nullptr;

inline void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        lines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (previous)
        previous(type, context, message);
}
} // namespace detail

// Turns on the categories `rules` names (QLoggingCategory::setFilterRules) and starts capturing.
inline void install(const QString &rules)
{
    QLoggingCategory::setFilterRules(rules);
    detail::previous = qInstallMessageHandler(detail::capture);
}

inline void remove()
{
    qInstallMessageHandler(detail::previous);
}

// The lines captured since the last take().
inline QStringList take()
{
    QMutexLocker lock(&detail::mutex);
    return std::exchange(detail::lines, {});
}

} // namespace runai::test::LogCapture
