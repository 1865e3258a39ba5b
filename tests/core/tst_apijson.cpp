// SPDX-License-Identifier: MIT
// JSON -> value types: the shapes of CP 2.18, 2.20 and 2.24, and the ways a body can be wrong.
#include "core/ApiJson.h"
#include "core/JsonObjectWriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

// The typed secret path: a listed row has no secret field at all, so no list, model, export or log
// line can be handed one; only the answers to a create carry a secret, beside the row.
template<typename T>
concept CarriesSecret = requires(const T &value)
{
    value.secret;
};
static_assert(!CarriesSecret<Application> && !CarriesSecret<AccessKey>,
              "a listed application or access key must not carry a secret");
static_assert(CarriesSecret<NewApplication> && CarriesSecret<NewAccessKey>);

QJsonValue json(const char *text)
{
    const auto doc = ApiJson::document(QByteArray(text));
    if (!doc.ok())
        qFatal("bad test JSON: %s", text);
    return doc.value();
}

} // namespace

class TestApiJson : public QObject
{
    Q_OBJECT
private slots:
    void document_data();
    void document();
    void application_data();
    void application();
    void applicationList();
    void createdApplication_data();
    void createdApplication();
    void regeneratedSecret_data();
    void regeneratedSecret();
    void user_data();
    void user();
    void userNames();
    void createdUser_data();
    void createdUser();
    void count_data();
    void count();
    void tokenSet_data();
    void tokenSet();
    void errorBody_data();
    void errorBody();
    void role_data();
    void role();
    void rolePage();
    void accessRulePage_data();
    void accessRulePage();
    void accessRuleRequest();
    void accessKeyList_data();
    void accessKeyList();
    void createdAccessKey_data();
    void createdAccessKey();
    void objectWriterMatchesQJsonDocument_data();
    void objectWriterMatchesQJsonDocument();
};

void TestApiJson::document_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object") << QByteArray("{}") << true;
    QTest::newRow("array") << QByteArray("[1,2]") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false;
    QTest::newRow("truncated") << QByteArray(R"([{"id":"a","na)") << false;
    QTest::newRow("plain text") << QByteArray("OK") << false;
}

void TestApiJson::document()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const auto r = ApiJson::document(body);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(r.error().isEmpty(), ok);
}

void TestApiJson::application_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("tenantId");
    QTest::addColumn<bool>("lastLoginValid");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("2.20 full") << QByteArray(R"({"id":"3434c","name":"app123","clientId":"app123",
        "enabled":true,"createdBy":"test@run.ai","createdAt":"2020-01-01T00:00:00Z",
        "updatedAt":"2020-01-01T00:00:00Z","lastLogin":"2020-01-01T00:00:00Z","tenantId":"1001"})")
                               << true << u"app123"_s << u"1001"_s << true << QString();
    QTest::newRow("2.18 no clientId -> name")
            << QByteArray(R"({"id":"1","name":"ci-bot",
        "enabled":false,"createdBy":"a@b.cd","createdAt":null,"updatedAt":null,"lastLogin":null})")
            << true << u"ci-bot"_s << QString() << false << QString();
    QTest::newRow("tenantId as number") << QByteArray(R"({"id":"1","name":"x1","clientId":"c",
        "enabled":true,"createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null,
        "tenantId":1234567890})") << true
                                        << u"c"_s << u"1234567890"_s << false << QString();
    QTest::newRow("tenantId null") << QByteArray(R"({"id":"1","name":"x1","enabled":true,
        "createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null,"tenantId":null})")
                                   << true << u"x1"_s << QString() << false << QString();
    QTest::newRow("missing id") << QByteArray(R"({"name":"x1","enabled":true,"createdBy":"a",
        "createdAt":null,"updatedAt":null,"lastLogin":null})")
                                << false << QString() << QString() << false << u"'id'"_s;
    QTest::newRow("enabled as string")
            << QByteArray(R"({"id":"1","name":"x1","enabled":"yes",
        "createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null})")
            << false << QString() << QString() << false << u"'enabled'"_s;
    QTest::newRow("enabled null") << QByteArray(R"({"id":"1","name":"x1","enabled":null,
        "createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null})")
                                  << false << QString() << QString() << false << u"null"_s;
    QTest::newRow("name null") << QByteArray(R"({"id":"1","name":null,"enabled":true,
        "createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null})")
                               << false << QString() << QString() << false << u"'name'"_s;
    QTest::newRow("missing lastLogin (required, nullable)")
            << QByteArray(R"({"id":"1","name":"x1","enabled":true,"createdBy":"a",
        "createdAt":null,"updatedAt":null})")
            << false << QString() << QString() << false << u"'lastLogin'"_s;
    QTest::newRow("bad date") << QByteArray(R"({"id":"1","name":"x1","enabled":true,
        "createdBy":"a","createdAt":"yesterday","updatedAt":null,"lastLogin":null})")
                              << false << QString() << QString() << false << u"'createdAt'"_s;
    // Fuzz regression (crashers/fuzz_api_json-tenantid-1e29-ub): the cast was undefined.
    QTest::newRow("tenantId 1e29")
            << QByteArray(R"({"id":"1","name":"x1","clientId":"c","enabled":true,"createdBy":"a",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"tenantId":1e29})")
            << false << QString() << QString() << false << u"'tenantId'"_s;
    QTest::newRow("id as number") << QByteArray(R"({"id":7,"name":"x1","enabled":true,
        "createdBy":"a","createdAt":null,"updatedAt":null,"lastLogin":null})")
                                  << false << QString() << QString() << false << u"'id'"_s;
    QTest::newRow("array instead of object")
            << QByteArray("[]") << false << QString() << QString() << false << u"object"_s;
}

