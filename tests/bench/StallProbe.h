// SPDX-License-Identifier: MIT
#pragma once
// Measures how long the event loop was busy elsewhere: a precise timer asks to fire every
// `intervalMs`; each late firing is a stall of (gap - interval). What a user feels as a frozen
// window is exactly such a gap on the GUI thread.
//
// Beside each gap the probe notes the CPU time the GUI thread itself used in it
// (CLOCK_THREAD_CPUTIME_ID). On a busy machine a gap is our own work plus the time the thread
// waited for a core; the CPU part is what the program can change, the rest is the machine.

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

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
            const qint64 cpu = threadCpuNs();
            m_stallsMs.append(std::max(0.0, double(now - m_last) / 1e6 - m_intervalMs));
            m_workMs.append(double(cpu - m_lastCpu) / 1e6);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_stallsMs.clear();
        m_workMs.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p) const { return percentileOf(m_stallsMs, p); }
    double max() const { return percentileOf(m_stallsMs, 100); }
    // The GUI thread's own CPU time between two firings: the longest runs of our work.
    double workPercentile(double p) const { return percentileOf(m_workMs, p); }
    double workMax() const { return percentileOf(m_workMs, 100); }
    qsizetype samples() const { return m_stallsMs.size(); }

private:
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    static double percentileOf(QList<double> s, double p)
    {
        if (s.isEmpty())
            return 0;
        std::sort(s.begin(), s.end());
        const auto i = qsizetype(std::ceil(p / 100.0 * double(s.size()))) - 1;
        return s.at(std::clamp<qsizetype>(i, 0, s.size() - 1));
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<double> m_stallsMs;
    QList<double> m_workMs;
};

} // namespace runai::bench
