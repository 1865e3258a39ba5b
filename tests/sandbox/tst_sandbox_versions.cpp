// SPDX-License-Identifier: MIT
// The sandbox's version modes (2.18, 2.20, 2.24, 3.0, service-accounts-only) and HTTPS, over real
// loopback. Each level is checked for what it has AND for what it lacks: a field its objects do
// not carry, a parameter it ignores or refuses, an endpoint that answers 404.
#include "SandboxTestChecks.h"
#include "SandboxTestClient.h"
#include "sandbox/ApiContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QFile>
#include <QJsonDocument>
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

    static QStringList usernames(const HttpResult &list)
    {
        QStringList names;
        for (const QJsonValue &user : list.array())
            names << user.toObject().value(u"username"_s).toString();
        return names;
    }

    static QStringList roleNames(const QJsonArray &roles)
    {
        QStringList names;
        for (const QJsonValue &role : roles)
            names << role.toObject().value(u"name"_s).toString();
        return names;
    }

    static QJsonObject accessRuleBody(const QString &subjectId, const QString &subjectType)
    {
        return {{u"subjectId"_s, subjectId},
                {u"subjectType"_s, subjectType},
                {u"roleId"_s, SandboxStore::viewerRoleId},
                {u"scopeId"_s, u"1001"_s},
                {u"scopeType"_s, u"tenant"_s}};
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
        options.apiVersion = u"3.1"_s;
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

    void apiLevels_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("level");
        QTest::newRow("2.17") << u"2.17"_s << 0;
        QTest::newRow("2.18") << u"2.18"_s << 218;
        QTest::newRow("2.19") << u"2.19"_s << 218;
        QTest::newRow("2.20") << u"2.20"_s << 220;
        QTest::newRow("2.23") << u"2.23"_s << 220;
        QTest::newRow("2.24") << u"2.24"_s << 224;
        QTest::newRow("2.26") << u"2.26"_s << 224;
        QTest::newRow("2.27") << u"2.27"_s << 0;
        QTest::newRow("3.0") << u"3.0"_s << 300;
        QTest::newRow("3.1") << u"3.1"_s << 0;
        QTest::newRow("3") << u"3"_s << 0;
    }

    void apiLevels()
    {
        QFETCH(QString, version);
        QFETCH(int, level);
        QCOMPARE(apiLevelFor(version), level);
    }

    // Which paths exist at which level: 404 means the version lacks the endpoint.
    void endpointsPerLevel_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString count = u"/api/v1/users/count"_s;
        const QString minimal = u"/api/v1/users-minimal?search=te"_s;
        const QString rolesV1 = u"/api/v1/authorization/roles"_s;
        const QString rolesV2 = u"/api/v2/authorization/roles"_s;
        const QString apps = u"/api/v1/apps"_s;
        const QString accounts = u"/api/v1/service-accounts"_s;
        const struct
        {
            const char *version;
            int count, minimal, rolesV1, rolesV2, apps, accounts;
        } levels[] = {
                {"2.18", 404, 404, 200, 404, 200, 404},
                {"2.20", 200, 404, 200, 404, 200, 404},
                {"2.24", 200, 404, 200, 404, 200, 200},
                {"3.0", 200, 200, 404, 200, 404, 200},
        };
        for (const auto &l : levels) {
            const QString v = QString::fromLatin1(l.version);
            const auto row = [&](const char *what, const QByteArray &method, const QString &path,
                                 int status) {
                QTest::addRow("%s %s", l.version, what) << v << method << path << status;
            };
            row("users count", "GET", count, l.count);
            row("users-minimal", "GET", minimal, l.minimal);
            row("v1 roles", "GET", rolesV1, l.rolesV1);
            row("v1 role", "GET", rolesV1 + u"/12"_s, l.rolesV1);
            row("v2 roles", "GET", rolesV2, l.rolesV2);
            row("v2 role", "GET", rolesV2 + u"/12"_s, l.rolesV2);
            row("apps", "GET", apps, l.apps);
            row("app", "GET", apps + u"/some-id"_s, 404);
            row("app secret", "POST", apps + u"/some-id/secret"_s, 404);
            row("service accounts", "GET", accounts, l.accounts);
        }
        QTest::newRow("3.0 create app") << u"3.0"_s << QByteArray("POST") << apps << 404;
        QTest::newRow("3.0 v2 access rules")
                << u"3.0"_s << QByteArray("GET") << u"/api/v2/authorization/access-rules"_s << 404;
        QTest::newRow("2.24 v2 roles with a token")
                << u"2.24"_s << QByteArray("GET") << rolesV2 << 404;
    }

    void endpointsPerLevel()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto server = startServer(version);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        QVERIFY(!admin.isEmpty());
        const HttpResult r = client.send(
                method, path, method == "POST" ? QByteArray("{\"name\":\"x-y\"}") : QByteArray(),
                method == "POST" ? "application/json" : QByteArray(), admin);
        if (status >= 400)
            RUNAI_CHECK_ERROR(r, status);
        else
            QCOMPARE(r.status, status);
    }

    // 2.18 knows only the legacy `filter`: everything else is ignored (never a 400) and the
    // whole list comes back in creation order.
    void usersListAt218IgnoresLaterParameters()
    {
        const auto server = startServer(u"2.18"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        for (const QString &email : {u"b@example.com"_s, u"a@example.com"_s, u"c@example.com"_s})
            QCOMPARE(client.postJson(u"/api/v1/users"_s, {{u"email"_s, email}}, admin).status, 201);
        const QStringList all{u"test@run.ai"_s, u"b@example.com"_s, u"a@example.com"_s,
                              u"c@example.com"_s};
        QCOMPARE(usernames(client.get(u"/api/v1/users"_s, admin)), all);
        for (const QString &query :
             {u"?limit=1&offset=2"_s, u"?sortBy=username&sortOrder=desc"_s, u"?search=zzz"_s,
              u"?filterBy=username==a@example.com"_s, u"?limit=0&offset=-4&sortBy=nonsense"_s,
              u"?filterBy=nonsense"_s}) {
            const HttpResult r = client.get(u"/api/v1/users"_s + query, admin);
            QVERIFY2(r.status == 200, qPrintable(query));
            QCOMPARE(usernames(r), all);
        }
        QCOMPARE(usernames(client.get(u"/api/v1/users?filter=runai.is_local:true"_s, admin)), all);
        QCOMPARE(client.get(u"/api/v1/users?filter=runai.is_local:false"_s, admin).array().size(),
                 0);
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/users?filter=username:a"_s, admin), 400);
        for (const QJsonValue &user : client.get(u"/api/v1/users"_s, admin).array()) {
            RUNAI_CHECK_USER(user.toObject());
            QVERIFY(!user.toObject().contains(u"firstName"_s));
            QVERIFY(!user.toObject().contains(u"lastName"_s));
        }
    }

    // The legacy filter is listed (deprecated) up to 2.24 and gone in 3.0, where it is ignored.
    void legacyUserFilterPerLevel_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("known");
        QTest::newRow("2.20") << u"2.20"_s << true;
        QTest::newRow("2.24") << u"2.24"_s << true;
        QTest::newRow("3.0") << u"3.0"_s << false;
    }

    void legacyUserFilterPerLevel()
    {
        QFETCH(QString, version);
        QFETCH(bool, known);
        const auto server = startServer(version);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const HttpResult r = client.get(u"/api/v1/users?filter=runai.is_local:false"_s, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), known ? 0 : 1);
        const HttpResult bad = client.get(u"/api/v1/users?filter=username:a"_s, admin);
        QCOMPARE(bad.status, known ? 400 : 200);
        // /users/count never listed it.
        QCOMPARE(client.get(u"/api/v1/users/count?filter=runai.is_local:false"_s, admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 1);
        // The paging parameters 2.18 ignores are checked from 2.20 on.
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/users?limit=0"_s, admin), 400);
    }

    // Role objects: 2.20's Role has no custom/effectiveEnabled/enabled, 2.24's RoleV1 has them.
    void roleShapePerLevel_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("flags");
        QTest::newRow("2.18") << u"2.18"_s << false;
        QTest::newRow("2.20") << u"2.20"_s << false;
        QTest::newRow("2.24") << u"2.24"_s << true;
        QTest::newRow("3.0") << u"3.0"_s << true;
    }

    void roleShapePerLevel()
    {
        QFETCH(QString, version);
        QFETCH(bool, flags);
        const auto server = startServer(version);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const QString base = version == u"3.0"_s ? u"/api/v2/authorization/roles"_s
                                                 : u"/api/v1/authorization/roles"_s;
        const HttpResult list = client.get(base, admin);
        QCOMPARE(list.status, 200);
        const QJsonArray roles = version == u"3.0"_s ? list.object().value(u"roles"_s).toArray()
                                                     : list.array();
        QCOMPARE(roles.size(), 14);
        QJsonArray checked = roles;
        checked.append(client.get(base + u"/12"_s, admin).object());
        for (const QJsonValue &v : checked) {
            const QJsonObject role = v.toObject();
            QVERIFY(role.value(u"id"_s).isDouble());
            QVERIFY(role.value(u"name"_s).isString());
            QVERIFY(role.value(u"permissions"_s).isArray());
            QVERIFY(role.value(u"createdBy"_s).isString());
            QCOMPARE(role.value(u"custom"_s).isBool(), flags);
            QCOMPARE(role.value(u"effectiveEnabled"_s).isBool(), flags);
            QCOMPARE(role.contains(u"custom"_s), flags);
            QCOMPARE(role.contains(u"effectiveEnabled"_s), flags);
            QCOMPARE(role.contains(u"enabled"_s), flags);
        }
    }

    // Access rules: subject types and the status object per level.
    void accessRulesPerLevel_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("status");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QStringList>("refused");
        const QString user = u"user"_s, app = u"app"_s, group = u"group"_s,
                      account = u"service-account"_s, everyone = u"all-authenticated-users"_s;
        QTest::newRow("2.18") << u"2.18"_s << false << QStringList{user, app, group}
                              << QStringList{account, everyone};
        QTest::newRow("2.20") << u"2.20"_s << false << QStringList{user, app, group}
                              << QStringList{account, everyone};
        QTest::newRow("2.24") << u"2.24"_s << true << QStringList{user, app, group, account}
                              << QStringList{everyone};
        QTest::newRow("3.0") << u"3.0"_s << true << QStringList{user, group, account}
                             << QStringList{app, everyone};
    }

    void accessRulesPerLevel()
    {
        QFETCH(QString, version);
        QFETCH(bool, status);
        QFETCH(QStringList, accepted);
        QFETCH(QStringList, refused);
        const auto server = startServer(version);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const QString rules = u"/api/v1/authorization/access-rules"_s;
        for (const QString &type : accepted) {
            const HttpResult r = client.postJson(rules, accessRuleBody(u"s-"_s + type, type),
                                                 admin);
            QVERIFY2(r.status == 201, qPrintable(type));
            QCOMPARE(r.object().contains(u"status"_s), status);
            QCOMPARE(r.object().value(u"status"_s).toObject().value(u"phase"_s).isString(), status);
        }
        for (const QString &type : refused)
            RUNAI_CHECK_ERROR(client.postJson(rules, accessRuleBody(u"s-"_s + type, type), admin),
                              400);
        const HttpResult list = client.get(rules, admin);
        QCOMPARE(list.status, 200);
        for (const QJsonValue &rule : list.object().value(u"accessRules"_s).toArray()) {
            QCOMPARE(rule.toObject().contains(u"status"_s), status);
            QVERIFY(rule.toObject().value(u"tenantId"_s).isDouble());
        }
        // The admin's own rule, the accepted ones and, in 3.0 only, the built-in one.
        const int builtIn = version == u"3.0"_s ? 1 : 0;
        QCOMPARE(list.object().value(u"totalRecords"_s).toInt(),
                 1 + int(accepted.size()) + builtIn);
        QCOMPARE(client.get(rules + u"?subjectType=all-authenticated-users"_s, admin)
                         .object()
                         .value(u"totalRecords"_s)
                         .toInt(),
                 builtIn);
    }

    // 3.0 lists a rule for every signed-in user that nobody can delete.
    void builtInRuleAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const QString rules = u"/api/v1/authorization/access-rules"_s;
        const HttpResult list = client.get(rules + u"?subjectType=all-authenticated-users"_s,
                                           admin);
        QCOMPARE(list.object().value(u"totalRecords"_s).toInt(), 1);
        const QJsonObject rule = list.object().value(u"accessRules"_s).toArray().at(0).toObject();
        QCOMPARE(rule.value(u"subjectType"_s).toString(), u"all-authenticated-users"_s);
        QCOMPARE(rule.value(u"roleName"_s).toString(), u"Viewer"_s);
        QCOMPARE(rule.value(u"createdBy"_s).toString(), u"system"_s);
        const int id = rule.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        const QString path = rules + u"/%1"_s.arg(id);
        QCOMPARE(client.get(path, admin).status, 200);
        RUNAI_CHECK_ERROR(client.del(path, admin), 400);
        QCOMPARE(client.get(path, admin).status, 200);
        QCOMPARE(client.get(rules + u"/count"_s, admin).object().value(u"count"_s).toInt(), 2);
    }

    // 3.0's /api/v1/token: no app_token, an optional codeVerifier; 2.24 ignores codeVerifier.
    void v1TokenAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const HttpResult account = client.postJson(u"/api/v1/service-accounts"_s,
                                                   {{u"name"_s, u"robot"_s}}, admin);
        QCOMPARE(account.status, 201);
        const QString secret = account.object().value(u"clientSecret"_s).toString();
        const HttpResult appToken = client.postJson(u"/api/v1/token"_s,
                                                    {{u"grantType"_s, u"app_token"_s},
                                                     {u"appID"_s, u"robot"_s},
                                                     {u"appSecret"_s, secret}});
        RUNAI_CHECK_ERROR(appToken, 400);
        const HttpResult cc = client.postJson(u"/api/v1/token"_s,
                                              {{u"grantType"_s, u"client_credentials"_s},
                                               {u"clientID"_s, u"robot"_s},
                                               {u"clientSecret"_s, secret}});
        QCOMPARE(cc.status, 200);
        QVERIFY(cc.object().value(u"expiresIn"_s).isDouble());

        QJsonObject password{{u"grantType"_s, u"password"_s},
                             {u"username"_s, u"test@run.ai"_s},
                             {u"password"_s, u"Abcd!234"_s}};
        password.insert(u"codeVerifier"_s, QString(128, u'v'));
        QCOMPARE(client.postJson(u"/api/v1/token"_s, password).status, 200);
        password.insert(u"codeVerifier"_s, QString(129, u'v'));
        RUNAI_CHECK_ERROR(client.postJson(u"/api/v1/token"_s, password), 400);
        password.insert(u"codeVerifier"_s, 42);
        RUNAI_CHECK_ERROR(client.postJson(u"/api/v1/token"_s, password), 400);

        const auto older = startServer(u"2.24"_s);
        QVERIFY(older);
        TestClient olderClient(older->baseUrl());
        password.insert(u"codeVerifier"_s, QString(129, u'v'));
        QCOMPARE(olderClient.postJson(u"/api/v1/token"_s, password).status, 200);
    }

    // 3.0's /api/v2/token: password and client_credentials; refresh_token is refused.
    void v2TokenAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const HttpResult account = client.postJson(u"/api/v1/service-accounts"_s,
                                                   {{u"name"_s, u"robot"_s}}, admin);
        const HttpResult cc = client.postForm(
                u"/api/v2/token"_s,
                {{u"grant_type"_s, u"client_credentials"_s},
                 {u"client_id"_s, u"robot"_s},
                 {u"client_secret"_s, account.object().value(u"clientSecret"_s).toString()}});
        QCOMPARE(cc.status, 200);
        const HttpResult password = client.postForm(u"/api/v2/token"_s,
                                                    {{u"grant_type"_s, u"password"_s},
                                                     {u"username"_s, u"test@run.ai"_s},
                                                     {u"password"_s, u"Abcd!234"_s}});
        QCOMPARE(password.status, 200);
        for (const HttpResult *grant : {&cc, &password}) {
            const HttpResult refreshed = client.postForm(
                    u"/api/v2/token"_s,
                    {{u"grant_type"_s, u"refresh_token"_s},
                     {u"refresh_token"_s, grant->object().value(u"refresh_token"_s).toString()}});
            QCOMPARE(refreshed.status, 400);
            QCOMPARE(refreshed.object().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
        }
        // The v1 refresh grant is still listed in 3.0.
        const HttpResult v1 = client.postJson(u"/api/v1/token"_s,
                                              {{u"grantType"_s, u"password"_s},
                                               {u"username"_s, u"test@run.ai"_s},
                                               {u"password"_s, u"Abcd!234"_s}});
        QCOMPARE(client.postJson(u"/api/v1/token"_s,
                                 {{u"grantType"_s, u"refresh_token"_s},
                                  {u"refreshToken"_s,
                                   v1.object().value(u"refreshToken"_s).toString()}})
                         .status,
                 200);
    }

    void v2RolesAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const QString roles = u"/api/v2/authorization/roles"_s;
        const auto page = [&](const QString &query) {
            return client.get(roles + query, admin).object();
        };
        const QJsonObject all = page({});
        QCOMPARE(all.value(u"roles"_s).toArray().size(), 14); // default limit 50
        QVERIFY(!all.contains(u"next"_s));
        QCOMPARE(roleNames(all.value(u"roles"_s).toArray()).first(),
                 u"Compute resource administrator"_s); // sorted by name

        const QJsonObject first = page(u"?limit=5"_s);
        QCOMPARE(first.value(u"roles"_s).toArray().size(), 5);
        QCOMPARE(first.value(u"next"_s).toInt(), 5);
        const QJsonObject last = page(u"?limit=5&offset=10"_s);
        QCOMPARE(last.value(u"roles"_s).toArray().size(), 4);
        QVERIFY(!last.contains(u"next"_s));
        QCOMPARE(page(u"?offset=14"_s).value(u"roles"_s).toArray().size(), 0);

        QCOMPARE(
                roleNames(
                        page(u"?sortBy=name&sortOrder=desc&limit=1"_s).value(u"roles"_s).toArray()),
                QStringList{u"Viewer"_s});
        QCOMPARE(roleNames(page(u"?search=viewer"_s).value(u"roles"_s).toArray()),
                 (QStringList{u"Department viewer"_s, u"Viewer"_s}));
        QCOMPARE(roleNames(page(u"?filterBy=name==System%20administrator"_s)
                                   .value(u"roles"_s)
                                   .toArray()),
                 QStringList{u"System administrator"_s});
        QCOMPARE(page(u"?filterBy=name=@administrator,name!@Data"_s)
                         .value(u"roles"_s)
                         .toArray()
                         .size(),
                 5);
        QCOMPARE(roleNames(
                         page(u"?filterBy=name=^L,name=$researcher"_s).value(u"roles"_s).toArray()),
                 (QStringList{u"L1 researcher"_s, u"L2 researcher"_s}));
        for (const QString &bad :
             {u"?limit=0"_s, u"?limit=501"_s, u"?offset=-1"_s, u"?sortBy=color"_s,
              u"?sortOrder=up"_s, u"?filterBy=color==red"_s, u"?filterBy=name~x"_s})
            RUNAI_CHECK_ERROR(client.get(roles + bad, admin), 400);

        const HttpResult one = client.get(roles + u"/12"_s, admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"name"_s).toString(), u"System administrator"_s);
        RUNAI_CHECK_ERROR(client.get(roles + u"/9999"_s, admin), 404);
        RUNAI_CHECK_ERROR(client.get(roles + u"/abc"_s, admin), 400);
        RUNAI_CHECK_ERROR(client.send("POST", roles, "{}", "application/json", admin), 405);
        // Any signed-in user may read roles; without a token nobody may.
        RUNAI_CHECK_ERROR(client.get(roles, {}), 401);
    }

    void userNamesAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const auto create = [&](const QJsonObject &body) {
            return client.postJson(u"/api/v1/users"_s, body, admin);
        };
        const HttpResult ada = create({{u"email"_s, u"ada@example.com"_s},
                                       {u"firstName"_s, u"Ada"_s},
                                       {u"lastName"_s, u"Lovelace"_s}});
        QCOMPARE(ada.status, 201);
        QCOMPARE(create({{u"email"_s, u"alan@example.com"_s},
                         {u"firstName"_s, u"Alan"_s},
                         {u"lastName"_s, u"Turing"_s}})
                         .status,
                 201);
        QCOMPARE(create({{u"email"_s, u"bob@example.com"_s}, {u"lastName"_s, u"Babbage"_s}}).status,
                 201);
        RUNAI_CHECK_ERROR(create({{u"email"_s, u"x@example.com"_s}, {u"firstName"_s, 7}}), 400);
        RUNAI_CHECK_ERROR(
                create({{u"email"_s, u"x@example.com"_s}, {u"lastName"_s, QString(256, u'n')}}),
                400);

        const QString id = ada.object().value(u"id"_s).toString();
        const QJsonObject got = client.get(u"/api/v1/users/"_s + id, admin).object();
        RUNAI_CHECK_USER(got);
        QCOMPARE(got.value(u"firstName"_s).toString(), u"Ada"_s);
        QCOMPARE(got.value(u"lastName"_s).toString(), u"Lovelace"_s);
        const QJsonArray list = client.get(u"/api/v1/users"_s, admin).array();
        QCOMPARE(list.size(), 4);
        QVERIFY(list.at(0).toObject().contains(u"firstName"_s)); // the admin: null names
        QVERIFY(list.at(0).toObject().value(u"firstName"_s).isNull());
        QVERIFY(list.at(3).toObject().value(u"firstName"_s).isNull());
        QCOMPARE(list.at(3).toObject().value(u"lastName"_s).toString(), u"Babbage"_s);

        const auto order = [&](const QString &query) {
            return usernames(client.get(u"/api/v1/users?"_s + query, admin));
        };
        QCOMPARE(order(u"sortBy=lastName"_s),
                 (QStringList{u"test@run.ai"_s, u"bob@example.com"_s, u"ada@example.com"_s,
                              u"alan@example.com"_s}));
        QCOMPARE(order(u"sortBy=firstName&sortOrder=desc&limit=2"_s),
                 (QStringList{u"alan@example.com"_s, u"ada@example.com"_s}));
        QCOMPARE(order(u"sortBy=fullName&offset=2"_s),
                 (QStringList{u"ada@example.com"_s, u"alan@example.com"_s}));
        QCOMPARE(order(u"search=turing"_s), QStringList{u"alan@example.com"_s});
        QCOMPARE(client.get(u"/api/v1/users/count?search=lovelace"_s, admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 1);
    }

    void usersMinimalAt30()
    {
        const auto server = startServer(u"3.0"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const HttpResult ada = client.postJson(u"/api/v1/users"_s,
                                               {{u"email"_s, u"ada@example.com"_s},
                                                {u"firstName"_s, u"Ada"_s},
                                                {u"lastName"_s, u"Lovelace"_s}},
                                               admin);
        QCOMPARE(client.postJson(u"/api/v1/users"_s, {{u"email"_s, u"bob@example.com"_s}}, admin)
                         .status,
                 201);
        const QString adaId = ada.object().value(u"id"_s).toString();
        const QString path = u"/api/v1/users-minimal"_s;

        const HttpResult byName = client.get(path + u"?search=love"_s, admin);
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.array().size(), 1);
        const QJsonObject item = byName.array().at(0).toObject();
        QCOMPARE(item.keys(), (QStringList{u"firstName"_s, u"id"_s, u"lastName"_s, u"username"_s}));
        QCOMPARE(item.value(u"id"_s).toString(), adaId);
        QCOMPARE(item.value(u"firstName"_s).toString(), u"Ada"_s);
        QCOMPARE(usernames(client.get(path + u"?search=example"_s, admin)),
                 (QStringList{u"ada@example.com"_s, u"bob@example.com"_s}));
        QCOMPARE(usernames(client.get(path + u"?search=example&limit=1"_s, admin)),
                 QStringList{u"ada@example.com"_s});
        QCOMPARE(usernames(client.get(path + u"?id="_s + adaId, admin)),
                 QStringList{u"ada@example.com"_s});
        // ids come in addition to what search selects
        QCOMPARE(usernames(client.get(path + u"?search=bob&id="_s + adaId, admin)),
                 (QStringList{u"ada@example.com"_s, u"bob@example.com"_s}));
        QCOMPARE(usernames(client.get(
                         path + u"?filterBy=username==bob@example.com,username==test@run.ai"_s,
                         admin)),
                 (QStringList{u"test@run.ai"_s, u"bob@example.com"_s}));
        QCOMPARE(usernames(client.get(path + u"?filterBy=username=@ada"_s, admin)),
                 QStringList{u"ada@example.com"_s});
        QVERIFY(client.get(path + u"?search=bob"_s, admin)
                        .array()
                        .at(0)
                        .toObject()
                        .value(u"firstName"_s)
                        .isNull());
        for (const QString &bad : {QString(), u"?limit=5"_s, u"?search=a"_s,
                                   u"?search="_s + QString(101, u'a'), u"?filterBy=createdBy==x"_s,
                                   u"?filterBy=username=@a,username==b"_s, u"?search=ab&limit=0"_s})
            RUNAI_CHECK_ERROR(client.get(path + bad, admin), 400);
        RUNAI_CHECK_ERROR(client.postJson(path, {}, admin), 405);
        RUNAI_CHECK_ERROR(client.get(path + u"?search=ab"_s, {}), 401);
    }

    // Before 3.0 the name fields are unknown: ignored on create, absent from objects, not
    // sortable.
    void userNamesAbsentBefore30()
    {
        const auto server = startServer(u"2.24"_s);
        QVERIFY(server);
        TestClient client(server->baseUrl());
        const QByteArray admin = client.adminToken();
        const HttpResult created = client.postJson(u"/api/v1/users"_s,
                                                   {{u"email"_s, u"ada@example.com"_s},
                                                    {u"firstName"_s, 7},
                                                    {u"lastName"_s, u"Lovelace"_s}},
                                                   admin);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.object().contains(u"firstName"_s));
        const QJsonObject got = client.get(u"/api/v1/users/"_s
                                                   + created.object().value(u"id"_s).toString(),
                                           admin)
                                        .object();
        QVERIFY(!got.contains(u"firstName"_s));
        QVERIFY(!got.contains(u"lastName"_s));
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/users?sortBy=lastName"_s, admin), 400);
        QCOMPARE(client.get(u"/api/v1/users?search=lovelace"_s, admin).array().size(), 0);
    }

    // --state keeps names and the built-in rule; older modes read the same file and hide both.
    void stateFileAcrossVersions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.stateFile = dir.filePath(u"state.json"_s);
        options.apiVersion = u"3.0"_s;
        {
            SandboxServer server(options);
            QVERIFY(server.start());
            TestClient client(server.baseUrl());
            QCOMPARE(client.postJson(u"/api/v1/users"_s,
                                     {{u"email"_s, u"ada@example.com"_s},
                                      {u"firstName"_s, u"Ada"_s},
                                      {u"lastName"_s, u"Lovelace"_s}},
                                     client.adminToken())
                             .status,
                     201);
            QVERIFY(server.saveState());
        }
        QFile file(options.stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(state.value(u"version"_s).toInt(), 1);
        const QJsonArray users = state.value(u"users"_s).toArray();
        QCOMPARE(users.size(), 2);
        QVERIFY(!users.at(0).toObject().contains(u"firstName"_s)); // unset names are not written
        QCOMPARE(users.at(1).toObject().value(u"firstName"_s).toString(), u"Ada"_s);

        options.apiVersion = u"2.24"_s;
        {
            SandboxServer server(options);
            QVERIFY(server.start());
            TestClient client(server.baseUrl());
            const QByteArray admin = client.adminToken();
            const QJsonArray list = client.get(u"/api/v1/users"_s, admin).array();
            QCOMPARE(list.size(), 2);
            QVERIFY(!list.at(1).toObject().contains(u"firstName"_s));
            const QJsonObject rules
                    = client.get(u"/api/v1/authorization/access-rules"_s, admin).object();
            QCOMPARE(rules.value(u"totalRecords"_s).toInt(), 1);
        }
        options.apiVersion = u"3.0"_s;
        {
            SandboxServer server(options);
            QVERIFY(server.start());
            TestClient client(server.baseUrl());
            const QByteArray admin = client.adminToken();
            const QJsonArray list = client.get(u"/api/v1/users"_s, admin).array();
            QCOMPARE(list.at(1).toObject().value(u"lastName"_s).toString(), u"Lovelace"_s);
            QCOMPARE(client.get(u"/api/v1/authorization/access-rules"_s, admin)
                             .object()
                             .value(u"totalRecords"_s)
                             .toInt(),
                     2); // the admin's rule and one built-in rule, not two
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxVersions)
#include "tst_sandbox_versions.moc"
