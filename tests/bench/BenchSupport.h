// SPDX-License-Identifier: MIT
#pragma once
// Small helpers shared by the benchmark drivers.

#include <QFile>
#include <QString>

#include <cstdio>
#include <ctime>

namespace runai::bench {

using namespace Qt::StringLiterals;

// VmRSS / VmHWM (peak) of this process in MiB.
inline double procStatusMiB(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The sandbox's throwaway administrator, from the environment or the sandbox's defaults.
inline QString adminEmail()
{
    const QString e = qEnvironmentVariable("RUNAI_BENCH_EMAIL");
    return e.isEmpty() ? u"test@run.ai"_s : e;
}

inline QString adminPassword()
{
    const QString p = qEnvironmentVariable("RUNAI_BENCH_PASSWORD");
    return p.isEmpty() ? u"Abcd!234"_s : p;
}

// Milliseconds since the process was launched, as the caller of the benchmark saw it:
// RUNAI_BENCH_LAUNCHED holds the launch time in ns since the epoch (`date +%s%N` right before
// the exec). -1 when it is not set.
inline double msSinceLaunch()
{
    static const qint64 launched = qEnvironmentVariable("RUNAI_BENCH_LAUNCHED").toLongLong();
    if (launched <= 0)
        return -1;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(qint64(now.tv_sec) * 1000000000 + now.tv_nsec - launched) / 1e6;
}

// CPU time (user + system) this process has used so far, in ms: the cold start's work without
// the time spent waiting for a core, which on a busy machine is most of the wall-clock time.
inline double cpuMsSoFar()
{
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
}

// With RUNAI_BENCH_TIMELINE=1 too: when each start-up step ended (for profiling the start).
inline void mark(const char *what)
{
    static const bool on = qEnvironmentVariableIsSet("RUNAI_BENCH_TIMELINE");
    if (on)
        std::fprintf(stderr, "TIMELINE %-28s %7.1f ms\n", what, msSinceLaunch());
}

inline int fail(const char *what)
{
    std::fprintf(stderr, "runai-bench: %s\n", what);
    return 1;
}

} // namespace runai::bench
