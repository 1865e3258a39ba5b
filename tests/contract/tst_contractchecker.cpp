// SPDX-License-Identifier: MIT
// The contract checker on hand-made exchanges: it must flag what a generation lacks (a 2.20 role
// carrying `custom`, a 2.18 token request carrying client-credential fields) and pass what the
// generation has. This is what shows that tst_contract fails for the right reasons.
#include "ContractChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai::contract;
using Rule = Violation::Rule;

namespace {

Exchange jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body,
                     int status)
{
    Exchange e;
    e.method = method;
    e.path = path;
    e.requestContentType = "application/json";
    e.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.status = status;
    return e;
}

Exchange jsonAnswer(const QByteArray &method, const QString &path, int status,
                    const QJsonDocument &body)
{
    Exchange e;
    e.method = method;
    e.path = path;
    e.status = status;
    e.responseContentType = "application/json";
    e.responseBody = body.toJson(QJsonDocument::Compact);
    return e;
}

QJsonObject role220()
{
    return {{u"id"_s, 3},
            {u"name"_s, u"Viewer"_s},
            {u"description"_s, u"Reads everything"_s},
            {u"permissions"_s, QJsonArray{QJsonObject{{u"resourceType"_s, u"users"_s},
                                                      {u"displayName"_s, u"Users"_s},
                                                      {u"groupId"_s, u"iam"_s},
                                                      {u"actions"_s, QJsonArray{u"read"_s}}}}},
            {u"createdBy"_s, u"system"_s},
            {u"createdAt"_s, u"2024-01-01T00:00:00Z"_s},
            {u"updatedAt"_s, u"2024-01-01T00:00:00Z"_s}};
}

bool has(const QList<Violation> &list, Rule rule, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Violation &v) { return v.rule == rule && v.text.contains(text); });
}

QString dump(const QList<Violation> &list)
{
    QStringList lines;
    for (const auto &v : list)
        lines << u"[%1] %2"_s.arg(ruleName(v.rule), v.text);
    return lines.join(u"\n"_s);
}

} // namespace

class TestContractChecker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generationsAreAllThere();
    void roleWithCustomIsWrongOn220();
    void clientCredentialFieldsAreWrongOn218();
    void refusalMustBeHonoured();
    void probesOfAbsentEndpoints();
    void errorBodies();
    void statusesAndBodies();
    void queriesAndForms();
    void brokenContractIsRefused();

private:
    ContractChecker m_checker;
};

void TestContractChecker::initTestCase()
{
    QString error;
    QVERIFY2(
            m_checker.load(QStringLiteral(RUNAI_TEST_DATA_DIR) + u"/runai-contract.json"_s, &error),
            qPrintable(error));
}

void TestContractChecker::generationsAreAllThere()
{
    for (const auto &g : {u"2.18"_s, u"2.20"_s, u"2.24"_s, u"2.24-sa"_s, u"3.0"_s})
        QVERIFY2(m_checker.generations().contains(g), qPrintable(g));
    QVERIFY(m_checker.endpoints(u"2.24"_s).contains(u"GET /api/v1/apps"_s));
    QVERIFY(!m_checker.endpoints(u"2.24-sa"_s).contains(u"GET /api/v1/apps"_s));
    QVERIFY(!m_checker.endpoints(u"3.0"_s).contains(u"GET /api/v1/authorization/roles"_s));
    QVERIFY(m_checker.endpoints(u"3.0"_s).contains(u"GET /api/v2/authorization/roles"_s));
    QCOMPARE(m_checker.endpointFor(u"2.20"_s, "GET", u"/api/v1/users/count"_s),
             std::optional<QString>(u"GET /api/v1/users/count"_s));
    QCOMPARE(m_checker.endpointFor(u"2.20"_s, "GET", u"/api/v1/users/abc"_s),
             std::optional<QString>(u"GET /api/v1/users/{userId}"_s));
}

