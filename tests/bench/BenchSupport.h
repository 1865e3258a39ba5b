// SPDX-License-Identifier: MIT
#pragma once
// Small helpers shared by the benchmark drivers.

#include <QFile>
#include <QString>

#include <cstdio>

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

inline int fail(const char *what)
{
    std::fprintf(stderr, "runai-bench: %s\n", what);
    return 1;
}

} // namespace runai::bench
