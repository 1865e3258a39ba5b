// SPDX-License-Identifier: MIT
// With every runai.* category on (and Qt's own network categories), runs the flows that handle
// secrets, successes and failures alike, captures every log line and asserts that no password,
// client secret, temporary password or token (every token the sandbox issued, of every identity)
// appears in it, raw or encoded (tests/support/SecretSearch.h).
#include "../support/LogCapture.h"
#include "../support/SecretSearch.h"
#include "ApiTestSupport.h"
#include "api/ConsoleCapabilities.h"
#include "api/NetworkLog.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestNoSecretLogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void flows_data();
    void flows();

private:
    QStringList m_secrets;
};

void TestNoSecretLogs::initTestCase()
{
    // qt.httpserver too: the sandbox reads HTTP itself now, but Qt's HTTP server dumps every
    // request's headers (Authorization) at debug level, and this would catch its return.
    LogCapture::install(
            u"runai.*=true\nqt.network.*=true\nqt.httpserver=true\nqt.httpserver.*=true"_s);
}

void TestNoSecretLogs::cleanupTestCase()
{
    LogCapture::remove();
}

void TestNoSecretLogs::flows_data()
{
    // 3.0 too: v2 tokens, renewal by repeating the grant, service accounts only, v2 roles.
    addModeRowsWith30();
}