void TestContractChecker::roleWithCustomIsWrongOn220()
{
    QJsonObject role = role220();
    const auto clean = m_checker.checkResponse(u"2.20"_s,
                                               jsonAnswer("GET", u"/api/v1/authorization/roles"_s,
                                                          200, QJsonDocument(QJsonArray{role})));
    QVERIFY2(clean.isEmpty(), qPrintable(dump(clean)));

    role.insert(u"custom"_s, false);
    role.insert(u"effectiveEnabled"_s, true);
    const auto wrong = m_checker.checkResponse(u"2.20"_s,
                                               jsonAnswer("GET", u"/api/v1/authorization/roles"_s,
                                                          200, QJsonDocument(QJsonArray{role})));
    QVERIFY2(has(wrong, Rule::UnknownField, u"body[0].custom"_s), qPrintable(dump(wrong)));
    QVERIFY2(has(wrong, Rule::UnknownField, u"body[0].effectiveEnabled"_s),
             qPrintable(dump(wrong)));

    // The same role is right on 2.24, where both fields are required.
    const auto on224 = m_checker.checkResponse(
            u"2.24"_s,
            jsonAnswer("GET", u"/api/v1/authorization/roles/3"_s, 200, QJsonDocument(role)));
    QVERIFY2(on224.isEmpty(), qPrintable(dump(on224)));
    const auto missing = m_checker.checkResponse(
            u"2.24"_s,
            jsonAnswer("GET", u"/api/v1/authorization/roles/3"_s, 200, QJsonDocument(role220())));
    QVERIFY2(has(missing, Rule::MissingField, u"body.custom"_s), qPrintable(dump(missing)));
}

void TestContractChecker::clientCredentialFieldsAreWrongOn218()
{
    const QJsonObject password{
            {u"grantType"_s, u"password"_s}, {u"username"_s, u"a@b.c"_s}, {u"password"_s, u"x"_s}};
    const auto fine = m_checker.checkRequest(
            u"2.18"_s, jsonRequest("POST", u"/api/v1/token"_s, password, 200));
    QVERIFY2(fine.isEmpty(), qPrintable(dump(fine)));

    // A refresh grant with the app's client ID is fine on 2.18 (clientID is in its token request)
    // but clientSecret is not.
    const QJsonObject withSecret{{u"grantType"_s, u"refresh_token"_s},
                                 {u"refreshToken"_s, u"r"_s},
                                 {u"clientID"_s, u"ci-bot"_s},
                                 {u"clientSecret"_s, u"s"_s}};
    const auto wrong = m_checker.checkRequest(
            u"2.18"_s, jsonRequest("POST", u"/api/v1/token"_s, withSecret, 200));
    QVERIFY2(has(wrong, Rule::UnknownField, u"clientSecret"_s), qPrintable(dump(wrong)));
    QVERIFY2(!has(wrong, Rule::UnknownField, u".clientID"_s), qPrintable(dump(wrong)));

    // A misspelt key is an unknown field too: the contract spells clientID.
    const QJsonObject misspelt{{u"grantType"_s, u"client_credentials"_s},
                               {u"clientId"_s, u"ci-bot"_s},
                               {u"clientSecret"_s, u"s"_s}};
    const auto spelling = m_checker.checkRequest(
            u"2.20"_s, jsonRequest("POST", u"/api/v1/token"_s, misspelt, 200));
    QVERIFY2(has(spelling, Rule::UnknownField, u".clientId"_s), qPrintable(dump(spelling)));

    // Fields the generation lacks in other requests: notify (2.23+) and names (3.0).
    const QJsonObject user{{u"email"_s, u"a@b.c"_s}, {u"notify"_s, true}, {u"firstName"_s, u"A"_s}};
    const auto on218 = m_checker.checkRequest(u"2.18"_s,
                                              jsonRequest("POST", u"/api/v1/users"_s, user, 201));
    QVERIFY2(has(on218, Rule::UnknownField, u".notify"_s), qPrintable(dump(on218)));
    QVERIFY2(has(on218, Rule::UnknownField, u".firstName"_s), qPrintable(dump(on218)));
    const auto on30 = m_checker.checkRequest(u"3.0"_s,
                                             jsonRequest("POST", u"/api/v1/users"_s, user, 201));
    QVERIFY2(on30.isEmpty(), qPrintable(dump(on30)));

    const auto noEmail = m_checker.checkRequest(
            u"2.24"_s, jsonRequest("POST", u"/api/v1/users"_s, {{u"notify"_s, true}}, 400));
    QVERIFY2(has(noEmail, Rule::MissingField, u".email"_s), qPrintable(dump(noEmail)));
}

