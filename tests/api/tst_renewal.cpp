// SPDX-License-Identifier: MIT
// Token renewal: ahead of expiry (refresh token, or the grant repeated with credentials from the
// owner), a 401 mid-session renews and replays a GET once, a POST is never replayed.
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

namespace {
const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;
} // namespace

class TestRenewal : public QObject
{
    Q_OBJECT
private slots:
    void renewsBeforeExpiry_data();
    void renewsBeforeExpiry();
    void unauthorizedGetIsRenewedAndReplayedOnce();
    void replayHappensOnlyOnce();
    void concurrent401sShareOneRenewal();
    void lapsedTokenIsRenewedOnceForManyRequests();
    void signOutZeroesTheTokens();
    void postIsNotReplayed();
    void credentialsProviderWhenRefreshFails_data();
    void credentialsProviderWhenRefreshFails();
    void providerDeclines();
    void applicationRenewalRepeatsClientCredentials();
    void renewalOn30RepeatsTheGrant();

private:
    std::unique_ptr<sandbox::SandboxServer> startServer(const QString &version, int lifetime = 3600)
    {
        auto o = sandboxOptions(version);
        o.tokenLifetimeSeconds = lifetime;
        auto s = std::make_unique<sandbox::SandboxServer>(o);
        if (!s->start())
            qWarning("sandbox: %s", qPrintable(s->errorString()));
        return s;
    }
    // A raw request with an explicit token, to prove a token really lapsed.
    int statusWithToken(const QUrl &base, const QString &token)
    {
        QNetworkAccessManager nam;
        QUrl url = base;
        url.setPath(u"/api/v1/users"_s);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(5000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};

void TestRenewal::renewsBeforeExpiry_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("2.20 (JWT exp)") << u"2.20"_s;
    QTest::newRow("2.24 (expiresIn)") << u"2.24"_s;
}

void TestRenewal::renewsBeforeExpiry()
{
    QFETCH(QString, mode);
    auto server = startServer(mode, 3);
    Session session(fastSettings(server->baseUrl()));
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    const QString firstToken = session.revealAccessToken();
    const QDateTime firstExpiry = session.tokenExpiresAt();
    QVERIFY(firstExpiry.isValid());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(firstExpiry) <= 3);

