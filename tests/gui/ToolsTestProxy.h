// SPDX-License-Identifier: MIT
#pragma once

// Two small HTTP proxies for the profile/proxy tests, on loopback:
// - AuthProxy demands Basic credentials with a 407, like a corporate proxy, then tunnels
//   CONNECT (HTTPS) or forwards plain-HTTP requests (absolute-form, as Qt sends them).
// - ConnectRecorder records CONNECT lines (HTTPS through a proxy) and closes the connection.

#include <QByteArray>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace runai::test {

// One request a test proxy read from a client: the lines of its head (the request line first),
// its body, and whatever the client sent after it (a CONNECT's first TLS bytes).
struct ProxyRequest
{
    QList<QByteArray> lines;
    QByteArray body;
    QByteArray rest;

    QByteArray requestLine() const { return lines.value(0).trimmed(); }

    // A header's value, trimmed; `lowerCaseName` without the colon.
    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == lowerCaseName)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// One request per connection, as the test proxies serve them: waits for the head and the body
// its Content-Length announces, stops reading, and hands the request to `handle(request)`. The
// client socket deletes itself once it is disconnected.
template<typename Handler>
void readOneRequest(QTcpSocket *client, Handler handle)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    auto reader = std::make_shared<QMetaObject::Connection>();
    *reader = QObject::connect(
            client, &QTcpSocket::readyRead, client, [client, buffer, reader, handle] {
                buffer->append(client->readAll());
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                ProxyRequest request;
                request.lines = buffer->left(headEnd).split('\n');
                const qsizetype bodyStart = headEnd + 4;
                const qsizetype contentLength = request.header("content-length").toLongLong();
                if (buffer->size() < bodyStart + contentLength)
                    return; // wait for the body
                QObject::disconnect(*reader);
                request.body = buffer->mid(bodyStart, contentLength);
                request.rest = buffer->mid(bodyStart + contentLength);
                handle(request);
            });
}

// Sends one plain-HTTP request a proxy received (absolute-form, as Qt sends them) on to
// host:port in origin form, without the proxy's own headers, and relays the answer to `client`.
// An empty host means the host the request names.
inline void forwardPlainRequest(QTcpSocket *client, const QList<QByteArray> &lines,
                                const QByteArray &body, const QString &host = {}, quint16 port = 0)
{
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    QByteArray out = requestLine.value(0) + ' '
                     + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
                     + requestLine.value(2) + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const QByteArray lower = line.toLower();
        if (line.isEmpty() || lower.startsWith("proxy-") || lower.startsWith("connection:")
            || lower.startsWith("keep-alive:"))
            continue;
        out += line + "\r\n";
    }
    out += "Connection: close\r\n\r\n" + body;
    auto *upstream = new QTcpSocket(client);
    QObject::connect(upstream, &QTcpSocket::connected, upstream,
                     [upstream, out] { upstream->write(out); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [upstream, client] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [upstream, client] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    upstream->connectToHost(host.isEmpty() ? target.host() : host,
                            port ? port : quint16(target.port(80)));
}

class AuthProxy : public QTcpServer
{
public:
    explicit AuthProxy(QByteArray user, QByteArray password)
        : m_expected("Basic " + (user + ':' + password).toBase64())
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    int challenged = 0; // 407 answers sent
    int forwarded = 0; // requests or tunnels passed on with the right credentials
    int refused = 0; // requests with wrong credentials
    QStringList requestLines;

private:
    void serve(QTcpSocket *client)
    {
        readOneRequest(client, [this, client](const ProxyRequest &request) {
            requestLines.append(QString::fromLatin1(request.requestLine()));
            const QByteArray authorization = request.header("proxy-authorization");
            if (authorization.isEmpty() || authorization != m_expected) {
                if (authorization.isEmpty())
                    ++challenged;
                else
                    ++refused;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            ++forwarded;
            if (request.requestLine().startsWith("CONNECT "))
                tunnel(client, request.requestLine().split(' ').value(1), request.rest);
            else
                forward(client, request.lines, request.body);
        });
    }

    // HTTPS: after "200 Connection established" the proxy only copies bytes both ways.
    void tunnel(QTcpSocket *client, const QByteArray &hostPort, const QByteArray &early)
    {
        const qsizetype colon = hostPort.lastIndexOf(':');
        QString host = QString::fromLatin1(hostPort.left(colon));
        if (host == QLatin1StringView("localhost"))
            host = QStringLiteral("127.0.0.1");
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!early.isEmpty())
                upstream->write(early);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [upstream, client] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, upstream,
                [upstream] { upstream->disconnectFromHost(); });
        upstream->connectToHost(host, quint16(hostPort.mid(colon + 1).toUInt()));
    }

    void forward(QTcpSocket *client, const QList<QByteArray> &lines, const QByteArray &body)
    {
        forwardPlainRequest(client, lines, body);
    }

    QByteArray m_expected;
};

class ConnectRecorder : public QTcpServer
{
public:
    ConnectRecorder()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection()) {
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                connect(client, &QTcpSocket::readyRead, client, [this, client] {
                    const QByteArray data = client->readAll();
                    lines.append(QString::fromLatin1(data.left(data.indexOf('\r'))));
                    client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    client->disconnectFromHost();
                });
            }
        });
    }
    QStringList lines;
};

} // namespace runai::test