void TestContractChecker::refusalMustBeHonoured()
{
    // 2.18 knows no client_credentials: a client may try it and must get a 400.
    const QJsonObject cc{{u"grantType"_s, u"client_credentials"_s},
                         {u"clientID"_s, u"ci-bot"_s},
                         {u"clientSecret"_s, u"s"_s}};
    const auto refused = m_checker.checkRequest(u"2.18"_s,
                                                jsonRequest("POST", u"/api/v1/token"_s, cc, 400));
    QVERIFY2(refused.isEmpty(), qPrintable(dump(refused)));
    const auto accepted = m_checker.checkRequest(u"2.18"_s,
                                                 jsonRequest("POST", u"/api/v1/token"_s, cc, 200));
    QVERIFY2(has(accepted, Rule::RefusalNotHonoured, u"400"_s), qPrintable(dump(accepted)));
    QVERIFY2(m_checker.checkRequest(u"2.20"_s, jsonRequest("POST", u"/api/v1/token"_s, cc, 200))
                     .isEmpty(),
             "client_credentials is a 2.20 grant");

    // 3.0 dropped app_token; the client may try it (it cannot know the version before signing
    // in) but the answer must be 400.
    const QJsonObject app{
            {u"grantType"_s, u"app_token"_s}, {u"appID"_s, u"ci-bot"_s}, {u"appSecret"_s, u"s"_s}};
    QVERIFY(m_checker.checkRequest(u"3.0"_s, jsonRequest("POST", u"/api/v1/token"_s, app, 400))
                    .isEmpty());
    QVERIFY(has(m_checker.checkRequest(u"3.0"_s, jsonRequest("POST", u"/api/v1/token"_s, app, 200)),
                Rule::RefusalNotHonoured, u"app_token"_s)
            || has(m_checker.checkRequest(u"3.0"_s,
                                          jsonRequest("POST", u"/api/v1/token"_s, app, 200)),
                   Rule::RefusalNotHonoured, u"400"_s));
    // A grant that no generation knows is always wrong.
    const auto bogus = m_checker.checkRequest(
            u"2.24"_s,
            jsonRequest("POST", u"/api/v1/token"_s, {{u"grantType"_s, u"magic"_s}}, 400));
    QVERIFY2(has(bogus, Rule::WrongType, u"grantType"_s), qPrintable(dump(bogus)));
}

void TestContractChecker::probesOfAbsentEndpoints()
{
    Exchange probe;
    probe.method = "GET";
    probe.path = u"/api/v1/service-accounts"_s;
    probe.status = 404;
    QVERIFY(m_checker.checkRequest(u"2.20"_s, probe).isEmpty()); // asking is allowed
    probe.status = 200;
    const auto answered = m_checker.checkRequest(u"2.20"_s, probe);
    QVERIFY2(has(answered, Rule::UnknownEndpoint, u"service-accounts"_s),
             qPrintable(dump(answered)));

    Exchange apps = jsonAnswer("GET", u"/api/v1/apps"_s, 200, QJsonDocument(QJsonArray{}));
    QVERIFY(m_checker.checkResponse(u"2.24"_s, apps).isEmpty());
    const auto saOnly = m_checker.checkResponse(u"2.24-sa"_s, apps);
    QVERIFY2(has(saOnly, Rule::AnsweredAbsentEndpoint, u"/api/v1/apps"_s),
             qPrintable(dump(saOnly)));
    const auto notFound = jsonAnswer(
            "GET", u"/api/v1/apps"_s, 404,
            QJsonDocument(QJsonObject{{u"code"_s, 404}, {u"message"_s, u"No such path"_s}}));
    QVERIFY(m_checker.checkResponse(u"3.0"_s, notFound).isEmpty());

    // 2.18 has no /users/count; the path is not "the user with id count" there.
    QCOMPARE(m_checker.endpointFor(u"2.18"_s, "GET", u"/api/v1/users/count"_s), std::nullopt);
    const auto count = jsonAnswer("GET", u"/api/v1/users/count"_s, 200,
                                  QJsonDocument(QJsonObject{{u"count"_s, 3}}));
    QVERIFY(has(m_checker.checkResponse(u"2.18"_s, count), Rule::AnsweredAbsentEndpoint,
                u"users/count"_s));
    QVERIFY(m_checker.checkResponse(u"2.20"_s, count).isEmpty());
}