void TestApiJson::application()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, clientId);
    QFETCH(QString, tenantId);
    QFETCH(bool, lastLoginValid);
    QFETCH(QString, errorContains);
    const auto r = ApiJson::application(json(body.constData()));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY2(r.error().contains(errorContains), qPrintable(r.error()));
        return;
    }
    QCOMPARE(r.value().clientId, clientId);
    QCOMPARE(r.value().tenantId, tenantId);
    QCOMPARE(r.value().lastLogin.isValid(), lastLoginValid);
}

void TestApiJson::applicationList()
{
    const auto ok = ApiJson::applicationList(json(R"([{"id":"1","name":"a1","enabled":true,
        "createdBy":"x","createdAt":null,"updatedAt":null,"lastLogin":null},{"id":"2","name":"b2",
        "clientId":"cid","enabled":false,"createdBy":"x","createdAt":"2024-05-01T10:00:00.123Z",
        "updatedAt":null,"lastLogin":null}])"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().size(), 2);
    QCOMPARE(ok.value().at(1).clientId, u"cid"_s);
    QCOMPARE(ok.value().at(1).createdAt,
             QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC));

    QVERIFY(ApiJson::applicationList(json("[]")).ok());
    QCOMPARE(ApiJson::applicationList(json("[]")).value().size(), 0);

    // One broken item fails the whole list: a half list would look like a complete one.
    const auto bad = ApiJson::applicationList(json(R"([{"id":"1","name":"a1","enabled":true,
        "createdBy":"x","createdAt":null,"updatedAt":null,"lastLogin":null},{"id":"2"}])"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains("item 1"_L1), qPrintable(bad.error()));

    // {accessKeys:[...]}-style objects are not an application list.
    QVERIFY(!ApiJson::applicationList(json(R"({"items":[]})")).ok());
}

void TestApiJson::createdApplication_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("clientId");
    QTest::newRow("apps 2.20") << QByteArray(
            R"({"id":"0e","name":"app123","secret":"asdasidjn9d","clientId":"app123"})")
                               << true << u"asdasidjn9d"_s << u"app123"_s;
    QTest::newRow("apps 2.18 (no clientId)")
            << QByteArray(R"({"id":"0e","name":"app123","secret":"s3"})") << true << u"s3"_s
            << u"app123"_s;
    QTest::newRow("service account 2.24")
            << QByteArray(R"({"id":"0e","name":"sa-1","clientSecret":"cs","clientId":"opaque-1"})")
            << true << u"cs"_s << u"opaque-1"_s;
    QTest::newRow("no secret at all")
            << QByteArray(R"({"id":"0e","name":"sa-1"})") << false << QString() << QString();
    QTest::newRow("secret null") << QByteArray(R"({"id":"0e","name":"sa-1","secret":null})")
                                 << false << QString() << QString();
    QTest::newRow("secret empty") << QByteArray(R"({"id":"0e","name":"sa-1","clientSecret":""})")
                                  << false << QString() << QString();
    QTest::newRow("secret number") << QByteArray(R"({"id":"0e","name":"sa-1","secret":12})")
                                   << false << QString() << QString();
}