    QSignalSpy renewed(&session, &Session::tokenRenewed);
    QSignalSpy failed(&session, &Session::renewalFailed);
    QVERIFY(renewed.wait(6000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(session.revealAccessToken() != firstToken);
    // Renewed ahead of the old token's expiry, not after a failure.
    QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry.addMSecs(500));

    // Past the first token's lifetime: the old token is refused by the server, the session's
    // current one is not, and no call needs a 401 round trip.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > firstExpiry.addMSecs(1200), 5000);
    QCOMPARE(statusWithToken(server->baseUrl(), firstToken), 401);
    auto list = run(RunaiClient(&session).listUsers());
    QVERIFY2(list->succeeded(), qPrintable(list->error().logString()));
    QCOMPARE(list->requestCount(), 1);
    QVERIFY(session.isSignedIn());
}

void TestRenewal::unauthorizedGetIsRenewedAndReplayedOnce()
{
    auto server = startServer(u"2.20"_s);
    Session session(fastSettings(server->baseUrl()));
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    const QString before = session.revealAccessToken();
    QSignalSpy renewed(&session, &Session::tokenRenewed);

    server->faults().failNext(u"/api/v1/users"_s, 401);
    auto list = run(RunaiClient(&session).listUsers());
    QVERIFY2(list->succeeded(), qPrintable(list->error().logString()));
    QCOMPARE(list->requestCount(), 2); // the 401, then the replay
    QCOMPARE(renewed.count(), 1);
    QVERIFY(session.revealAccessToken() != before);
}

void TestRenewal::replayHappensOnlyOnce()
{
    auto server = startServer(u"2.20"_s);
    Session session(fastSettings(server->baseUrl()));
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    server->faults().failNext(u"/api/v1/users"_s, 401, 5);
    auto list = run(RunaiClient(&session).listUsers());
    QCOMPARE(list->error().kind(), K::Unauthorized);
    QCOMPARE(list->requestCount(), 2);
}

void TestRenewal::concurrent401sShareOneRenewal()
{
    auto server = startServer(u"2.24"_s);
    Session session(fastSettings(server->baseUrl()));
    RunaiClient client(&session);
    QVERIFY(run(client.signIn(AdminEmail, AdminPassword))->succeeded());
    QSignalSpy renewed(&session, &Session::tokenRenewed);
    // Both GETs get their 401 while the single refresh (slowed by the latency) is under way.
    server->faults().setLatency(std::chrono::milliseconds(200));
    server->faults().failNext(u"/api/v1/users"_s, 401, 1);
    server->faults().failNext(u"/api/v1/authorization/roles"_s, 401, 1);
    auto *users = client.listUsers();
    auto *roles = client.listRoles();
    users->setAutoDelete(false);
    roles->setAutoDelete(false);
    std::unique_ptr<ApiJob> u(users), r(roles);
    QSignalSpy usersDone(users, &ApiJob::finished);
    QSignalSpy rolesDone(roles, &ApiJob::finished);
    users->start();
    roles->start();
    QTRY_VERIFY_WITH_TIMEOUT(usersDone.count() == 1 && rolesDone.count() == 1, 10000);
    QVERIFY2(users->succeeded(), qPrintable(users->error().logString()));
    QVERIFY2(roles->succeeded(), qPrintable(roles->error().logString()));
    QCOMPARE(users->requestCount(), 2);
    QCOMPARE(roles->requestCount(), 2);
    QCOMPARE(renewed.count(), 1);
}

void TestRenewal::lapsedTokenIsRenewedOnceForManyRequests()
{
    // The token lapsed while the session thought it fresh (a suspended laptop: the renewal timer
    // did not run). Six GETs go out with it, a few ms apart, and their 401s come back spread over
    // more than one renewal's round trip: those arriving after the renewal ended were sent with
    // the old token and ride on that renewal; none starts a second refresh_token grant.
    auto server = startServer(u"2.24"_s, 1);
    int tokenRequests = 0;
    server->setExchangeObserver(
            [&tokenRequests](const sandbox::ApiRequest &request, const sandbox::ApiResponse &) {
                if (request.path.endsWith(u"/token"_s))
                    ++tokenRequests;
            });
    Session session(fastSettings(server->baseUrl()));
    RunaiClient client(&session);
    auto signIn = run(client.signIn(AdminEmail, AdminPassword));
    QVERIFY(signIn->succeeded());
    TokenSet believedFresh = signIn->result().duplicate();
    believedFresh.expiresIn = 3600; // the session's view; the console's token lives 1 s
    believedFresh.obtainedAt = QDateTime::currentDateTimeUtc();
    session.installToken(std::move(believedFresh), Session::IdentityKind::User, AdminEmail,
                         Session::Grant::Password, RunaiClient::renewalGrants());
    const QString lapsed = session.revealAccessToken();
    QTRY_COMPARE_WITH_TIMEOUT(statusWithToken(server->baseUrl(), lapsed), 401, 5000);
    tokenRequests = 0;

    // Each answer takes 200 ms: the renewal ends ~400 ms after the first request went out, and
    // the last three requests (sent at 210..350 ms) get their 401 after that.
    server->faults().setLatency(std::chrono::milliseconds(200));
    QSignalSpy renewed(&session, &Session::tokenRenewed);
    std::vector<std::unique_ptr<ApiJob>> jobs;
    int finished = 0;
    int tokenRequestsWhenDone = -1; // the renewed token lives 1 s too: its timer renews later
    for (int i = 0; i < 6; ++i) {
        auto *job = client.listUsers();
        job->setAutoDelete(false);
        connect(job, &ApiJob::finished, this, [&] {
            if (++finished == 6)
                tokenRequestsWhenDone = tokenRequests;
        });
        jobs.emplace_back(job);
        QTimer::singleShot(i * 70, job, &ApiJob::start);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
    for (const auto &job : jobs) {
        QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
        QCOMPARE(job->requestCount(), 2); // the 401, then the replay with the renewed token
    }
    QCOMPARE(tokenRequestsWhenDone, 1);
}

namespace {
QList<QByteArray> wipedBuffers; // the bytes SecretBytes::wipe() left, seen before free()
void recordWipe(const void *data, std::size_t size)
{
    wipedBuffers << QByteArray(static_cast<const char *>(data), qsizetype(size));
}
} // namespace

void TestRenewal::signOutZeroesTheTokens()
{
    // The session's own buffers (the token set, the bearer header) are zeroed on sign-out, not
    // merely released: the wipe hook sees each one, after zeroing and before it is freed.
    auto server = startServer(u"2.24"_s);
    Session session(fastSettings(server->baseUrl()));
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    const qsizetype tokenBytes = session.revealAccessToken().toUtf8().size();
    QVERIFY(session.hasRefreshToken());
    wipedBuffers.clear();
    SecretBytes::setWipeObserverForTesting(&recordWipe);
    auto unhook = qScopeGuard([] { SecretBytes::setWipeObserverForTesting(nullptr); });
    session.signOut();
    QVERIFY(!session.isSignedIn());
    QStringList sizes;
    for (const auto &b : std::as_const(wipedBuffers))
        sizes << QString::number(b.size());
    const auto wipedOfSize = [](qsizetype size) {
        return std::any_of(wipedBuffers.cbegin(), wipedBuffers.cend(),
                           [size](const QByteArray &b) { return b.size() == size; });
    };
    QVERIFY2(wipedOfSize(tokenBytes), qPrintable(sizes.join(u' ')));
    QVERIFY2(wipedOfSize(tokenBytes + 7), qPrintable(sizes.join(u' '))); // "Bearer " + token
    QVERIFY(wipedBuffers.size() >= 3); // the refresh token too
    for (const auto &b : std::as_const(wipedBuffers))
        QVERIFY(std::all_of(b.cbegin(), b.cend(), [](char c) { return c == 0; }));
}

void TestRenewal::postIsNotReplayed()
{
    auto server = startServer(u"2.20"_s);
    Session session(fastSettings(server->baseUrl()));
    RunaiClient client(&session);
    QVERIFY(run(client.signIn(AdminEmail, AdminPassword))->succeeded());
    QSignalSpy renewed(&session, &Session::tokenRenewed);

    server->faults().failNext(u"/api/v1/users"_s, 401);
    auto create = run(client.createUser(u"once@example.com"_s));
    QCOMPARE(create->error().kind(), K::Unauthorized);
    QCOMPARE(create->requestCount(), 1);
    // Not repeated, but the refused token is renewed, so that trying again works.
    QTRY_COMPARE_WITH_TIMEOUT(renewed.count(), 1, 10000);

    server->faults().failNext(u"/api/v1/apps"_s, 401);
    auto app = run(client.createApplication(u"once-app"_s));
    QCOMPARE(app->error().kind(), K::Unauthorized);

    // Nothing was created behind the caller's back.
    auto users = run(client.listUsers());
    QVERIFY(users->succeeded());
    for (const auto &u : users->result())
        QVERIFY(u.username != u"once@example.com"_s);
    auto apps = run(client.listApplications());
    QVERIFY(apps->succeeded());
    QCOMPARE(apps->result().size(), 0);
}

void TestRenewal::credentialsProviderWhenRefreshFails_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("2.18") << u"2.18"_s;
    QTest::newRow("2.24") << u"2.24"_s;
}

void TestRenewal::credentialsProviderWhenRefreshFails()
{
    QFETCH(QString, mode);
    auto server = startServer(mode);
    Session session(fastSettings(server->baseUrl()));
    QStringList asked;
    session.setCredentialsProvider(
            [&asked](const QString &identity, Session::SecretCallback reply) {
                asked << identity;
                // Answer later, as a keychain read would.
                QTimer::singleShot(10, [reply] { reply(SecretBytes::fromString(AdminPassword)); });
            });
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    QVERIFY(session.hasRefreshToken());

    QSignalSpy renewed(&session, &Session::tokenRenewed);
    // The refresh grant is refused (2.24 renews through /api/v2/token).
    server->faults().failNext(mode == u"2.24"_s ? u"/api/v2/token"_s : u"/api/v1/token"_s, 401);
    session.renewNow();
    QVERIFY(renewed.wait(5000));
    QCOMPARE(asked, QStringList{AdminEmail});
    QVERIFY(run(RunaiClient(&session).listUsers())->succeeded());
}

void TestRenewal::providerDeclines()
{
    auto server = startServer(u"2.20"_s);
    Session session(fastSettings(server->baseUrl()));
    session.setCredentialsProvider(
            [](const QString &, Session::SecretCallback reply) { reply({}); });
    QVERIFY(run(RunaiClient(&session).signIn(AdminEmail, AdminPassword))->succeeded());
    QSignalSpy failed(&session, &Session::renewalFailed);
    server->faults().failNext(u"/api/v1/token"_s, 401);
    server->faults().failNext(u"/api/v1/users"_s, 401);
    auto list = run(RunaiClient(&session).listUsers());
    QCOMPARE(list->error().kind(), K::Unauthorized);
    QCOMPARE(list->requestCount(), 1); // renewal failed: nothing to replay with
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), K::Unauthorized);
}

