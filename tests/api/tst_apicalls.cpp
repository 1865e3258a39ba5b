// SPDX-License-Identifier: MIT
// Every Run:ai call against the in-process sandbox over real loopback HTTP, in each version mode
// (2.18, 2.20, 2.24, service accounts only): success and the errors the spec documents.
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using K = ApiError::Kind;

namespace {

const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;

} // namespace

class TestApiCalls : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void signIn_data() { addModeRowsWith30(); }
    void signIn();
    void applications_data() { addModeRowsWith30(); }
    void applications();
    void applicationErrors_data() { addModeRowsWith30(); }
    void applicationErrors();
    void applicationSignInAndForbidden_data() { addModeRowsWith30(); }
    void applicationSignInAndForbidden();
    void oauth2Token_data() { addModeRowsWith30(); }
    void oauth2Token();
    void users_data() { addModeRows(); }
    void users();
    void userErrors_data() { addModeRows(); }
    void userErrors();
    void rolesAndAccessRules_data() { addModeRowsWith30(); }
    void rolesAndAccessRules();
    void unauthenticated_data() { addModeRowsWith30(); }
    void unauthenticated();
    void capabilitiesProbe_data() { addModeRowsWith30(); }
    void capabilitiesProbe();
    void pinnedCapabilitiesWin_data() { oneMode(u"2.24"_s); }
    void pinnedCapabilitiesWin();
    void staleCacheFallsBack_data() { oneMode(u"2.20"_s); }
    void staleCacheFallsBack();
    void wrongSecretIsOneRequest_data() { addModeRowsWith30(); }
    void wrongSecretIsOneRequest();
    void rolesPagedOn30_data() { oneMode(u"3.0"_s); }
    void rolesPagedOn30();

private:
    void startSandbox();
    static void oneMode(const QString &mode)
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow(qPrintable(mode)) << mode;
    }
    void signInAdmin();
    void probe();
    int roleId(const QString &name);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestApiCalls::init()
{
    startSandbox();
}

void TestApiCalls::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestApiCalls::startSandbox()
{
    QFETCH(QString, mode);
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(mode));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
}

void TestApiCalls::signInAdmin()
{
    auto job = run(RunaiClient(m_session.get()).signIn(AdminEmail, AdminPassword));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QVERIFY(m_session->isSignedIn());
}

void TestApiCalls::probe()
{
    auto job = run(RunaiClient(m_session.get()).probeCapabilities());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
}

int TestApiCalls::roleId(const QString &name)
{
    auto job = run(RunaiClient(m_session.get()).listRoles());
    if (!job->succeeded())
        return -1;
    for (const auto &r : job->result()) {
        if (r.name == name)
            return r.id;
    }
    return -1;
}

void TestApiCalls::signIn()
{
    QFETCH(QString, mode);
    RunaiClient client(m_session.get());

    // Wrong password: refused, the session stays signed out, the server's words are kept.
    QSignalSpy signedIn(m_session.get(), &Session::signedIn);
    auto bad = run(client.signIn(AdminEmail, u"wrong-password"_s));
    QVERIFY(!bad->succeeded());
    QCOMPARE(bad->error().kind(), K::Unauthorized);
    // The console is not known yet: /api/v2/token first; before 2.24 its 404 moves to v1 once.
    QCOMPARE(bad->requestCount(), isFrom224(mode) ? 1 : 2);
    QCOMPARE(m_session->capabilities().has(ConsoleCapabilities::Feature::V2Token), isFrom224(mode));
    QCOMPARE(bad->error().identity(), AdminEmail);
    QVERIFY(!bad->error().serverMessage().isEmpty());
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(signedIn.count(), 0);

    // Unknown user.
    auto unknown = run(client.signIn(u"nobody@run.ai"_s, AdminPassword));
    QCOMPARE(unknown->error().kind(), K::Unauthorized);

    QSignalSpy identity(m_session.get(), &Session::identityChanged);
    auto job = run(client.signIn(AdminEmail, AdminPassword));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->requestCount(), 1); // the token endpoint is known now
    QCOMPARE(job->grantUsed(), Session::Grant::Password);
    QCOMPARE(job->result().issuer(), isFrom224(mode) ? u"POST /api/v2/token · password"_s
                                                     : u"POST /api/v1/token · password"_s);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(identity.count(), 1);
    QCOMPARE(m_session->identity(), AdminEmail);
    QCOMPARE(m_session->identityKind(), Session::IdentityKind::User);
    // Expiry known from expiresIn (2.24) or the JWT exp claim (earlier): about an hour ahead.
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_session->tokenExpiresAt());
    QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
    QCOMPARE(job->result().expiresIn.has_value(), isFrom224(mode));
    QVERIFY(!m_session->claims().subject.isEmpty());

    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(m_session->revealAccessToken().isEmpty());
}

