// SPDX-License-Identifier: MIT
// JWT header/payload decoding and the expiry rule of TokenSet (expiresIn first, then exp).
#include "core/JwtClaims.h"
#include "core/TokenSet.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

QString part(const QByteArray &json)
{
    return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString jwt(const QByteArray &header, const QByteArray &payload)
{
    return part(header) + u'.' + part(payload) + u".c2lnbmF0dXJl"_s;
}

} // namespace

class TestJwtClaims : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void looksLikeJwt_data();
    void looksLikeJwt();
    void expiry();
    void readable_data();
    void readable();
    void readableTime();
};

void TestJwtClaims::decode_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("exp"); // 0: absent
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("audiences");

    const QByteArray rs = R"({"alg":"RS256","typ":"JWT"})";
    QTest::newRow("user token") << jwt(
            rs, R"({"sub":"u-1","iss":"https://x/auth/realms/runai","email":"test@run.ai",
                 "exp":1700003600,"iat":1700000000,"aud":"runai"})")
                                << true << u"u-1"_s << qint64(1700003600) << u"test@run.ai"_s << 1;
    QTest::newRow("aud array, no email")
            << jwt(rs, R"({"sub":"app","exp":1700003600,"aud":["a","b"],"client_id":"ci-bot"})")
            << true << u"app"_s << qint64(1700003600) << QString() << 2;
    QTest::newRow("no exp") << jwt(rs, R"({"sub":"s"})") << true << u"s"_s << qint64(0) << QString()
                            << 0;
    QTest::newRow("exp null") << jwt(rs, R"({"sub":"s","exp":null})") << true << u"s"_s << qint64(0)
                              << QString() << 0;
    QTest::newRow("exp as string") << jwt(rs, R"({"exp":"1700003600"})") << false << QString()
                                   << qint64(0) << QString() << 0;
    // Fuzz regression (crashers/fuzz_jwt_claims-exp-1e300-ub): the cast was undefined.
    QTest::newRow("exp 1e300") << jwt(rs, R"({"exp":1e300})") << false << QString() << qint64(0)
                               << QString() << 0;
    QTest::newRow("iat -1e300") << jwt(rs, R"({"iat":-1e300})") << false << QString() << qint64(0)
                                << QString() << 0;
    QTest::newRow("sub as number")
            << jwt(rs, R"({"sub":5})") << false << QString() << qint64(0) << QString() << 0;
    QTest::newRow("aud object") << jwt(rs, R"({"aud":{}})") << false << QString() << qint64(0)
                                << QString() << 0;
    QTest::newRow("two parts") << (part(rs) + u'.' + part("{}")) << false << QString() << qint64(0)
                               << QString() << 0;
    QTest::newRow("four parts") << (jwt(rs, "{}") + u".x"_s) << false << QString() << qint64(0)
                                << QString() << 0;
    QTest::newRow("payload not JSON") << (part(rs) + u'.' + part("hello") + u".sig"_s) << false
                                      << QString() << qint64(0) << QString() << 0;
    QTest::newRow("payload array")
            << jwt(rs, "[1]") << false << QString() << qint64(0) << QString() << 0;
    QTest::newRow("standard base64 chars")
            << (part(rs) + u".ab+/.sig"_s) << false << QString() << qint64(0) << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << qint64(0) << QString() << 0;
    QTest::newRow("opaque token") << u"0123456789abcdef"_s << false << QString() << qint64(0)
                                  << QString() << 0;
}

void TestJwtClaims::decode()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QFETCH(QString, subject);
    QFETCH(qint64, exp);
    QFETCH(QString, email);
    QFETCH(int, audiences);
    const auto r = JwtClaims::decode(token);
    QVERIFY2(r.ok() == ok, qPrintable(r.error()));
    if (!ok)
        return;
    QCOMPARE(r.value().algorithm, u"RS256"_s);
    QCOMPARE(r.value().subject, subject);
    QCOMPARE(r.value().email, email);
    QCOMPARE(r.value().audience.size(), audiences);
    if (exp)
        QCOMPARE(r.value().expiresAt, QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
    else
        QVERIFY(!r.value().expiresAt.isValid());
}

void TestJwtClaims::looksLikeJwt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("jwt");
    QTest::newRow("jwt") << jwt(R"({"alg":"none"})", "{}") << true;
    QTest::newRow("word") << u"eyJhbGciOi"_s << false;
    QTest::newRow("sentence") << u"eyJ a.b"_s << false;
}

void TestJwtClaims::looksLikeJwt()
{
    QFETCH(QString, text);
    QFETCH(bool, jwt);
    QCOMPARE(JwtClaims::looksLikeJwt(text), jwt);
}

void TestJwtClaims::expiry()
{
    const QDateTime obtained(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    TokenSet t;
    t.accessToken = SecretBytes::fromString(
            jwt(R"({"alg":"none"})", R"({"exp":1767272400})")); // 2026-01-01T13:00Z
    t.obtainedAt = obtained;
    QCOMPARE(t.expiresAt(), QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC));
    t.expiresIn = 600; // the server's word wins over the claim
    QCOMPARE(t.expiresAt(), obtained.addSecs(600));
    t.expiresIn.reset();
    t.accessToken = SecretBytes::fromString(u"opaque"_s);
    QVERIFY(!t.expiresAt().isValid());
}

// What the token dialog and the token inspector show in their claims and header tables.
void TestJwtClaims::readable_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("rows"); // "name=text", in the object's order

    QTest::newRow("scalars") << QByteArray(R"({"sub":"u-1","admin":true,"n":1.5,"x":null})")
                             << QStringList{u"admin=true"_s, u"n=1.5"_s, u"sub=u-1"_s, u"x=null"_s};
    QTest::newRow("array joined") << QByteArray(R"({"groups":["a","b",3]})")
                                  << QStringList{u"groups=a, b, 3"_s};
    QTest::newRow("object as compact JSON") << QByteArray(R"({"realm_access":{"roles":["r"]}})")
                                            << QStringList{u"realm_access={\"roles\":[\"r\"]}"_s};
    QTest::newRow("large number, no exponent")
            << QByteArray(R"({"id":123456789012})") << QStringList{u"id=123456789012"_s};
}

void TestJwtClaims::readable()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, rows);
    const auto claims = JwtClaims::decode(jwt(R"({"alg":"RS256","typ":"JWT"})", payload));
    QVERIFY2(claims, qPrintable(claims.error()));
    QStringList got;
    for (const JwtClaims::Readable &row : claims.value().readablePayload())
        got.append(row.name + u'=' + row.text);
    QCOMPARE(got, rows);
    QCOMPARE(claims.value().type, u"JWT"_s);
    QCOMPARE(claims.value().readableHeader().size(), 2);
}

void TestJwtClaims::readableTime()
{
    // Time claims: the local date and time, then the number as sent.
    const QString text = JwtClaims::claimText(u"exp"_s, QJsonValue(1700003600));
    const auto when = QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC).toLocalTime();
    QCOMPARE(text, QLocale().toString(when, QLocale::ShortFormat) + u" (1700003600)"_s);
    // The same number under another name is just a number.
    QCOMPARE(JwtClaims::claimText(u"count"_s, QJsonValue(1700003600)), u"1700003600"_s);
}

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
