// SPDX-License-Identifier: MIT
#include "sandbox/FaultInjector.h"

namespace runai::sandbox {

void FaultInjector::setLatency(std::chrono::milliseconds delay)
{
    m_latency = delay.count() > 0 ? delay : std::chrono::milliseconds(0);
}

void FaultInjector::failNext(const QString &pathPrefix, int httpStatus, int count,
                             const QByteArray &retryAfter)
{
    add({Kind::FailStatus, pathPrefix, count, httpStatus, retryAfter});
}

void FaultInjector::html502Next(const QString &pathPrefix, int count)
{
    add({Kind::Html502, pathPrefix, count, 502, {}});
}

void FaultInjector::dropNext(const QString &pathPrefix, int count)
{
    add({Kind::Drop, pathPrefix, count, 0, {}});
}

void FaultInjector::dropAfterHandlingNext(const QString &pathPrefix, int count)
{
    add({Kind::DropAfterHandling, pathPrefix, count, 0, {}});
}

void FaultInjector::truncateNext(const QString &pathPrefix, int count)
{
    add({Kind::Truncate, pathPrefix, count, 0, {}});
}

void FaultInjector::nonJsonNext(const QString &pathPrefix, int count)
{
    add({Kind::NonJson, pathPrefix, count, 200, {}});
}

void FaultInjector::clear()
{
    m_latency = std::chrono::milliseconds(0);
    m_faults.clear();
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        Fault used = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return used;
    }
    return std::nullopt;
}

void FaultInjector::add(Fault fault)
{
    if (fault.remaining <= 0)
        return;
    m_faults.append(std::move(fault));
}

} // namespace runai::sandbox