void TestApiJson::createdApplication()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, secret);
    QFETCH(QString, clientId);
    const auto r = ApiJson::createdApplication(json(body.constData()));
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value().secret, secret);
        QCOMPARE(r.value().application.clientId, clientId);
        QVERIFY(r.value().application.enabled);
    } else {
        // The reason names fields, never the secret's value.
        QVERIFY(!r.error().isEmpty());
    }
}

void TestApiJson::regeneratedSecret_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::newRow("apps") << QByteArray(R"({"secret":"189ej"})") << u"189ej"_s;
    QTest::newRow("service accounts") << QByteArray(R"({"clientSecret":"x9"})") << u"x9"_s;
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("null") << QByteArray(R"({"clientSecret":null})") << QString();
    QTest::newRow("array") << QByteArray(R"(["x"])") << QString();
}

void TestApiJson::regeneratedSecret()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    const auto r = ApiJson::regeneratedSecret(json(body.constData()));
    QCOMPARE(r.ok(), !secret.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), secret);
}

void TestApiJson::user_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("isLocal"); // -1 null, 0 false, 1 true
    QTest::addColumn<int>("groups");
    QTest::newRow("full") << QByteArray(
            R"({"id":"1","username":"test@run.ai","createdBy":"d@run.ai",
        "createdAt":"2020-01-01T00:00:00Z","updatedAt":"2022-01-01T00:00:00Z",
        "lastLogin":"2023-02-01T00:00:00Z","isLocal":true,"groups":["groupA","groupB"]})")
                          << true << 1 << 2;
    QTest::newRow("nulls allowed") << QByteArray(R"({"id":"1","username":"u@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":null,"groups":null})")
                                   << true << -1 << 0;
    QTest::newRow("no groups") << QByteArray(R"({"id":"1","username":"u@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":false})")
                               << true << 0 << 0;
    QTest::newRow("missing isLocal") << QByteArray(R"({"id":"1","username":"u@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null})")
                                     << false << 0 << 0;
    QTest::newRow("groups with number") << QByteArray(R"({"id":"1","username":"u@x.io",
        "createdBy":"d","createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true,
        "groups":["a",3]})") << false << 0
                                        << 0;
    QTest::newRow("username null") << QByteArray(R"({"id":"1","username":null,"createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true})")
                                   << false << 0 << 0;
    QTest::newRow("isLocal string") << QByteArray(R"({"id":"1","username":"u","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":"true"})")
                                    << false << 0 << 0;
}

void TestApiJson::user()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, isLocal);
    QFETCH(int, groups);
    const auto r = ApiJson::user(json(body.constData()));
    QVERIFY2(r.ok() == ok, qPrintable(r.error()));
    if (!ok)
        return;
    if (isLocal < 0)
        QVERIFY(!r.value().isLocal.has_value());
    else
        QCOMPARE(*r.value().isLocal, isLocal == 1);
    QCOMPARE(r.value().groups.size(), groups);
}

// Run:ai 3.0 users carry firstName / lastName (maybe null); earlier ones do not have the fields.
void TestApiJson::userNames()
{
    const auto named = ApiJson::user(json(R"({"id":"1","username":"a@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true,"firstName":"Ada",
        "lastName":"Lovelace"})"));
    QVERIFY2(named.ok(), qPrintable(named.error()));
    QVERIFY(named.value().carriesNames);
    QCOMPARE(named.value().fullName(), u"Ada Lovelace"_s);
    const auto nulls = ApiJson::user(json(R"({"id":"1","username":"a@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true,"firstName":null,
        "lastName":"Lovelace"})"));
    QVERIFY2(nulls.ok(), qPrintable(nulls.error()));
    QVERIFY(nulls.value().carriesNames);
    QVERIFY(nulls.value().firstName.isNull());
    QCOMPARE(nulls.value().fullName(), u"Lovelace"_s);
    const auto old = ApiJson::user(json(R"({"id":"1","username":"a@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true})"));
    QVERIFY(old.ok());
    QVERIFY(!old.value().carriesNames);
    QVERIFY(old.value().fullName().isEmpty());
    const auto wrong = ApiJson::user(json(R"({"id":"1","username":"a@x.io","createdBy":"d",
        "createdAt":null,"updatedAt":null,"lastLogin":null,"isLocal":true,"firstName":7})"));
    QVERIFY(!wrong.ok());
}

