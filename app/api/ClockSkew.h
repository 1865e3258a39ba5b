// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace runai {

// How far the console's clock is ahead of this machine's (negative: behind), estimated from the
// `Date` header of its answers. An answer sent between `sent` and `received` (local clock) and
// stamped D (whole seconds, truncated) was made at a server time in [D, D + 1 s) and a local time
// in [sent, received], so skew = server − local lies in [D − received, D + 1 s − sent]. Each
// answer narrows that interval; one that does not fit (a clock was set) starts a new one.
// Used to tell whether an object's createdAt (the console's clock) falls after a request was
// sent (this machine's clock).
class ClockSkew
{
public:
    // Parses an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid for anything else.
    static QDateTime parseHttpDate(const QByteArray &value);

    void observe(const QDateTime &sent, const QDateTime &received, const QByteArray &dateHeader);
    bool isKnown() const { return m_known; }
    // Bounds of the skew in milliseconds (valid when isKnown()).
    qint64 lowestMs() const { return m_lowMs; }
    qint64 highestMs() const { return m_highMs; }
    // The local time `local` on the console's clock, earliest / latest it can be.
    QDateTime earliestServerTime(const QDateTime &local) const { return local.addMSecs(m_lowMs); }
    QDateTime latestServerTime(const QDateTime &local) const { return local.addMSecs(m_highMs); }

private:
    // The last Date header and what it said: the header changes once a second while answers
    // come by the thousand in a bulk import, and parsing it is the costly part.
    QByteArray m_lastHeader;
    QDateTime m_lastServerTime;
    bool m_known = false;
    qint64 m_lowMs = 0;
    qint64 m_highMs = 0;
};

} // namespace runai