void TestApiCalls::applications()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient client(m_session.get());
    const bool serviceAccounts = isFrom224(mode);

    auto empty = run(client.listApplications());
    QVERIFY2(empty->succeeded(), qPrintable(empty->error().logString()));
    const qsizetype before = empty->result().size();
    QCOMPARE(m_session->applicationsApi(), serviceAccounts
                                                   ? Session::ApplicationsApi::ServiceAccounts
                                                   : Session::ApplicationsApi::Apps);
    QCOMPARE(m_session->applicationSubjectType(),
             serviceAccounts ? u"service-account"_s : u"app"_s);

    auto created = run(client.createApplication(u"ci-bot"_s));
    QVERIFY2(created->succeeded(), qPrintable(created->error().logString()));
    const Application app = created->result().application;
    const QString secret = created->result().secret;
    QCOMPARE(app.name, u"ci-bot"_s);
    QVERIFY(!app.id.isEmpty());
    QVERIFY(!secret.isEmpty());
    QVERIFY(!app.clientId.isEmpty());
    if (mode == u"2.18"_s)
        QCOMPARE(app.clientId, app.name); // no clientId before 2.20: the name stands in
    QCOMPARE(created->requestCount(), 1); // the endpoint was already known: no fallback

    auto list = run(client.listApplications());
    QVERIFY(list->succeeded());
    QCOMPARE(list->result().size(), before + 1);
    const auto listed = std::find_if(list->result().cbegin(), list->result().cend(),
                                     [&](const Application &a) { return a.id == app.id; });
    QVERIFY(listed != list->result().cend());
    QCOMPARE(listed->clientId, app.clientId);
    QVERIFY(listed->enabled);
    QCOMPARE(listed->createdBy, AdminEmail);

    auto got = run(client.getApplication(app.id));
    QVERIFY2(got->succeeded(), qPrintable(got->error().logString()));
    QCOMPARE(got->result().name, app.name);

    auto disable = run(client.setApplicationEnabled(app.id, false));
    QVERIFY2(disable->succeeded(), qPrintable(disable->error().logString()));
    QVERIFY(!run(client.getApplication(app.id))->result().enabled);
    auto enable = run(client.setApplicationEnabled(app.id, true));
    QVERIFY(enable->succeeded());
    QVERIFY(run(client.getApplication(app.id))->result().enabled);

    auto regen = run(client.regenerateApplicationSecret(app.id));
    QVERIFY2(regen->succeeded(), qPrintable(regen->error().logString()));
    QVERIFY(!regen->result().isEmpty());
    QVERIFY(regen->result() != secret);

    auto removed = run(client.deleteApplication(app.id));
    QVERIFY2(removed->succeeded(), qPrintable(removed->error().logString()));
    auto gone = run(client.getApplication(app.id));
    QCOMPARE(gone->error().kind(), K::NotFound);
    QCOMPARE(run(client.listApplications())->result().size(), before);
}

