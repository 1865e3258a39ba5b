// SPDX-License-Identifier: MIT
// What a client may cost the sandbox (issue 12, item 14): an oversized request is answered 413 or
// 431 from its headers, before any body is read; slow, silent and idle connections are closed
// after their deadlines; no more connections than the cap stay open. Raw sockets, because the
// point is what a hostile or broken client sends byte for byte; short test-only deadlines keep
// it quick. The process-level checks (memory, bind address) are in tst_sandbox_process.
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai::sandbox;

namespace {

// One HTTP answer read off a raw socket.
struct RawAnswer
{
    int status = -1;
    QByteArray head;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        // connected() says whether it worked.
        (void)QTest::qWaitFor(
                [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }

    // The next complete answer (headers + Content-Length body), or status -1 after timeoutMs.
    RawAnswer read(int timeoutMs = 5000)
    {
        RawAnswer answer;
        // A timeout leaves status at -1, which the caller's QCOMPARE reports.
        (void)QTest::qWaitFor(
                [&] {
                    m_buffer += m_socket.readAll();
                    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return false;
                    const QByteArray head = m_buffer.first(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (m_buffer.size() < end + 4 + length)
                        return false;
                    answer.head = head;
                    answer.status = head.mid(9, 3).toInt();
                    answer.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return true;
                },
                timeoutMs);
        return answer;
    }

    // True once the server has closed the connection (within timeoutMs).
    bool closedByServer(int timeoutMs)
    {
        return QTest::qWaitFor(
                [this] {
                    m_buffer += m_socket.readAll();
                    return m_socket.state() == QAbstractSocket::UnconnectedState;
                },
                timeoutMs);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray getRequest(const QByteArray &path = "/api/v1/users")
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
}

// The sandbox's error body shape: {code, message}.
bool isErrorBody(const RawAnswer &answer, int status)
{
    const QJsonObject body = answer.object();
    return body.value(u"code"_s).toInt() == status && !body.value(u"message"_s).toString().isEmpty()
           && answer.head.contains("Content-Type: application/json");
}

std::unique_ptr<SandboxServer> startServer(const HttpLimits &limits = {})
{
    SandboxOptions options;
    options.limits = limits;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->start())
        return {};
    return server;
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 512 MiB announced, nothing of it sent: the answer comes from the headers alone (the old
    // front end waited for -- and buffered -- the whole body before any handler ran).
    void oversizedBodyAnsweredFromHeaders()
    {
        const auto server = startServer();
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.connected());
        client.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/json\r\nContent-Length: 536870912\r\n\r\n");
        const RawAnswer answer = client.read(3000);
        QCOMPARE(answer.status, 413);
        QVERIFY2(isErrorBody(answer, 413), answer.body.constData());
        QVERIFY(answer.head.contains("Connection: close"));
        QVERIFY(client.closedByServer(3000));

        // A chunked body is counted as its chunk sizes arrive.
        RawClient chunked(server->port());
        chunked.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "20000000\r\n");
        QCOMPARE(chunked.read(3000).status, 413);
    }

    // The limits leave room for real use: a body up to the cap and a chunked body are read.
    void bodiesWithinTheLimitAreServed()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 200;
        const auto server = startServer(limits);
        QVERIFY(server);
        const QByteArray json
                = R"({"grantType":"password","username":"test@run.ai","password":"Abcd!234"})";
        RawClient client(server->port());
        client.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    "application/json\r\nContent-Length: "
                    + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        QCOMPARE(client.read().status, 200);
        // The same body in two chunks, on the same connection, after an Expect: 100-continue.
        client.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    "application/json\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue"
                    "\r\n\r\n");
        QCOMPARE(client.read().status, 100);
        client.send(QByteArray::number(10, 16) + "\r\n" + json.first(10) + "\r\n"
                    + QByteArray::number(json.size() - 10, 16) + "\r\n" + json.sliced(10)
                    + "\r\n0\r\n\r\n");
        const RawAnswer token = client.read();
        QCOMPARE(token.status, 200);
        QVERIFY(token.object().value(u"accessToken"_s).isString());
        // One byte over the cap.
        client.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    "application/json\r\nContent-Length: 201\r\n\r\n");
        QCOMPARE(client.read().status, 413);
    }

    void oversizedHeadersAnswered431()
    {
        const auto server = startServer();
        QVERIFY(server);
        // 24 KiB of headers (a big bearer token and then some) are fine by default.
        RawClient fine(server->port());
        fine.send("GET /api/v1/users HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                  + QByteArray(24 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(fine.read().status, 401);
        // 40 KiB are not (Qt HttpServer's own parser let up to 80 KiB through).
        RawClient client(server->port());
        client.send("GET /api/v1/users HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                    + QByteArray(40 * 1024, 'a') + "\r\n\r\n");
        const RawAnswer answer = client.read(3000);
        QCOMPARE(answer.status, 431);
        QVERIFY2(isErrorBody(answer, 431), answer.body.constData());
        QVERIFY(client.closedByServer(3000));
        // Headers that never end are cut off at the limit, not buffered.
        RawClient endless(server->port());
        endless.send("GET /api/v1/users HTTP/1.1\r\n");
        for (int i = 0; i < 40; ++i)
            endless.send("X-Padding-" + QByteArray::number(i) + ": " + QByteArray(1024, 'b')
                         + "\r\n");
        QCOMPARE(endless.read(3000).status, 431);
    }

    // Slow-loris: headers trickled a byte at a time never finish inside the deadline.
    void slowHeadersClosedAtTheDeadline()
    {
        HttpLimits limits;
        limits.headerTimeout = std::chrono::milliseconds(300);
        const auto server = startServer(limits);
        QVERIFY(server);
        RawClient client(server->port());
        QElapsedTimer clock;
        clock.start();
        client.send("GET /api/v1/users HTTP/1.1\r\n");
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &client.socket(),
                         [&client] { client.send("X"); });
        trickle.start(50);
        const RawAnswer answer = client.read(3000);
        QCOMPARE(answer.status, 408);
        QVERIFY2(isErrorBody(answer, 408), answer.body.constData());
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(client.closedByServer(3000));
        trickle.stop();

        // A body that stops coming.
        limits.bodyTimeout = std::chrono::milliseconds(300);
        const auto other = startServer(limits);
        RawClient stalled(other->port());
        stalled.send("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"gr");
        QCOMPARE(stalled.read(3000).status, 408);
        QVERIFY(stalled.closedByServer(3000));

        // A connection that never says anything.
        RawClient silent(server->port());
        QVERIFY(silent.closedByServer(3000));
    }

    // Keep-alive works inside the idle timeout, and an idle connection is closed after it.
    void idleKeepAliveClosed()
    {
        HttpLimits limits;
        limits.idleTimeout = std::chrono::milliseconds(400);
        const auto server = startServer(limits);
        QVERIFY(server);
        RawClient client(server->port());
        client.send(getRequest());
        QCOMPARE(client.read().status, 401);
        QTest::qWait(150);
        // Two pipelined requests in one write, answered in order on the same connection.
        client.send(getRequest() + getRequest("/api/v1/nowhere"));
        QCOMPARE(client.read().status, 401);
        QCOMPARE(client.read().status, 404);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.closedByServer(3000));
        QVERIFY(clock.elapsed() >= 300);
    }

    void connectionCapHolds()
    {
        HttpLimits limits;
        limits.maxConnections = 3;
        const auto server = startServer(limits);
        QVERIFY(server);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>(server->port()));
            held.back()->send(getRequest());
            QCOMPARE(held.back()->read().status, 401); // accepted and kept alive
        }
        RawClient extra(server->port());
        extra.send(getRequest());
        const RawAnswer refused = extra.read(3000);
        QCOMPARE(refused.status, 503);
        QVERIFY2(isErrorBody(refused, 503), refused.body.constData());
        QVERIFY(extra.closedByServer(3000));
        // The held ones are still served.
        held.front()->send(getRequest());
        QCOMPARE(held.front()->read().status, 401);

        // A place that frees up is given to the next client.
        held.front().reset();
        QVERIFY(QTest::qWaitFor(
                [&] {
                    RawClient next(server->port());
                    next.send(getRequest());
                    return next.read(1000).status == 401;
                },
                5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