void TestApiJson::createdUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ok") << QByteArray(R"({"id":"0e","username":"t@run.ai","tempPassword":"pw"})")
                        << true;
    QTest::newRow("no temp password")
            << QByteArray(R"({"id":"0e","username":"t@run.ai"})") << false;
    QTest::newRow("temp password null")
            << QByteArray(R"({"id":"0e","username":"t@run.ai","tempPassword":null})") << false;
    QTest::newRow("no id") << QByteArray(R"({"username":"t@run.ai","tempPassword":"pw"})") << false;
}

void TestApiJson::createdUser()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QCOMPARE(ApiJson::createdUser(json(body.constData())).ok(), ok);
}

void TestApiJson::count_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count"); // -1: rejected
    QTest::newRow("ok") << QByteArray(R"({"count":42})") << qint64(42);
    QTest::newRow("zero") << QByteArray(R"({"count":0})") << qint64(0);
    QTest::newRow("string") << QByteArray(R"({"count":"42"})") << qint64(-1);
    QTest::newRow("fraction") << QByteArray(R"({"count":1.5})") << qint64(-1);
    QTest::newRow("negative") << QByteArray(R"({"count":-1})") << qint64(-1);
    QTest::newRow("missing") << QByteArray(R"({})") << qint64(-1);
    // Fuzz regressions (crashers/fuzz_api_json-count-1e300-ub): out of range is not an integer.
    QTest::newRow("1e300") << QByteArray(R"({"count":1e300})") << qint64(-1);
    QTest::newRow("1e19") << QByteArray(R"({"count":1e19})") << qint64(-1);
    QTest::newRow("2^53 + 2") << QByteArray(R"({"count":9007199254740994})") << qint64(-1);
    QTest::newRow("2^53") << QByteArray(R"({"count":9007199254740992})")
                          << qint64(9007199254740992);
}

void TestApiJson::count()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    const auto r = ApiJson::count(json(body.constData()));
    QCOMPARE(r.ok(), count >= 0);
    if (r.ok())
        QCOMPARE(r.value(), count);
}

void TestApiJson::tokenSet_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expiresIn"); // -1: absent
    QTest::addColumn<bool>("hasRefresh");
    QTest::newRow("v1 2.18 only accessToken")
            << QByteArray(R"({"accessToken":"a.b.c"})") << true << qint64(-1) << false;
    QTest::newRow("v1 2.20 full") << QByteArray(
            R"({"accessToken":"a","idToken":"i","refreshToken":"r","externalToken":"e"})")
                                  << true << qint64(-1) << true;
    QTest::newRow("v1 2.24 expiresIn") << QByteArray(R"({"accessToken":"a","expiresIn":3600})")
                                       << true << qint64(3600) << false;
    QTest::newRow("v2 oauth2") << QByteArray(
            R"({"access_token":"a","token_type":"Bearer","expires_in":3600,"refresh_token":"r"})")
                               << true << qint64(3600) << true;
    QTest::newRow("v2 without token_type")
            << QByteArray(R"({"access_token":"a"})") << false << qint64(-1) << false;
    QTest::newRow("no access token")
            << QByteArray(R"({"idToken":"i"})") << false << qint64(-1) << false;
    QTest::newRow("access token null")
            << QByteArray(R"({"accessToken":null})") << false << qint64(-1) << false;
    QTest::newRow("access token empty")
            << QByteArray(R"({"accessToken":""})") << false << qint64(-1) << false;
    QTest::newRow("expiresIn string") << QByteArray(R"({"accessToken":"a","expiresIn":"3600"})")
                                      << false << qint64(-1) << false;
    QTest::newRow("expiresIn zero")
            << QByteArray(R"({"accessToken":"a","expiresIn":0})") << false << qint64(-1) << false;
    QTest::newRow("refreshToken null ok")
            << QByteArray(R"({"accessToken":"a","refreshToken":null})") << true << qint64(-1)
            << false;
}

void TestApiJson::tokenSet()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, hasRefresh);
    const auto r = ApiJson::tokenSet(json(body.constData()));
    QCOMPARE(r.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(r.value().expiresIn.has_value(), expiresIn >= 0);
    if (expiresIn >= 0)
        QCOMPARE(*r.value().expiresIn, expiresIn);
    QCOMPARE(!r.value().refreshToken.isEmpty(), hasRefresh);
}