void TestApiCalls::applicationErrors()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient client(m_session.get());

    // Before the endpoint is known, a 404 for a missing id must still end as NotFound.
    auto missing = run(client.getApplication(u"no-such-id"_s));
    QCOMPARE(missing->error().kind(), K::NotFound);
    QCOMPARE(missing->error().httpStatus(), 404);

    QVERIFY(run(client.createApplication(u"dup-app"_s))->succeeded());
    auto dup = run(client.createApplication(u"dup-app"_s));
    QCOMPARE(dup->error().kind(), K::Conflict);
    QCOMPARE(dup->error().httpStatus(), 409);
    QVERIFY(!dup->error().serverMessage().isEmpty());
    QVERIFY(dup->error().userMessage().contains(dup->error().serverMessage()));

    auto invalid = run(client.createApplication(u"Bad Name"_s));
    QCOMPARE(invalid->error().kind(), K::Validation);
    QCOMPARE(invalid->error().httpStatus(), 400);

    QCOMPARE(run(client.deleteApplication(u"no-such-id"_s))->error().kind(), K::NotFound);
    QCOMPARE(run(client.setApplicationEnabled(u"no-such-id"_s, false))->error().kind(),
             K::NotFound);
    QCOMPARE(run(client.regenerateApplicationSecret(u"no-such-id"_s))->error().kind(), K::NotFound);
}

void TestApiCalls::applicationSignInAndForbidden()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient admin(m_session.get());
    auto created = run(admin.createApplication(u"robot-1"_s));
    QVERIFY(created->succeeded());
    const Application app = created->result().application;
    const QString secret = created->result().secret;
    probe();

    // A second session for the same console knows what the first learnt (the GUI shares it
    // through the profile's cache).
    Session appSession(fastSettings(m_server->baseUrl()));
    appSession.setCapabilities(m_session->capabilities());
    RunaiClient asApp(&appSession);

    auto wrong = run(asApp.signInApplication(app.clientId, u"not-the-secret"_s, app.name));
    QCOMPARE(wrong->error().kind(), K::Unauthorized);
    QCOMPARE(wrong->requestCount(), 1);
    QVERIFY(!appSession.isSignedIn());

    auto signedIn = run(asApp.signInApplication(app.clientId, secret, app.name));
    QVERIFY2(signedIn->succeeded(), qPrintable(signedIn->error().logString()));
    // 2.18 has no client_credentials: app_token straight away, chosen from the capabilities.
    QCOMPARE(signedIn->grantUsed(),
             mode == u"2.18"_s ? Session::Grant::AppToken : Session::Grant::ClientCredentials);
    QCOMPARE(signedIn->requestCount(), 1);
    const QString endpoint = isFrom224(mode) ? u"POST /api/v2/token"_s : u"POST /api/v1/token"_s;
    QCOMPARE(signedIn->result().issuer(),
             endpoint + (mode == u"2.18"_s ? u" · app_token"_s : u" · client_credentials"_s));
    QCOMPARE(appSession.identityKind(), Session::IdentityKind::Application);
    QCOMPARE(appSession.identity(), app.clientId);

    // A new application has no rights: the 403 names it and says what to do.
    auto forbidden = run(asApp.listUsers());
    QCOMPARE(forbidden->error().kind(), K::Forbidden);
    QCOMPARE(forbidden->error().identity(), app.clientId);
    QVERIFY(forbidden->error().userMessage().contains(app.clientId));
    QVERIFY(forbidden->error().userMessage().contains(u"access rule"_s));
    QCOMPARE(forbidden->requestCount(), 1); // a 403 is not retried

    // Give it System administrator; now it may list users.
    const int sysAdmin = roleId(u"System administrator"_s);
    QVERIFY(sysAdmin > 0);
    AccessRuleRequest rule{app.clientId, m_session->applicationSubjectType(),
                           sysAdmin,     u"1001"_s,
                           u"tenant"_s,  {}};
    auto granted = run(admin.createAccessRule(rule));
    QVERIFY2(granted->succeeded(), qPrintable(granted->error().logString()));
    auto allowed = run(asApp.listUsers());
    QVERIFY2(allowed->succeeded(), qPrintable(allowed->error().logString()));
    QVERIFY(!allowed->result().isEmpty());

    // Disabled applications cannot get tokens.
    QVERIFY(run(admin.setApplicationEnabled(app.id, false))->succeeded());
    auto disabled = run(asApp.clientCredentialsToken(app.clientId, secret, app.name));
    QVERIFY(!disabled->succeeded());
    QCOMPARE(disabled->error().identity(), app.clientId); // names who tried, not the session
    QVERIFY(disabled->error().kind() == K::Forbidden
            || disabled->error().kind() == K::Unauthorized);
}

