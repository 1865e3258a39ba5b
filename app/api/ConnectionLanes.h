// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace runai {

class AuthNetworkAccessManager;

// More connections to the console than the 6 a QNetworkAccessManager opens per host, for bulk
// work against a console far away (Qt 6.4 has no setting for that number: QHttp1Configuration
// came with 6.5). Each lane is one more network manager with its own connections, sharing the
// session's token (AuthNetworkAccessManager::shareTokenOf) and configured like the session's
// own (TLS, proxy) by the session.
//
// pick() fills the session's manager first, then the lanes in order, and opens a lane only when
// every one has as many requests outstanding as it has connections: ordinary use (a few
// requests at a time) never opens one. A manager whose answers came over HTTP/2 (a console
// behind a proxy that offers it over TLS) multiplexes up to StreamsPerConnection requests on
// its one connection, so no lane is opened for it.
class ConnectionLanes : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectionsPerManager = 6; // Qt's HTTP/1.1 connections per host
    static constexpr int StreamsPerConnection = 100; // Qt's HTTP/2 default for the peer
    static constexpr int MaxLanes = 10; // with the session's own: 66 connections, above 64

    using Configure = std::function<void(AuthNetworkAccessManager *lane)>;

    ConnectionLanes(AuthNetworkAccessManager *primary, Configure configure,
                    QObject *parent = nullptr);

    // The manager the next request should go through.
    QNetworkAccessManager *pick();
    int laneCount() const { return int(m_lanes.size()); }
    // Applies the session's (new) settings to every lane; `dropConnections` also closes their
    // kept-alive connections, so the next request is verified under the new settings.
    void reconfigure(bool dropConnections);

Q_SIGNALS:
    // A lane was opened: whoever answers the primary's proxy challenges answers this one's too.
    void laneOpened(QNetworkAccessManager *lane);

private:
    static bool hasRoom(const AuthNetworkAccessManager *nam);

    AuthNetworkAccessManager *m_primary;
    Configure m_configure;
    QList<AuthNetworkAccessManager *> m_lanes;
};

} // namespace runai
