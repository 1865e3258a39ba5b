// SPDX-License-Identifier: MIT
// Secrets removed from any text before it is logged.
#include "core/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void redact_data();
    void redact();
    void keepsSafeText_data();
    void keepsSafeText();
};

void TestRedactor::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("json password")
            << uR"({"grantType":"password","username":"a@b.cd","password":"Abcd!234"})"_s
            << u"Abcd!234"_s << u"a@b.cd"_s;
    QTest::newRow("json clientSecret spaced")
            << uR"({"clientID":"ci", "clientSecret" : "s3cr\"et"})"_s << u"s3cr"_s << u"\"ci\""_s;
    QTest::newRow("json tempPassword")
            << uR"({"id":"1","tempPassword":"Xy7-temp"})"_s << u"Xy7-temp"_s << u"\"id\""_s;
    QTest::newRow("json accessToken") << uR"({"accessToken":"opaque123","expiresIn":60})"_s
                                      << u"opaque123"_s << u"expiresIn"_s;
    QTest::newRow("json appSecret")
            << uR"({"appID":"bot","appSecret":"zz9"})"_s << u"zz9"_s << u"bot"_s;
    QTest::newRow("json secret") << uR"({"secret":"asdasidjn9d"})"_s << u"asdasidjn9d"_s
                                 << u"secret"_s;
    QTest::newRow("form") << u"grant_type=client_credentials&client_id=ci&client_secret=a%2Bb"_s
                          << u"a%2Bb"_s << u"client_id=ci"_s;
    QTest::newRow("bearer header")
            << u"Authorization: Bearer abc.def-ghi"_s << u"abc.def-ghi"_s << u"Authorization"_s;
    QTest::newRow("basic") << u"Basic dXNlcjpwYXNz"_s << u"dXNlcjpwYXNz"_s << u"Basic"_s;
    QTest::newRow("jwt in text") << u"token eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln was refused"_s
                                 << u"eyJzdWIiOiJ4In0"_s << u"was refused"_s;
    QTest::newRow("refresh form") << u"refresh_token=rt-1 next"_s << u"rt-1"_s << u"next"_s;

    // Issue 12: what the denylist missed.
    QTest::newRow("json key with a unicode escape")
            << uR"({"username":"a@b.cd","pass\u0077ord":"Abcd!234"})"_s << u"Abcd!234"_s
            << u"a@b.cd"_s;
    QTest::newRow("json key all escaped")
            << uR"({"\u0063lient\u0053ecret":"zz9-secret"})"_s << u"zz9-secret"_s << u"{"_s;
    QTest::newRow("single-quoted keys")
            << u"{'username': 'a@b.cd', 'password': 'hunter2!'}"_s << u"hunter2!"_s << u"a@b.cd"_s;
    QTest::newRow("single-quoted key, double-quoted value")
            << u"{'clientSecret': \"s3cr3t-val\"}"_s << u"s3cr3t-val"_s << u"{'clientSecret'"_s;
    QTest::newRow("numeric secret in json")
            << uR"({"id":"7","password":12345678,"next":1})"_s << u"12345678"_s << u"\"next\":1"_s;
    QTest::newRow("numeric secret single-quoted")
            << u"{'pin_token': 987654}"_s << u"987654"_s << u"pin_token"_s;
    QTest::newRow("bare key with colon")
            << u"login failed, password: hunter2! for a@b.cd"_s << u"hunter2!"_s << u"a@b.cd"_s;
    QTest::newRow("percent-encoded form key")
            << u"grant_type=password&pass%77ord=Pw-1234&x=1"_s << u"Pw-1234"_s << u"x=1"_s;
    QTest::newRow("json nested in a json string")
            << uR"({"body":"{\"password\":\"Nested-Pw1\",\"user\":\"u1\"}"})"_s << u"Nested-Pw1"_s
            << u"u1"_s;
    QTest::newRow("secret key holding an array")
            << uR"({"secrets":["one-secret-1","two-secret-2"],"id":"x"})"_s << u"two-secret-2"_s
            << u"\"id\":\"x\""_s;
    QTest::newRow("a key where a value was expected")
            << u"token= password: hunter2x and more"_s << u"hunter2x"_s << u"and more"_s;
    QTest::newRow("opaque base64 token in free text")
            << u"the console refused kJ8s7Hd6fG5jK4lM3nB2vC1xZ as expired"_s
            << u"kJ8s7Hd6fG5jK4lM3nB2vC1xZ"_s << u"as expired"_s;
    QTest::newRow("opaque base64 with + / and padding")
            << u"opaque abc+DEF/ghi123JKL456mno789PQR== end"_s << u"ghi123JKL456"_s << u"end"_s;
    QTest::newRow("opaque hex run")
            << u"session 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 gone"_s
            << u"9f86d081884c7d659a2feaa0c55ad015"_s << u"gone"_s;
    QTest::newRow("opaque base64url token")
            << u"key=ok value Zm9vYmFyLWJhei1xdXV4_LTEyMzQ1Njc4OTA then"_s
            << u"Zm9vYmFyLWJhei1xdXV4"_s << u"then"_s;

    // Issue 14: redact() skips its patterns for text none of them can match; these sit right
    // at the edge of that shortcut and must still be caught.
    QTest::newRow("shortcut: a run of exactly 16")
            << u"refused kJ8s7Hd6fG5jK4lM now"_s << u"kJ8s7Hd6fG5jK4lM"_s << u"now"_s;
    QTest::newRow("shortcut: lower-case bearer, no colon")
            << u"sent bearer abcd.efgh-1 here"_s << u"abcd.efgh-1"_s << u"here"_s;
    QTest::newRow("shortcut: a short JWT")
            << u"got eyJhbGc.eyJzdWI.c2ln back"_s << u"eyJzdWI"_s << u"back"_s;
}

void TestRedactor::keepsSafeText_data()
{
    // What the structured log lines carry must come through untouched.
    QTest::addColumn<QString>("text");
    QTest::newRow("exchange line")
            << u"<- GET /api/v1/users/123e4567-e89b-12d3-a456-426614174000?offset=…&limit=… "
               "status 200 None 35 ms"_s;
    QTest::newRow("job failure")
            << u"job failed: create user - Conflict http=409 code=409 request=\"POST "
               "/api/v1/users\" transport=ContentNotFoundError"_s;
    QTest::newRow("identity and ids")
            << u"signed in as first.last@example.com; app log-bot id 42, client id "
               "app-client-7f3e"_s;
    QTest::newRow("durations and sizes")
            << u"user list: 5000 users in 1234 ms, 1048576 bytes, 20 pages"_s;
    QTest::newRow("token words without values")
            << u"renewing the token for a@b.cd; refresh token refused"_s;
    QTest::newRow("url path")
            << u"GET https://console.example.com/api/v1/apps/42/secret status 404"_s;
    QTest::newRow("long plain words")
            << u"internationalization_configuration-administrator requestMayHaveBeenProcessed"_s;
}

void TestRedactor::keepsSafeText()
{
    QFETCH(QString, text);
    QCOMPARE(Redactor::redact(text), text);
}

void TestRedactor::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor::redact(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
    QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