void TestApiCalls::oauth2Token()
{
    QFETCH(QString, mode);
    signInAdmin();
    auto created = run(RunaiClient(m_session.get()).createApplication(u"oauth-app"_s));
    QVERIFY(created->succeeded());
    const Application app = created->result().application;
    const QString secret = created->result().secret;

    Session appSession(fastSettings(m_server->baseUrl()));
    auto job = run(RunaiClient(&appSession).oauth2ClientCredentialsToken(app.clientId, secret));
    if (isFrom224(mode)) {
        QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
        QCOMPARE(job->result().tokenType.toLower(), u"bearer"_s);
        QVERIFY(job->result().expiresIn.has_value());
        auto bad = run(
                RunaiClient(&appSession).oauth2ClientCredentialsToken(app.clientId, u"nope+x"_s));
        QCOMPARE(bad->error().kind(), K::Unauthorized);
        QVERIFY(!bad->error().serverCode().isEmpty()); // the OAuth2 error code, e.g. invalid_client
    } else {
        QCOMPARE(job->error().kind(), K::NotFound); // /api/v2/token arrived in 2.24
    }
}

void TestApiCalls::users()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient client(m_session.get());

    auto created = run(client.createUser(u"new.user+ci@example.com"_s, false, true));
    QVERIFY2(created->succeeded(), qPrintable(created->error().logString()));
    const NewUser nu = created->result();
    QCOMPARE(nu.username, u"new.user+ci@example.com"_s);
    QVERIFY(!nu.tempPassword.isEmpty());
    QVERIFY(run(client.createUser(u"second@example.com"_s))->succeeded());

    auto all = run(client.listUsers());
    QVERIFY2(all->succeeded(), qPrintable(all->error().logString()));
    QCOMPARE(all->result().size(), 3); // the admin and the two new users

    auto got = run(client.getUser(nu.id));
    QVERIFY2(got->succeeded(), qPrintable(got->error().logString()));
    QCOMPARE(got->result().username, nu.username);
    QCOMPARE(got->result().isLocal, std::optional<bool>(true));
    QCOMPARE(got->result().createdBy, AdminEmail);

    if (mode != u"2.18"_s) {
        // Paging and filtering (2.19+): a '+' in a filter value must reach the server intact.
        UserQuery page;
        page.offset = 1;
        page.limit = 1;
        page.sortBy = u"username"_s;
        page.sortOrder = u"asc"_s;
        auto paged = run(client.listUsers(page));
        QVERIFY2(paged->succeeded(), qPrintable(paged->error().logString()));
        QCOMPARE(paged->result().size(), 1);

        UserQuery filtered;
        filtered.filterBy = {u"username=@user+ci"_s};
        auto f = run(client.listUsers(filtered));
        QVERIFY2(f->succeeded(), qPrintable(f->error().logString()));
        QCOMPARE(f->result().size(), 1);
        QCOMPARE(f->result().first().id, nu.id);

        auto count = run(client.countUsers(filtered));
        QVERIFY2(count->succeeded(), qPrintable(count->error().logString()));
        QCOMPARE(count->result(), qint64(1));
        auto countAll = run(client.countUsers());
        QCOMPARE(countAll->result(), qint64(3));

        UserQuery search;
        search.search = u"second"_s;
        if (mode != u"2.18"_s) {
            auto s = run(client.listUsers(search));
            QVERIFY2(s->succeeded(), qPrintable(s->error().logString()));
            QCOMPARE(s->result().size(), 1);
        }
    }

    // The new user can sign in with the temporary password and replace it.
    Session userSession(fastSettings(m_server->baseUrl()));
    RunaiClient asUser(&userSession);
    QVERIFY(run(asUser.signIn(nu.username, nu.tempPassword))->succeeded());
    auto wrongCurrent = run(asUser.changeOwnPassword(u"not-it-123"_s, u"N3w-passw0rd!"_s));
    QCOMPARE(wrongCurrent->error().kind(), K::Validation);
    auto changed = run(asUser.changeOwnPassword(nu.tempPassword, u"N3w-passw0rd!"_s));
    QVERIFY2(changed->succeeded(), qPrintable(changed->error().logString()));
    Session again(fastSettings(m_server->baseUrl()));
    QVERIFY(run(RunaiClient(&again).signIn(nu.username, u"N3w-passw0rd!"_s))->succeeded());

    auto reset = run(client.resetUserPassword(nu.id));
    QVERIFY2(reset->succeeded(), qPrintable(reset->error().logString()));
    QVERIFY(!reset->result().isEmpty());
    QVERIFY(reset->result() != nu.tempPassword);

    auto logout = run(client.logoutUser(nu.id));
    QVERIFY2(logout->succeeded(), qPrintable(logout->error().logString()));

    auto removed = run(client.deleteUser(nu.id));
    QVERIFY2(removed->succeeded(), qPrintable(removed->error().logString()));
    QCOMPARE(run(client.getUser(nu.id))->error().kind(), K::NotFound);
    QCOMPARE(run(client.listUsers())->result().size(), 2);
}

