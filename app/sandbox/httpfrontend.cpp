#include "httpfrontend.h"

#include "faultinjector.h"
#include "sandboxclock.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

Q_LOGGING_CATEGORY(lcSandboxHttp, "runai.sandbox.http", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

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

HttpFrontend::HttpFrontend(FaultInjector &faults, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_faults(faults)
    , m_handler(std::move(handler))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    const QUrl url = request.url();
    apiRequest.path = url.path(QUrl::FullyDecoded);
    apiRequest.query = QUrlQuery(url);
    apiRequest.headers = request.headers();
    apiRequest.body = request.body();
    const bool clientCloses
            = apiRequest.header("connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    const Ending ending = clientCloses ? Ending::Close : Ending::KeepAlive;

    const auto fault = m_faults.isEmpty() ? std::nullopt : m_faults.take(apiRequest.path);
    using Kind = FaultInjector::Kind;
    ApiResponse response;
    if (fault && fault->kind == Kind::Drop) {
        qCDebug(lcSandboxHttp) << apiRequest.method << apiRequest.path << "-> dropped (fault)";
        deliver(socket, {}, Ending::Close);
        return true;
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

    if (fault && fault->kind == Kind::DropAfterHandling) {
        deliver(socket, {}, Ending::Close);
        return true;
    }
    if (fault && fault->kind == Kind::Truncate) {
        // Promise the whole body (plus some, so even an empty body is short), send half of it.
        const qsizetype promised = response.body.size() + 16;
        if (response.status == 204)
            response.status = 200;
        deliver(socket,
                head(response, promised, false) + response.body.left(response.body.size() / 2),
                Ending::Close);
        return true;
    }
    // A HEAD answer carries the headers only, or the client would read the body as the start of
    // the next answer on this connection.
    const QByteArray body = apiRequest.method == "HEAD" ? QByteArray() : response.body;
    deliver(socket, head(response, response.body.size(), clientCloses) + body, ending);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if that ever changes.
    Q_UNUSED(request);
    const ApiResponse response = ApiResponse::error(404, u"No such path"_s);
    deliver(socket, head(response, response.body.size(), false) + response.body, Ending::KeepAlive);
}

void HttpFrontend::deliver(QTcpSocket *socket, QByteArray bytes, Ending ending)
{
    const auto send = [ending](QTcpSocket *target, const QByteArray &data) {
        if (!data.isEmpty())
            target->write(data);
        if (ending == Ending::Close)
            target->disconnectFromHost();
    };
    const auto delay = m_faults.latency();
    if (delay.count() <= 0) {
        send(socket, bytes);
        return;
    }
    // The client may hang up while the answer waits. PreciseTimer: a coarse timer may fire up
    // to 5% early, and tests check that the answer took at least the latency.
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [target = QPointer<QTcpSocket>(socket), data = std::move(bytes), send] {
                           if (target && target->state() == QAbstractSocket::ConnectedState)
                               send(target, data);
                       });
}

} // namespace runai::sandbox
