// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/HttpConnection.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/HttpRequestParser.h"

#include <QObject>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace runai::sandbox {

class FaultInjector;

// The transport: accepts connections (up to HttpLimits::maxConnections; more are answered 503),
// parses requests itself (HttpRequestParser, through one HttpConnection per client), runs the
// handler and writes the HTTP/1.1 answer to the socket itself. Writing raw bytes is what lets it
// delay an answer, cut it short or drop the connection, as the FaultInjector asks. Its own parser
// (rather than Qt HttpServer's, which reads a whole body of any size before a handler sees the
// request) is what lets it refuse an oversized request from its headers.
// Connections stay open between requests (keep-alive) unless the client sends Connection: close.
// Every answer's status line and headers are assembled in head() in HttpFrontend.cpp.
class HttpFrontend
    : public QObject
    , public HttpConnection::Server
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    HttpFrontend(FaultInjector &faults, Handler handler, const HttpLimits &limits,
                 QObject *parent = nullptr);

    // Serves the connections `listener` accepts; the listener should be a child of this object.
    void bind(QTcpServer *listener);
    int openConnections() const { return m_openConnections; }

    // What to write for one request, and whether the connection ends after it.
    Answer answer(const ParsedHttpRequest &request) override;
    // "/path?query" -> the decoded path and the query, as the handlers want them.
    static ApiRequest toApiRequest(const ParsedHttpRequest &parsed);
    // A complete answer (error body, Connection: close) for a request refused by the transport.
    QByteArray refusal(int status, const QString &message) const override;
    std::chrono::milliseconds latency() const override;

private:
    void acceptPending(QTcpServer *listener);

    FaultInjector &m_faults;
    Handler m_handler;
    HttpLimits m_limits;
    int m_openConnections = 0;
};

} // namespace runai::sandbox