void TestApiCalls::userErrors()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient client(m_session.get());
    QVERIFY(run(client.createUser(u"dup@example.com"_s))->succeeded());
    auto dup = run(client.createUser(u"dup@example.com"_s));
    QCOMPARE(dup->error().kind(), K::Conflict);
    QCOMPARE(dup->error().httpStatus(), 409);

    auto invalid = run(client.createUser(u"not-an-email"_s));
    QCOMPARE(invalid->error().kind(), K::Validation);
    QVERIFY(!invalid->error().serverMessage().isEmpty());

    QCOMPARE(run(client.getUser(u"missing"_s))->error().kind(), K::NotFound);
    QCOMPARE(run(client.deleteUser(u"missing"_s))->error().kind(), K::NotFound);
    QCOMPARE(run(client.logoutUser(u"missing"_s))->error().kind(), K::NotFound);
    QCOMPARE(run(client.resetUserPassword(u"missing"_s))->error().kind(), K::NotFound);

    if (mode != u"2.18"_s) {
        UserQuery badLimit;
        badLimit.limit = 501;
        auto bad = run(client.listUsers(badLimit));
        QCOMPARE(bad->error().kind(), K::Validation);
        QCOMPARE(bad->requestCount(), 1);
    }
}

void TestApiCalls::rolesAndAccessRules()
{
    QFETCH(QString, mode);
    signInAdmin();
    RunaiClient client(m_session.get());

    auto roles = run(client.listRoles());
    QVERIFY2(roles->succeeded(), qPrintable(roles->error().logString()));
    QVERIFY(roles->result().size() >= 5);
    const int viewer = roleId(u"Viewer"_s);
    QVERIFY(viewer > 0);

    auto user = run(client.createUser(u"ruled@example.com"_s));
    QVERIFY(user->succeeded());

    AccessRuleRequest req{u"ruled@example.com"_s, u"user"_s, viewer, u"1001"_s, u"tenant"_s, {}};
    auto created = run(client.createAccessRule(req));
    QVERIFY2(created->succeeded(), qPrintable(created->error().logString()));
    const AccessRule rule = created->result();
    QVERIFY(rule.id > 0);
    QCOMPARE(rule.roleId, viewer);
    QCOMPARE(rule.roleName, u"Viewer"_s);
    QCOMPARE(rule.subjectId, req.subjectId);
    QCOMPARE(rule.createdBy, AdminEmail);

    AccessRuleQuery q;
    q.subjectType = u"user"_s;
    q.subjectIds = {u"ruled@example.com"_s};
    auto listed = run(client.listAccessRules(q));
    QVERIFY2(listed->succeeded(), qPrintable(listed->error().logString()));
    QCOMPARE(listed->result().accessRules.size(), 1);
    QCOMPARE(listed->result().accessRules.first().id, rule.id);
    QCOMPARE(listed->result().totalRecords, 1);

    auto all = run(client.listAccessRules());
    QVERIFY(all->succeeded());
    QVERIFY(all->result().accessRules.size() >= 2); // the installer admin's rule and ours

    // Errors the spec documents for create: a missing role (404), a bad scope type (400).
    AccessRuleRequest badRole = req;
    badRole.roleId = 999999;
    QCOMPARE(run(client.createAccessRule(badRole))->error().kind(), K::NotFound);
    AccessRuleRequest badScope = req;
    badScope.scopeType = u"galaxy"_s;
    QCOMPARE(run(client.createAccessRule(badScope))->error().kind(), K::Validation);
    AccessRuleRequest saType = req;
    saType.subjectType = u"service-account"_s;
    auto sa = run(client.createAccessRule(saType));
    // "service-account" subjects exist from 2.24 only; 3.0 refuses "app".
    QCOMPARE(sa->succeeded(), isFrom224(mode));
    AccessRuleRequest appType = req;
    appType.subjectType = u"app"_s;
    auto appRule = run(client.createAccessRule(appType));
    QCOMPARE(appRule->succeeded(), mode != u"3.0"_s);
    probe();
    QCOMPARE(m_session->applicationSubjectType(),
             isFrom224(mode) ? u"service-account"_s : u"app"_s);

    auto removed = run(client.deleteAccessRule(rule.id));
    QVERIFY2(removed->succeeded(), qPrintable(removed->error().logString()));
    QCOMPARE(run(client.deleteAccessRule(rule.id))->error().kind(), K::NotFound);
    auto after = run(client.listAccessRules(q));
    QVERIFY(after->succeeded());
    QCOMPARE(after->result().accessRules.size(), 0);
}

