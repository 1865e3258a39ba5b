// SPDX-License-Identifier: MIT
#include "sandbox/HttpFrontend.h"

#include "core/LogCategories.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/SandboxClock.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

// Status line and headers. `declaredLength` may exceed the body actually sent (truncation fault).
QByteArray head(const ApiResponse &response, qsizetype declaredLength, bool close)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
           + "\r\n";
    // Every answer carries the server's clock, as real servers do; clients estimate skew from it.
    out += "Date: " + SandboxClock::httpDate() + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

ApiResponse gatewayPage()
{
    return {502,
            "text/html; charset=utf-8",
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n",
            {}};
}

} // namespace

HttpFrontend::HttpFrontend(FaultInjector &faults, Handler handler, const HttpLimits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_handler(std::move(handler))
    , m_limits(limits)
{ }

void HttpFrontend::bind(QTcpServer *listener)
{
    // pendingConnectionAvailable, not newConnection: a QSslServer announces a connection only
    // once its handshake is done.
    connect(listener, &QTcpServer::pendingConnectionAvailable, this,
            [this, listener] { acceptPending(listener); });
}

void HttpFrontend::acceptPending(QTcpServer *listener)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            // Gone already: no disconnected() will come to clean it up.
            socket->deleteLater();
            continue;
        }
        if (m_openConnections >= m_limits.maxConnections) {
            // Over the cap: a short answer, then the connection goes whatever the client does.
            qCWarning(lcSandboxHttp)
                    << "connection refused: already" << m_openConnections << "open connections";
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(refusal(503, u"Too many open connections; try again later"_s));
            socket->disconnectFromHost();
            QTimer::singleShot(std::chrono::seconds(1), socket, [socket] { socket->abort(); });
            continue;
        }
        ++m_openConnections;
        connect(socket, &QObject::destroyed, this, [this] { --m_openConnections; });
        new HttpConnection(socket, *this, m_limits);
    }
}

std::chrono::milliseconds HttpFrontend::latency() const
{
    return m_faults.latency();
}

QByteArray HttpFrontend::refusal(int status, const QString &message) const
{
    const ApiResponse response = ApiResponse::error(status, message);
    return head(response, response.body.size(), true) + response.body;
}

ApiRequest HttpFrontend::toApiRequest(const ParsedHttpRequest &parsed)
{
    ApiRequest request;
    request.method = parsed.method;
    if (parsed.target == "*") {
        request.path = u"*"_s;
    } else {
        // A made-up origin, so that a target such as "//x" stays a path and is not an authority.
        const QUrl url = QUrl::fromEncoded("http://sandbox" + parsed.target);
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);
    }
    request.headers = parsed.headers;
    request.body = parsed.body;
    return request;
}

HttpFrontend::Answer HttpFrontend::answer(const ParsedHttpRequest &parsed)
{
    const ApiRequest apiRequest = toApiRequest(parsed);
    const bool clientCloses = !parsed.keepAlive;

    const auto fault = m_faults.isEmpty() ? std::nullopt : m_faults.take(apiRequest.path);
    using Kind = FaultInjector::Kind;
    ApiResponse response;
    if (fault && fault->kind == Kind::Drop) {
        qCDebug(lcSandboxHttp) << apiRequest.method << apiRequest.path << "-> dropped (fault)";
        return {{}, true};
    }
    if (fault && fault->kind == Kind::FailStatus) {
        response = ApiResponse::error(fault->httpStatus, u"Injected failure"_s,
                                      u"The sandbox was told to fail this request"_s);
        if (!fault->retryAfter.isEmpty())
            response.headers.append(qMakePair(QByteArray("Retry-After"), fault->retryAfter));
    } else if (fault && fault->kind == Kind::Html502) {
        response = gatewayPage();
    } else if (fault && fault->kind == Kind::NonJson) {
        response = {200, "application/json", "<html>this is not JSON", {}};
    } else {
        response = m_handler(apiRequest);
    }
    qCDebug(lcSandboxHttp) << apiRequest.method << apiRequest.path << "->" << response.status
                           << (fault ? "(fault)" : "");

    if (fault && fault->kind == Kind::DropAfterHandling)
        return {{}, true};
    if (fault && fault->kind == Kind::Truncate) {
        // Promise the whole body (plus some, so even an empty body is short), send half of it.
        const qsizetype promised = response.body.size() + 16;
        if (response.status == 204)
            response.status = 200;
        return {head(response, promised, false) + response.body.left(response.body.size() / 2),
                true};
    }
    // A HEAD answer carries the headers only, or the client would read the body as the start of
    // the next answer on this connection.
    const QByteArray body = apiRequest.method == "HEAD" ? QByteArray() : response.body;
    return {head(response, response.body.size(), clientCloses) + body, clientCloses};
}

} // namespace runai::sandbox
