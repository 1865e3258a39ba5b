// SPDX-License-Identifier: MIT
// Access keys in the sandbox (CP 2.24+): a user's own keys, the administrators' view, tokens from
// a key that act as its owner and end with the key, the 20-key limit, and --state persistence.
// Over real loopback HTTP, checked against the contract (runai-api.md 2.4 and 9).
#include "SandboxTestChecks.h"
#include "SandboxTestClient.h"
#include "sandbox/ApiContext.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace runai::sandbox;
using namespace runai::sandbox::test;

namespace {

// The AccessKey list item: {name, id, clientId, createdAt, lastLogin} (+ createdBy for admins).
#define RUNAI_CHECK_ACCESS_KEY(object, withCreatedBy) \
    do { \
        const QJsonObject k_ = (object); \
        QVERIFY(k_.value(u"name"_s).isString()); \
        QVERIFY(k_.value(u"id"_s).isString()); \
        QVERIFY(k_.value(u"clientId"_s).isString()); \
        QVERIFY(k_.contains(u"createdAt"_s) && isDateOrNull(k_.value(u"createdAt"_s))); \
        QVERIFY(k_.contains(u"lastLogin"_s) && isDateOrNull(k_.value(u"lastLogin"_s))); \
        QCOMPARE(k_.value(u"createdBy"_s).isString(), bool(withCreatedBy)); \
        QVERIFY(!k_.contains(u"clientSecret"_s)); \
        QVERIFY(!k_.contains(u"secret"_s)); \
    } while (false)

struct Key
{
    QString id;
    QString clientId;
    QString secret;
};

} // namespace

class TestSandboxAccessKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_admin;

    bool start(const QString &version, const QString &stateFile = {})
    {
        m_client.reset();
        m_server.reset();
        SandboxOptions options;
        options.apiVersion = version;
        options.stateFile = stateFile;
        m_server = std::make_unique<SandboxServer>(options);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<TestClient>(m_server->baseUrl());
        m_admin = m_client->adminToken();
        return !m_admin.isEmpty();
    }

    // A new local user and their password token.
    QByteArray userToken(const QString &email)
    {
        const HttpResult created = m_client->postJson(u"/api/v1/users"_s, {{u"email"_s, email}},
                                                      m_admin);
        if (created.status != 201)
            return {};
        return m_client->passwordToken(email, created.object().value(u"tempPassword"_s).toString());
    }

    Key createKey(const QString &name, const QByteArray &token)
    {
        const HttpResult r = m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, name}},
                                                token);
        if (r.status != 201)
            return {};
        const QJsonObject o = r.object();
        return {o.value(u"id"_s).toString(), o.value(u"clientId"_s).toString(),
                o.value(u"clientSecret"_s).toString()};
    }

    HttpResult v1KeyGrant(const QString &clientId, const QString &secret)
    {
        return m_client->postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"client_credentials"_s},
                                                       {u"clientID"_s, clientId},
                                                       {u"clientSecret"_s, secret}});
    }
    QByteArray keyToken(const Key &key)
    {
        return v1KeyGrant(key.clientId, key.secret)
                .object()
                .value(u"accessToken"_s)
                .toString()
                .toLatin1();
    }