void TestApiCalls::unauthenticated()
{
    QFETCH(QString, mode);
    RunaiClient client(m_session.get());
    auto apps = run(client.listApplications());
    QCOMPARE(apps->error().kind(), K::Unauthorized);
    // Not signed in: nothing to renew, nothing replayed. Before 2.24 the service-accounts probe
    // 404s first and /api/v1/apps answers 401.
    const bool hasServiceAccounts = isFrom224(mode);
    QCOMPARE(apps->requestCount(), hasServiceAccounts ? 1 : 2);
    QCOMPARE(m_session->applicationsApi(), Session::ApplicationsApi::Unknown);
    auto users = run(client.listUsers());
    QCOMPARE(users->error().kind(), K::Unauthorized);
    QVERIFY(users->result().isEmpty());
    QVERIFY(!users->succeeded()); // a failed list is never an empty success
}

void TestApiCalls::capabilitiesProbe()
{
    QFETCH(QString, mode);
    using F = ConsoleCapabilities::Feature;
    using G = ConsoleCapabilities::Generation;
    signInAdmin();
    // A listed application shows whether applications carry client IDs (2.18 vs 2.20).
    auto created = run(RunaiClient(m_session.get()).createApplication(u"probe-bot"_s));
    QVERIFY(created->succeeded());
    QSignalSpy changed(m_session.get(), &Session::capabilitiesChanged);
    auto job = run(RunaiClient(m_session.get()).probeCapabilities());
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    // One GET per endpoint; the v2 token endpoint was learnt at sign-in and is not asked again.
    QCOMPARE(job->requestCount(), ConsoleCapabilities::FeatureCount - 2);
    QCOMPARE(changed.count(), 1);
    const ConsoleCapabilities c = m_session->capabilities();
    QCOMPARE(c.source(), ConsoleCapabilities::Source::Probed);

    const QHash<QString, G> expected{{u"2.18"_s, G::V218},
                                     {u"2.20"_s, G::V220},
                                     {u"2.24"_s, G::V224},
                                     {u"sa-only"_s, G::V224},
                                     {u"3.0"_s, G::V300}};
    QCOMPARE(c.generation(), expected.value(mode));
    QCOMPARE(c.has(F::V2Token), isFrom224(mode));
    QCOMPARE(c.has(F::ServiceAccounts), isFrom224(mode));
    QCOMPARE(c.has(F::Apps), mode != u"sa-only"_s && mode != u"3.0"_s);
    QCOMPARE(c.has(F::AppClientIds), mode != u"2.18"_s);
    QCOMPARE(c.has(F::UsersCount), mode != u"2.18"_s);
    QCOMPARE(c.has(F::V1Roles), mode != u"3.0"_s);
    QCOMPARE(c.has(F::V2Roles), mode == u"3.0"_s);
    for (int f = 0; f < ConsoleCapabilities::FeatureCount; ++f) {
        // Access keys and user names arrive with other helpers' sandbox work; all others known.
        if (F(f) != F::AccessKeys && F(f) != F::UserNames)
            QVERIFY2(c.knows(F(f)), qPrintable(c.toSettingsString()));
    }
    QVERIFY(c.summary().contains(ConsoleCapabilities::generationName(expected.value(mode))));
    QCOMPARE(m_session->applicationsApi(), isFrom224(mode)
                                                   ? Session::ApplicationsApi::ServiceAccounts
                                                   : Session::ApplicationsApi::Apps);

    // The per-profile cache round-trips.
    const auto cached = ConsoleCapabilities::fromSettingsString(c.toSettingsString());
    QCOMPARE(cached.toSettingsString(), c.toSettingsString());
    QCOMPARE(cached.generation(), c.generation());
    QCOMPARE(cached.source(), ConsoleCapabilities::Source::Cached);

    // An application without any rule gets 403s: still "present", the same generation.
    Session appSession(fastSettings(m_server->baseUrl()));
    appSession.setCapabilities(c);
    QVERIFY(run(RunaiClient(&appSession)
                        .signInApplication(created->result().application.clientId,
                                           created->result().secret,
                                           created->result().application.name))
                    ->succeeded());
    appSession.setCapabilities({});
    auto asApp = run(RunaiClient(&appSession).probeCapabilities());
    QVERIFY(asApp->succeeded());
    // Nothing known before: the token endpoint is probed too (a POST without credentials).
    QCOMPARE(asApp->requestCount(), ConsoleCapabilities::FeatureCount - 1);
    QCOMPARE(asApp->result().has(F::V2Token), isFrom224(mode));
    QCOMPARE(asApp->result().lacks(F::V2Token), !isFrom224(mode));
    // Except on 2.18: there /users/count is /users/{id} with id "count", which a caller without
    // rights cannot tell from a 403 of a real endpoint (the GUI probes as the administrator).
    if (mode != u"2.18"_s)
        QCOMPARE(asApp->result().generation(), expected.value(mode));
}

