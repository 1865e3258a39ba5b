// SPDX-License-Identifier: MIT
// What a flaky network or gateway does to a call: refused, slow, HTML 502, dropped, truncated,
// non-JSON, 429/503 with backoff, oversized bodies; plus the job contract (queued start, exactly
// one finished(), abandon, delete while running).
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

namespace {
const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;

// A loopback server that answers every request with one canned response (for what the sandbox
// cannot produce: a body over the size limit).
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray head, QByteArray body)
        : m_head(head)
        , m_body(body)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    s->write(m_head + "\r\n" + m_body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_head;
    QByteArray m_body;
};
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refusedConnection();
    void timeout();
    void html502IsRetriedForGet();
    void html502Persisting();
    void html502OnPostIsNotRetried();
    void droppedConnection();
    void answerLostAfterCreate();
    void truncatedBody();
    void nonJsonBody();
    void rateLimitedHonoursRetryAfter();
    void rateLimitedTooLong();
    void serviceUnavailableBacksOff();
    void oversizedBody_data();
    void oversizedBody();
    void startIsQueuedAndFinishedOnce();
    void abandonEmitsCancelled();
    void deletingRunningJobIsSafe();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestFaults::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(u"2.20"_s));
    QVERIFY(m_server->start());
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
    QVERIFY(run(RunaiClient(m_session.get()).signIn(AdminEmail, AdminPassword))->succeeded());
}

void TestFaults::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestFaults::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(port);
    Session session(fastSettings(url));
    auto job = run(RunaiClient(&session).signIn(AdminEmail, AdminPassword));
    QCOMPARE(job->error().kind(), K::Network);
    QCOMPARE(job->error().httpStatus(), 0);
    QVERIFY2(job->error().technicalDetail().contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(job->error().technicalDetail()));
    QVERIFY(!job->error().userMessage().isEmpty());
}

void TestFaults::timeout()
{
    auto settings = fastSettings(m_server->baseUrl());
    settings.transferTimeout = std::chrono::milliseconds(300);
    m_session->setSettings(settings);
    m_server->faults().setLatency(std::chrono::milliseconds(2000));
    QElapsedTimer t;
    t.start();
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QCOMPARE(job->error().kind(), K::Timeout);
    QCOMPARE(job->requestCount(), 1);
    QVERIFY2(t.elapsed() < 1800, qPrintable(QString::number(t.elapsed())));
    m_server->faults().clear();
}

void TestFaults::html502IsRetriedForGet()
{
    m_server->faults().html502Next(u"/api/v1/users"_s, 1);
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->requestCount(), 2);
    QCOMPARE(job->result().size(), 1);
}

void TestFaults::html502Persisting()
{
    m_server->faults().html502Next(u"/api/v1/users"_s, 10);
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QCOMPARE(job->error().kind(), K::Server);
    QCOMPARE(job->error().httpStatus(), 502);
    QCOMPARE(job->requestCount(), 1 + m_session->settings().maxGetRetries);
    QVERIFY2(job->error().technicalDetail().contains(u"non-JSON"_s),
             qPrintable(job->error().technicalDetail()));
    QVERIFY(!job->error().userMessage().contains(u'<'));
    QVERIFY(job->result().isEmpty());
    QVERIFY(!job->succeeded()); // never an empty list that looks fine
    m_server->faults().clear();
}

void TestFaults::html502OnPostIsNotRetried()
{
    m_server->faults().html502Next(u"/api/v1/users"_s, 1);
    auto job = run(RunaiClient(m_session.get()).createUser(u"x@example.com"_s));
    QCOMPARE(job->error().kind(), K::Server);
    QCOMPARE(job->requestCount(), 1);
}

void TestFaults::droppedConnection()
{
    // One drop of a GET is absorbed by Qt's own resend on a fresh connection (idempotent).
    m_server->faults().dropNext(u"/api/v1/users"_s, 1);
    QVERIFY(run(RunaiClient(m_session.get()).listUsers())->succeeded());

    // A connection that keeps dropping fails the GET as a network error, never an empty list.
    m_server->faults().dropNext(u"/api/v1/users"_s, 10);
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QCOMPARE(job->error().kind(), K::Network);
    QVERIFY(job->result().isEmpty());
    m_server->faults().clear();

    // A POST dropped before the handler ran: we send it once; Qt 6.4 resends it on a new
    // connection by itself, which is harmless here: exactly one user exists afterwards.
    m_server->faults().dropNext(u"/api/v1/users"_s, 1);
    auto post = run(RunaiClient(m_session.get()).createUser(u"dropped@example.com"_s));
    QCOMPARE(post->requestCount(), 1);
    auto users = run(RunaiClient(m_session.get()).listUsers());
    QVERIFY(users->succeeded());
    QCOMPARE(std::count_if(users->result().cbegin(), users->result().cend(),
                           [](const User &u) { return u.username == u"dropped@example.com"_s; }),
             post->succeeded() ? 1 : 0);

    // A POST whose connection keeps dropping fails, and says the outcome is unknown.
    m_server->faults().dropNext(u"/api/v1/users"_s, 10);
    auto failing = run(RunaiClient(m_session.get()).createUser(u"never@example.com"_s));
    QCOMPARE(failing->error().kind(), K::Network);
    QCOMPARE(failing->requestCount(), 1);
    QVERIFY(failing->error().requestMayHaveBeenProcessed());
    m_server->faults().clear();
}

