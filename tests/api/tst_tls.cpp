// SPDX-License-Identifier: MIT
// HTTPS against the sandbox with throwaway certificates: an untrusted CA is reported with the
// certificate's details and fingerprint, trusted once the console's CA bundle is added (on top of
// the system CAs), and a hostname mismatch is never "fixable" by importing a CA.
#include "ApiTestSupport.h"
#include "api/AuthNetworkAccessManager.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untrustedCertificateIsReported();
    void trustedAfterAddingCa();
    void hostnameMismatch();
    void caBundleParsing_data();
    void caBundleParsing();

private:
    std::unique_ptr<sandbox::SandboxServer> startTls(const QString &certName)
    {
        auto o = sandboxOptions(u"2.24"_s);
        o.tlsCertificate = m_certs.certificate(certName);
        o.tlsKey = m_certs.key(certName);
        auto s = std::make_unique<sandbox::SandboxServer>(o);
        if (!s->start())
            qWarning("sandbox: %s", qPrintable(s->errorString()));
        return s;
    }
    TestCertificates m_certs;
};

void TestTls::initTestCase()
{
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
    QVERIFY(!m_certs.certificate(u"localhost"_s).isNull());
    QVERIFY(!m_certs.key(u"localhost"_s).isNull());
}

void TestTls::untrustedCertificateIsReported()
{
    auto server = startTls(u"localhost"_s);
    QCOMPARE(server->baseUrl().scheme(), u"https"_s);
    Session session(fastSettings(server->baseUrl()));
    auto job = run(RunaiClient(&session).signIn(u"test@run.ai"_s, u"Abcd!234"_s));
    QCOMPARE(job->error().kind(), K::Tls);
    QVERIFY(!session.isSignedIn());
    QVERIFY(job->error().tlsFailure().has_value());
    const TlsFailure f = *job->error().tlsFailure();
    const QSslCertificate leaf = m_certs.certificate(u"localhost"_s);
    QCOMPARE(f.sha256Fingerprint,
             QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(f.host, server->baseUrl().host());
    QVERIFY2(f.subject.contains(u"localhost"_s), qPrintable(f.subject));
    QVERIFY2(f.issuer.contains(u"Runai Test CA"_s), qPrintable(f.issuer));
    QCOMPARE(f.notAfter, leaf.expiryDate().toUTC());
    QCOMPARE(f.notBefore, leaf.effectiveDate().toUTC());
    QVERIFY(!f.errors.isEmpty());
    QVERIFY(f.caImportCouldFix);
    QVERIFY(f.peerChainPem.contains("BEGIN CERTIFICATE"));
    QVERIFY(job->error().userMessage().contains(u"Runai Test CA"_s));
}

void TestTls::trustedAfterAddingCa()
{
    auto server = startTls(u"localhost"_s);
    auto settings = fastSettings(server->baseUrl());
    settings.caBundlePem = m_certs.caPem();
    Session session(settings);
    // The bundle is added to the system trust store, not used instead of it.
    QTRY_VERIFY_WITH_TIMEOUT(session.isTrustStoreReady(), 20000);
    auto *nam = qobject_cast<AuthNetworkAccessManager *>(session.networkAccessManager());
    QVERIFY(nam);
    const auto trusted = nam->sslConfiguration().caCertificates();
    const auto system = QSslConfiguration::systemCaCertificates();
    QCOMPARE(trusted.size(), system.size() + 1);
    QVERIFY(trusted.contains(QSslCertificate(m_certs.caPem())));
    if (!system.isEmpty())
        QVERIFY(trusted.contains(system.first()));
    QCOMPARE(nam->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);

    RunaiClient client(&session);
    auto job = run(client.signIn(u"test@run.ai"_s, u"Abcd!234"_s));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    auto apps = run(client.listApplications());
    QVERIFY2(apps->succeeded(), qPrintable(apps->error().logString()));

    // Settings can be changed on a live session: without the bundle, new connections fail again.
    auto without = fastSettings(server->baseUrl());
    session.setSettings(without);
    auto again = run(client.listRoles());
    QCOMPARE(again->error().kind(), K::Tls);
}

void TestTls::hostnameMismatch()
{
    // Signed by the trusted CA, but for other.example, not localhost.
    auto server = startTls(u"other"_s);
    auto settings = fastSettings(server->baseUrl());
    settings.caBundlePem = m_certs.caPem();
    Session session(settings);
    auto job = run(RunaiClient(&session).signIn(u"test@run.ai"_s, u"Abcd!234"_s));
    QCOMPARE(job->error().kind(), K::Tls);
    const TlsFailure f = *job->error().tlsFailure();
    QVERIFY(!f.caImportCouldFix);
    QVERIFY2(f.errors.join(u' ').contains(u"host name"_s, Qt::CaseInsensitive),
             qPrintable(f.errors.join(u"; "_s)));
    QVERIFY(!job->error().userMessage().contains(u"import"_s));
}

void TestTls::caBundleParsing_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<int>("certificates"); // -1: rejected
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("not pem") << QByteArray("hello") << -1;
    QTest::newRow("broken pem") << QByteArray(
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                                << -1;
}

void TestTls::caBundleParsing()
{
    QFETCH(QByteArray, pem);
    QFETCH(int, certificates);
    auto r = ConnectionSettings::parseCaBundle(pem);
    QCOMPARE(r.ok(), certificates >= 0);
    QVERIFY(!r.ok() == !r.error().isEmpty());
    // A real bundle (two copies of the test CA) parses to both certificates.
    auto two = ConnectionSettings::parseCaBundle(m_certs.caPem() + m_certs.caPem());
    QVERIFY(two.ok());
    QCOMPARE(two.value().size(), 2);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
