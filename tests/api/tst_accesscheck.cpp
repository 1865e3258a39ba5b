// SPDX-License-Identifier: MIT
// Verify access (issue 15, item 2) below the window: AccessCheck against the in-process sandbox
// over real loopback HTTP, in every generation. A service account with and without a System
// administrator rule, a user, an access key; the matrix allowed / denied / not offered; the rule
// that would grant each denial; a refused secret; cancelling; nothing but GETs after the token;
// and the activity record (its summary, never the secret or the token).
#include "ApiTestSupport.h"
#include "api/AccessCheck.h"
#include "api/AccessSubject.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "sandbox/ApiContext.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using O = AccessCheck::Outcome;

namespace {
const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;
constexpr int SystemAdministratorRole = 12; // the sandbox's id (tst_accesskeycalls uses it too)
} // namespace

class TestAccessCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_admin;
    QList<QByteArray> m_requests; // "VERB /path" the sandbox answered, while recording
    bool m_recording = false;
    QList<ActivityEntry> m_activity;
    ActivityRecorder::Sink m_previousSink;

    bool startAndSignIn(const QString &mode)
    {
        m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(mode));
        if (!m_server->start())
            return false;
        m_server->setExchangeObserver(
                [this](const sandbox::ApiRequest &request, const sandbox::ApiResponse &) {
                    if (m_recording)
                        m_requests << request.method + ' ' + request.path.toUtf8();
                });
        m_admin = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
        RunaiClient client(m_admin.get());
        // As the window does after signing in: the console is probed once.
        return run(client.signIn(AdminEmail, AdminPassword))->succeeded()
               && run(client.probeCapabilities())->succeeded();
    }

    // A new application / service account; `admin` gives it a System administrator rule.
    NewApplication registerApp(const QString &name, bool admin)
    {
        RunaiClient client(m_admin.get());
        auto created = run(client.createApplication(name));
        if (!created->succeeded())
            return {};
        if (admin) {
            const auto rule = AccessSubject::forApplication(created->result().application,
                                                            m_admin.get())
                                      .request(SystemAdministratorRole, u"tenant"_s, u"1001"_s);
            if (!run(client.createAccessRule(rule))->succeeded())
                return {};
        }
        return created->result();
    }

    // Runs a check to its end (bounded).
    std::unique_ptr<AccessCheck> check(const AccessCheck::Subject &subject, const QString &secret)
    {
        auto c = std::make_unique<AccessCheck>(m_admin.get());
        QSignalSpy finished(c.get(), &AccessCheck::finished);
        m_recording = true;
        c->start(subject, secret);
        if (finished.isEmpty())
            finished.wait(15000);
        m_recording = false;
        if (finished.count() != 1)
            qWarning("finished %d times", int(finished.count()));
        return c;
    }

    static QMap<QString, O> outcomes(const AccessCheck &c)
    {
        QMap<QString, O> map;
        for (const auto &p : c.probes())
            map.insert(p.title, p.outcome);
        return map;
    }

    static const AccessCheck::Probe *probe(const AccessCheck &c, const QString &title)
    {
        for (const auto &p : c.probes()) {
            if (p.title == title)
                return &p;
        }
        return nullptr;
    }

    // What the console offers per mode: the calls the check may not make.
    static QMap<QString, O> expected(const QString &mode, O allowedOrDenied)
    {
        const bool from224 = isFrom224(mode);
        const bool v218 = mode == u"2.18"_s;
        const bool apps = mode != u"sa-only"_s && mode != u"3.0"_s;
        const auto offered = [allowedOrDenied](bool yes) {
            return yes ? allowedOrDenied : O::NotOffered;
        };
        return {{u"List users"_s, allowedOrDenied},
                {u"Count users"_s, offered(!v218)},
                {u"List service accounts"_s, offered(from224)},
                {u"List applications"_s, offered(apps)},
                {u"List access rules"_s, allowedOrDenied},
                {u"Count access rules"_s, allowedOrDenied},
                {u"List roles"_s, O::Allowed}, // everybody signed in may read roles
                {u"List own access keys"_s, offered(from224)},
                {u"List every user's access keys"_s, offered(from224)}};
    }

