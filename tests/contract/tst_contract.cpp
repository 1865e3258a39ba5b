// SPDX-License-Identifier: MIT
// The sandbox and the client held to runai-contract.json, in every sandbox mode (2.18, 2.20,
// 2.24, 2.24 with service accounts only, 3.0). The sandbox records every exchange through its
// exchange observer; the ContractChecker judges them against the generation of the mode.
//
// sandboxAnswers: every endpoint of the generation driven with plain QNetworkAccessManager calls
//   (happy paths and the main errors), plus the endpoints other generations have, which must
//   answer 404 here. Every answer is checked; so is every request the driver meant to be valid.
// clientRequests: the real RunaiClient signs in, manages applications / service accounts, gets
//   tokens, creates and lists users, reads roles and manages access rules; every request it sent
//   is checked against the generation it talks to, and every call must succeed.
//
// Each test prints one list of violations per mode. Against the code this test was written on
// (3de1cfc, before the issue 11 sandbox, client and access-key work was merged) it found:
//   sandboxAnswers 2.18: roles (list and by id) carried custom, effectiveEnabled and enabled,
//     which are 2.24 fields; access rules carried status (2.22+); GET /api/v1/users/count
//     answered 200 although 2.18 has no count endpoint.
//   sandboxAnswers 2.20: the same role fields and access-rule status.
//   sandboxAnswers 2.24 and 2.24-sa: no access keys (GET and POST /api/v1/access-keys answered
//     404, which only the calls naming a key id may answer).
//   sandboxAnswers 3.0 and clientRequests 3.0: the sandbox refused --api-version 3.0.
//   clientRequests 2.18: the user list loader sent offset and limit, which 2.18 does not know,
//     and its GET /api/v1/users/count was answered 200 (the sandbox's fault: 404 is right).
// clientRequests passed in 2.20, 2.24 and 2.24-sa.
// A trial merge with the sandbox, access-key and client branches of the same day passed
// sandboxAnswers in all five modes; clientRequests then failed only in 2.18 (offset/limit from
// the user list loader) once it probes capabilities after signing in and hands them to the
// application's session, as the GUI does (RunaiClient::probeCapabilities(), from the client
// branch).
#include "ApiTestSupport.h"
#include "ContractChecker.h"
#include "SandboxTestClient.h"
#include "api/AccessCheck.h"
#include "api/ConsoleCapabilities.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserListLoader.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::contract;
using sandbox::test::HttpResult;
using sandbox::test::TestClient;

namespace {

const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;

// The modes: a row name, the contract generation, and the sandbox options.
struct Mode
{
    QString generation;
    sandbox::SandboxOptions options;
};

Mode modeFor(const QString &row)
{
    Mode m;
    m.generation = row;
    if (row == u"2.24-sa"_s) {
        m.options.apiVersion = u"2.24"_s;
        m.options.serviceAccountsOnly = true;
    } else {
        m.options.apiVersion = row;
    }
    return m;
}

void addModeRows()
{
    QTest::addColumn<QString>("mode");
    for (const auto &m : {u"2.18"_s, u"2.20"_s, u"2.24"_s, u"2.24-sa"_s, u"3.0"_s})
        QTest::newRow(qPrintable(m)) << m;
}

// Everything the sandbox answered, in order. `deliberate` marks requests the test broke on
// purpose (a missing field, a refused value, a probe of an absent endpoint): their answers are
// judged, the requests themselves are not.
struct Recorder
{
    struct Entry
    {
        Exchange exchange;
        bool deliberate = false;
    };
    QList<Entry> entries;
    bool deliberate = false;