void TestContractChecker::errorBodies()
{
    const auto plain = jsonAnswer("GET", u"/api/v1/users/x"_s, 404,
                                  QJsonDocument(QJsonObject{{u"code"_s, 404},
                                                            {u"message"_s, u"Not found"_s},
                                                            {u"details"_s, u"x"_s}}));
    QVERIFY(m_checker.checkResponse(u"2.20"_s, plain).isEmpty());
    const auto oauthShaped = jsonAnswer(
            "GET", u"/api/v1/users/x"_s, 404,
            QJsonDocument(QJsonObject{{u"error"_s, u"invalid_request"_s}}));
    const auto wrong = m_checker.checkResponse(u"2.20"_s, oauthShaped);
    QVERIFY2(has(wrong, Rule::WrongErrorShape, u"body.code"_s), qPrintable(dump(wrong)));
    QVERIFY2(has(wrong, Rule::WrongErrorShape, u"body.error"_s), qPrintable(dump(wrong)));

    // /api/v2/token answers OAuth2 errors, and only known codes.
    const auto v2 = jsonAnswer("POST", u"/api/v2/token"_s, 401,
                               QJsonDocument(QJsonObject{{u"error"_s, u"invalid_client"_s},
                                                         {u"error_description"_s, u"no"_s}}));
    QVERIFY(m_checker.checkResponse(u"2.24"_s, v2).isEmpty());
    const auto v2Wrong = jsonAnswer(
            "POST", u"/api/v2/token"_s, 401,
            QJsonDocument(QJsonObject{{u"code"_s, 401}, {u"message"_s, u"no"_s}}));
    QVERIFY(has(m_checker.checkResponse(u"2.24"_s, v2Wrong), Rule::WrongErrorShape, u"code"_s));
    const auto v2Unknown = jsonAnswer("POST", u"/api/v2/token"_s, 400,
                                      QJsonDocument(QJsonObject{{u"error"_s, u"nope"_s}}));
    QVERIFY(has(m_checker.checkResponse(u"2.24"_s, v2Unknown), Rule::WrongErrorShape, u"nope"_s));
}

void TestContractChecker::statusesAndBodies()
{
    // 418 is nobody's status; a 200 for a create is not the contract's 201.
    const auto teapot = jsonAnswer("GET", u"/api/v1/users"_s, 418, QJsonDocument(QJsonArray{}));
    QVERIFY(has(m_checker.checkResponse(u"2.20"_s, teapot), Rule::UnexpectedStatus, u"418"_s));
    const auto created = jsonAnswer("POST", u"/api/v1/users"_s, 200,
                                    QJsonDocument(QJsonObject{{u"id"_s, u"1"_s},
                                                              {u"username"_s, u"a@b.c"_s},
                                                              {u"tempPassword"_s, u"p"_s}}));
    QVERIFY(has(m_checker.checkResponse(u"2.20"_s, created), Rule::UnexpectedStatus, u"200"_s));

    // A 204 carries no body; a user list is an array of users with nullable dates.
    Exchange deleted;
    deleted.method = "DELETE";
    deleted.path = u"/api/v1/users/1"_s;
    deleted.status = 204;
    QVERIFY(m_checker.checkResponse(u"2.18"_s, deleted).isEmpty());
    deleted.responseBody = "{}";
    deleted.responseContentType = "application/json";
    QVERIFY(has(m_checker.checkResponse(u"2.18"_s, deleted), Rule::UnexpectedBody, u"body"_s));

    QJsonObject user{{u"id"_s, u"1"_s},        {u"username"_s, u"a@b.c"_s},
                     {u"createdBy"_s, u"x"_s}, {u"createdAt"_s, QJsonValue::Null},
                     {u"updatedAt"_s, u"t"_s}, {u"lastLogin"_s, QJsonValue::Null},
                     {u"isLocal"_s, true}};
    const auto list = jsonAnswer("GET", u"/api/v1/users"_s, 200, QJsonDocument(QJsonArray{user}));
    QVERIFY2(m_checker.checkResponse(u"2.24"_s, list).isEmpty(),
             qPrintable(dump(m_checker.checkResponse(u"2.24"_s, list))));
    user.insert(u"firstName"_s, u"A"_s);
    const auto named = jsonAnswer("GET", u"/api/v1/users"_s, 200, QJsonDocument(QJsonArray{user}));
    QVERIFY(has(m_checker.checkResponse(u"2.24"_s, named), Rule::UnknownField, u"firstName"_s));
    QVERIFY(m_checker.checkResponse(u"3.0"_s, named).isEmpty());
    user.insert(u"isLocal"_s, u"yes"_s);
    const auto typed = jsonAnswer("GET", u"/api/v1/users"_s, 200, QJsonDocument(QJsonArray{user}));
    QVERIFY(has(m_checker.checkResponse(u"3.0"_s, typed), Rule::WrongType, u"isLocal"_s));

    // A JSON body needs the JSON content type.
    auto untyped = list;
    untyped.responseContentType = "text/plain";
    QVERIFY(has(m_checker.checkResponse(u"2.24"_s, untyped), Rule::WrongContentType,
                u"text/plain"_s));
}

