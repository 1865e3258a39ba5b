// SPDX-License-Identifier: MIT
// Proxy modes: the system proxy (here from the environment, as a desktop session exports it), an
// explicit manual proxy, and "no proxy" even when the environment names one.
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

namespace {

// Stands in for an HTTP proxy: records each request line and answers with an empty JSON list,
// so a call that went through it is recognisable.
class RecordingProxy : public QTcpServer
{
public:
    RecordingProxy()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray data = s->readAll();
                    if (!data.contains("\r\n\r\n"))
                        return;
                    requestLines << QString::fromLatin1(data.left(data.indexOf("\r\n")));
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 2\r\nConnection: close\r\n\r\n[]");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QStringList requestLines;
};

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void manualProxy();
    void manualProxyUnreachable();
    void systemProxyFromEnvironment();
    void noProxyIgnoresEnvironment();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    RecordingProxy m_proxy;
};

void TestProxy::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(u"2.20"_s));
    QVERIFY(m_server->start());
    if (!m_proxy.isListening())
        QVERIFY(m_proxy.listen(QHostAddress::LocalHost, 0));
    m_proxy.requestLines.clear();
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
}

void TestProxy::cleanup()
{
    m_server.reset();
    qunsetenv("http_proxy");
}

void TestProxy::manualProxy()
{
    auto settings = fastSettings(m_server->baseUrl());
    settings.proxyMode = ConnectionSettings::ProxyMode::Manual;
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = m_proxy.serverPort();
    Session session(settings);
    auto job = run(RunaiClient(&session).listRoles());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->result().size(), 0); // the proxy's answer, not the sandbox's roles
    QCOMPARE(m_proxy.requestLines.size(), 1);
    QVERIFY2(m_proxy.requestLines.first().startsWith(u"GET "_s + m_server->baseUrl().toString()
                                                     + u"/api/v1/authorization/roles"_s),
             qPrintable(m_proxy.requestLines.first()));
}

void TestProxy::manualProxyUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    auto settings = fastSettings(m_server->baseUrl());
    settings.proxyMode = ConnectionSettings::ProxyMode::Manual;
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = port;
    Session session(settings);
    auto job = run(RunaiClient(&session).listRoles());
    QCOMPARE(job->error().kind(), K::Network);
    QVERIFY(job->result().isEmpty());
}

void TestProxy::systemProxyFromEnvironment()
{
    qputenv("http_proxy", m_proxy.url().toString().toLatin1());
    auto settings = fastSettings(m_server->baseUrl());
    settings.proxyMode = ConnectionSettings::ProxyMode::System;
    Session session(settings);
    auto job = run(RunaiClient(&session).listRoles());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(m_proxy.requestLines.size(), 1);
    QCOMPARE(job->result().size(), 0);
}

void TestProxy::noProxyIgnoresEnvironment()
{
    qputenv("http_proxy", m_proxy.url().toString().toLatin1());
    auto settings = fastSettings(m_server->baseUrl());
    settings.proxyMode = ConnectionSettings::ProxyMode::None;
    Session session(settings);
    QVERIFY(run(RunaiClient(&session).signIn(u"test@run.ai"_s, u"Abcd!234"_s))->succeeded());
    auto job = run(RunaiClient(&session).listRoles());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QVERIFY(job->result().size() > 0); // the sandbox's real roles
    QCOMPARE(m_proxy.requestLines.size(), 0);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