    void attach(sandbox::SandboxServer &server)
    {
        server.setExchangeObserver(
                [this](const sandbox::ApiRequest &request, const sandbox::ApiResponse &response) {
                    Exchange e;
                    e.method = request.method;
                    e.path = request.path;
                    e.query = request.query;
                    e.requestContentType = request.header("content-type");
                    e.requestBody = request.body;
                    e.status = response.status;
                    e.responseContentType = response.contentType;
                    e.responseBody = response.body;
                    entries.append({e, deliberate});
                });
    }
};

// One line per distinct violation: list indexes are folded, so a field wrong in every element
// of a list is reported once.
QStringList readable(const QList<Violation> &violations)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    QStringList lines;
    QSet<QString> seen;
    for (const auto &v : violations) {
        QString text = v.text;
        text.replace(index, u"[]"_s);
        const QString line = u"[%1] %2"_s.arg(ruleName(v.rule), text);
        if (!seen.contains(line)) {
            seen.insert(line);
            lines.append(line);
        }
    }
    return lines;
}

QString report(const QString &what, const QString &mode, const QStringList &lines)
{
    return u"%1 in mode %2: %3 violation(s)\n  - %4"_s.arg(what, mode)
            .arg(lines.size())
            .arg(lines.join(u"\n  - "_s));
}

// Drives every endpoint of one generation over plain HTTP. What is sent is chosen by asking the
// contract (does this generation have the endpoint, the field, the grant?), never the sandbox.
class RawDriver
{
public:
    RawDriver(const ContractChecker &checker, const QString &generation, const QUrl &base,
              Recorder &recorder)
        : m_checker(checker)
        , m_gen(generation)
        , m_http(base)
        , m_recorder(recorder)
    {
        m_http.setTimeout(5000);
    }

    void run()
    {
        tokens();
        const auto app = accounts(u"/api/v1/apps"_s, u"secret"_s);
        const auto serviceAccount = accounts(u"/api/v1/service-accounts"_s, u"clientSecret"_s);
        const auto account = serviceAccount.id.isEmpty() ? app : serviceAccount;
        accountTokens(account);
        const QString email = users();
        const int roleId = roles();
        accessRules(email, roleId, account);
        accessKeys();
        for (const auto &[path, it] : {std::pair{u"/api/v1/apps/"_s, app},
                                       std::pair{u"/api/v1/service-accounts/"_s, serviceAccount}}) {
            if (it.id.isEmpty())
                continue;
            m_http.del(path + it.id, m_admin);
            m_http.del(path + it.id, m_admin); // 404
        }
        if (!m_userId.isEmpty()) {
            m_http.del(u"/api/v1/users/"_s + m_userId, m_admin);
            m_http.del(u"/api/v1/users/"_s + m_userId, m_admin); // 404
        }
        unauthenticated();
        absentEndpoints();
    }

private:
    struct Account
    {
        QString id, name, clientId, secret;
    };

    bool has(const QString &key) const { return m_checker.endpoints(m_gen).contains(key); }
    QString field(const QString &shape, const QString &name) const
    {
        return m_checker.fieldType(m_gen, shape, name);
    }
    bool enumHas(const QString &shape, const QString &name, const QString &value) const
    {
        return field(shape, name).contains(value);
    }
    template<typename F>
    auto deliberately(F call)
    {
        m_recorder.deliberate = true;
        auto result = call();
        m_recorder.deliberate = false;
        return result;
    }
    HttpResult token(const QJsonObject &body) { return m_http.postJson(u"/api/v1/token"_s, body); }

