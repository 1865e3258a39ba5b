// SPDX-License-Identifier: MIT
// The access key calls of RunaiClient (CP 2.24+) against the in-process sandbox over real
// loopback HTTP: the parsers, the paths, the documented errors, a key's token acting as its
// owner, and the 404 that older consoles answer.
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "sandbox/ApiContext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

namespace {
const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;
constexpr int SystemAdministratorRole = 12; // the sandbox's id, looked up by name below too
} // namespace

class TestAccessKeyCalls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_admin;

    bool startAndSignIn(const QString &mode)
    {
        if (mode != u"sa-only"_s && sandbox::apiLevelFor(mode) == 0)
            return false;
        m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(mode));
        if (!m_server->start())
            return false;
        m_admin = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
        return run(RunaiClient(m_admin.get()).signIn(AdminEmail, AdminPassword))->succeeded();
    }

    // A new local user signed in in a session of their own.
    std::unique_ptr<Session> signInNewUser(const QString &email)
    {
        auto created = run(RunaiClient(m_admin.get()).createUser(email));
        if (!created->succeeded())
            return nullptr;
        auto session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
        if (!run(RunaiClient(session.get()).signIn(email, created->result().tempPassword))
                     ->succeeded())
            return nullptr;
        return session;
    }

    static void addKeyModes()
    {
        QTest::addColumn<QString>("mode");
        for (const QString &m : {u"2.24"_s, u"2.26"_s, u"sa-only"_s, u"3.0"_s})
            QTest::newRow(qPrintable(m)) << m;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    // 2.18-2.23 have no access keys: every call is a 404 (what the page turns into its message).
    void olderConsolesAnswerNotFound_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2.18") << u"2.18"_s;
        QTest::newRow("2.20") << u"2.20"_s;
    }
    void olderConsolesAnswerNotFound()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        RunaiClient client(m_admin.get());
        QCOMPARE(run(client.listAccessKeys())->error().kind(), K::NotFound);
        QCOMPARE(run(client.listAllAccessKeys())->error().kind(), K::NotFound);
        QCOMPARE(run(client.createAccessKey(u"k1"_s))->error().kind(), K::NotFound);
    }

    void ownKeys_data() { addKeyModes(); }
    void ownKeys()
    {
        QFETCH(QString, mode);
        if (mode == u"3.0"_s && sandbox::apiLevelFor(mode) == 0)
            QSKIP("this build's sandbox has no --api-version 3.0 mode yet");
        QVERIFY(startAndSignIn(mode));
        RunaiClient client(m_admin.get());

        auto created = run(client.createAccessKey(u"laptop"_s));
        QVERIFY2(created->succeeded(), qPrintable(created->error().logString()));
        const AccessKey key = created->result().key;
        const QString secret = created->result().secret;
        QCOMPARE(key.name, u"laptop"_s);
        QVERIFY(!key.id.isEmpty());
        QVERIFY(!key.clientId.isEmpty() && key.clientId != key.name);
        QVERIFY(!secret.isEmpty());
        QVERIFY(key.createdAt.isValid());

        auto duplicate = run(client.createAccessKey(u"laptop"_s));
        QCOMPARE(duplicate->error().kind(), K::Conflict);
        QVERIFY(!duplicate->error().serverMessage().isEmpty());
        QCOMPARE(run(client.createAccessKey(u"Not Valid"_s))->error().kind(), K::Validation);

        auto list = run(client.listAccessKeys());
        QVERIFY2(list->succeeded(), qPrintable(list->error().logString()));
        QCOMPARE(list->result().size(), 1);
        const AccessKey listed = list->result().first();
        QCOMPARE(listed.id, key.id);
        QCOMPARE(listed.clientId, key.clientId);
        QVERIFY(!listed.lastLogin.isValid()); // null: never used

        auto one = run(client.getAccessKey(key.id));
        QVERIFY(one->succeeded());
        QCOMPARE(one->result().name, u"laptop"_s);

        // A token from the key: the same client_credentials grant applications use.
        auto token = run(client.clientCredentialsToken(key.clientId, secret));
        QVERIFY2(token->succeeded(), qPrintable(token->error().logString()));
        QCOMPARE(token->grantUsed(), Session::Grant::ClientCredentials);
        QVERIFY(!token->result().accessToken.isEmpty());
        auto oauth2 = run(client.oauth2ClientCredentialsToken(key.clientId, secret));
        QVERIFY2(oauth2->succeeded(), qPrintable(oauth2->error().logString()));

        auto regenerated = run(client.regenerateAccessKeySecret(key.id));
        QVERIFY2(regenerated->succeeded(), qPrintable(regenerated->error().logString()));
        QVERIFY(!regenerated->result().isEmpty() && regenerated->result() != secret);
        QCOMPARE(run(client.clientCredentialsToken(key.clientId, secret))->error().kind(),
                 K::Unauthorized);
        QVERIFY(run(client.clientCredentialsToken(key.clientId, regenerated->result()))
                        ->succeeded());

        QVERIFY(run(client.deleteAccessKey(key.id))->succeeded());
        QCOMPARE(run(client.getAccessKey(key.id))->error().kind(), K::NotFound);
        QCOMPARE(run(client.deleteAccessKey(key.id))->error().kind(), K::NotFound);
        QCOMPARE(run(client.regenerateAccessKeySecret(key.id))->error().kind(), K::NotFound);
    }

    // The key's token is its owner's: what it may do follows the owner's access rules.
    void keyTokenActsAsOwner()
    {
        QVERIFY(startAndSignIn(u"2.24"_s));
        auto owner = signInNewUser(u"owner@example.com"_s);
        QVERIFY(owner);
        auto created = run(RunaiClient(owner.get()).createAccessKey(u"script"_s));
        QVERIFY(created->succeeded());
        const AccessKey key = created->result().key;
        const QString secret = created->result().secret;

        Session viaKey(fastSettings(m_server->baseUrl()));
        RunaiClient client(&viaKey);
        QVERIFY(run(client.signInApplication(key.clientId, secret))->succeeded());
        auto mine = run(client.listAccessKeys());
        QVERIFY(mine->succeeded());
        QCOMPARE(mine->result().size(), 1);
        QCOMPARE(mine->result().first().clientId, key.clientId);
        QVERIFY(mine->result().first().lastLogin.isValid()); // the grant counted as a login
        auto refused = run(client.listUsers());
        QCOMPARE(refused->error().kind(), K::Forbidden);

        AccessRuleRequest rule{u"owner@example.com"_s,
                               u"user"_s,
                               SystemAdministratorRole,
                               u"1001"_s,
                               u"tenant"_s,
                               {}};
        QVERIFY(run(RunaiClient(m_admin.get()).createAccessRule(rule))->succeeded());
        QVERIFY(run(client.listUsers())->succeeded());
    }

    void administration()
    {
        QVERIFY(startAndSignIn(u"2.24"_s));
        auto user = signInNewUser(u"keyholder@example.com"_s);
        QVERIFY(user);
        auto created = run(RunaiClient(user.get()).createAccessKey(u"nightly"_s));
        QVERIFY(created->succeeded());
        QVERIFY(run(RunaiClient(m_admin.get()).createAccessKey(u"nightly"_s))->succeeded());

        RunaiClient admin(m_admin.get());
        auto all = run(admin.listAllAccessKeys());
        QVERIFY2(all->succeeded(), qPrintable(all->error().logString()));
        QCOMPARE(all->result().size(), 2);
        for (const AccessKey &k : all->result())
            QVERIFY(!k.createdBy.isEmpty());
        auto byCreator = run(admin.listAllAccessKeys({{}, u"keyholder@example.com"_s}));
        QCOMPARE(byCreator->result().size(), 1);
        QCOMPARE(byCreator->result().first().createdBy, u"keyholder@example.com"_s);
        auto byClient = run(admin.listAllAccessKeys({created->result().key.clientId, {}}));
        QCOMPARE(byClient->result().size(), 1);
        QCOMPARE(byClient->result().first().id, created->result().key.id);

        // Not an administrator: 403 (the page hides its administration section then).
        QCOMPARE(run(RunaiClient(user.get()).listAllAccessKeys())->error().kind(), K::Forbidden);

        QVERIFY(run(admin.deleteAnyAccessKey(created->result().key.id))->succeeded());
        QCOMPARE(run(admin.deleteAnyAccessKey(created->result().key.id))->error().kind(),
                 K::NotFound);
        QCOMPARE(run(RunaiClient(user.get()).listAccessKeys())->result().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessKeyCalls)
#include "tst_accesskeycalls.moc"