void TestApiCalls::pinnedCapabilitiesWin()
{
    // A profile pinned to 3.0 against a 2.24 console: the probe does not override the pin, and
    // calls follow the pin (v2 roles, which 2.24 lacks, so the list fails with 404).
    using F = ConsoleCapabilities::Feature;
    signInAdmin();
    auto pin = ConsoleCapabilities::forGeneration(ConsoleCapabilities::Generation::V300);
    pin.setSource(ConsoleCapabilities::Source::Pinned);
    m_session->setCapabilities(pin);
    probe();
    QCOMPARE(m_session->capabilities(), pin);
    m_session->learn(F::V1Roles, true);
    QCOMPARE(m_session->capabilities(), pin);
    QVERIFY(m_session->capabilities().summary().contains(u"3.0"_s));
    auto roles = run(RunaiClient(m_session.get()).listRoles());
    QCOMPARE(roles->error().kind(), K::NotFound);
    QCOMPARE(roles->error().requestPath(), u"/api/v2/authorization/roles"_s);
}

void TestApiCalls::staleCacheFallsBack()
{
    // The profile's cache says 2.24 (/api/v2/token), but the console at that address is 2.20:
    // a cached answer may be stale, so the 404 status still moves the sign-in to v1 (learnt).
    using F = ConsoleCapabilities::Feature;
    auto cached = ConsoleCapabilities::fromSettingsString(
            ConsoleCapabilities::forGeneration(ConsoleCapabilities::Generation::V224)
                    .toSettingsString());
    QCOMPARE(cached.source(), ConsoleCapabilities::Source::Cached);
    m_session->setCapabilities(cached);
    auto job = run(RunaiClient(m_session.get()).signIn(AdminEmail, AdminPassword));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    QCOMPARE(job->requestCount(), 2);
    QCOMPARE(job->result().endpoint, u"/api/v1/token"_s);
    QVERIFY(m_session->capabilities().lacks(F::V2Token));
    // The cache also said v1 roles and no v2 roles: right here, one request.
    auto roles = run(RunaiClient(m_session.get()).listRoles());
    QVERIFY(roles->succeeded());
    QCOMPARE(roles->requestCount(), 1);
}