void TestContractChecker::queriesAndForms()
{
    Exchange paged;
    paged.method = "GET";
    paged.path = u"/api/v1/users"_s;
    paged.query = QUrlQuery(u"offset=0&limit=10&sortBy=username"_s);
    paged.status = 200;
    QVERIFY(m_checker.checkRequest(u"2.20"_s, paged).isEmpty());
    const auto on218 = m_checker.checkRequest(u"2.18"_s, paged);
    QVERIFY2(has(on218, Rule::UnknownQueryParameter, u"\"limit\""_s), qPrintable(dump(on218)));
    paged.query = QUrlQuery(u"limit=ten&sortBy=fullName"_s);
    const auto bad = m_checker.checkRequest(u"2.24"_s, paged);
    QVERIFY(has(bad, Rule::BadQueryValue, u"limit"_s));
    QVERIFY(has(bad, Rule::BadQueryValue, u"fullName"_s));
    paged.query = QUrlQuery(u"sortBy=fullName"_s);
    QVERIFY(m_checker.checkRequest(u"3.0"_s, paged).isEmpty());
    paged.query = QUrlQuery(u"filter=runai.is_local:true"_s);
    QVERIFY(has(m_checker.checkRequest(u"3.0"_s, paged), Rule::UnknownQueryParameter, u"filter"_s));

    Exchange form;
    form.method = "POST";
    form.path = u"/api/v2/token"_s;
    form.requestContentType = "application/x-www-form-urlencoded";
    form.requestBody = "grant_type=refresh_token&refresh_token=abc";
    form.status = 200;
    QVERIFY(m_checker.checkRequest(u"2.24"_s, form).isEmpty());
    // 3.0 refuses the refresh grant on v2: a 200 would be kinder than the console.
    QVERIFY(has(m_checker.checkRequest(u"3.0"_s, form), Rule::RefusalNotHonoured, u"400"_s));
    form.status = 400;
    QVERIFY(m_checker.checkRequest(u"3.0"_s, form).isEmpty());
    form.requestContentType = "application/json";
    QVERIFY(has(m_checker.checkRequest(u"2.24"_s, form), Rule::WrongContentType, u"json"_s));
    form.requestContentType = "application/x-www-form-urlencoded";
    form.requestBody = "grant_type=password&username=a&password=b&scope=openid";
    QVERIFY(has(m_checker.checkRequest(u"2.24"_s, form), Rule::UnknownField, u"scope"_s));
}

void TestContractChecker::brokenContractIsRefused()
{
    ContractChecker checker;
    QString error;
    const QJsonObject typo = QJsonDocument::fromJson(R"({"format": 1, "generations": {"x": {
        "endpoints": {"GET /a": {"responses": {"200": "no-such-shape"}}}}}})")
                                     .object();
    QVERIFY(!checker.loadJson(typo, &error));
    QVERIFY2(error.contains(u"no-such-shape"_s), qPrintable(error));
    const QJsonObject removal
            = QJsonDocument::fromJson(
                      R"({"format": 1, "generations": {"x": {"removed": ["GET /a"]}}})")
                      .object();
    QVERIFY(!checker.loadJson(removal, &error));
}

QTEST_GUILESS_MAIN(TestContractChecker)
#include "tst_contractchecker.moc"
