// SPDX-License-Identifier: MIT
// Secrets removed from any text before it is logged.
#include "Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void redact_data();
    void redact();
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
