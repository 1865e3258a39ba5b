// SPDX-License-Identifier: MIT
#pragma once

#include "core/NetworkLogEntry.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <deque>

namespace runai {

// The last calls of this run, for Tools → Network log: a ring of at most capacity() entries
// (older ones drop), filled by ApiJob as each HTTP exchange ends, so sign-in, token renewals,
// probes, paging, retries and replays all appear. Entries hold no body and no header (see
// NetworkLogEntry).
//
// Like ActivityRecorder, the window installs one log; with none installed (most tests, the
// sandbox) recording costs a null check. record() and entries() may be called from any thread;
// recorded() is emitted on the thread that recorded.
class NetworkLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 2000;

    explicit NetworkLog(int capacity = DefaultCapacity, QObject *parent = nullptr);
    ~NetworkLog() override;

    // The log ApiJob records into; returns the previous one. The log must outlive its
    // installation (its destructor uninstalls it).
    static NetworkLog *install(NetworkLog *log);
    static NetworkLog *installed();
    // Records into the installed log, if any.
    static void recordInstalled(NetworkLogEntry entry);

    int capacity() const { return m_capacity; }
    // Stamps the entry with the next sequence number, keeps it, emits recorded().
    void record(NetworkLogEntry entry);
    QList<NetworkLogEntry> entries() const;
    int size() const;
    // Entries dropped because the ring was full (since the last clear()).
    quint64 dropped() const;
    void clear();

Q_SIGNALS:
    void recorded(const runai::NetworkLogEntry &entry);
    void cleared();

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    std::deque<NetworkLogEntry> m_entries;
    quint64 m_nextSequence = 1;
    quint64 m_dropped = 0;
};

} // namespace runai
