// SPDX-License-Identifier: MIT
#include "api/NetworkLog.h"

#include <QMutexLocker>

#include <atomic>

namespace runai {

namespace {
std::atomic<NetworkLog *> installedLog{nullptr};
}

NetworkLog::NetworkLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    qRegisterMetaType<NetworkLogEntry>();
}

NetworkLog::~NetworkLog()
{
    NetworkLog *self = this;
    installedLog.compare_exchange_strong(self, nullptr);
}

NetworkLog *NetworkLog::install(NetworkLog *log)
{
    return installedLog.exchange(log);
}

NetworkLog *NetworkLog::installed()
{
    return installedLog.load();
}

void NetworkLog::recordInstalled(NetworkLogEntry entry)
{
    if (NetworkLog *log = installedLog.load())
        log->record(std::move(entry));
}

void NetworkLog::record(NetworkLogEntry entry)
{
    {
        QMutexLocker lock(&m_mutex);
        entry.sequence = m_nextSequence++;
        while (int(m_entries.size()) >= m_capacity) {
            m_entries.pop_front();
            ++m_dropped;
        }
        m_entries.push_back(entry);
    }
    Q_EMIT recorded(entry);
}

QList<NetworkLogEntry> NetworkLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<NetworkLogEntry>(m_entries.begin(), m_entries.end());
}

int NetworkLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

quint64 NetworkLog::dropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void NetworkLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
        m_dropped = 0;
    }
    Q_EMIT cleared();
}

} // namespace runai
