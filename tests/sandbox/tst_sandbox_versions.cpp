// The sandbox's version modes (2.18, 2.24, service-accounts-only) and HTTPS, over real loopback.
#include "sandboxserver.h"
#include "sandboxtestchecks.h"
#include "sandboxtestclient.h"

#include <QFile>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace runai::sandbox;
using namespace runai::sandbox::test;

using FormFields = QList<QPair<QString, QString>>;

class TestSandboxVersions : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SandboxServer> startServer(const QString &version,
                                                      bool serviceAccountsOnly = false)
    {
        SandboxOptions options;
        options.apiVersion = version;
        options.serviceAccountsOnly = serviceAccountsOnly;
        auto server = std::make_unique<SandboxServer>(options);
        if (!server->start())
            return nullptr;
        return server;
    }

private Q_SLOTS:
    void version218HasNoClientCredentials()
    {
        const auto server = startServer(u"2.18"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        QVERIFY(!admin.isEmpty());

        const HttpResult created = client.postJson(u"/api/v1/apps"_s, {{u"name"_s, u"old-app"_s}},
                                                   admin);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.object().contains(u"clientId"_s));
        const QString secret = created.object().value(u"secret"_s).toString();
        QVERIFY(!secret.isEmpty());
        const HttpResult list = client.get(u"/api/v1/apps"_s, admin);
        QCOMPARE(list.array().size(), 1);
        RUNAI_CHECK_APP(list.array().at(0).toObject(), false);

        const HttpResult cc = client.postJson(u"/api/v1/token"_s,
                                              {{u"grantType"_s, u"client_credentials"_s},
                                               {u"clientID"_s, u"old-app"_s},
                                               {u"clientSecret"_s, secret}});
        RUNAI_CHECK_ERROR(cc, 400);
        QVERIFY(cc.object().value(u"message"_s).toString().contains(u"not supported"_s));

        const HttpResult appToken = client.postJson(u"/api/v1/token"_s,
                                                    {{u"grantType"_s, u"app_token"_s},
                                                     {u"appID"_s, u"old-app"_s},
                                                     {u"appSecret"_s, secret}});
        QCOMPARE(appToken.status, 200);
        QVERIFY(!appToken.object().contains(u"expiresIn"_s));
        QVERIFY(appToken.object().value(u"accessToken"_s).isString());
        RUNAI_CHECK_ERROR(client.postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"app_token"_s},
                                                               {u"appID"_s, u"old-app"_s},
                                                               {u"appSecret"_s, u"wrong"_s}}),
                          401);
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/service-accounts"_s, admin), 404);
        RUNAI_CHECK_ERROR(client.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, u"password"_s}}),
                          404);
    }

    void version224TokenHasExpiresIn()
    {
        const auto server = startServer(u"2.24"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const HttpResult r = client.postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"password"_s},
                                                                  {u"username"_s, u"test@run.ai"_s},
                                                                  {u"password"_s, u"Abcd!234"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"expiresIn"_s).isDouble());
        QCOMPARE(r.object().value(u"expiresIn"_s).toInt(), 3600);
    }

    void serviceAccountsLifecycle()
    {
        const auto server = startServer(u"2.24"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();

        const HttpResult created = client.postJson(u"/api/v1/service-accounts"_s,
                                                   {{u"name"_s, u"pipeline"_s}}, admin);
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object();
        QVERIFY(c.value(u"id"_s).isString());
        QCOMPARE(c.value(u"name"_s).toString(), u"pipeline"_s);
        QCOMPARE(c.value(u"clientId"_s).toString(), u"pipeline"_s);
        QVERIFY(c.value(u"clientSecret"_s).isString());
        QVERIFY(!c.contains(u"secret"_s));
        const QString id = c.value(u"id"_s).toString();
        const QString secret = c.value(u"clientSecret"_s).toString();

        const HttpResult list = client.get(u"/api/v1/service-accounts"_s, admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1);
        RUNAI_CHECK_APP(list.array().at(0).toObject(), true);
        // One storage: the service account is also an application.
        QCOMPARE(client.get(u"/api/v1/apps"_s, admin).array().size(), 1);
        RUNAI_CHECK_ERROR(client.postJson(u"/api/v1/apps"_s, {{u"name"_s, u"pipeline"_s}}, admin),
                          409);
        RUNAI_CHECK_ERROR(
                client.postJson(u"/api/v1/service-accounts"_s, {{u"name"_s, u"Bad Name"_s}}, admin),
                400);

        const HttpResult got = client.get(u"/api/v1/service-accounts/"_s + id, admin);
        QCOMPARE(got.status, 200);
        RUNAI_CHECK_APP(got.object(), true);

        // v1 client_credentials, then v2 form-encoded
        QCOMPARE(client.postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"client_credentials"_s},
                                                      {u"clientId"_s, u"pipeline"_s},
                                                      {u"clientSecret"_s, secret}})
                         .status,
                 200);
        const HttpResult v2 = client.postForm(u"/api/v2/token"_s,
                                              {{u"grant_type"_s, u"client_credentials"_s},
                                               {u"client_id"_s, u"pipeline"_s},
                                               {u"client_secret"_s, secret}});
        QCOMPARE(v2.status, 200);
        const QJsonObject t = v2.object();
        QVERIFY(t.value(u"access_token"_s).isString());
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(t.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(t.value(u"refresh_token"_s).isString());
        QVERIFY(t.value(u"id_token"_s).isString());
        const QByteArray saToken = t.value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(jwtPayload(saToken).value(u"clientId"_s).toString(), u"pipeline"_s);
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/service-accounts"_s, saToken), 403);

        // An access rule with the 2.24 subject type makes it an administrator.
        int adminRoleId = -1;
        for (const QJsonValue &role : client.get(u"/api/v1/authorization/roles"_s, admin).array())
            if (role.toObject().value(u"name"_s).toString() == u"System administrator"_s)
                adminRoleId = role.toObject().value(u"id"_s).toInt();
        QCOMPARE(client.postJson(u"/api/v1/authorization/access-rules"_s,
                                 {{u"subjectId"_s, u"pipeline"_s},
                                  {u"subjectType"_s, u"service-account"_s},
                                  {u"roleId"_s, adminRoleId},
                                  {u"scopeId"_s, u"1001"_s},
                                  {u"scopeType"_s, u"tenant"_s}},
                                 admin)
                         .status,
                 201);
        QCOMPARE(client.get(u"/api/v1/service-accounts"_s, saToken).status, 200);

        // disable, enable, regenerate
        const HttpResult disabled = client.patchJson(u"/api/v1/service-accounts/"_s + id,
                                                     {{u"enabled"_s, false}}, admin);
        QCOMPARE(disabled.status, 200);
        const HttpResult refused = client.postForm(u"/api/v2/token"_s,
                                                   {{u"grant_type"_s, u"client_credentials"_s},
                                                    {u"client_id"_s, u"pipeline"_s},
                                                    {u"client_secret"_s, secret}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(u"error"_s).toString(), u"unauthorized_client"_s);
        QCOMPARE(
                client.patchJson(u"/api/v1/service-accounts/"_s + id, {{u"enabled"_s, true}}, admin)
                        .status,
                200);
        const HttpResult regenerated = client.postEmpty(
                u"/api/v1/service-accounts/"_s + id + u"/secret"_s, admin);
        QCOMPARE(regenerated.status, 200);
        const QString newSecret = regenerated.object().value(u"clientSecret"_s).toString();
        QVERIFY(!newSecret.isEmpty() && newSecret != secret);
        QVERIFY(!regenerated.object().contains(u"secret"_s));
        const HttpResult oldSecret = client.postForm(u"/api/v2/token"_s,
                                                     {{u"grant_type"_s, u"client_credentials"_s},
                                                      {u"client_id"_s, u"pipeline"_s},
                                                      {u"client_secret"_s, secret}});
        QCOMPARE(oldSecret.status, 401);
        QCOMPARE(oldSecret.object().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY(oldSecret.object().value(u"error_description"_s).isString());

        const HttpResult deleted = client.del(u"/api/v1/service-accounts/"_s + id, admin);
        QCOMPARE(deleted.status, 204);
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/service-accounts/"_s + id, admin), 404);
        QCOMPARE(client.get(u"/api/v1/apps"_s, admin).array().size(), 0);
    }

    void oauthTokenEndpoint_data()
    {
        QTest::addColumn<FormFields>("fields");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        using Fields = FormFields;
        QTest::newRow("password ok") << Fields{{u"grant_type"_s, u"password"_s},
                                               {u"username"_s, u"test@run.ai"_s},
                                               {u"password"_s, u"Abcd!234"_s}}
                                     << 200 << QString();
        QTest::newRow("wrong password") << Fields{{u"grant_type"_s, u"password"_s},
                                                  {u"username"_s, u"test@run.ai"_s},
                                                  {u"password"_s, u"nope"_s}}
                                        << 400 << u"invalid_grant"_s;
        QTest::newRow("unknown client") << Fields{{u"grant_type"_s, u"client_credentials"_s},
                                                  {u"client_id"_s, u"ghost"_s},
                                                  {u"client_secret"_s, u"x"_s}}
                                        << 401 << u"invalid_client"_s;
        QTest::newRow("missing grant_type")
                << Fields{{u"username"_s, u"test@run.ai"_s}} << 400 << u"invalid_request"_s;
        QTest::newRow("missing client_secret")
                << Fields{{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"ghost"_s}}
                << 400 << u"invalid_request"_s;
        QTest::newRow("authorization_code")
                << Fields{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"abc"_s}} << 400
                << u"unsupported_grant_type"_s;
        QTest::newRow("bad refresh token")
                << Fields{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"x.y.z"_s}}
                << 400 << u"invalid_grant"_s;
    }

    void oauthTokenEndpoint()
    {
        QFETCH(FormFields, fields);
        QFETCH(int, status);
        QFETCH(QString, error);
        const auto server = startServer(u"2.24"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const HttpResult r = client.postForm(u"/api/v2/token"_s, fields);
        QCOMPARE(r.status, status);
        QVERIFY(r.contentType.startsWith("application/json"));
        if (status == 200) {
            QCOMPARE(r.object().value(u"token_type"_s).toString(), u"Bearer"_s);
            // The refresh token works with the refresh grant and gives a working access token.
            const HttpResult refreshed = client.postForm(
                    u"/api/v2/token"_s,
                    {{u"grant_type"_s, u"refresh_token"_s},
                     {u"refresh_token"_s, r.object().value(u"refresh_token"_s).toString()}});
            QCOMPARE(refreshed.status, 200);
            const QByteArray access
                    = refreshed.object().value(u"access_token"_s).toString().toLatin1();
            QCOMPARE(client.get(u"/api/v1/users/count"_s, access).status, 200);
        } else {
            QCOMPARE(r.object().value(u"error"_s).toString(), error);
            QVERIFY(r.object().value(u"error_description"_s).isString());
            QVERIFY(!r.object().contains(u"code"_s));
        }
    }

    void oauthTokenWantsForm()
    {
        const auto server = startServer(u"2.24"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const HttpResult json = client.postJson(u"/api/v2/token"_s,
                                                {{u"grant_type"_s, u"password"_s}});
        QCOMPARE(json.status, 400);
        QCOMPARE(json.object().value(u"error"_s).toString(), u"invalid_request"_s);
        QCOMPARE(client.get(u"/api/v2/token"_s, {}).status, 405);
    }

    void serviceAccountsOnly()
    {
        SandboxOptions options;
        options.serviceAccountsOnly = true; // with the default 2.20: raised to 2.24
        SandboxServer server(options);
        QVERIFY(server.start());
        QCOMPARE(server.options().apiVersion, u"2.24"_s);
        QVERIFY(server.options().serviceAccountsOnly);
        TestClient client(server.baseUrl());
        const QByteArray admin = client.adminToken();
        QVERIFY(!admin.isEmpty());
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/apps"_s, admin), 404);
        RUNAI_CHECK_ERROR(client.postJson(u"/api/v1/apps"_s, {{u"name"_s, u"x-y"_s}}, admin), 404);
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/apps/some-id"_s, admin), 404);
        // Even without a token: the path does not exist.
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/apps"_s, {}), 404);
        const HttpResult created = client.postJson(u"/api/v1/service-accounts"_s,
                                                   {{u"name"_s, u"only-sa"_s}}, admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(client.get(u"/api/v1/service-accounts"_s, admin).array().size(), 1);
        const HttpResult token = client.postForm(
                u"/api/v2/token"_s,
                {{u"grant_type"_s, u"client_credentials"_s},
                 {u"client_id"_s, u"only-sa"_s},
                 {u"client_secret"_s, created.object().value(u"clientSecret"_s).toString()}});
        QCOMPARE(token.status, 200);
    }

    void badOptionsFailToStart()
    {
        SandboxOptions options;
        options.apiVersion = u"3.1"_s; // 3.0 exists now
        SandboxServer wrongVersion(options);
        QVERIFY(!wrongVersion.start());
        QVERIFY(wrongVersion.errorString().contains(u"3.1"_s));

        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        SandboxOptions busy;
        busy.port = occupier.serverPort();
        SandboxServer portTaken(busy);
        QVERIFY(!portTaken.start());
        QVERIFY(!portTaken.errorString().isEmpty());
    }

    void https()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString error = makeTestCertificates(dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto read = [&dir](const QString &name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        SandboxOptions options;
        options.tlsCertificate = QSslCertificate(read(u"server.pem"_s), QSsl::Pem);
        options.tlsKey = QSslKey(read(u"server.key"_s), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!options.tlsCertificate.isNull());
        QVERIFY(!options.tlsKey.isNull());
        SandboxOptions certOnly;
        certOnly.tlsCertificate = options.tlsCertificate;
        SandboxServer halfTls(certOnly);
        QVERIFY(!halfTls.start());
        QVERIFY(halfTls.errorString().contains(u"private key"_s));

        SandboxServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.baseUrl().scheme(), u"https"_s);
        QCOMPARE(server.baseUrl().host(), u"localhost"_s);

        // Trusting the throwaway CA: the whole flow works.
        TestClient trusting(server.baseUrl());
        trusting.setCaCertificates(QSslCertificate::fromData(read(u"ca.pem"_s), QSsl::Pem));
        const QByteArray admin = trusting.adminToken();
        QVERIFY(!admin.isEmpty());
        const HttpResult created = trusting.postJson(u"/api/v1/apps"_s, {{u"name"_s, u"tls-app"_s}},
                                                     admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(trusting.postJson(u"/api/v1/token"_s,
                                   {{u"grantType"_s, u"client_credentials"_s},
                                    {u"clientID"_s, u"tls-app"_s},
                                    {u"clientSecret"_s,
                                     created.object().value(u"secret"_s).toString()}})
                         .status,
                 200);
        QCOMPARE(trusting.postJson(u"/api/v1/users"_s, {{u"email"_s, u"tls@example.com"_s}}, admin)
                         .status,
                 201);
        RUNAI_CHECK_ERROR(trusting.get(u"/api/v1/apps"_s, {}), 401);

        // Not trusting it: the handshake fails, nothing is answered.
        TestClient untrusting(server.baseUrl());
        const HttpResult refused = untrusting.postJson(u"/api/v1/token"_s, {});
        QCOMPARE(refused.status, -1);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        // Plain HTTP to the TLS port gets no HTTP answer.
        QUrl plain = server.baseUrl();
        plain.setScheme(u"http"_s);
        TestClient plainClient(plain);
        plainClient.setTimeout(5000);
        const HttpResult noAnswer = plainClient.postJson(u"/api/v1/token"_s, {});
        QCOMPARE(noAnswer.status, -1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxVersions)
#include "tst_sandbox_versions.moc"
