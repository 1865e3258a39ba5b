// SPDX-License-Identifier: MIT
#include "api/ClockSkew.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

QDateTime ClockSkew::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (!text.endsWith(u" GMT"_s))
        return {};
    QDateTime date = QLocale::c().toDateTime(text.chopped(4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

void ClockSkew::observe(const QDateTime &sent, const QDateTime &received,
                        const QByteArray &dateHeader)
{
    if (dateHeader != m_lastHeader) {
        m_lastServerTime = parseHttpDate(dateHeader);
        m_lastHeader = dateHeader;
    }
    const QDateTime &server = m_lastServerTime;
    if (!server.isValid() || !sent.isValid() || !received.isValid() || received < sent)
        return;
    const qint64 low = sent.msecsTo(server) - sent.msecsTo(received); // D − received
    const qint64 high = sent.msecsTo(server) + 1000; // D + 1 s − sent
    if (m_known && low <= m_highMs && high >= m_lowMs) {
        m_lowMs = std::max(m_lowMs, low);
        m_highMs = std::min(m_highMs, high);
        return;
    }
    m_known = true;
    m_lowMs = low;
    m_highMs = high;
}

} // namespace runai
