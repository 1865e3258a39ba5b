// SPDX-License-Identifier: MIT
#include "api/ConnectionLanes.h"

#include "api/AuthNetworkAccessManager.h"
#include "core/LogCategories.h"

#include <algorithm>

namespace runai {

ConnectionLanes::ConnectionLanes(AuthNetworkAccessManager *primary, Configure configure,
                                 QObject *parent)
    : QObject(parent)
    , m_primary(primary)
    , m_configure(std::move(configure))
{ }

bool ConnectionLanes::hasRoom(const AuthNetworkAccessManager *nam)
{
    const int capacity = nam->answersCameOverHttp2() ? StreamsPerConnection : ConnectionsPerManager;
    return nam->outstandingRequests() < capacity;
}

QNetworkAccessManager *ConnectionLanes::pick()
{
    if (hasRoom(m_primary))
        return m_primary;
    for (AuthNetworkAccessManager *lane : std::as_const(m_lanes)) {
        if (hasRoom(lane))
            return lane;
    }
    if (m_lanes.size() < MaxLanes && !m_primary->answersCameOverHttp2()) {
        auto *lane = new AuthNetworkAccessManager(this);
        lane->shareTokenOf(m_primary);
        m_configure(lane);
        m_lanes.append(lane);
        qCInfo(lcApi) << "opening connection lane" << m_lanes.size() << "to the console";
        Q_EMIT laneOpened(lane);
        return lane;
    }
    // All full: the one with the fewest outstanding queues it (Qt sends it when one is free).
    AuthNetworkAccessManager *best = m_primary;
    for (AuthNetworkAccessManager *lane : std::as_const(m_lanes)) {
        if (lane->outstandingRequests() < best->outstandingRequests())
            best = lane;
    }
    return best;
}

void ConnectionLanes::reconfigure(bool dropConnections)
{
    for (AuthNetworkAccessManager *lane : std::as_const(m_lanes)) {
        m_configure(lane);
        if (dropConnections)
            lane->clearConnectionCache();
    }
}

} // namespace runai