    void tokens()
    {
        const HttpResult signIn = token({{u"grantType"_s, u"password"_s},
                                         {u"username"_s, AdminEmail},
                                         {u"password"_s, AdminPassword}});
        m_admin = signIn.object().value(u"accessToken"_s).toString().toLatin1();
        token({{u"grantType"_s, u"password"_s},
               {u"username"_s, AdminEmail},
               {u"password"_s, u"wrong-password"_s}});
        const QString refresh = signIn.object().value(u"refreshToken"_s).toString();
        if (!refresh.isEmpty())
            token({{u"grantType"_s, u"refresh_token"_s}, {u"refreshToken"_s, refresh}});
        deliberately([&] { return token({{u"username"_s, AdminEmail}}); });
        deliberately([&] { return token({{u"grantType"_s, u"magic"_s}}); });

        if (!has(u"POST /api/v2/token"_s))
            return;
        const HttpResult v2 = m_http.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, u"password"_s},
                                                                   {u"username"_s, AdminEmail},
                                                                   {u"password"_s, AdminPassword}});
        m_http.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, u"password"_s},
                                             {u"username"_s, AdminEmail},
                                             {u"password"_s, u"wrong-password"_s}});
        // The refresh grant: accepted on 2.24, a known refusal on 3.0 (the checker knows which).
        const QString v2Refresh = v2.object().value(u"refresh_token"_s).toString();
        m_http.postForm(u"/api/v2/token"_s,
                        {{u"grant_type"_s, u"refresh_token"_s},
                         {u"refresh_token"_s, v2Refresh.isEmpty() ? refresh : v2Refresh}});
        deliberately([&] {
            return m_http.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, u"magic"_s}});
        });
        deliberately([&] {
            return m_http.postForm(u"/api/v2/token"_s, {{u"username"_s, u"x"_s}});
        });
    }

    // Applications or service accounts: the same operations under two paths.
    Account accounts(const QString &base, const QString &secretField)
    {
        Account a;
        if (!has(u"GET "_s + base))
            return a;
        m_http.get(base, m_admin);
        const QString name = base.endsWith(u"apps"_s) ? u"contract-app"_s : u"contract-sa"_s;
        const HttpResult created = m_http.postJson(base, {{u"name"_s, name}}, m_admin);
        m_http.postJson(base, {{u"name"_s, name}}, m_admin); // 409
        m_http.postJson(base, {{u"name"_s, u"Bad Name"_s}}, m_admin); // 400
        deliberately([&] { return m_http.postJson(base, {}, m_admin); });
        a.id = created.object().value(u"id"_s).toString();
        a.name = name;
        a.clientId = created.object().value(u"clientId"_s).toString(name);
        a.secret = created.object().value(secretField).toString();
        const QString item = base + u'/' + a.id;
        const QString missing = base + u"/no-such-id"_s;
        m_http.get(item, m_admin);
        m_http.get(missing, m_admin);
        m_http.patchJson(item, {{u"enabled"_s, false}}, m_admin);
        m_http.patchJson(item, {{u"enabled"_s, true}}, m_admin);
        m_http.patchJson(missing, {{u"enabled"_s, true}}, m_admin);
        deliberately([&] { return m_http.patchJson(item, {}, m_admin); });
        const HttpResult regenerated = m_http.postEmpty(item + u"/secret"_s, m_admin);
        a.secret = regenerated.object().value(secretField).toString(a.secret);
        m_http.postEmpty(missing + u"/secret"_s, m_admin);
        return a;
    }

    // Tokens for an application or service account: whichever grants the client could try.
    // Grants the generation lacks are sent too; the contract lists them as refusals (400).
    void accountTokens(const Account &a)
    {
        if (a.id.isEmpty())
            return;
        const QString cc = u"client_credentials"_s;
        if (enumHas(u"token-request"_s, u"grantType"_s, cc) || m_gen == u"2.18"_s)
            token({{u"grantType"_s, cc},
                   {u"clientID"_s, a.clientId},
                   {u"clientSecret"_s, a.secret}});
        if (enumHas(u"token-request"_s, u"grantType"_s, cc))
            token({{u"grantType"_s, cc},
                   {u"clientID"_s, a.clientId},
                   {u"clientSecret"_s, u"not-the-secret"_s}});
        token({{u"grantType"_s, u"app_token"_s}, {u"appID"_s, a.name}, {u"appSecret"_s, a.secret}});
        if (has(u"POST /api/v2/token"_s)) {
            m_http.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, cc},
                                                 {u"client_id"_s, a.clientId},
                                                 {u"client_secret"_s, a.secret}});
            m_http.postForm(u"/api/v2/token"_s, {{u"grant_type"_s, cc},
                                                 {u"client_id"_s, a.clientId},
                                                 {u"client_secret"_s, u"not-the-secret"_s}});
        }
    }

    QString users()
    {
        const QString email = u"contract.user@example.com"_s;
        m_http.get(u"/api/v1/users"_s, m_admin);
        const QString list = u"GET /api/v1/users"_s;
        // Each query parameter the generation knows, once.
        if (m_checker.checkRequest(m_gen, probeQuery(list, u"filter=runai.is_local:true"_s))
                    .isEmpty())
            m_http.get(u"/api/v1/users?filter=runai.is_local:true"_s, m_admin);
        if (m_checker.checkRequest(m_gen, probeQuery(list, u"limit=10"_s)).isEmpty()) {
            m_http.get(u"/api/v1/users?offset=0&limit=10&sortBy=username&sortOrder=asc"_s, m_admin);
            m_http.get(u"/api/v1/users?filterBy=username%3D%40contract&search=contract"_s, m_admin);
            m_http.get(u"/api/v1/users?limit=501"_s, m_admin); // 400
        }
        if (m_checker.checkRequest(m_gen, probeQuery(list, u"sortBy=fullName"_s)).isEmpty())
            m_http.get(u"/api/v1/users?sortBy=fullName&sortOrder=desc"_s, m_admin);
        QJsonObject create{{u"email"_s, email}, {u"resetPassword"_s, false}};
        if (!field(u"user-create"_s, u"notify"_s).isEmpty())
            create.insert(u"notify"_s, false);
        if (!field(u"user-create"_s, u"firstName"_s).isEmpty()) {
            create.insert(u"firstName"_s, u"Con"_s);
            create.insert(u"lastName"_s, u"Tract"_s);
        }
        const HttpResult created = m_http.postJson(u"/api/v1/users"_s, create, m_admin);
        m_http.postJson(u"/api/v1/users"_s, create, m_admin); // 409
        m_http.postJson(u"/api/v1/users"_s, {{u"email"_s, u"not-an-email"_s}}, m_admin); // 400
        deliberately([&] { return m_http.postJson(u"/api/v1/users"_s, {}, m_admin); });
        m_userId = created.object().value(u"id"_s).toString();
        const QString temp = created.object().value(u"tempPassword"_s).toString();
        m_http.get(u"/api/v1/users/"_s + m_userId, m_admin);
        m_http.get(u"/api/v1/users/no-such-user"_s, m_admin);
        if (has(u"GET /api/v1/users/count"_s)) {
            m_http.get(u"/api/v1/users/count"_s, m_admin);
            m_http.get(u"/api/v1/users/count?filterBy=username%3D%40contract&search=contract"_s,
                       m_admin);
        }
        if (has(u"GET /api/v1/users-minimal"_s))
            m_http.get(u"/api/v1/users-minimal?search=contract"_s, m_admin);

        // The new user replaces the temporary password.
        const QByteArray user = m_http.passwordToken(email, temp);
        m_http.postJson(
                u"/api/v1/me/password"_s,
                {{u"currentPassword"_s, u"not-it-123"_s}, {u"newPassword"_s, u"N3w-pass!"_s}},
                user); // 400
        m_http.postJson(u"/api/v1/me/password"_s,
                        {{u"currentPassword"_s, temp}, {u"newPassword"_s, u"N3w-passw0rd!"_s}},
                        user);
        deliberately([&] { return m_http.postJson(u"/api/v1/me/password"_s, {}, user); });

        m_http.postEmpty(u"/api/v1/users/"_s + m_userId + u"/password"_s, m_admin);
        m_http.postEmpty(u"/api/v1/users/no-such-user/password"_s, m_admin);
        m_http.postEmpty(u"/api/v1/users/"_s + m_userId + u"/logout"_s, m_admin);
        m_http.postEmpty(u"/api/v1/users/no-such-user/logout"_s, m_admin);
        return email;
    }

    int roles()
    {
        int viewer = -1;
        const auto pick = [&viewer](const QJsonArray &roles) {
            for (const auto &r : roles) {
                if (r.toObject().value(u"name"_s).toString() == u"Viewer"_s)
                    viewer = r.toObject().value(u"id"_s).toInt(-1);
            }
        };
        for (const QString &base :
             {u"/api/v1/authorization/roles"_s, u"/api/v2/authorization/roles"_s}) {
            if (!has(u"GET "_s + base))
                continue;
            const HttpResult list = m_http.get(base, m_admin);
            pick(list.isJson() && list.body.startsWith('[')
                         ? list.array()
                         : list.object().value(u"roles"_s).toArray());
            if (base.contains(u"v2"_s)) {
                m_http.get(base + u"?limit=2&offset=1&sortBy=name&sortOrder=asc"_s, m_admin);
                m_http.get(base + u"?search=viewer"_s, m_admin);
                m_http.get(base + u"?limit=501"_s, m_admin); // 400
            }
            m_http.get(base + u'/' + QString::number(viewer), m_admin);
            m_http.get(base + u"/999999"_s, m_admin);
        }
        return viewer;
    }

    void accessRules(const QString &email, int roleId, const Account &account)
    {
        const QString base = u"/api/v1/authorization/access-rules"_s;
        const QJsonObject rule{{u"subjectId"_s, email},
                               {u"subjectType"_s, u"user"_s},
                               {u"roleId"_s, roleId},
                               {u"scopeId"_s, u"1001"_s},
                               {u"scopeType"_s, u"tenant"_s}};
        const HttpResult created = m_http.postJson(base, rule, m_admin);
        const int id = created.object().value(u"id"_s).toInt(-1);
        if (!account.id.isEmpty()) {
            QJsonObject forAccount = rule;
            forAccount.insert(u"subjectId"_s, account.clientId);
            forAccount.insert(u"subjectType"_s, enumHas(u"access-rule-create"_s, u"subjectType"_s,
                                                        u"service-account"_s)
                                                        ? u"service-account"_s
                                                        : u"app"_s);
            m_http.postJson(base, forAccount, m_admin);
        }
        QJsonObject noRole = rule;
        noRole.insert(u"roleId"_s, 999999);
        m_http.postJson(base, noRole, m_admin); // 404
        QJsonObject badScope = rule;
        badScope.insert(u"scopeType"_s, u"galaxy"_s);
        deliberately([&] { return m_http.postJson(base, badScope, m_admin); });
        deliberately([&] { return m_http.postJson(base, {}, m_admin); });
        m_http.get(base, m_admin);
        m_http.get(base + u"?subjectType=user&subjectIds="_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(email))
                           + u"&limit=10&offset=0&sortBy=createdAt&sortOrder=desc"_s,
                   m_admin);
        m_http.get(base + u"/count"_s, m_admin);
        m_http.get(base + u'/' + QString::number(id), m_admin);
        m_http.get(base + u"/999999"_s, m_admin);
        m_http.del(base + u'/' + QString::number(id), m_admin);
        m_http.del(base + u'/' + QString::number(id), m_admin); // 404
    }

    void accessKeys()
    {
        const QString base = u"/api/v1/access-keys"_s;
        if (!has(u"GET "_s + base))
            return;
        m_http.get(base, m_admin);
        const HttpResult created = m_http.postJson(base, {{u"name"_s, u"contract-key"_s}}, m_admin);
        m_http.postJson(base, {{u"name"_s, u"contract-key"_s}}, m_admin); // 409
        deliberately([&] { return m_http.postJson(base, {}, m_admin); });
        // Without a key (the create failed) the calls still go out, to a made-up id.
        const QString id = created.object().value(u"id"_s).toString(u"contract-key-id"_s);
        m_http.get(base + u'/' + id, m_admin);
        m_http.get(base + u"/no-such-key"_s, m_admin);
        const HttpResult secret = m_http.postEmpty(base + u'/' + id + u"/secret"_s, m_admin);
        m_http.postEmpty(base + u"/no-such-key/secret"_s, m_admin);
        // A key's token carries its owner's rights.
        if (has(u"POST /api/v2/token"_s))
            m_http.postForm(
                    u"/api/v2/token"_s,
                    {{u"grant_type"_s, u"client_credentials"_s},
                     {u"client_id"_s, created.object().value(u"clientId"_s).toString()},
                     {u"client_secret"_s, secret.object().value(u"clientSecret"_s).toString()}});

        const QString admin = u"/api/v1/administration/access-keys"_s;
        m_http.get(admin, m_admin);
        m_http.get(admin + u"?createdBy="_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(AdminEmail)),
                   m_admin);
        const HttpResult second = m_http.postJson(base, {{u"name"_s, u"contract-key-2"_s}},
                                                  m_admin);
        m_http.del(admin + u'/' + second.object().value(u"id"_s).toString(u"contract-key-id"_s),
                   m_admin);
        m_http.del(admin + u"/no-such-key"_s, m_admin);
        m_http.del(base + u'/' + id, m_admin);
        m_http.del(base + u'/' + id, m_admin); // 404
    }

    void unauthenticated()
    {
        m_http.get(u"/api/v1/users"_s, {});
        m_http.get(u"/api/v1/users"_s, "not-a-token");
    }

    // What other generations have and this one lacks must answer 404 here.
    void absentEndpoints()
    {
        const QStringList mine = m_checker.endpoints(m_gen);
        for (const auto &key : m_checker.allEndpoints()) {
            if (mine.contains(key))
                continue;
            const QByteArray method = key.section(u' ', 0, 0).toLatin1();
            QString path = key.section(u' ', 1);
            path.replace(QRegularExpression(u"\\{[^}]+\\}"_s), u"contract-probe-1"_s);
            const bool form = path == u"/api/v2/token"_s;
            const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray()
                                    : form ? QByteArray("grant_type=password")
                                           : QByteArray("{}");
            const QByteArray type = body.isEmpty() ? QByteArray()
                                    : form         ? QByteArray("application/x-www-form-urlencoded")
                                                   : QByteArray("application/json");
            deliberately([&] { return m_http.send(method, path, body, type, m_admin); });
        }
    }

    static Exchange probeQuery(const QString &key, const QString &query)
    {
        Exchange e;
        e.method = key.section(u' ', 0, 0).toLatin1();
        e.path = key.section(u' ', 1);
        e.query = QUrlQuery(query);
        e.status = 200;
        return e;
    }

    const ContractChecker &m_checker;
    QString m_gen;
    TestClient m_http;
    Recorder &m_recorder;
    QByteArray m_admin;
    QString m_userId;
};

} // namespace

class TestContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sandboxAnswers_data() { addModeRows(); }
    void sandboxAnswers();
    void clientRequests_data() { addModeRows(); }
    void clientRequests();

private:
    ContractChecker m_checker;
};

void TestContract::initTestCase()
{
    QString error;
    QVERIFY2(
            m_checker.load(QStringLiteral(RUNAI_TEST_DATA_DIR) + u"/runai-contract.json"_s, &error),
            qPrintable(error));
}

void TestContract::sandboxAnswers()
{
    QFETCH(QString, mode);
    const Mode m = modeFor(mode);
    sandbox::SandboxServer server(m.options);
    QVERIFY2(server.start(),
             qPrintable(u"the sandbox has no %1 mode: %2"_s.arg(mode, server.errorString())));
    Recorder recorder;
    recorder.attach(server);
    RawDriver(m_checker, m.generation, server.baseUrl(), recorder).run();

    QList<Violation> violations;
    QSet<QString> driven;
    for (const auto &entry : std::as_const(recorder.entries)) {
        violations += m_checker.checkResponse(m.generation, entry.exchange);
        if (!entry.deliberate)
            violations += m_checker.checkRequest(m.generation, entry.exchange);
        if (const auto key = m_checker.endpointFor(m.generation, entry.exchange.method,
                                                   entry.exchange.path))
            driven.insert(*key);
    }
    QStringList lines = readable(violations);
    // The driver itself must reach every endpoint of the generation, or the check is hollow.
    for (const auto &key : m_checker.endpoints(m.generation)) {
        if (!driven.contains(key))
            lines.append(u"[not driven] %1: the test never called it"_s.arg(key));
    }
    if (!lines.isEmpty())
        QFAIL(qPrintable(report(u"sandbox answers"_s, mode, lines)));
}