private Q_SLOTS:
    void init()
    {
        m_activity.clear();
        m_requests.clear();
        m_previousSink = ActivityRecorder::setSink(
                [this](const ActivityEntry &entry) { m_activity << entry; });
    }
    void cleanup()
    {
        ActivityRecorder::setSink(m_previousSink);
        m_admin.reset();
        m_server.reset();
    }

    // The plan follows what the console offers: nothing is sent that its generation lacks.
    void planFollowsTheGeneration()
    {
        using F = ConsoleCapabilities::Feature;
        using G = ConsoleCapabilities::Generation;
        const auto v30 = AccessCheck::plan(ConsoleCapabilities::forGeneration(G::V300));
        QCOMPARE(v30.size(), 9);
        QCOMPARE(v30[6].path, u"/api/v2/authorization/roles"_s);
        QCOMPARE(v30[3].outcome, O::NotOffered); // applications
        QVERIFY(!v30[3].explanation.isEmpty());
        const auto v218 = AccessCheck::plan(ConsoleCapabilities::forGeneration(G::V218));
        QCOMPARE(v218[6].path, u"/api/v1/authorization/roles"_s);
        QVERIFY(v218[0].query.isEmpty()); // 2.18 lists users without paging parameters
        QCOMPARE(v218[1].outcome, O::NotOffered);
        QCOMPARE(v218[7].outcome, O::NotOffered);
        // Nothing known: everything is tried (a 404 will tell).
        for (const auto &p : AccessCheck::plan({}))
            QCOMPARE(p.outcome, O::Pending);
        ConsoleCapabilities noV1;
        noV1.set(F::V1Roles, false);
        QCOMPARE(AccessCheck::plan(noV1)[6].path, u"/api/v2/authorization/roles"_s);
        for (const auto &p : v30)
            QVERIFY2(p.requirement.isKnown(), qPrintable(p.path));
    }

    // A service account that is a System administrator may do every read but list keys of its
    // own (keys belong to users).
    void administratorServiceAccount_data() { addModeRowsWith30(); }
    void administratorServiceAccount()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        const NewApplication app = registerApp(u"ci-admin"_s, true);
        QVERIFY(!app.secret.isEmpty());
        auto c = check({AccessCheck::SubjectKind::Application,
                        app.application.name,
                        app.application.clientId,
                        {}},
                       app.secret);
        QVERIFY(c->isFinished());
        QVERIFY2(!c->tokenError().isError(), qPrintable(c->tokenError().logString()));
        QVERIFY(!c->tokenIssuer().isEmpty());
        QMap<QString, O> want = expected(mode, O::Allowed);
        if (isFrom224(mode))
            want[u"List own access keys"_s] = O::Denied;
        QCOMPARE(outcomes(*c), want);
        if (isFrom224(mode)) {
            const auto *keys = probe(*c, u"List own access keys"_s);
            QCOMPARE(keys->httpStatus, 403);
            QVERIFY2(keys->explanation.contains(u"belong to users"_s),
                     qPrintable(keys->explanation));
        }
        QCOMPARE(probe(*c, u"List users"_s)->httpStatus, 200);
    }

    // Without an access rule: every administration call is denied, each with the rule that
    // would grant it; roles stay readable.
    void serviceAccountWithoutRules_data() { addModeRowsWith30(); }
    void serviceAccountWithoutRules()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        const NewApplication app = registerApp(u"ci-nothing"_s, false);
        QVERIFY(!app.secret.isEmpty());
        auto c = check({AccessCheck::SubjectKind::Application,
                        app.application.name,
                        app.application.clientId,
                        {}},
                       app.secret);
        QCOMPARE(outcomes(*c), expected(mode, O::Denied));
        const auto *users = probe(*c, u"List users"_s);
        QCOMPARE(users->httpStatus, 403);
        QVERIFY2(users->explanation.contains(u"\"ci-nothing\""_s), qPrintable(users->explanation));
        QVERIFY2(users->explanation.contains(u"System administrator"_s),
                 qPrintable(users->explanation));
        QVERIFY2(users->explanation.contains(u"\"Users\" permission to read"_s),
                 qPrintable(users->explanation));
        QVERIFY(!users->serverMessage.isEmpty()); // the console's own words, shown beside
        QVERIFY(probe(*c, u"List access rules"_s)
                        ->explanation.contains(u"\"Access rules\" permission"_s));
        // The activity log: the check ran, with its summary; never the secret or the token.
        QCOMPARE(m_activity.size(), 1);
        const ActivityEntry &entry = m_activity.first();
        QCOMPARE(entry.action, u"Verify access"_s);
        QVERIFY2(entry.object.startsWith(u"ci-nothing ("_s), qPrintable(entry.object));
        QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
        QVERIFY2(entry.serverMessage.contains(u"denied (List users"_s),
                 qPrintable(entry.serverMessage));
        QVERIFY(entry.serverMessage.contains(u"allowed (List roles"_s));
        QVERIFY(!QJsonDocument(entry.toJson()).toJson().contains(app.secret.toUtf8()));
    }

    // Nothing is created or changed: after the token grant, only GETs reach the console.
    void onlyReadsAfterTheToken_data() { addModeRowsWith30(); }
    void onlyReadsAfterTheToken()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        const NewApplication app = registerApp(u"ci-reads"_s, true);
        auto c = check({AccessCheck::SubjectKind::Application,
                        app.application.name,
                        app.application.clientId,
                        {}},
                       app.secret);
        QVERIFY(!m_requests.isEmpty());
        QVERIFY2(m_requests.first().startsWith("POST /api/v"), m_requests.first().constData());
        QVERIFY(m_requests.first().endsWith("/token"));
        const int offered = int(c->probes().size()) - c->count(O::NotOffered);
        QCOMPARE(m_requests.size(), 1 + offered);
        for (const QByteArray &r : m_requests.mid(1))
            QVERIFY2(r.startsWith("GET "), r.constData());
    }

    // A user checked with their password: roles and their own keys, nothing of the organisation.
    void userWithPassword_data() { addModeRowsWith30(); }
    void userWithPassword()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        auto created = run(RunaiClient(m_admin.get()).createUser(u"dana@example.com"_s));
        QVERIFY(created->succeeded());
        auto c = check({AccessCheck::SubjectKind::User, u"dana@example.com"_s, {}, {}},
                       created->result().tempPassword);
        QVERIFY2(!c->tokenError().isError(), qPrintable(c->tokenError().logString()));
        QMap<QString, O> want = expected(mode, O::Denied);
        if (isFrom224(mode))
            want[u"List own access keys"_s] = O::Allowed;
        QCOMPARE(outcomes(*c), want);
        QVERIFY(probe(*c, u"List users"_s)->explanation.contains(u"\"dana@example.com\""_s));
        QCOMPARE(m_activity.value(0).object, u"dana@example.com (user)"_s);
    }

    // An access key's token acts as its owner: the owner's rules are named for a denial.
    void accessKeyActsAsItsOwner()
    {
        QVERIFY(startAndSignIn(u"2.24"_s));
        auto created = run(RunaiClient(m_admin.get()).createUser(u"erin@example.com"_s));
        QVERIFY(created->succeeded());
        const auto key = m_server->seedAccessKey(u"erin@example.com"_s, u"laptop"_s,
                                                 QDateTime::currentDateTimeUtc());
        QVERIFY(!key.secret.isEmpty());
        auto c = check({AccessCheck::SubjectKind::AccessKey, u"laptop"_s, key.clientId,
                        u"erin@example.com"_s},
                       key.secret);
        QVERIFY2(!c->tokenError().isError(), qPrintable(c->tokenError().logString()));
        QCOMPARE(probe(*c, u"List own access keys"_s)->outcome, O::Allowed);
        const auto *users = probe(*c, u"List users"_s);
        QCOMPARE(users->outcome, O::Denied);
        QVERIFY2(users->explanation.contains(u"owner"_s), qPrintable(users->explanation));
        QVERIFY(users->explanation.contains(u"\"erin@example.com\""_s));
        QCOMPARE(m_activity.value(0).object, u"laptop (access key)"_s);
    }

    // A wrong secret: the grant's own error, no call made, the log says it failed.
    void refusedSecret_data() { addModeRowsWith30(); }
    void refusedSecret()
    {
        QFETCH(QString, mode);
        QVERIFY(startAndSignIn(mode));
        const NewApplication app = registerApp(u"ci-wrong"_s, true);
        auto c = check({AccessCheck::SubjectKind::Application,
                        app.application.name,
                        app.application.clientId,
                        {}},
                       u"not-the-secret"_s);
        QCOMPARE(c->tokenError().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(m_requests.size(), 1); // the grant alone
        QCOMPARE(c->count(O::Allowed) + c->count(O::Denied), 0);
        QCOMPARE(m_activity.size(), 1);
        QCOMPARE(m_activity.first().outcome, ActivityEntry::Outcome::Failed);
    }

    // Stopped while the token is on its way: finished once, nothing judged, recorded cancelled.
    void cancelWhileRunning()
    {
        QVERIFY(startAndSignIn(u"2.20"_s));
        const NewApplication app = registerApp(u"ci-cancel"_s, true);
        AccessCheck c(m_admin.get());
        QSignalSpy finished(&c, &AccessCheck::finished);
        c.start({AccessCheck::SubjectKind::Application,
                 app.application.name,
                 app.application.clientId,
                 {}},
                app.secret);
        QVERIFY(c.isRunning());
        c.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!c.isRunning());
        QCOMPARE(c.count(O::Allowed), 0);
        QCOMPARE(c.count(O::Pending), 0);
        QTest::qWait(200); // a late answer changes nothing
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_activity.size(), 1);
        QCOMPARE(m_activity.first().outcome, ActivityEntry::Outcome::Cancelled);
    }

    // The signed-in session is not touched by a check: same identity, same token.
    void signedInSessionIsUntouched()
    {
        QVERIFY(startAndSignIn(u"2.24"_s));
        const NewApplication app = registerApp(u"ci-aside"_s, false);
        const quint64 serial = m_admin->tokenSerial();
        auto c = check({AccessCheck::SubjectKind::Application,
                        app.application.name,
                        app.application.clientId,
                        {}},
                       app.secret);
        QVERIFY(!c->tokenError().isError());
        QCOMPARE(m_admin->identity(), AdminEmail);
        QCOMPARE(m_admin->tokenSerial(), serial);
        QVERIFY(run(RunaiClient(m_admin.get()).listUsers())->succeeded());
    }
};

QTEST_MAIN(TestAccessCheck)
#include "tst_accesscheck.moc"