void TestApiJson::errorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("details");
    QTest::newRow("Error") << QByteArray(
            R"({"code":403,"message":"You do not have sufficient permissions.","details":"x"})")
                           << true << u"403"_s << u"You do not have sufficient permissions."_s
                           << u"x"_s;
    QTest::newRow("Error1 (no details)")
            << QByteArray(R"({"code":404,"message":"Resource id not found."})") << true << u"404"_s
            << u"Resource id not found."_s << QString();
    QTest::newRow("details null") << QByteArray(R"({"code":409,"message":"m","details":null})")
                                  << true << u"409"_s << u"m"_s << QString();
    QTest::newRow("OAuth2") << QByteArray(
            R"({"error":"invalid_client","error_description":"Client authentication failed"})")
                            << true << u"invalid_client"_s << u"Client authentication failed"_s
                            << QString();
    QTest::newRow("OAuth2 bare") << QByteArray(R"({"error":"invalid_grant"})") << true
                                 << u"invalid_grant"_s << QString() << QString();
    QTest::newRow("code as string") << QByteArray(R"({"code":"403","message":"m"})") << false
                                    << QString() << QString() << QString();
    // Fuzz regression (crashers/fuzz_error_body-code-1e300-ub).
    QTest::newRow("code 1e300") << QByteArray(R"({"code":1e300,"message":"x"})") << false
                                << QString() << QString() << QString();
    QTest::newRow("no message") << QByteArray(R"({"code":500})") << false << QString() << QString()
                                << QString();
    QTest::newRow("html") << QByteArray("<html>502</html>") << false << QString() << QString()
                          << QString();
    QTest::newRow("array") << QByteArray("[]") << false << QString() << QString() << QString();
}

void TestApiJson::errorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, details);
    const auto r = ApiJson::errorBody(body);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(r.value().code, code);
    QCOMPARE(r.value().message, message);
    QCOMPARE(r.value().details, details);
}

void TestApiJson::role_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("full") << QByteArray(R"({"id":32,"name":"System administrator",
        "description":"can manage all resources","createdBy":"system","createdAt":"2020-01-01T00:00:00Z",
        "updatedAt":"2020-01-01T00:00:00Z","deletedAt":null,"custom":false,"effectiveEnabled":true,
        "permissions":[{"resourceType":"project","displayName":"Projects","groupId":"org",
        "actions":["create","read"]}],"kubernetesPermissions":{}})")
                          << true;
    QTest::newRow("id string") << QByteArray(R"({"id":"32","name":"r","description":"d",
        "createdBy":"s","createdAt":null,"updatedAt":null,"custom":false,"effectiveEnabled":true,
        "permissions":[]})") << false;
    QTest::newRow("permission without actions") << QByteArray(R"({"id":1,"name":"r",
        "description":"d","createdBy":"s","createdAt":null,"updatedAt":null,"custom":false,
        "effectiveEnabled":true,"permissions":[{"resourceType":"p","displayName":"P","groupId":"g"}]})")
                                                << false;
    // 2.20's role has neither custom nor effectiveEnabled.
    QTest::newRow("2.20 shape") << QByteArray(R"({"id":32,"name":"r","description":"d",
        "createdBy":"s","createdAt":null,"updatedAt":null,"permissions":[{"resourceType":"p",
        "displayName":"P","groupId":"g","actions":["create","read"]}]})")
                                << true;
    QTest::newRow("custom not a bool") << QByteArray(R"({"id":1,"name":"r","description":"d",
        "createdBy":"s","createdAt":null,"updatedAt":null,"custom":"no","permissions":[]})")
                                       << false;
}

void TestApiJson::rolePage()
{
    // GET /api/v2/authorization/roles (3.0): {roles, next?}.
    const auto page = ApiJson::rolePage(json(R"({"roles":[{"id":1,"name":"Viewer",
        "description":null,"createdBy":null,"createdAt":null,"updatedAt":null,
        "permissions":null}],"next":1})"));
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page.value().roles.size(), 1);
    QCOMPARE(page.value().roles.first().effectiveEnabled, true);
    QCOMPARE(page.value().roles.first().custom, false);
    QCOMPARE(page.value().next, std::optional<int>(1));
    const auto last = ApiJson::rolePage(json(R"({"roles":[]})"));
    QVERIFY(last.ok());
    QVERIFY(!last.value().next);
    QVERIFY(!ApiJson::rolePage(json(R"([])")).ok()); // the v1 array is not a page
    QVERIFY(!ApiJson::rolePage(json(R"({"roles":null})")).ok());
    QVERIFY(!ApiJson::rolePage(json(R"({"roles":[],"next":-1})")).ok());
}