void TestContract::clientRequests()
{
    QFETCH(QString, mode);
    const Mode m = modeFor(mode);
    sandbox::SandboxServer server(m.options);
    QVERIFY2(server.start(),
             qPrintable(u"the sandbox has no %1 mode: %2"_s.arg(mode, server.errorString())));
    Recorder recorder;
    recorder.attach(server);

    // What the console program does, through the same calls its pages make.
    QStringList failures;
    const auto ok = [&failures](const auto &job) {
        if (!job->succeeded())
            failures.append(u"[client call failed] %1: %2"_s.arg(job->operation(),
                                                                 job->error().logString()));
        return job->succeeded();
    };
    using runai::test::fastSettings;
    using runai::test::run;
    Session admin(fastSettings(server.baseUrl()));
    RunaiClient client(&admin);
    const auto signIn = run(client.signIn(AdminEmail, AdminPassword));
    ok(signIn);
    ok(run(client.probeCapabilities())); // as the window does after signing in
    run(client.listApplications());
    Application app;
    QString appSecret;
    if (const auto created = run(client.createApplication(u"contract-client"_s)); ok(created)) {
        app = created->result().application;
        appSecret = created->result().secret;
    }
    if (!app.id.isEmpty()) {
        ok(run(client.getApplication(app.id)));
        ok(run(client.setApplicationEnabled(app.id, false)));
        ok(run(client.setApplicationEnabled(app.id, true)));
        if (const auto secret = run(client.regenerateApplicationSecret(app.id)); ok(secret))
            appSecret = secret->result();

        // Token grants with the application's credentials, as sign-in and "test credentials" do.
        Session appSession(fastSettings(server.baseUrl()));
        appSession.setCapabilities(admin.capabilities()); // the profile's cache, in the window
        ok(run(RunaiClient(&appSession).signInApplication(app.clientId, appSecret, app.name)));
        ok(run(client.clientCredentialsToken(app.clientId, appSecret, app.name)));
        run(client.oauth2ClientCredentialsToken(app.clientId, appSecret)); // 404 before 2.24

        // issue 15: Verify access, as its dialog runs it: every call it sends exists here.
        AccessCheck check(&admin);
        QSignalSpy checked(&check, &AccessCheck::finished);
        check.start({AccessCheck::SubjectKind::Application, app.name, app.clientId, {}}, appSecret);
        if (checked.isEmpty())
            checked.wait(10000);
        if (check.tokenError().isError() || check.count(AccessCheck::Outcome::Failed) > 0
            || !check.isFinished())
            failures.append(u"[client call failed] verify access: %1"_s.arg(check.summary()));
    }
    if (!signIn->result().refreshToken.isEmpty())
        run(client.refreshToken(signIn->result().refreshToken));
    // Renewal, as the session does before the token runs out.
    {
        QSignalSpy renewed(&admin, &Session::tokenRenewed);
        QSignalSpy failed(&admin, &Session::renewalFailed);
        admin.setCredentialsProvider([](const QString &, Session::SecretCallback reply) {
            reply(SecretBytes::fromString(AdminPassword));
        });
        admin.renewNow();
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() + failed.count() > 0, 10000);
        if (!failed.isEmpty())
            failures.append(u"[client call failed] renewal: %1"_s.arg(
                    failed.first().first().value<ApiError>().logString()));
    }

    if (admin.capabilities().has(ConsoleCapabilities::Feature::AccessKeys)) {
        ok(run(client.listAccessKeys()));
        if (const auto key = run(client.createAccessKey(u"contract-key"_s)); ok(key)) {
            const AccessKey created = key->result().key;
            ok(run(client.getAccessKey(created.id)));
            QString secret = key->result().secret;
            if (const auto r = run(client.regenerateAccessKeySecret(created.id)); ok(r))
                secret = r->result();
            Session keySession(fastSettings(server.baseUrl()));
            keySession.setCapabilities(admin.capabilities());
            ok(run(RunaiClient(&keySession).signInApplication(created.clientId, secret)));
            ok(run(client.listAllAccessKeys({{}, AdminEmail})));
            ok(run(client.deleteAccessKey(created.id)));
        }
        if (const auto other = run(client.createAccessKey(u"contract-key-2"_s)); ok(other))
            ok(run(client.deleteAnyAccessKey(other->result().key.id)));
    }

    QString userId;
    if (const auto created = run(client.createUser(u"contract.client@example.com"_s, false));
        ok(created))
        userId = created->result().id;
    if (admin.capabilities().has(ConsoleCapabilities::Feature::UserNames)) {
        NewUserRequest named{u"contract.named@example.com"_s, u"Ada"_s, u"Lovelace"_s, false, {}};
        ok(run(client.createUser(named)));
    }
    {
        UserListLoader loader(&admin);
        QSignalSpy finished(&loader, &UserListLoader::finished);
        loader.start();
        QVERIFY(finished.wait(10000));
        const auto error = finished.first().first().value<ApiError>();
        if (error.kind() != ApiError::Kind::None)
            failures.append(u"[client call failed] user list: %1"_s.arg(error.logString()));
    }
    run(client.countUsers()); // 404 on 2.18, where the loader then goes without a total
    if (!userId.isEmpty()) {
        ok(run(client.getUser(userId)));
        ok(run(client.resetUserPassword(userId)));
        ok(run(client.logoutUser(userId)));
    }

    int viewer = -1;
    if (const auto roles = run(client.listRoles()); ok(roles)) {
        for (const auto &r : roles->result()) {
            if (r.name == u"Viewer"_s)
                viewer = r.id;
        }
    }
    AccessRuleRequest rule{
            u"contract.client@example.com"_s, u"user"_s, viewer, u"1001"_s, u"tenant"_s, {}};
    QList<int> ruleIds;
    if (const auto created = run(client.createAccessRule(rule)); ok(created))
        ruleIds.append(created->result().id);
    if (!app.id.isEmpty()) {
        AccessRuleRequest forApp{
                app.clientId, admin.applicationSubjectType(), viewer, u"1001"_s, u"tenant"_s, {}};
        if (const auto created = run(client.createAccessRule(forApp)); ok(created))
            ruleIds.append(created->result().id);
    }
    AccessRuleQuery query;
    query.subjectType = u"user"_s;
    query.subjectIds = {rule.subjectId};
    ok(run(client.listAccessRules(query)));
    ok(run(client.listAccessRules()));
    for (const int id : ruleIds)
        ok(run(client.deleteAccessRule(id)));
    if (!app.id.isEmpty())
        ok(run(client.deleteApplication(app.id)));
    if (!userId.isEmpty())
        ok(run(client.deleteUser(userId)));

    QList<Violation> violations;
    for (const auto &entry : std::as_const(recorder.entries))
        violations += m_checker.checkRequest(m.generation, entry.exchange);
    const QStringList lines = readable(violations) + failures;
    if (!lines.isEmpty())
        QFAIL(qPrintable(report(u"client requests"_s, mode, lines)));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
