// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

#include <atomic>

namespace runai::sandbox {

// The sandbox's wall clock: the records' timestamps (createdAt, lastLogin, …) and the `Date`
// header every answer carries (RFC 9110 §6.6.1: an origin server with a clock sends one) come
// from here. Tests may set it ahead of or behind this machine's clock
// (SandboxServer::setClockOffset) to play a console whose clock is off; tokens keep the real
// clock, as their lifetime is relative. Process-wide: tests run one sandbox at a time.
struct SandboxClock
{
    static inline std::atomic<qint64> offsetMs{0};

    static QDateTime nowUtc() { return QDateTime::currentDateTimeUtc().addMSecs(offsetMs.load()); }
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (whole seconds, truncated).
    static QByteArray httpDate()
    {
        return QLocale::c()
                .toString(nowUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
    }
};

} // namespace runai::sandbox