void TestApiJson::role()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const auto r = ApiJson::role(json(body.constData()));
    QVERIFY2(r.ok() == ok, qPrintable(r.error()));
    if (ok) {
        QCOMPARE(r.value().id, 32);
        QCOMPARE(r.value().permissions.size(), 1);
        QCOMPARE(r.value().permissions.at(0).actions, QStringList({u"create"_s, u"read"_s}));
    }
}

void TestApiJson::accessRulePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rules"); // -1 rejected
    const char *rule = R"({"id":7,"subjectId":"ci-bot","subjectType":"app","roleId":5,
        "roleName":"Viewer","scopeId":"1001","scopeType":"tenant","scopeName":"tenant-x",
        "tenantId":1001,"createdBy":"test@run.ai","createdAt":"2024-01-01T00:00:00Z",
        "updatedAt":"2024-01-01T00:00:00Z","deletedAt":null,"status":{"phase":"Ready","message":""}})";
    QTest::newRow("one") << (QByteArray(R"({"totalRecords":1,"displayRecords":1,"accessRules":[)")
                             + rule + "]}")
                         << 1;
    QTest::newRow("empty") << QByteArray(
            R"({"totalRecords":0,"displayRecords":0,"accessRules":[]})")
                           << 0;
    QTest::newRow("bare array") << QByteArray("[]") << -1;
    QTest::newRow("accessRules null")
            << QByteArray(R"({"totalRecords":0,"displayRecords":0,"accessRules":null})") << -1;
    QTest::newRow("rule without roleId")
            << QByteArray(R"({"totalRecords":1,"displayRecords":1,"accessRules":[{"id":1,
        "subjectId":"a","subjectType":"user","roleName":"r","scopeId":"s","scopeType":"tenant",
        "scopeName":"n","tenantId":1,"createdBy":"c","createdAt":"2024-01-01T00:00:00Z",
        "updatedAt":"2024-01-01T00:00:00Z"}]})")
            << -1;
}

void TestApiJson::accessRulePage()
{
    QFETCH(QByteArray, body);
    QFETCH(int, rules);
    const auto r = ApiJson::accessRulePage(json(body.constData()));
    QVERIFY2(r.ok() == (rules >= 0), qPrintable(r.error()));
    if (rules < 0)
        return;
    QCOMPARE(r.value().accessRules.size(), rules);
    if (rules) {
        const auto &a = r.value().accessRules.first();
        QCOMPARE(a.id, 7);
        QCOMPARE(a.tenantId, u"1001"_s);
        QCOMPARE(a.statusPhase, u"Ready"_s);
        QVERIFY(!a.deletedAt.isValid());
    }
}

void TestApiJson::accessRuleRequest()
{
    AccessRuleRequest r{u"sa"_s, u"service-account"_s, 5, u"1001"_s, u"tenant"_s, {}};
    auto o = ApiJson::accessRuleRequest(r);
    QCOMPARE(o.value("roleId"_L1).toInt(), 5);
    QVERIFY(!o.contains("clusterId"_L1));
    r.clusterId = u"71f69d83"_s;
    o = ApiJson::accessRuleRequest(r);
    QCOMPARE(o.value("clusterId"_L1).toString(), u"71f69d83"_s);
    QCOMPARE(o.value("subjectType"_L1).toString(), u"service-account"_s);
}