void TestRenewal::applicationRenewalRepeatsClientCredentials()
{
    // An application identity with no usable refresh token renews by repeating its grant,
    // with the secret supplied by the owner (from the keychain), on 2.18 via app_token.
    for (const auto &mode : {u"2.18"_s, u"2.20"_s, u"3.0"_s}) {
        auto server = startServer(mode);
        Session admin(fastSettings(server->baseUrl()));
        QVERIFY(run(RunaiClient(&admin).signIn(AdminEmail, AdminPassword))->succeeded());
        auto created = run(RunaiClient(&admin).createApplication(u"renew-bot"_s));
        QVERIFY(created->succeeded());
        const Application app = created->result();
        QVERIFY(run(RunaiClient(&admin).probeCapabilities())->succeeded());

        Session session(fastSettings(server->baseUrl()));
        session.setCapabilities(admin.capabilities()); // what the GUI's profile cache hands on
        int asked = 0;
        session.setCredentialsProvider([&](const QString &identity, Session::SecretCallback reply) {
            ++asked;
            QCOMPARE(identity, app.clientId);
            reply(SecretBytes::fromString(app.secret));
        });
        QVERIFY(run(RunaiClient(&session).signInApplication(app.clientId, app.secret, app.name))
                        ->succeeded());
        QSignalSpy renewed(&session, &Session::tokenRenewed);
        // 3.0 refuses refresh_token by itself (unsupported_grant_type).
        if (mode != u"3.0"_s)
            server->faults().failNext(u"/api/v1/token"_s, 401);
        session.renewNow();
        QVERIFY(renewed.wait(5000));
        QCOMPARE(asked, 1);
        QCOMPARE(session.grant(),
                 mode == u"2.18"_s ? Session::Grant::AppToken : Session::Grant::ClientCredentials);
    }
}