void TestNoSecretLogs::flows()
{
    QFETCH(QString, mode);
    LogCapture::take(); // only this row's lines
    auto options = sandboxOptions(mode);
    options.adminPassword = u"Adm1n-Pa55word!"_s;
    options.tokenLifetimeSeconds = 2;
    sandbox::SandboxServer server(options);
    server.recordIssuedTokens();
    QVERIFY(server.start());
    QStringList secrets{options.adminPassword, u"wrong-Pa55word"_s};
    // Tools → Network log records the same flows: every field of every entry is searched too.
    NetworkLog networkLog;
    NetworkLog::install(&networkLog);

    Session session(fastSettings(server.baseUrl()));
    session.setCredentialsProvider([&](const QString &, Session::SecretCallback reply) {
        reply(SecretBytes::fromString(options.adminPassword));
    });
    RunaiClient client(&session);
    // Every token the session ever holds (2 s tokens are renewed many times during the flow),
    // not only the ones a step happens to see.
    QStringList heldTokens;
    const auto collect = [&session, &heldTokens] {
        heldTokens << session.revealAccessToken();
    };
    connect(&session, &Session::signedIn, &session, collect);
    connect(&session, &Session::tokenRenewed, &session, collect);

    QVERIFY(!run(client.signIn(options.adminEmail, u"wrong-Pa55word"_s))->succeeded());
    auto signIn = run(client.signIn(options.adminEmail, options.adminPassword));
    QVERIFY(signIn->succeeded());
    secrets << signIn->result().accessToken.revealAsQString()
            << signIn->result().refreshToken.revealAsQString()
            << signIn->result().idToken.revealAsQString();

    auto app = run(client.createApplication(u"log-bot"_s));
    QVERIFY2(app->succeeded(), qPrintable(app->error().logString()));
    secrets << app->result().secret;
    auto regen = run(client.regenerateApplicationSecret(app->result().application.id));
    QVERIFY(regen->succeeded());
    secrets << regen->result();

    QVERIFY(run(client.probeCapabilities())->succeeded());
    Session appSession(fastSettings(server.baseUrl()));
    appSession.setCapabilities(session.capabilities());
    auto appToken = run(RunaiClient(&appSession)
                                .signInApplication(app->result().application.clientId,
                                                   regen->result(),
                                                   app->result().application.name));
    QVERIFY2(appToken->succeeded(), qPrintable(appToken->error().logString()));
    secrets << appToken->result().accessToken.revealAsQString()
            << appToken->result().refreshToken.revealAsQString();
    QVERIFY(!run(RunaiClient(&appSession)
                         .signInApplication(app->result().application.clientId,
                                            app->result().secret,
                                            app->result().application.name))
                     ->succeeded()); // the old secret, now revoked
    QVERIFY(!run(RunaiClient(&appSession).listUsers())->succeeded()); // 403

    // Access keys (2.24+): the key's secret, the regenerated one and the key's tokens.
    if (session.capabilities().has(ConsoleCapabilities::Feature::AccessKeys)) {
        auto key = run(client.createAccessKey(u"log-key"_s));
        QVERIFY2(key->succeeded(), qPrintable(key->error().logString()));
        secrets << key->result().secret;
        auto keySecret = run(client.regenerateAccessKeySecret(key->result().key.id));
        QVERIFY(keySecret->succeeded());
        secrets << keySecret->result();
        Session keySession(fastSettings(server.baseUrl()));
        keySession.setCapabilities(session.capabilities());
        auto keyToken = run(
                RunaiClient(&keySession)
                        .signInApplication(key->result().key.clientId, keySecret->result()));
        QVERIFY2(keyToken->succeeded(), qPrintable(keyToken->error().logString()));
        secrets << keyToken->result().accessToken.revealAsQString()
                << keyToken->result().refreshToken.revealAsQString();
        QVERIFY(!run(RunaiClient(&keySession)
                             .signInApplication(key->result().key.clientId, key->result().secret))
                         ->succeeded()); // the first secret, revoked by the regeneration
        QVERIFY(run(client.deleteAccessKey(key->result().key.id))->succeeded());
    }

    auto user = run(client.createUser(u"logged@example.com"_s));
    QVERIFY(user->succeeded());
    secrets << user->result().tempPassword;
    auto reset = run(client.resetUserPassword(user->result().id));
    QVERIFY(reset->succeeded());
    secrets << reset->result();
    Session userSession(fastSettings(server.baseUrl()));
    auto userToken = run(
            RunaiClient(&userSession).signIn(u"logged@example.com"_s, reset->result()));
    QVERIFY(userToken->succeeded());
    secrets << userToken->result().accessToken.revealAsQString();

    // Failures that carry bodies: a 401 replay with renewal, a non-JSON answer, an HTML 502.
    server.faults().failNext(u"/api/v1/users"_s, 401);
    QVERIFY(run(client.listUsers())->succeeded());
    server.faults().nonJsonNext(u"/api/v1/users"_s);
    QVERIFY(!run(client.listUsers())->succeeded());
    // A create refused with 401: not repeated, the token renewed at once (its own log lines).
    {
        QSignalSpy renewedAfter401(&session, &Session::tokenRenewed);
        server.faults().failNext(u"/api/v1/users"_s, 401);
        QVERIFY(!run(client.createUser(u"refused@example.com"_s))->succeeded());
        QVERIFY(renewedAfter401.count() > 0 || renewedAfter401.wait(5000));
        secrets << session.revealAccessToken();
    }
    server.faults().html502Next(mode == u"3.0"_s ? u"/api/v2/authorization/roles"_s
                                                 : u"/api/v1/authorization/roles"_s,
                                9);
    QVERIFY(!run(client.listRoles())->succeeded());
    // Renewal ahead of expiry (2 s tokens), by refresh token, and by the credentials provider.
    QSignalSpy renewed(&session, &Session::tokenRenewed);
    QVERIFY(renewed.wait(5000));
    server.faults().failNext(u"/api/v1/token"_s, 401);
    session.renewNow();
    QVERIFY(renewed.wait(5000));
    secrets << session.revealAccessToken();
    secrets << heldTokens;
    secrets.removeAll(QString());

    QStringList lines = LogCapture::take();
    NetworkLog::install(nullptr);
    QVERIFY2(networkLog.size() > 20, "the network log should have recorded every exchange");
    for (const NetworkLogEntry &entry : networkLog.entries())
        lines << QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    QVERIFY2(lines.size() > 30, "the flows should have logged plenty");
    const QString all = lines.join(u'\n');
    QVERIFY(all.contains(u"runai.api"_s));
    QVERIFY(all.contains(u"runai.session"_s));
    // Every token issued, not only those the flow saw (access, refresh and ID tokens).
    const QList<QByteArray> issued = server.issuedTokens();
    QVERIFY(issued.size() > 20);
    for (const QByteArray &token : issued)
        secrets << QString::fromLatin1(token);
    secrets.removeDuplicates();

    SecretSearch search;
    // The detector itself works: a base64 copy at an odd offset inside other text is found.
    search.addSecret(u"admin password"_s, options.adminPassword);
    QVERIFY(!search.search("header " + ("ab" + options.adminPassword.toUtf8() + "cd").toBase64(),
                           u"planted"_s)
                     .isEmpty());
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(search.addSecret(u"secret #%1"_s.arg(secrets.indexOf(secret)), secret),
                 "a secret too short to search for");
    const QStringList leaks = search.search(all.toUtf8(), u"the log"_s);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestNoSecretLogs)
#include "tst_nosecretlogs.moc"
