// SPDX-License-Identifier: MIT
// The sandbox in its default mode (Run:ai 2.20) against the published contract, over real
// loopback HTTP: every route, its success and its documented errors, status codes, field names
// and JSON types.
#include "SandboxTestChecks.h"
#include "SandboxTestClient.h"
#include "sandbox/SandboxServer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace runai::sandbox;
using namespace runai::sandbox::test;

class TestSandboxConformance : public QObject
{
    Q_OBJECT

private:
    // Creates an app and returns {id, secret}.
    QPair<QString, QString> createApp(const QString &name)
    {
        const HttpResult r = m_client->postJson(u"/api/v1/apps"_s, {{u"name"_s, name}}, m_admin);
        if (r.status != 201)
            return {};
        return {r.object().value(u"id"_s).toString(), r.object().value(u"secret"_s).toString()};
    }
    QByteArray clientToken(const QString &clientId, const QString &secret)
    {
        const HttpResult r = m_client->postJson(u"/api/v1/token"_s,
                                                {{u"grantType"_s, u"client_credentials"_s},
                                                 {u"clientID"_s, clientId},
                                                 {u"clientSecret"_s, secret}});
        return r.object().value(u"accessToken"_s).toString().toLatin1();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->baseUrl().scheme(), u"http"_s);
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));
        QCOMPARE(m_server->options().apiVersion, u"2.20"_s);
        m_client = std::make_unique<TestClient>(m_server->baseUrl());
        m_admin = m_client->adminToken();
        QVERIFY(!m_admin.isEmpty());
    }

    void startTwiceIsHarmless()
    {
        const quint16 port = m_server->port();
        QVERIFY(m_server->start());
        QCOMPARE(m_server->port(), port);
    }

    void passwordGrantAnswersJwtTokens()
    {
        const HttpResult r = m_client->postJson(u"/api/v1/token"_s,
                                                {{u"grantType"_s, u"password"_s},
                                                 {u"username"_s, u"test@run.ai"_s},
                                                 {u"password"_s, u"Abcd!234"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject o = r.object();
        for (const QString &field : {u"accessToken"_s, u"idToken"_s, u"refreshToken"_s}) {
            QVERIFY2(o.value(field).isString(), qPrintable(field));
            QCOMPARE(o.value(field).toString().count(u'.'), 2);
        }
        QVERIFY(!o.contains(u"expiresIn"_s)); // only from 2.24
        const QJsonObject claims = jwtPayload(o.value(u"accessToken"_s).toString().toLatin1());
        QVERIFY(claims.value(u"sub"_s).isString());
        QCOMPARE(claims.value(u"email"_s).toString(), u"test@run.ai"_s);
        QCOMPARE(claims.value(u"iss"_s).toString(), m_server->baseUrl().toString());
        QVERIFY(claims.value(u"iat"_s).isDouble());
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 3600);
        QVERIFY(qAbs(claims.value(u"iat"_s).toInteger() - QDateTime::currentSecsSinceEpoch()) < 5);
        // The admin's email matches case-insensitively, as an email should.
        QVERIFY(!m_client->passwordToken(u"Test@Run.AI"_s, u"Abcd!234"_s).isEmpty());
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong password")
                << QByteArray(R"({"grantType":"password","username":"test@run.ai","password":"x"})")
                << QByteArray("application/json") << 401;
        QTest::newRow("unknown user")
                << QByteArray(R"({"grantType":"password","username":"no@run.ai","password":"x"})")
                << QByteArray("application/json") << 401;
        QTest::newRow("missing password")
                << QByteArray(R"({"grantType":"password","username":"test@run.ai"})")
                << QByteArray("application/json") << 400;
        QTest::newRow("missing grantType")
                << QByteArray(R"({"username":"test@run.ai","password":"Abcd!234"})")
                << QByteArray("application/json") << 400;
        QTest::newRow("unknown grantType")
                << QByteArray(R"({"grantType":"magic"})") << QByteArray("application/json") << 400;
        QTest::newRow("wrong client secret") << QByteArray(
                R"({"grantType":"client_credentials","clientID":"nope","clientSecret":"x"})")
                                             << QByteArray("application/json") << 401;
        QTest::newRow("bad refresh token")
                << QByteArray(R"({"grantType":"refresh_token","refreshToken":"a.b.c"})")
                << QByteArray("application/json") << 401;
        QTest::newRow("bad JSON") << QByteArray(R"({"grantType":)")
                                  << QByteArray("application/json") << 400;
        QTest::newRow("JSON array")
                << QByteArray(R"([1,2])") << QByteArray("application/json") << 400;
        QTest::newRow("form body") << QByteArray("grantType=password")
                                   << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("no content type")
                << QByteArray(R"({"grantType":"password"})") << QByteArray() << 415;
    }

    void tokenErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const HttpResult r = m_client->send("POST", u"/api/v1/token"_s, body, contentType);
        RUNAI_CHECK_ERROR(r, status);
    }

    void unsupportedGrantSaysSo()
    {
        const HttpResult r = m_client->postJson(u"/api/v1/token"_s,
                                                {{u"grantType"_s, u"exchange_token"_s}});
        RUNAI_CHECK_ERROR(r, 400);
        QVERIFY(r.object().value(u"message"_s).toString().contains(u"not supported"_s));
    }

    void tokenEndpointMethods() { RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/token"_s, {}), 405); }

    void refreshGrant()
    {
        const HttpResult login = m_client->postJson(u"/api/v1/token"_s,
                                                    {{u"grantType"_s, u"password"_s},
                                                     {u"username"_s, u"test@run.ai"_s},
                                                     {u"password"_s, u"Abcd!234"_s}});
        QCOMPARE(login.status, 200);
        const QString refresh = login.object().value(u"refreshToken"_s).toString();
        const HttpResult again = m_client->postJson(
                u"/api/v1/token"_s,
                {{u"grantType"_s, u"refresh_token"_s}, {u"refreshToken"_s, refresh}});
        QCOMPARE(again.status, 200);
        const QByteArray access = again.object().value(u"accessToken"_s).toString().toLatin1();
        QCOMPARE(m_client->get(u"/api/v1/users/count"_s, access).status, 200);
        // An access token is not a refresh token, and a refresh token is not a bearer token.
        const HttpResult wrongUse = m_client->postJson(
                u"/api/v1/token"_s, {{u"grantType"_s, u"refresh_token"_s},
                                     {u"refreshToken"_s, QString::fromLatin1(access)}});
        RUNAI_CHECK_ERROR(wrongUse, 401);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/count"_s, refresh.toLatin1()), 401);
    }

    void clientIdSpellings_data()
    {
        QTest::addColumn<QString>("idKey");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("grant");
        QTest::newRow("spec clientID")
                << u"clientID"_s << u"clientSecret"_s << u"client_credentials"_s;
        QTest::newRow("docs clientId")
                << u"clientId"_s << u"clientSecret"_s << u"client_credentials"_s;
        QTest::newRow("ClientId") << u"ClientId"_s << u"ClientSecret"_s << u"client_credentials"_s;
        QTest::newRow("app_token appID") << u"appID"_s << u"appSecret"_s << u"app_token"_s;
        QTest::newRow("app_token AppId") << u"AppId"_s << u"AppSecret"_s << u"app_token"_s;
        QTest::newRow("app_token appId") << u"appId"_s << u"appSecret"_s << u"app_token"_s;
    }

    void clientIdSpellings()
    {
        QFETCH(QString, idKey);
        QFETCH(QString, secretKey);
        QFETCH(QString, grant);
        const QString name = u"spelling-"_s
                             + QString::number(QRandomGenerator::global()->bounded(1000000));
        const auto [id, secret] = createApp(name);
        QVERIFY(!secret.isEmpty());
        const HttpResult r = m_client->postJson(
                u"/api/v1/token"_s, {{u"grantType"_s, grant}, {idKey, name}, {secretKey, secret}});
        QCOMPARE(r.status, 200);
        const QByteArray token = r.object().value(u"accessToken"_s).toString().toLatin1();
        QCOMPARE(jwtPayload(token).value(u"clientId"_s).toString(), name);
        QCOMPARE(jwtPayload(token).value(u"sub"_s).toString(), id);
        QCOMPARE(m_client->del(u"/api/v1/apps/"_s + id, m_admin).status, 204);
    }

    void everyApiNeedsBearer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("apps") << QByteArray("GET") << u"/api/v1/apps"_s;
        QTest::newRow("create app") << QByteArray("POST") << u"/api/v1/apps"_s;
        QTest::newRow("users") << QByteArray("GET") << u"/api/v1/users"_s;
        QTest::newRow("users count") << QByteArray("GET") << u"/api/v1/users/count"_s;
        QTest::newRow("roles") << QByteArray("GET") << u"/api/v1/authorization/roles"_s;
        QTest::newRow("access rules")
                << QByteArray("GET") << u"/api/v1/authorization/access-rules"_s;
        QTest::newRow("me password") << QByteArray("POST") << u"/api/v1/me/password"_s;
    }

    void everyApiNeedsBearer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        RUNAI_CHECK_ERROR(m_client->send(method, path), 401);
        RUNAI_CHECK_ERROR(m_client->send(method, path, {}, {}, "not-a-token"), 401);
        QByteArray tampered = m_admin;
        tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == 'A' ? 'B' : 'A';
        RUNAI_CHECK_ERROR(m_client->send(method, path, {}, {}, tampered), 401);
        const HttpResult basic = m_client->send(method, path, {}, {}, {},
                                                {{"Authorization", "Basic dGVzdDp0ZXN0"}});
        RUNAI_CHECK_ERROR(basic, 401);
    }

    void appsLifecycle()
    {
        // create
        const HttpResult created = m_client->postJson(u"/api/v1/apps"_s, {{u"name"_s, u"ci-bot"_s}},
                                                      m_admin);
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object();
        QVERIFY(c.value(u"id"_s).isString());
        QCOMPARE(c.value(u"name"_s).toString(), u"ci-bot"_s);
        QCOMPARE(c.value(u"clientId"_s).toString(), u"ci-bot"_s);
        QVERIFY(c.value(u"secret"_s).toString().size() >= 16);
        QVERIFY(!c.contains(u"clientSecret"_s));
        const QString id = c.value(u"id"_s).toString();
        const QString secret = c.value(u"secret"_s).toString();

        // list and get: lastLogin null until the first token
        const HttpResult list = m_client->get(u"/api/v1/apps"_s, m_admin);
        QCOMPARE(list.status, 200);
        QJsonObject listed;
        for (const QJsonValue &v : list.array()) {
            RUNAI_CHECK_APP(v.toObject(), true);
            if (v.toObject().value(u"id"_s).toString() == id)
                listed = v.toObject();
        }
        QCOMPARE(listed.value(u"name"_s).toString(), u"ci-bot"_s);
        QVERIFY(listed.value(u"lastLogin"_s).isNull());
        QCOMPARE(listed.value(u"enabled"_s).toBool(), true);
        QCOMPARE(listed.value(u"createdBy"_s).toString(), u"test@run.ai"_s);

        const QByteArray appToken = clientToken(u"ci-bot"_s, secret);
        QVERIFY(!appToken.isEmpty());
        const HttpResult got = m_client->get(u"/api/v1/apps/"_s + id, m_admin);
        QCOMPARE(got.status, 200);
        RUNAI_CHECK_APP(got.object(), true);
        QVERIFY(got.object().value(u"lastLogin"_s).isString());

        // disable: 200 with no body; no token, and the token it had stops working
        const HttpResult disabled = m_client->patchJson(u"/api/v1/apps/"_s + id,
                                                        {{u"enabled"_s, false}}, m_admin);
        QCOMPARE(disabled.status, 200);
        QVERIFY(disabled.body.isEmpty());
        QCOMPARE(m_client->get(u"/api/v1/apps/"_s + id, m_admin)
                         .object()
                         .value(u"enabled"_s)
                         .toBool(true),
                 false);
        const HttpResult refused = m_client->postJson(u"/api/v1/token"_s,
                                                      {{u"grantType"_s, u"client_credentials"_s},
                                                       {u"clientID"_s, u"ci-bot"_s},
                                                       {u"clientSecret"_s, secret}});
        RUNAI_CHECK_ERROR(refused, 403);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/roles"_s, appToken), 401);
        QCOMPARE(m_client->patchJson(u"/api/v1/apps/"_s + id, {{u"enabled"_s, true}}, m_admin)
                         .status,
                 200);
        QVERIFY(!clientToken(u"ci-bot"_s, secret).isEmpty());

        // regenerate: the old secret is dead at once
        const HttpResult regenerated = m_client->postEmpty(u"/api/v1/apps/"_s + id + u"/secret"_s,
                                                           m_admin);
        QCOMPARE(regenerated.status, 200);
        const QString newSecret = regenerated.object().value(u"secret"_s).toString();
        QVERIFY(!newSecret.isEmpty());
        QVERIFY(newSecret != secret);
        QVERIFY(clientToken(u"ci-bot"_s, secret).isEmpty());
        QVERIFY(!clientToken(u"ci-bot"_s, newSecret).isEmpty());

        // delete: 204, then 404 everywhere
        const HttpResult deleted = m_client->del(u"/api/v1/apps/"_s + id, m_admin);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/apps/"_s + id, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->del(u"/api/v1/apps/"_s + id, m_admin), 404);
        RUNAI_CHECK_ERROR(
                m_client->patchJson(u"/api/v1/apps/"_s + id, {{u"enabled"_s, true}}, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->postEmpty(u"/api/v1/apps/"_s + id + u"/secret"_s, m_admin),
                          404);
        QVERIFY(clientToken(u"ci-bot"_s, newSecret).isEmpty());
    }

    void appNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("simple") << u"ab"_s << 201;
        QTest::newRow("dash and underscore") << u"my-app_2"_s << 201;
        QTest::newRow("one letter") << u"a"_s << 400;
        QTest::newRow("upper case") << u"MyApp"_s << 400;
        QTest::newRow("leading digit") << u"1app"_s << 400;
        QTest::newRow("trailing dash") << u"app-"_s << 400;
        QTest::newRow("space") << u"my app"_s << 400;
        QTest::newRow("dot") << u"my.app"_s << 400;
        QTest::newRow("empty") << QString() << 400;
    }

    void appNames()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        const HttpResult r = m_client->postJson(u"/api/v1/apps"_s, {{u"name"_s, name}}, m_admin);
        if (status == 201) {
            QCOMPARE(r.status, 201);
            const HttpResult twice = m_client->postJson(u"/api/v1/apps"_s, {{u"name"_s, name}},
                                                        m_admin);
            RUNAI_CHECK_ERROR(twice, 409);
            QCOMPARE(twice.object().value(u"message"_s).toString(),
                     u"Resource with this name already exists"_s);
            QCOMPARE(m_client->del(u"/api/v1/apps/"_s + r.object().value(u"id"_s).toString(),
                                   m_admin)
                             .status,
                     204);
        } else {
            RUNAI_CHECK_ERROR(r, status);
        }
    }

    void appRequestErrors()
    {
        RUNAI_CHECK_ERROR(m_client->postJson(u"/api/v1/apps"_s, {}, m_admin), 400);
        RUNAI_CHECK_ERROR(m_client->postJson(u"/api/v1/apps"_s, {{u"name"_s, 12}}, m_admin), 400);
        RUNAI_CHECK_ERROR(
                m_client->send("POST", u"/api/v1/apps"_s, "{name", "application/json", m_admin),
                400);
        RUNAI_CHECK_ERROR(
                m_client->send("POST", u"/api/v1/apps"_s, "name=x", "text/plain", m_admin), 415);
        const auto [id, secret] = createApp(u"patch-errors"_s);
        QVERIFY(!id.isEmpty());
        RUNAI_CHECK_ERROR(m_client->patchJson(u"/api/v1/apps/"_s + id, {}, m_admin), 400);
        RUNAI_CHECK_ERROR(
                m_client->patchJson(u"/api/v1/apps/"_s + id, {{u"enabled"_s, u"no"_s}}, m_admin),
                400);
        RUNAI_CHECK_ERROR(
                m_client->send("PATCH", u"/api/v1/apps/"_s + id, "{}", "text/plain", m_admin), 415);
        RUNAI_CHECK_ERROR(m_client->send("PUT", u"/api/v1/apps/"_s + id, {}, {}, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->send("DELETE", u"/api/v1/apps"_s, {}, {}, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/apps/"_s + id + u"/secret"_s, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/apps/"_s + id + u"/other"_s, m_admin), 404);
        QCOMPARE(m_client->del(u"/api/v1/apps/"_s + id, m_admin).status, 204);
    }

    void usersLifecycle()
    {
        const HttpResult created = m_client->postJson(u"/api/v1/users"_s,
                                                      {{u"email"_s, u"new.user@example.com"_s},
                                                       {u"resetPassword"_s, false},
                                                       {u"notify"_s, true}},
                                                      m_admin);
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object();
        QVERIFY(c.value(u"id"_s).isString());
        QCOMPARE(c.value(u"username"_s).toString(), u"new.user@example.com"_s);
        const QString tempPassword = c.value(u"tempPassword"_s).toString();
        QVERIFY(tempPassword.size() >= 8);
        const QString id = c.value(u"id"_s).toString();

        const HttpResult got = m_client->get(u"/api/v1/users/"_s + id, m_admin);
        QCOMPARE(got.status, 200);
        RUNAI_CHECK_USER(got.object());
        QCOMPARE(got.object().value(u"isLocal"_s).toBool(), true);
        QVERIFY(got.object().value(u"lastLogin"_s).isNull());
        QCOMPARE(got.object().value(u"createdBy"_s).toString(), u"test@run.ai"_s);

        // The temporary password works with the password grant.
        const QByteArray userToken = m_client->passwordToken(u"new.user@example.com"_s,
                                                             tempPassword);
        QVERIFY(!userToken.isEmpty());
        QVERIFY(m_client->get(u"/api/v1/users/"_s + id, m_admin)
                        .object()
                        .value(u"lastLogin"_s)
                        .isString());
        // A user without an access rule is not an administrator.
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users"_s, userToken), 403);
        QCOMPARE(m_client->get(u"/api/v1/authorization/roles"_s, userToken).status, 200);

        // Password reset: a new temporary password, the old one stops working.
        const HttpResult reset = m_client->postEmpty(u"/api/v1/users/"_s + id + u"/password"_s,
                                                     m_admin);
        QCOMPARE(reset.status, 200);
        const QString newTemp = reset.object().value(u"tempPassword"_s).toString();
        QVERIFY(!newTemp.isEmpty() && newTemp != tempPassword);
        QVERIFY(m_client->passwordToken(u"new.user@example.com"_s, tempPassword).isEmpty());
        const QByteArray secondToken = m_client->passwordToken(u"new.user@example.com"_s, newTemp);
        QVERIFY(!secondToken.isEmpty());

        // The user changes their own password.
        QCOMPARE(m_client->postJson(u"/api/v1/me/password"_s,
                                    {{u"currentPassword"_s, newTemp},
                                     {u"newPassword"_s, u"Another!Pass1"_s}},
                                    secondToken)
                         .status,
                 200);
        RUNAI_CHECK_ERROR(m_client->postJson(u"/api/v1/me/password"_s,
                                             {{u"currentPassword"_s, newTemp},
                                              {u"newPassword"_s, u"Another!Pass2"_s}},
                                             secondToken),
                          400);
        QVERIFY(!m_client->passwordToken(u"new.user@example.com"_s, u"Another!Pass1"_s).isEmpty());

        // Logout: 200, no body, and every token the user had stops working.
        const HttpResult logout = m_client->postEmpty(u"/api/v1/users/"_s + id + u"/logout"_s,
                                                      m_admin);
        QCOMPARE(logout.status, 200);
        QVERIFY(logout.body.isEmpty());
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/roles"_s, secondToken), 401);

        // Delete: 204, then 404.
        const HttpResult deleted = m_client->del(u"/api/v1/users/"_s + id, m_admin);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/"_s + id, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->del(u"/api/v1/users/"_s + id, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->postEmpty(u"/api/v1/users/"_s + id + u"/logout"_s, m_admin),
                          404);
        RUNAI_CHECK_ERROR(m_client->postEmpty(u"/api/v1/users/"_s + id + u"/password"_s, m_admin),
                          404);
        QVERIFY(m_client->passwordToken(u"new.user@example.com"_s, u"Another!Pass1"_s).isEmpty());
    }

    void userCreateErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no email") << QByteArray(R"({"resetPassword":true})") << 400;
        QTest::newRow("not an email") << QByteArray(R"({"email":"someone"})") << 400;
        QTest::newRow("no domain dot") << QByteArray(R"({"email":"a@b"})") << 400;
        QTest::newRow("space") << QByteArray(R"({"email":"a b@c.de"})") << 400;
        QTest::newRow("number") << QByteArray(R"({"email":5})") << 400;
        QTest::newRow("resetPassword not bool")
                << QByteArray(R"({"email":"x@y.zz","resetPassword":"yes"})") << 400;
        QTest::newRow("duplicate admin") << QByteArray(R"({"email":"TEST@run.ai"})") << 409;
        QTest::newRow("bad JSON") << QByteArray(R"({"email":)") << 400;
    }

    void userCreateErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        RUNAI_CHECK_ERROR(
                m_client->send("POST", u"/api/v1/users"_s, body, "application/json", m_admin),
                status);
    }

    void userRouteErrors()
    {
        RUNAI_CHECK_ERROR(m_client->send("POST", u"/api/v1/users"_s, R"({"email":"q@q.qq"})",
                                         "text/plain", m_admin),
                          415);
        RUNAI_CHECK_ERROR(m_client->send("PATCH", u"/api/v1/users"_s, {}, {}, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->send("POST", u"/api/v1/users/count"_s, {}, {}, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/x/logout"_s, m_admin), 405);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/x/unknown"_s, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/does-not-exist"_s, m_admin), 404);
        // The installer's administrator stays.
        const QString adminId = jwtPayload(m_admin).value(u"sub"_s).toString();
        RUNAI_CHECK_ERROR(m_client->del(u"/api/v1/users/"_s + adminId, m_admin), 400);
    }

    void usersListing()
    {
        // 30 users: list-a-00 .. list-a-14 and list-b-00 .. list-b-14.
        for (int i = 0; i < 30; ++i) {
            const QString email = u"list-%1-%2@example.org"_s.arg(i < 15 ? u"a"_s : u"b"_s)
                                          .arg(i % 15, 2, 10, QLatin1Char('0'));
            QCOMPARE(m_client->postJson(u"/api/v1/users"_s, {{u"email"_s, email}}, m_admin).status,
                     201);
        }
        const HttpResult all = m_client->get(u"/api/v1/users"_s, m_admin);
        QCOMPARE(all.status, 200);
        QVERIFY(all.array().size() >= 31);
        for (const QJsonValue &v : all.array())
            RUNAI_CHECK_USER(v.toObject());
        const int total = int(all.array().size());
        QCOMPARE(
                m_client->get(u"/api/v1/users/count"_s, m_admin).object().value(u"count"_s).toInt(),
                total);

        // Paging walks the whole list once, in a stable order, with no overlap.
        QSet<QString> seen;
        for (int offset = 0; offset < total; offset += 7) {
            const HttpResult page = m_client->get(u"/api/v1/users?limit=7&offset=%1"_s.arg(offset),
                                                  m_admin);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.array().size(), qMin(7, total - offset));
            for (const QJsonValue &v : page.array())
                seen.insert(v.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(m_client->get(u"/api/v1/users?offset=100000"_s, m_admin).array().size(), 0);

        // filterBy and search, also through /count
        const HttpResult contains = m_client->get(u"/api/v1/users?filterBy=username%3D@list-b"_s,
                                                  m_admin);
        QCOMPARE(contains.status, 200);
        QCOMPARE(contains.array().size(), 15);
        QCOMPARE(m_client->get(u"/api/v1/users/count?filterBy=username%3D@list-b"_s, m_admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 15);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=username%3D@list-,isLocal%3D%3Dtrue"_s,
                               m_admin)
                         .array()
                         .size(),
                 30);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=isLocal%3D%3Dfalse"_s, m_admin)
                         .array()
                         .size(),
                 0);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=username%3D%3Dlist-a-03@example.org"_s,
                               m_admin)
                         .array()
                         .size(),
                 1);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=createdBy%3D%3Dtest@run.ai"_s, m_admin)
                         .array()
                         .size(),
                 30);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=creationTime%3E%3D2000-01-01T00:00:00Z"_s,
                               m_admin)
                         .array()
                         .size(),
                 total);
        QCOMPARE(m_client->get(u"/api/v1/users?filterBy=creationTime%3C%3D2000-01-01T00:00:00Z"_s,
                               m_admin)
                         .array()
                         .size(),
                 0);
        QCOMPARE(m_client->get(u"/api/v1/users?search=LIST-A-1"_s, m_admin).array().size(), 5);
        QCOMPARE(m_client->get(u"/api/v1/users/count?search=list-a-1"_s, m_admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 5);
        QCOMPARE(m_client->get(u"/api/v1/users?search=list-a&limit=4"_s, m_admin).array().size(),
                 4);

        // sortBy/sortOrder
        const HttpResult desc = m_client->get(
                u"/api/v1/users?filterBy=username%3D@list-&sortBy=username&sortOrder=desc&limit=3"_s,
                m_admin);
        QCOMPARE(desc.status, 200);
        QCOMPARE(desc.array().size(), 3);
        QCOMPARE(desc.array().at(0).toObject().value(u"username"_s).toString(),
                 u"list-b-14@example.org"_s);
        QCOMPARE(desc.array().at(2).toObject().value(u"username"_s).toString(),
                 u"list-b-12@example.org"_s);
        const HttpResult asc = m_client->get(
                u"/api/v1/users?search=list-&sortBy=username&sortOrder=asc&offset=1&limit=2"_s,
                m_admin);
        QCOMPARE(asc.array().at(0).toObject().value(u"username"_s).toString(),
                 u"list-a-01@example.org"_s);
        QCOMPARE(m_client->get(u"/api/v1/users?sortBy=creationTime&sortOrder=desc&limit=1"_s,
                               m_admin)
                         .array()
                         .at(0)
                         .toObject()
                         .value(u"username"_s)
                         .toString(),
                 u"list-b-14@example.org"_s);
    }

    void sortedPagingIsConsistent()
    {
        // Pages of a sorted list join up into one ordered list without overlap, and a change
        // between pages (a deleted user) is reflected at once.
        QStringList names;
        for (int offset = 0;; offset += 4) {
            const HttpResult page = m_client->get(
                    u"/api/v1/users?search=list-&sortBy=username&sortOrder=desc&limit=4&offset=%1"_s
                            .arg(offset),
                    m_admin);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.array())
                names << v.toObject().value(u"username"_s).toString();
            if (page.array().size() < 4)
                break;
        }
        QCOMPARE(names.size(), 30);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
        QCOMPARE(names, sorted);

        const HttpResult first = m_client->get(
                u"/api/v1/users?filterBy=username%3D%3Dlist-b-14@example.org"_s, m_admin);
        const QString id = first.array().at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(m_client->del(u"/api/v1/users/"_s + id, m_admin).status, 204);
        const HttpResult after = m_client->get(
                u"/api/v1/users?search=list-&sortBy=username&sortOrder=desc&limit=1"_s, m_admin);
        QCOMPARE(after.array().at(0).toObject().value(u"username"_s).toString(),
                 u"list-b-13@example.org"_s);
        QCOMPARE(m_client->get(u"/api/v1/users?search=list-&offset=28"_s, m_admin).array().size(),
                 1);
    }

    void listAnswersFollowEveryChange()
    {
        // The sandbox keeps each user's JSON ready between list calls: every kind of change
        // (create, password reset, sign-in, logout, delete) must show in the next list anyway,
        // on plain, searched and sorted pages alike.
        const auto listed = [this](const QString &query) {
            const HttpResult r = m_client->get(u"/api/v1/users?"_s + query, m_admin);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            return std::make_pair(r.status == 200 && error.error == QJsonParseError::NoError
                                          && doc.isArray(),
                                  doc.array());
        };
        const auto byName = [](const QJsonArray &users, const QString &name) {
            for (const QJsonValue &v : users) {
                if (v.toObject().value(u"username"_s).toString() == name)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = m_client->postJson(
                    u"/api/v1/users"_s, {{u"email"_s, u"cache-%1@example.org"_s.arg(i)}}, m_admin);
            QCOMPARE(r.status, 201);
            ids << r.object().value(u"id"_s).toString();
        }
        // Twice, so the second answer comes from the cached bytes.
        for (int round = 0; round < 2; ++round) {
            const auto [ok, users] = listed(u"search=cache-"_s);
            QVERIFY(ok);
            QCOMPARE(users.size(), 3);
            for (const QJsonValue &v : users) {
                RUNAI_CHECK_USER(v.toObject());
                // The list prints each user exactly as GET /users/{id} does.
                const QString id = v.toObject().value(u"id"_s).toString();
                QCOMPARE(m_client->get(u"/api/v1/users/"_s + id, m_admin).object(), v.toObject());
            }
        }
        const QJsonObject before = byName(listed(u"search=cache-"_s).second,
                                          u"cache-0@example.org"_s);
        QVERIFY(before.value(u"lastLogin"_s).isNull());

        // Create: the new user is on the next page, and the total grows.
        QCOMPARE(m_client->postJson(u"/api/v1/users"_s, {{u"email"_s, u"cache-3@example.org"_s}},
                                    m_admin)
                         .status,
                 201);
        QCOMPARE(listed(u"search=cache-"_s).second.size(), 4);
        QCOMPARE(listed(u"search=cache-&offset=3&limit=1"_s)
                         .second.at(0)
                         .toObject()
                         .value(u"username"_s)
                         .toString(),
                 u"cache-3@example.org"_s);

        // Password reset: updatedAt moves (timestamps have milliseconds; wait past one).
        QTest::qWait(5);
        const HttpResult reset = m_client->postEmpty(u"/api/v1/users/"_s + ids[0] + u"/password"_s,
                                                     m_admin);
        QCOMPARE(reset.status, 200);
        const QJsonObject afterReset = byName(listed(u"search=cache-"_s).second,
                                              u"cache-0@example.org"_s);
        QVERIFY(afterReset.value(u"updatedAt"_s).toString()
                > before.value(u"updatedAt"_s).toString());

        // Sign-in: lastLogin is set, also on a sorted page.
        QVERIFY(!m_client->passwordToken(u"cache-0@example.org"_s,
                                         reset.object().value(u"tempPassword"_s).toString())
                         .isEmpty());
        QVERIFY(byName(listed(u"search=cache-"_s).second, u"cache-0@example.org"_s)
                        .value(u"lastLogin"_s)
                        .isString());
        const auto [sortedOk, sorted] = listed(u"search=cache-&sortBy=username&sortOrder=asc"_s);
        QVERIFY(sortedOk);
        QCOMPARE(sorted.size(), 4);
        QCOMPARE(sorted.at(0).toObject().value(u"username"_s).toString(), u"cache-0@example.org"_s);
        QVERIFY(sorted.at(0).toObject().value(u"lastLogin"_s).isString());

        // Delete: gone from plain, searched, sorted and paged answers.
        QCOMPARE(m_client->del(u"/api/v1/users/"_s + ids[1], m_admin).status, 204);
        const auto [afterDeleteOk, afterDelete] = listed(u"search=cache-"_s);
        QVERIFY(afterDeleteOk);
        QCOMPARE(afterDelete.size(), 3);
        QVERIFY(byName(afterDelete, u"cache-1@example.org"_s).isEmpty());
        const auto desc = listed(
                u"search=cache-&sortBy=username&sortOrder=desc&offset=1&limit=1"_s);
        QCOMPARE(desc.second.at(0).toObject().value(u"username"_s).toString(),
                 u"cache-2@example.org"_s);
        const auto everyone = listed(u"limit=500"_s);
        QVERIFY(everyone.first);
        QVERIFY(byName(everyone.second, u"cache-1@example.org"_s).isEmpty());
        QVERIFY(!byName(everyone.second, u"cache-3@example.org"_s).isEmpty());
        for (const QString &id : {ids[0], ids[2]})
            QCOMPARE(m_client->del(u"/api/v1/users/"_s + id, m_admin).status, 204);
        QCOMPARE(listed(u"search=cache-"_s).second.size(), 1);
    }

    void userListPagesAreCompactJsonArrays()
    {
        // Hand-joined answers: one array, no trailing comma, an empty page is "[]".
        const HttpResult empty = m_client->get(u"/api/v1/users?offset=100000"_s, m_admin);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.body, QByteArray("[]"));
        QVERIFY(empty.contentType.startsWith("application/json"));
        const HttpResult one = m_client->get(u"/api/v1/users?limit=1"_s, m_admin);
        QVERIFY(one.body.startsWith("[{") && one.body.endsWith("}]"));
        QCOMPARE(one.array().size(), 1);
        QCOMPARE(QJsonDocument(one.array()).toJson(QJsonDocument::Compact), one.body);
        const HttpResult two = m_client->get(u"/api/v1/users?limit=2"_s, m_admin);
        QCOMPARE(two.array().size(), 2);
        QCOMPARE(QJsonDocument(two.array()).toJson(QJsonDocument::Compact), two.body);
    }

    void usersListingErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << u"limit=0"_s;
        QTest::newRow("limit 501") << u"limit=501"_s;
        QTest::newRow("limit text") << u"limit=ten"_s;
        QTest::newRow("offset negative") << u"offset=-1"_s;
        QTest::newRow("unknown sortBy") << u"sortBy=email"_s;
        QTest::newRow("bad sortOrder") << u"sortOrder=up"_s;
        QTest::newRow("unknown filter field") << u"filterBy=email%3D%3Dx"_s;
        QTest::newRow("unknown filter op") << u"filterBy=username!%3Dx"_s;
        QTest::newRow("filter without value") << u"filterBy=username%3D@"_s;
        QTest::newRow("bad date") << u"filterBy=lastLogin%3E%3Dyesterday"_s;
        QTest::newRow("isLocal not bool") << u"filterBy=isLocal%3D%3Dmaybe"_s;
    }

    void usersListingErrors()
    {
        QFETCH(QString, query);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users?"_s + query, m_admin), 400);
        if (query.startsWith(u"filterBy"_s))
            RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users/count?"_s + query, m_admin), 400);
    }

    void limitBoundsAccepted()
    {
        QCOMPARE(m_client->get(u"/api/v1/users?limit=1"_s, m_admin).array().size(), 1);
        QCOMPARE(m_client->get(u"/api/v1/users?limit=500"_s, m_admin).status, 200);
    }

    void roles()
    {
        const HttpResult r = m_client->get(u"/api/v1/authorization/roles"_s, m_admin);
        QCOMPARE(r.status, 200);
        QStringList names;
        int adminRoleId = -1;
        for (const QJsonValue &v : r.array()) {
            const QJsonObject role = v.toObject();
            QVERIFY(role.value(u"id"_s).isDouble());
            QVERIFY(role.value(u"name"_s).isString());
            QVERIFY(role.value(u"description"_s).isString());
            QVERIFY(role.value(u"permissions"_s).isArray());
            QVERIFY(role.value(u"createdBy"_s).isString());
            QVERIFY(role.value(u"createdAt"_s).isString());
            QVERIFY(role.value(u"updatedAt"_s).isString());
            // 2.20's Role is creation fields plus metadata: the flags came with 2.24's RoleV1.
            QVERIFY(!role.contains(u"custom"_s));
            QVERIFY(!role.contains(u"effectiveEnabled"_s));
            QVERIFY(!role.contains(u"enabled"_s));
            for (const QJsonValue &p : role.value(u"permissions"_s).toArray()) {
                QVERIFY(p.toObject().value(u"resourceType"_s).isString());
                QVERIFY(p.toObject().value(u"displayName"_s).isString());
                QVERIFY(p.toObject().value(u"groupId"_s).isString());
                QVERIFY(p.toObject().value(u"actions"_s).isArray());
            }
            names << role.value(u"name"_s).toString();
            if (role.value(u"name"_s).toString() == u"System administrator"_s)
                adminRoleId = role.value(u"id"_s).toInt();
        }
        const QStringList expected{u"Compute resource administrator"_s,
                                   u"Data source administrator"_s,
                                   u"Data volume administrator"_s,
                                   u"Department administrator"_s,
                                   u"Department viewer"_s,
                                   u"Editor"_s,
                                   u"Environment administrator"_s,
                                   u"L1 researcher"_s,
                                   u"L2 researcher"_s,
                                   u"ML engineer"_s,
                                   u"Research manager"_s,
                                   u"System administrator"_s,
                                   u"Template administrator"_s,
                                   u"Viewer"_s};
        names.sort();
        QCOMPARE(names, expected);
        const HttpResult one = m_client->get(u"/api/v1/authorization/roles/%1"_s.arg(adminRoleId),
                                             m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"name"_s).toString(), u"System administrator"_s);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/roles/9999"_s, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/roles/abc"_s, m_admin), 400);
        RUNAI_CHECK_ERROR(m_client->send("POST", u"/api/v1/authorization/roles"_s, "{}",
                                         "application/json", m_admin),
                          405);
    }

    void accessRulesGrantAdministration()
    {
        const auto [appId, secret] = createApp(u"rule-bot"_s);
        QVERIFY(!appId.isEmpty());
        const QByteArray appToken = clientToken(u"rule-bot"_s, secret);
        QVERIFY(!appToken.isEmpty());

        // No access rule: 403 on every admin endpoint.
        for (const QString &path : {u"/api/v1/apps"_s, u"/api/v1/users"_s, u"/api/v1/users/count"_s,
                                    u"/api/v1/authorization/access-rules"_s})
            RUNAI_CHECK_ERROR(m_client->get(path, appToken), 403);
        RUNAI_CHECK_ERROR(
                m_client->postJson(u"/api/v1/users"_s, {{u"email"_s, u"x@y.zz"_s}}, appToken), 403);

        // The admin has a System administrator rule from the start.
        const HttpResult initial = m_client->get(
                u"/api/v1/authorization/access-rules?subjectType=user&subjectIds=test@run.ai"_s,
                m_admin);
        QCOMPARE(initial.status, 200);
        QCOMPARE(initial.object().value(u"totalRecords"_s).toInt(), 1);
        QCOMPARE(initial.object()
                         .value(u"accessRules"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"roleName"_s)
                         .toString(),
                 u"System administrator"_s);
        const int adminRoleId = initial.object()
                                        .value(u"accessRules"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"roleId"_s)
                                        .toInt();

        const HttpResult created = m_client->postJson(u"/api/v1/authorization/access-rules"_s,
                                                      {{u"subjectId"_s, u"rule-bot"_s},
                                                       {u"subjectType"_s, u"app"_s},
                                                       {u"roleId"_s, adminRoleId},
                                                       {u"scopeId"_s, u"1001"_s},
                                                       {u"scopeType"_s, u"tenant"_s}},
                                                      m_admin);
        QCOMPARE(created.status, 201);
        const QJsonObject rule = created.object();
        QVERIFY(rule.value(u"id"_s).isDouble());
        QCOMPARE(rule.value(u"subjectId"_s).toString(), u"rule-bot"_s);
        QCOMPARE(rule.value(u"subjectType"_s).toString(), u"app"_s);
        QCOMPARE(rule.value(u"roleId"_s).toInt(), adminRoleId);
        QCOMPARE(rule.value(u"roleName"_s).toString(), u"System administrator"_s);
        QCOMPARE(rule.value(u"scopeId"_s).toString(), u"1001"_s);
        QCOMPARE(rule.value(u"scopeType"_s).toString(), u"tenant"_s);
        QVERIFY(rule.value(u"scopeName"_s).isString());
        QVERIFY(rule.value(u"tenantId"_s).isDouble());
        QCOMPARE(rule.value(u"createdBy"_s).toString(), u"test@run.ai"_s);
        QVERIFY(isDateOrNull(rule.value(u"createdAt"_s)));
        QVERIFY(isDateOrNull(rule.value(u"updatedAt"_s)));
        QVERIFY(!rule.contains(u"status"_s)); // 2.20's AccessRule has none (2.24 added it)
        const int ruleId = rule.value(u"id"_s).toInt();

        // With the rule, the same token passes.
        QCOMPARE(m_client->get(u"/api/v1/apps"_s, appToken).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/users/count"_s, appToken).status, 200);
        const HttpResult userByApp = m_client->postJson(
                u"/api/v1/users"_s, {{u"email"_s, u"made.by.app@example.com"_s}}, appToken);
        QCOMPARE(userByApp.status, 201);
        QCOMPARE(m_client->get(u"/api/v1/users/"_s + userByApp.object().value(u"id"_s).toString(),
                               m_admin)
                         .object()
                         .value(u"createdBy"_s)
                         .toString(),
                 u"rule-bot"_s);

        // list with filters, get
        const HttpResult list = m_client->get(
                u"/api/v1/authorization/access-rules?subjectType=app&subjectIds=rule-bot,other"_s,
                m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(u"totalRecords"_s).toInt(), 1);
        QCOMPARE(list.object().value(u"displayRecords"_s).toInt(), 1);
        QCOMPARE(list.object()
                         .value(u"accessRules"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"id"_s)
                         .toInt(),
                 ruleId);
        const HttpResult all = m_client->get(u"/api/v1/authorization/access-rules"_s, m_admin);
        QCOMPARE(all.object().value(u"totalRecords"_s).toInt(), 2);
        const HttpResult paged = m_client->get(
                u"/api/v1/authorization/access-rules?limit=1&offset=1"_s, m_admin);
        QCOMPARE(paged.object().value(u"totalRecords"_s).toInt(), 2);
        QCOMPARE(paged.object().value(u"displayRecords"_s).toInt(), 1);
        QCOMPARE(m_client->get(u"/api/v1/authorization/access-rules/count"_s, m_admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 2);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/access-rules?limit=501"_s, m_admin),
                          400);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/access-rules?limit=0"_s, m_admin),
                          400);
        const HttpResult one = m_client->get(u"/api/v1/authorization/access-rules/%1"_s.arg(ruleId),
                                             m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"subjectId"_s).toString(), u"rule-bot"_s);

        // delete: 204, the app is back to 403, the rule is gone
        const HttpResult deleted = m_client->del(
                u"/api/v1/authorization/access-rules/%1"_s.arg(ruleId), m_admin);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/apps"_s, appToken), 403);
        RUNAI_CHECK_ERROR(
                m_client->get(u"/api/v1/authorization/access-rules/%1"_s.arg(ruleId), m_admin),
                404);
        RUNAI_CHECK_ERROR(
                m_client->del(u"/api/v1/authorization/access-rules/%1"_s.arg(ruleId), m_admin),
                404);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/authorization/access-rules/x"_s, m_admin), 400);

        // Deleting an app takes its rules with it.
        QCOMPARE(m_client->postJson(u"/api/v1/authorization/access-rules"_s,
                                    {{u"subjectId"_s, appId},
                                     {u"subjectType"_s, u"app"_s},
                                     {u"roleId"_s, adminRoleId},
                                     {u"scopeId"_s, u"1001"_s},
                                     {u"scopeType"_s, u"tenant"_s}},
                                    m_admin)
                         .status,
                 201);
        QCOMPARE(m_client->get(u"/api/v1/apps"_s, appToken).status, 200);
        QCOMPARE(m_client->del(u"/api/v1/apps/"_s + appId, m_admin).status, 204);
        QCOMPARE(m_client->get(u"/api/v1/authorization/access-rules?subjectType=app"_s, m_admin)
                         .object()
                         .value(u"totalRecords"_s)
                         .toInt(),
                 0);
    }

    void accessRuleCreateErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << QByteArray("{}") << 400;
        QTest::newRow("no scopeType")
                << QByteArray(R"({"subjectId":"a","subjectType":"user","roleId":1,"scopeId":"1"})")
                << 400;
        QTest::newRow("roleId as string") << QByteArray(
                R"({"subjectId":"a","subjectType":"user","roleId":"1","scopeId":"1","scopeType":"tenant"})")
                                          << 400;
        QTest::newRow("unknown subjectType") << QByteArray(
                R"({"subjectId":"a","subjectType":"robot","roleId":1,"scopeId":"1","scopeType":"tenant"})")
                                             << 400;
        QTest::newRow("service-account before 2.24") << QByteArray(
                R"({"subjectId":"a","subjectType":"service-account","roleId":1,"scopeId":"1","scopeType":"tenant"})")
                                                     << 400;
        QTest::newRow("unknown scopeType") << QByteArray(
                R"({"subjectId":"a","subjectType":"user","roleId":1,"scopeId":"1","scopeType":"galaxy"})")
                                           << 400;
        QTest::newRow("unknown role") << QByteArray(
                R"({"subjectId":"a","subjectType":"user","roleId":4242,"scopeId":"1","scopeType":"tenant"})")
                                      << 404;
        QTest::newRow("bad JSON") << QByteArray("{") << 400;
    }

    void accessRuleCreateErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        RUNAI_CHECK_ERROR(m_client->send("POST", u"/api/v1/authorization/access-rules"_s, body,
                                         "application/json", m_admin),
                          status);
        RUNAI_CHECK_ERROR(m_client->send("POST", u"/api/v1/authorization/access-rules"_s, body,
                                         "text/plain", m_admin),
                          415);
    }

    void unknownPathsAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("root") << QByteArray("GET") << u"/"_s << 404;
        QTest::newRow("unknown api") << QByteArray("GET") << u"/api/v1/projects"_s << 404;
        QTest::newRow("v2 token before 2.24") << QByteArray("POST") << u"/api/v2/token"_s << 404;
        QTest::newRow("service accounts before 2.24")
                << QByteArray("GET") << u"/api/v1/service-accounts"_s << 404;
        QTest::newRow("v3") << QByteArray("GET") << u"/api/v3/apps"_s << 404;
        QTest::newRow("authorization root")
                << QByteArray("GET") << u"/api/v1/authorization"_s << 404;
        QTest::newRow("PUT users") << QByteArray("PUT") << u"/api/v1/users"_s << 405;
        QTest::newRow("DELETE roles")
                << QByteArray("DELETE") << u"/api/v1/authorization/roles"_s << 405;
        QTest::newRow("PUT access rule")
                << QByteArray("PUT") << u"/api/v1/authorization/access-rules/1"_s << 405;
    }

    void unknownPathsAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const HttpResult r = m_client->send(method, path, {}, {}, m_admin);
        RUNAI_CHECK_ERROR(r, status);
        if (status == 405)
            QVERIFY(!r.header("Allow").isEmpty());
    }

    void expiredTokensAreRefused()
    {
        SandboxOptions options;
        options.tokenLifetimeSeconds = 1;
        SandboxServer shortLived(options);
        QVERIFY(shortLived.start());
        TestClient client(shortLived.baseUrl());
        const QByteArray token = client.adminToken();
        QVERIFY(!token.isEmpty());
        const QJsonObject claims = jwtPayload(token);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 1);
        // Bounded wait: the token lives one second.
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/api/v1/users/count"_s, token).status, 401, 5000);
        // A token from another sandbox (another signing key) is refused too.
        RUNAI_CHECK_ERROR(client.get(u"/api/v1/users/count"_s, m_admin), 401);
    }

    void seededDirectory()
    {
        SandboxServer server;
        QVERIFY(server.start());
        QCOMPARE(server.seedUsers(20000, u"seed%1@example.com"_s), 20000);
        QCOMPARE(server.seedUsers(3, u"seed%1@example.com"_s), 0); // already there
        TestClient client(server.baseUrl());
        const QByteArray admin = client.adminToken();
        QCOMPARE(client.get(u"/api/v1/users/count"_s, admin).object().value(u"count"_s).toInt(),
                 20001);
        const HttpResult deep = client.get(u"/api/v1/users?limit=500&offset=19501"_s, admin);
        QCOMPARE(deep.status, 200);
        QCOMPARE(deep.array().size(), 500);
        QCOMPARE(deep.array().at(0).toObject().value(u"username"_s).toString(),
                 u"seed19501@example.com"_s); // the admin is user 0
        QCOMPARE(client.get(u"/api/v1/users?limit=500&offset=20001"_s, admin).array().size(), 0);
        const HttpResult sorted = client.get(
                u"/api/v1/users?limit=2&sortBy=username&sortOrder=desc&filterBy=username%3D@seed"_s,
                admin);
        QCOMPARE(sorted.array().at(0).toObject().value(u"username"_s).toString(),
                 u"seed9@example.com"_s); // "@" sorts after the digits
        QCOMPARE(client.get(u"/api/v1/users/count?filterBy=username%3D@seed1999"_s, admin)
                         .object()
                         .value(u"count"_s)
                         .toInt(),
                 11); // 1999 and 19990..19999
        // A seeded user gets a usable password through a reset.
        const QString id = deep.array().at(0).toObject().value(u"id"_s).toString();
        const HttpResult reset = client.postEmpty(u"/api/v1/users/"_s + id + u"/password"_s, admin);
        QVERIFY(!client.passwordToken(u"seed19501@example.com"_s,
                                      reset.object().value(u"tempPassword"_s).toString())
                         .isEmpty());
    }

    void customAdmin()
    {
        SandboxOptions options;
        options.adminEmail = u"root@example.com"_s;
        options.adminPassword = u"S3cret-Example"_s;
        SandboxServer server(options);
        QVERIFY(server.start());
        TestClient client(server.baseUrl());
        QVERIFY(client.adminToken().isEmpty());
        const QByteArray token = client.passwordToken(u"root@example.com"_s, u"S3cret-Example"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.get(u"/api/v1/apps"_s, token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "tst_sandbox_conformance.moc"