void TestRenewal::renewalOn30RepeatsTheGrant()
{
    // 3.0 documents no refresh_token grant on /api/v2/token (the sandbox refuses it with
    // unsupported_grant_type): the session renews by repeating the password grant with the
    // keychain's password, without asking the user, and stops trying refresh_token.
    auto server = startServer(u"3.0"_s);
    Session session(fastSettings(server->baseUrl()));
    int asked = 0;
    session.setCredentialsProvider(
            [&asked](const QString &identity, Session::SecretCallback reply) {
                ++asked;
                QCOMPARE(identity, AdminEmail);
                QTimer::singleShot(10, [reply] { reply(SecretBytes::fromString(AdminPassword)); });
            });
    auto signIn = run(RunaiClient(&session).signIn(AdminEmail, AdminPassword));
    QVERIFY(signIn->succeeded());
    QCOMPARE(signIn->result().endpoint, u"/api/v2/token"_s);
    QVERIFY(session.hasRefreshToken());

    QSignalSpy renewed(&session, &Session::tokenRenewed);
    QSignalSpy failed(&session, &Session::renewalFailed);
    QSignalSpy requests(session.networkAccessManager(), &QNetworkAccessManager::finished);
    const QString before = session.revealAccessToken();
    session.renewNow();
    QVERIFY(renewed.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(asked, 1);
    QCOMPARE(requests.count(), 2); // refresh_token refused, then the password grant
    QVERIFY(session.revealAccessToken() != before);

    // Learnt: the next renewal repeats the grant at once.
    requests.clear();
    session.renewNow();
    QVERIFY(renewed.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(asked, 2);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(session.grant(), Session::Grant::Password);
    QVERIFY(run(RunaiClient(&session).listUsers())->succeeded());
}

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"