// Access keys (2.24+): an object {accessKeys:[…]}, not a bare array; createdBy is required in
// the administrators' list only; createdAt and lastLogin may be null.
void TestApiJson::accessKeyList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("administration");
    QTest::addColumn<int>("count"); // -1: refused
    const QByteArray own = R"({"accessKeys":[{"name":"k","id":"1","clientId":"c1",)"
                           R"("createdAt":"2026-01-02T03:04:05Z","lastLogin":null}]})";
    const QByteArray admin = R"({"accessKeys":[{"name":"k","id":"1","clientId":"c1",)"
                             R"("createdBy":"a@b.c","createdAt":null,"lastLogin":null}]})";
    QTest::newRow("own") << own << false << 1;
    QTest::newRow("own, empty") << QByteArray(R"({"accessKeys":[]})") << false << 0;
    QTest::newRow("administration") << admin << true << 1;
    QTest::newRow("administration without createdBy") << own << true << -1;
    QTest::newRow("bare array") << QByteArray(R"([])") << false << -1;
    QTest::newRow("accessKeys missing") << QByteArray(R"({})") << false << -1;
    QTest::newRow("lastLogin missing") << QByteArray(
            R"({"accessKeys":[{"name":"k","id":"1","clientId":"c1","createdAt":null}]})")
                                       << false << -1;
    QTest::newRow("clientId a number")
            << QByteArray(R"({"accessKeys":[{"name":"k","id":"1","clientId":7,"createdAt":null,)"
                          R"("lastLogin":null}]})")
            << false << -1;
}

void TestApiJson::accessKeyList()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, administration);
    QFETCH(int, count);
    const auto doc = ApiJson::document(body);
    QVERIFY(doc.ok());
    const auto list = administration ? ApiJson::administeredAccessKeyList(doc.value())
                                     : ApiJson::accessKeyList(doc.value());
    QCOMPARE(list.ok(), count >= 0);
    if (count < 0) {
        QVERIFY(!list.error().isEmpty());
        return;
    }
    QCOMPARE(list.value().size(), count);
    for (const AccessKey &k : list.value()) {
        QCOMPARE(k.createdBy.isEmpty(), !administration);
        QVERIFY(!k.lastLogin.isValid());
    }
}

void TestApiJson::createdAccessKey_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("2.24") << QByteArray(
            R"({"id":"0e","clientId":"5e7b","name":"k",)"
            R"("clientSecret":"s3cr3t","createdAt":"2020-01-01T00:00:00Z"})")
                          << true;
    QTest::newRow("createdAt null") << QByteArray(R"({"id":"0e","clientId":"5e7b","name":"k",)"
                                                  R"("clientSecret":"s3","createdAt":null})")
                                    << true;
    QTest::newRow("secret field of apps") << QByteArray(
            R"({"id":"0e","clientId":"5e7b","name":"k","secret":"s3","createdAt":null})")
                                          << false;
    QTest::newRow("empty secret") << QByteArray(R"({"id":"0e","clientId":"5e7b","name":"k",)"
                                                R"("clientSecret":"","createdAt":null})")
                                  << false;
    QTest::newRow("no clientId") << QByteArray(
            R"({"id":"0e","name":"k","clientSecret":"s3","createdAt":null})")
                                 << false;
}

void TestApiJson::createdAccessKey()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const auto key = ApiJson::createdAccessKey(ApiJson::document(body).value());
    QCOMPARE(key.ok(), ok);
    if (ok) {
        QCOMPARE(key.value().key.clientId, u"5e7b"_s);
        QVERIFY(!key.value().secret.isEmpty());
    }
}

void TestApiJson::objectWriterMatchesQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"a.b-1@example.com"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << u"a\"b\\c\\\"d"_s;
    QTest::newRow("control characters") << u"tab\tnl\ncr\rbs\bff\f\x01\x1f end"_s;
    QTest::newRow("slash, angle brackets, DEL") << u"</script>\x7f"_s;
    QTest::newRow("accents, CJK, emoji") << u"Zoë Ångström 山田 🚀"_s;
}

void TestApiJson::objectWriterMatchesQJsonDocument()
{
    // Create bodies are written without a QJsonObject (issue 14): byte for byte what the
    // document would have written, keys in QJsonObject's (sorted) order.
    QFETCH(QString, text);
    const QJsonObject object{{"email"_L1, text}, {"notify"_L1, true}, {"resetPassword"_L1, false}};
    const QByteArray written = JsonObjectWriter()
                                       .add("email"_L1, text)
                                       .add("notify"_L1, true)
                                       .add("resetPassword"_L1, false)
                                       .take();
    QCOMPARE(written, QJsonDocument(object).toJson(QJsonDocument::Compact));
    QCOMPARE(QJsonDocument::fromJson(written).object().value("email"_L1).toString(), text);
}

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
