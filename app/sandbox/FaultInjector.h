// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace runai::sandbox {

// Misbehaviour on demand, the way a gateway or a flaky network misbehaves. Every fault matches the
// requests whose path starts with pathPrefix and is used up after `count` matching requests; when
// several match, the one added first wins. Reached through SandboxServer::faults().
class FaultInjector
{
public:
    enum class Kind {
        FailStatus, // JSON {code, message} with the given status, handler not run
        Html502, // text/html gateway page, 502, handler not run
        Drop, // connection closed, no answer, handler not run
        DropAfterHandling, // handler runs (object created), then the connection is closed
        Truncate, // handler runs, Content-Length larger than what is sent, then close
        NonJson, // 200, application/json header, body not JSON, handler not run
    };
    struct Fault
    {
        Kind kind = Kind::FailStatus;
        QString pathPrefix;
        int remaining = 1;
        int httpStatus = 0;
        QByteArray retryAfter;
    };

    void setLatency(std::chrono::milliseconds delay); // every answer delayed
    void failNext(const QString &pathPrefix, int httpStatus, int count = 1,
                  const QByteArray &retryAfter = {});
    void html502Next(const QString &pathPrefix, int count = 1);
    void dropNext(const QString &pathPrefix, int count = 1);
    void dropAfterHandlingNext(const QString &pathPrefix, int count = 1);
    void truncateNext(const QString &pathPrefix, int count = 1);
    void nonJsonNext(const QString &pathPrefix, int count = 1);
    void clear(); // latency back to zero, all pending faults gone

    // Used by the server for each request.
    std::chrono::milliseconds latency() const { return m_latency; }
    std::optional<Fault> take(const QString &path);
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    void add(Fault fault);

    std::chrono::milliseconds m_latency{0};
    QList<Fault> m_faults;
};

} // namespace runai::sandbox
