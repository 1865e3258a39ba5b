#pragma once

#include "httpexchange.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpServer;

namespace runai::sandbox {

class FaultInjector;

// The transport: takes parsed requests from QAbstractHttpServer, runs the handler and writes the
// HTTP/1.1 answer to the socket itself. Writing raw bytes (instead of QHttpServerResponder) is
// what lets it delay an answer, cut it short or drop the connection, as the FaultInjector asks.
// Connections stay open between requests (keep-alive) unless the client sends Connection: close.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    HttpFrontend(FaultInjector &faults, Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Ending { KeepAlive, Close };
    void deliver(QTcpSocket *socket, QByteArray bytes, Ending ending);

    FaultInjector &m_faults;
    Handler m_handler;
};

} // namespace runai::sandbox