void TestApiCalls::wrongSecretIsOneRequest()
{
    // A wrong secret is reported as a wrong secret on every generation, after exactly one
    // request: the grant comes from what the console offers, not from retrying after an error.
    QFETCH(QString, mode);
    signInAdmin();
    probe();
    auto created = run(RunaiClient(m_session.get()).createApplication(u"secret-bot"_s));
    QVERIFY(created->succeeded());
    const Application app = created->result().application;
    for (bool signIn : {false, true}) {
        Session appSession(fastSettings(m_server->baseUrl()));
        appSession.setCapabilities(m_session->capabilities());
        RunaiClient asApp(&appSession);
        auto wrong = run(
                signIn ? asApp.signInApplication(app.clientId, u"Wr0ng-secret"_s, app.name)
                       : asApp.clientCredentialsToken(app.clientId, u"Wr0ng-secret"_s, app.name));
        QCOMPARE(wrong->error().kind(), K::Unauthorized);
        QCOMPARE(wrong->requestCount(), 1);
        QCOMPARE(wrong->error().identity(), app.clientId);
        QVERIFY(!wrong->error().serverMessage().isEmpty()
                || !wrong->error().serverCode().isEmpty());
        QVERIFY(!appSession.isSignedIn());
    }
}

void TestApiCalls::rolesPagedOn30()
{
    QFETCH(QString, mode);
    Q_UNUSED(mode);
    signInAdmin();
    RunaiClient client(m_session.get());
    using F = ConsoleCapabilities::Feature;

    // Not probed yet: /api/v1/authorization/roles answers 404 on 3.0, so v2 is used (learnt).
    auto first = run(client.listRoles(4));
    QVERIFY2(first->succeeded(), qPrintable(first->error().logString()));
    const qsizetype total = first->result().size();
    QVERIFY(total > 8);
    QVERIFY(m_session->capabilities().lacks(F::V1Roles));
    const int pages = int((total + 3) / 4);
    QCOMPARE(first->requestCount(), 1 + pages);
    QSet<int> ids;
    for (const Role &r : first->result())
        ids.insert(r.id);
    QCOMPARE(ids.size(), total); // each role once: the offsets were followed, not repeated

    probe();
    QVERIFY(m_session->capabilities().has(F::V2Roles));
    auto paged = run(client.listRoles(4));
    QVERIFY(paged->succeeded());
    QCOMPARE(paged->requestCount(), pages);
    auto whole = run(client.listRoles());
    QVERIFY(whole->succeeded());
    QCOMPARE(whole->requestCount(), 1); // up to 500 per page
    QCOMPARE(whole->result(), paged->result());
    QVERIFY(roleId(u"System administrator"_s) > 0);
}

QTEST_GUILESS_MAIN(TestApiCalls)
#include "tst_apicalls.moc"