void TestFaults::answerLostAfterCreate()
{
    // The server created the application, then the answer was lost. The POST is not repeated;
    // the error tells the caller, who can look the object up by name (here: it exists once).
    RunaiClient client(m_session.get());
    QVERIFY(run(client.listApplications())->succeeded()); // endpoint known: one request per call
    m_server->faults().dropAfterHandlingNext(u"/api/v1/apps"_s, 1);
    auto create = run(client.createApplication(u"lost-answer"_s));
    QVERIFY(!create->succeeded());
    QCOMPARE(create->error().kind(), K::Network); // not a 409 from a silent second POST
    QVERIFY(create->error().requestMayHaveBeenProcessed());
    QVERIFY(create->error().userMessage().contains(u"Check before trying again"_s));
    QCOMPARE(create->requestCount(), 1);
    auto list = run(client.listApplications());
    QVERIFY(list->succeeded());
    QCOMPARE(std::count_if(list->result().cbegin(), list->result().cend(),
                           [](const Application &a) { return a.name == u"lost-answer"_s; }),
             1);
}

void TestFaults::truncatedBody()
{
    m_server->faults().truncateNext(u"/api/v1/users"_s, 1);
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QVERIFY(!job->succeeded());
    QVERIFY2(job->error().kind() == K::BadResponse || job->error().kind() == K::Network,
             qPrintable(job->error().logString()));
    QVERIFY(job->result().isEmpty());
}

void TestFaults::nonJsonBody()
{
    m_server->faults().nonJsonNext(u"/api/v1/users"_s, 1);
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QCOMPARE(job->error().kind(), K::BadResponse);
    QCOMPARE(job->error().httpStatus(), 200);
    QVERIFY2(job->error().technicalDetail().contains(u"not JSON"_s),
             qPrintable(job->error().technicalDetail()));
    QVERIFY(job->result().isEmpty());
}

void TestFaults::rateLimitedHonoursRetryAfter()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 429, 1, "1");
    QElapsedTimer t;
    t.start();
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->requestCount(), 2);
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed()))); // waited Retry-After
}

void TestFaults::rateLimitedTooLong()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 429, 1, "120");
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QCOMPARE(job->error().kind(), K::RateLimited);
    QCOMPARE(job->error().retryAfterSeconds(), std::optional<int>(120));
    QCOMPARE(job->requestCount(), 1);
    QVERIFY(job->error().userMessage().contains(u"120"_s));
}

void TestFaults::serviceUnavailableBacksOff()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 503, 2);
    QElapsedTimer t;
    t.start();
    auto job = run(RunaiClient(m_session.get()).listUsers());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->requestCount(), 3);
    QVERIFY2(t.elapsed() >= 50 + 100 - 10, qPrintable(QString::number(t.elapsed()))); // 50, 100

    m_server->faults().failNext(u"/api/v1/users"_s, 503, 1);
    auto post = run(RunaiClient(m_session.get()).createUser(u"y@example.com"_s));
    QCOMPARE(post->error().kind(), K::Server);
    QCOMPARE(post->error().httpStatus(), 503);
    QCOMPARE(post->requestCount(), 1);
}

void TestFaults::oversizedBody_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length over the limit") << true;
    QTest::newRow("streamed past the limit") << false;
}

void TestFaults::oversizedBody()
{
    QFETCH(bool, announced);
    const qint64 size = 17 * 1024 * 1024;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
    QByteArray body;
    if (announced) {
        head += "Content-Length: " + QByteArray::number(size) + "\r\n";
        body = QByteArray(1024, ' ');
    } else {
        body = QByteArray(size, ' ');
    }
    CannedServer canned(head, body);
    QVERIFY(canned.listen(QHostAddress::LocalHost, 0));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(canned.serverPort());
    Session session(fastSettings(url));
    auto job = run(RunaiClient(&session).listRoles());
    QCOMPARE(job->error().kind(), K::BadResponse);
    QVERIFY2(job->error().technicalDetail().contains(u"larger than 16 MiB"_s),
             qPrintable(job->error().technicalDetail()));
}

void TestFaults::startIsQueuedAndFinishedOnce()
{
    auto *job = RunaiClient(m_session.get()).listRoles();
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob> owner(job);
    job->start();
    QVERIFY(!job->isFinished());
    QSignalSpy spy(job, &ApiJob::finished); // connected after start(): still seen
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ApiJob *>(), job);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1);
    job->start(); // a second start() is ignored
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
}

void TestFaults::abandonEmitsCancelled()
{
    m_server->faults().setLatency(std::chrono::milliseconds(1000));
    auto *job = RunaiClient(m_session.get()).listUsers();
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob> owner(job);
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    QTest::qWait(100);
    job->abandon();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job->error().kind(), K::Cancelled);
    QTest::qWait(1200);
    QCOMPARE(spy.count(), 1); // the late answer changes nothing
    job->abandon();
    QCOMPARE(spy.count(), 1);
    m_server->faults().clear();
}

void TestFaults::deletingRunningJobIsSafe()
{
    m_server->faults().setLatency(std::chrono::milliseconds(300));
    auto *job = RunaiClient(m_session.get()).listUsers();
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    QTest::qWait(50);
    delete job;
    QTest::qWait(500);
    QCOMPARE(spy.count(), 0);
    // The session works on.
    m_server->faults().clear();
    QVERIFY(run(RunaiClient(m_session.get()).listUsers())->succeeded());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
