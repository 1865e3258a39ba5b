// SPDX-License-Identifier: MIT
#include "api/InFlightController.h"

#include <algorithm>

namespace runai {

InFlightController::InFlightController(int ceiling)
{
    setCeiling(ceiling);
    restart();
}

void InFlightController::setCeiling(int ceiling)
{
    m_ceiling = std::clamp(ceiling, 1, MaxCeiling);
    m_limit = std::min(m_limit, m_ceiling);
}

int InFlightController::startLimit() const
{
    return std::min(StartLimit, m_ceiling);
}

void InFlightController::restart()
{
    m_limit = startLimit();
    m_slowStart = true;
    m_baselineMs = -1;
    m_answers = 0;
    m_latencySumMs = 0;
    m_answersBeforeDecrease = 0;
}

void InFlightController::answered(double latencyMs)
{
    if (m_answersBeforeDecrease > 0) {
        --m_answersBeforeDecrease;
        return;
    }
    ++m_answers;
    m_latencySumMs += std::max(0.0, latencyMs);
    if (m_answers >= m_limit)
        endRoundTrip();
}

void InFlightController::overloaded()
{
    // The requests sent before the last decrease come back refused too: one decrease for them.
    if (m_answersBeforeDecrease > 0) {
        --m_answersBeforeDecrease;
        return;
    }
    decrease(1);
}

void InFlightController::endRoundTrip()
{
    const double meanMs = m_latencySumMs / m_answers;
    m_answers = 0;
    m_latencySumMs = 0;
    if (m_baselineMs < 0 || meanMs < m_baselineMs)
        m_baselineMs = meanMs;
    if (meanMs > m_baselineMs * RisingFactor + SlackMs) {
        if (m_limit > startLimit())
            decrease(startLimit());
        return;
    }
    if (m_slowStart)
        m_limit = std::min(m_ceiling, m_limit * 2);
    else
        m_limit = std::min(m_ceiling, m_limit + 1);
}

void InFlightController::decrease(int floor)
{
    // At most `limit` requests were in flight; the one just answered is one of them.
    m_answersBeforeDecrease = m_limit - 1;
    m_limit = std::max(floor, m_limit / 2);
    m_slowStart = false;
    m_answers = 0;
    m_latencySumMs = 0;
}

} // namespace runai