private Q_SLOTS:
    // Access keys exist from 2.24 (levels 224 and 300); 2.20-2.23 have no such path.
    void availability_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("hasKeys");
        QTest::newRow("2.20") << u"2.20"_s << false;
        QTest::newRow("2.23") << u"2.23"_s << false;
        QTest::newRow("2.24") << u"2.24"_s << true;
        QTest::newRow("2.26") << u"2.26"_s << true;
        QTest::newRow("3.0") << u"3.0"_s << true;
    }
    void availability()
    {
        QFETCH(QString, version);
        QFETCH(bool, hasKeys);
        if (apiLevelFor(version) == 0)
            QSKIP("this build's sandbox has no --api-version 3.0 mode yet");
        QVERIFY(start(version));
        const HttpResult own = m_client->get(u"/api/v1/access-keys"_s, m_admin);
        const HttpResult all = m_client->get(u"/api/v1/administration/access-keys"_s, m_admin);
        if (!hasKeys) {
            RUNAI_CHECK_ERROR(own, 404);
            RUNAI_CHECK_ERROR(all, 404);
            RUNAI_CHECK_ERROR(
                    m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"k"_s}}, m_admin),
                    404);
            return;
        }
        QCOMPARE(own.status, 200);
        QVERIFY(own.object().value(u"accessKeys"_s).isArray()); // an object, not a bare array
        QCOMPARE(all.status, 200);
        QVERIFY(all.object().value(u"accessKeys"_s).isArray());
        // Without a bearer token: 401, like every other API.
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/access-keys"_s, {}), 401);
    }

    void ownLifecycle()
    {
        QVERIFY(start(u"2.24"_s));
        const QByteArray alice = userToken(u"alice@example.com"_s);
        QVERIFY(!alice.isEmpty());

        const HttpResult created = m_client->postJson(u"/api/v1/access-keys"_s,
                                                      {{u"name"_s, u"laptop"_s}}, alice);
        QCOMPARE(created.status, 201);
        const QJsonObject c = created.object();
        for (const char *field : {"id", "clientId", "name", "clientSecret", "createdAt"})
            QVERIFY2(c.value(QLatin1StringView(field)).isString(), field);
        QCOMPARE(c.value(u"name"_s).toString(), u"laptop"_s);
        QVERIFY(c.value(u"clientId"_s).toString() != u"laptop"_s); // opaque, not the name
        const QString id = c.value(u"id"_s).toString();

        RUNAI_CHECK_ERROR(
                m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"laptop"_s}}, alice),
                409);
        RUNAI_CHECK_ERROR(
                m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"Bad Name"_s}}, alice),
                400);
        RUNAI_CHECK_ERROR(m_client->postJson(u"/api/v1/access-keys"_s, {}, alice), 400);
        // Names are unique per user only: the admin may have a "laptop" too.
        QCOMPARE(m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"laptop"_s}}, m_admin)
                         .status,
                 201);

        const HttpResult list = m_client->get(u"/api/v1/access-keys"_s, alice);
        QCOMPARE(list.status, 200);
        const QJsonArray keys = list.object().value(u"accessKeys"_s).toArray();
        QCOMPARE(keys.size(), 1); // her own only, not the admin's
        RUNAI_CHECK_ACCESS_KEY(keys.at(0).toObject(), false);
        QVERIFY(keys.at(0).toObject().value(u"lastLogin"_s).isNull());
        const HttpResult one = m_client->get(u"/api/v1/access-keys/"_s + id, alice);
        QCOMPARE(one.status, 200);
        RUNAI_CHECK_ACCESS_KEY(one.object(), false);

        // Someone else's key does not exist for you, administrator or not.
        const QByteArray bob = userToken(u"bob@example.com"_s);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/access-keys/"_s + id, bob), 404);
        RUNAI_CHECK_ERROR(m_client->del(u"/api/v1/access-keys/"_s + id, m_admin), 404);
        RUNAI_CHECK_ERROR(m_client->postEmpty(u"/api/v1/access-keys/"_s + id + u"/secret"_s, bob),
                          404);

        const HttpResult regenerated = m_client->postEmpty(
                u"/api/v1/access-keys/"_s + id + u"/secret"_s, alice);
        QCOMPARE(regenerated.status, 200);
        QVERIFY(!regenerated.object().value(u"clientSecret"_s).toString().isEmpty());
        QCOMPARE(regenerated.object().size(), 1);

        QCOMPARE(m_client->del(u"/api/v1/access-keys/"_s + id, alice).status, 204);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/access-keys/"_s + id, alice), 404);
        RUNAI_CHECK_ERROR(m_client->del(u"/api/v1/access-keys/"_s + id, alice), 404);
        RUNAI_CHECK_ERROR(
                m_client->send("PATCH", u"/api/v1/access-keys"_s, "{}", "application/json", alice),
                405);
    }

    // A key's token is its owner's: the owner's access rules decide, so 403 turns into 200 when
    // the owner gets a role. Regenerating the secret or deleting the key ends its tokens.
    void tokenActsAsOwner()
    {
        QVERIFY(start(u"2.24"_s));
        const QByteArray carol = userToken(u"carol@example.com"_s);
        QVERIFY(!carol.isEmpty());
        const Key key = createKey(u"ci"_s, carol);
        QVERIFY(!key.clientId.isEmpty());

        const HttpResult granted = v1KeyGrant(key.clientId, key.secret);
        QCOMPARE(granted.status, 200);
        QVERIFY(granted.object().value(u"expiresIn"_s).isDouble());
        const QByteArray token = granted.object().value(u"accessToken"_s).toString().toLatin1();
        QCOMPARE(jwtPayload(token).value(u"email"_s).toString(), u"carol@example.com"_s);
        RUNAI_CHECK_ERROR(v1KeyGrant(key.clientId, u"wrong"_s), 401);
        // The key's own list answers as carol, and lastLogin now says when the key was used.
        const HttpResult mine = m_client->get(u"/api/v1/access-keys"_s, token);
        QCOMPARE(mine.status, 200);
        QVERIFY(isDateOrNull(mine.object()
                                     .value(u"accessKeys"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"lastLogin"_s)));
        QVERIFY(!mine.object()
                         .value(u"accessKeys"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"lastLogin"_s)
                         .isNull());

        // Carol has no role: the administration calls refuse her key's token.
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users"_s, token), 403);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/administration/access-keys"_s, token), 403);
        QCOMPARE(m_client->postJson(u"/api/v1/authorization/access-rules"_s,
                                    {{u"subjectId"_s, u"carol@example.com"_s},
                                     {u"subjectType"_s, u"user"_s},
                                     {u"roleId"_s, 12},
                                     {u"scopeId"_s, u"1001"_s},
                                     {u"scopeType"_s, u"tenant"_s}},
                                    m_admin)
                         .status,
                 201);
        QCOMPARE(m_client->get(u"/api/v1/users"_s, token).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/administration/access-keys"_s, token).status, 200);

        // The OAuth2 endpoint takes the key too.
        const HttpResult v2 = m_client->postForm(u"/api/v2/token"_s,
                                                 {{u"grant_type"_s, u"client_credentials"_s},
                                                  {u"client_id"_s, key.clientId},
                                                  {u"client_secret"_s, key.secret}});
        QCOMPARE(v2.status, 200);
        const QByteArray v2Token = v2.object().value(u"access_token"_s).toString().toLatin1();
        const QString refresh = granted.object().value(u"refreshToken"_s).toString();

        // A new secret: the old one and its tokens (and refresh tokens) stop at once.
        const HttpResult regenerated = m_client->postEmpty(
                u"/api/v1/access-keys/"_s + key.id + u"/secret"_s, carol);
        QCOMPARE(regenerated.status, 200);
        const QString newSecret = regenerated.object().value(u"clientSecret"_s).toString();
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users"_s, token), 401);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users"_s, v2Token), 401);
        RUNAI_CHECK_ERROR(v1KeyGrant(key.clientId, key.secret), 401);
        RUNAI_CHECK_ERROR(
                m_client->postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"refresh_token"_s},
                                                        {u"refreshToken"_s, refresh}}),
                401);
        const QByteArray fresh = keyToken({key.id, key.clientId, newSecret});
        QCOMPARE(m_client->get(u"/api/v1/users"_s, fresh).status, 200);
        // Carol's own password token is not affected by her key.
        QCOMPARE(m_client->get(u"/api/v1/users"_s, carol).status, 200);

        // Deleting the key ends its tokens; the owner stays signed in.
        QCOMPARE(m_client->del(u"/api/v1/access-keys/"_s + key.id, carol).status, 204);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/users"_s, fresh), 401);
        RUNAI_CHECK_ERROR(v1KeyGrant(key.clientId, newSecret), 401);
        QCOMPARE(m_client->get(u"/api/v1/users"_s, carol).status, 200);
    }

    // Keys belong to users: a service account's token has none and may not make any.
    void serviceAccountsHaveNoKeys()
    {
        QVERIFY(start(u"2.24"_s));
        const HttpResult sa = m_client->postJson(u"/api/v1/service-accounts"_s,
                                                 {{u"name"_s, u"robot"_s}}, m_admin);
        QCOMPARE(sa.status, 201);
        const HttpResult token = v1KeyGrant(u"robot"_s,
                                            sa.object().value(u"clientSecret"_s).toString());
        QCOMPARE(token.status, 200);
        RUNAI_CHECK_ERROR(
                m_client->get(u"/api/v1/access-keys"_s,
                              token.object().value(u"accessToken"_s).toString().toLatin1()),
                403);
    }

    // At most 20 keys per user; the 21st is refused with 400 (see accesskeysendpoint.h).
    void limitOfTwentyPerUser()
    {
        QVERIFY(start(u"2.24"_s));
        const QByteArray dave = userToken(u"dave@example.com"_s);
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"key-%1"_s.arg(i)}},
                                        dave)
                             .status,
                     201);
        const HttpResult refused = m_client->postJson(u"/api/v1/access-keys"_s,
                                                      {{u"name"_s, u"key-21"_s}}, dave);
        RUNAI_CHECK_ERROR(refused, 400);
        // Another user is not affected, and after a delete dave may create again.
        QCOMPARE(m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"key-21"_s}}, m_admin)
                         .status,
                 201);
        const QJsonArray keys = m_client->get(u"/api/v1/access-keys"_s, dave)
                                        .object()
                                        .value(u"accessKeys"_s)
                                        .toArray();
        QCOMPARE(keys.size(), 20);
        QCOMPARE(m_client->del(u"/api/v1/access-keys/"_s
                                       + keys.at(0).toObject().value(u"id"_s).toString(),
                               dave)
                         .status,
                 204);
        QCOMPARE(m_client->postJson(u"/api/v1/access-keys"_s, {{u"name"_s, u"key-21"_s}}, dave)
                         .status,
                 201);
    }

    void administration()
    {
        QVERIFY(start(u"2.24"_s));
        const QByteArray erin = userToken(u"erin@example.com"_s);
        const QByteArray frank = userToken(u"frank@example.com"_s);
        const Key erinKey = createKey(u"build"_s, erin);
        const Key frankKey = createKey(u"build"_s, frank);
        QVERIFY(!erinKey.id.isEmpty() && !frankKey.id.isEmpty());

        const HttpResult all = m_client->get(u"/api/v1/administration/access-keys"_s, m_admin);
        QCOMPARE(all.status, 200);
        const QJsonArray keys = all.object().value(u"accessKeys"_s).toArray();
        QCOMPARE(keys.size(), 2);
        for (const QJsonValue &k : keys)
            RUNAI_CHECK_ACCESS_KEY(k.toObject(), true);

        const HttpResult byCreator = m_client->get(
                u"/api/v1/administration/access-keys?createdBy=erin%40example.com"_s, m_admin);
        QCOMPARE(byCreator.object().value(u"accessKeys"_s).toArray().size(), 1);
        QCOMPARE(byCreator.object()
                         .value(u"accessKeys"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"createdBy"_s)
                         .toString(),
                 u"erin@example.com"_s);
        const HttpResult byClient = m_client->get(
                u"/api/v1/administration/access-keys?clientId="_s + frankKey.clientId, m_admin);
        QCOMPARE(byClient.object().value(u"accessKeys"_s).toArray().size(), 1);
        QCOMPARE(byClient.object()
                         .value(u"accessKeys"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"id"_s)
                         .toString(),
                 frankKey.id);

        // Users without the System administrator role are refused.
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/administration/access-keys"_s, erin), 403);
        RUNAI_CHECK_ERROR(
                m_client->del(u"/api/v1/administration/access-keys/"_s + frankKey.id, erin), 403);

        const QByteArray frankToken = keyToken(frankKey);
        QVERIFY(!frankToken.isEmpty());
        QCOMPARE(m_client->del(u"/api/v1/administration/access-keys/"_s + frankKey.id, m_admin)
                         .status,
                 204);
        RUNAI_CHECK_ERROR(
                m_client->del(u"/api/v1/administration/access-keys/"_s + frankKey.id, m_admin),
                404);
        RUNAI_CHECK_ERROR(m_client->get(u"/api/v1/access-keys"_s, frankToken), 401);
        QCOMPARE(m_client->get(u"/api/v1/access-keys"_s, frank)
                         .object()
                         .value(u"accessKeys"_s)
                         .toArray()
                         .size(),
                 0);
        RUNAI_CHECK_ERROR(m_client->postEmpty(u"/api/v1/administration/access-keys"_s, m_admin),
                          405);

        // A deleted user's keys go with the user.
        const HttpResult users = m_client->get(
                u"/api/v1/users?filterBy=username==erin@example.com"_s, m_admin);
        const QString erinId = users.array().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(!erinId.isEmpty());
        QCOMPARE(m_client->del(u"/api/v1/users/"_s + erinId, m_admin).status, 204);
        RUNAI_CHECK_ERROR(v1KeyGrant(erinKey.clientId, erinKey.secret), 401);
        QCOMPARE(m_client->get(u"/api/v1/administration/access-keys"_s, m_admin)
                         .object()
                         .value(u"accessKeys"_s)
                         .toArray()
                         .size(),
                 0);
    }

    // --state keeps keys as salted hashes: the secret is not in the file and still works after a
    // restart.
    void statePersistsHashesOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(u"state.json"_s);
        QVERIFY(start(u"2.24"_s, state));
        const Key key = createKey(u"kept"_s, m_admin);
        QVERIFY(!key.secret.isEmpty());
        QVERIFY(m_server->saveState());
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(key.clientId.toUtf8()));
        QVERIFY(!saved.contains(key.secret.toUtf8()));

        QVERIFY(start(u"2.24"_s, state));
        QCOMPARE(v1KeyGrant(key.clientId, key.secret).status, 200);
        const QJsonArray keys = m_client->get(u"/api/v1/access-keys"_s, m_admin)
                                        .object()
                                        .value(u"accessKeys"_s)
                                        .toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toObject().value(u"name"_s).toString(), u"kept"_s);
        cleanup(); // the server saves once more when it stops: before the directory goes
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestSandboxAccessKeys)
#include "tst_sandbox_accesskeys.moc"
