// SPDX-License-Identifier: MIT
#pragma once
// Measures how long the event loop was busy elsewhere: a precise timer asks to fire every
// `intervalMs`; each late firing is a stall of (gap - interval). What a user feels as a frozen
// window is exactly such a gap on the GUI thread.

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace runai::bench {

class StallProbe
{
public:
    explicit StallProbe(int intervalMs = 4)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stallsMs.append(std::max(0.0, double(now - m_last) / 1e6 - m_intervalMs));
            m_last = now;
        });
    }
    void start()
    {
        m_stallsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p) const
    {
        if (m_stallsMs.isEmpty())
            return 0;
        QList<double> s = m_stallsMs;
        std::sort(s.begin(), s.end());
        const auto i = qsizetype(std::ceil(p / 100.0 * double(s.size()))) - 1;
        return s.at(std::clamp<qsizetype>(i, 0, s.size() - 1));
    }
    double max() const
    {
        return m_stallsMs.isEmpty() ? 0 : *std::max_element(m_stallsMs.cbegin(), m_stallsMs.cend());
    }
    qsizetype samples() const { return m_stallsMs.size(); }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stallsMs;
};

} // namespace runai::bench
