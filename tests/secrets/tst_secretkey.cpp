// SPDX-License-Identifier: MIT
// SecretKey: the stable, unambiguous, readable key string that names a secret in the keychain.

#include "secrets/SecretKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestSecretKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageKey_data();
    void storageKey();
    void canonicalConsoleUrl_data();
    void canonicalConsoleUrl();
    void roundTrip_data();
    void roundTrip();
    void rejectsMalformedStorageKeys_data();
    void rejectsMalformedStorageKeys();
    void partsNeverCollide();
};

void TestSecretKey::storageKey_data()
{
    QTest::addColumn<QString>("console");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("client secret")
            << u"https://console.example.com"_s << u"client-secret"_s << u"my-app"_s
            << u"https://console.example.com|client-secret|my-app"_s;
    QTest::newRow("admin email")
            << u"https://console.example.com"_s << u"admin-password"_s << u"ann+ops@example.com"_s
            << u"https://console.example.com|admin-password|ann+ops@example.com"_s;
    QTest::newRow("separator in identity")
            << u"https://c.example.com"_s << u"client-secret"_s << u"a|b%c d"_s
            << u"https://c.example.com|client-secret|a%7Cb%25c%20d"_s;
    QTest::newRow("spelled differently")
            << u" HTTPS://Console.Example.COM:8443/runai/ "_s << u"client-secret"_s << u"x"_s
            << u"https://console.example.com:8443/runai|client-secret|x"_s;
}

void TestSecretKey::storageKey()
{
    QFETCH(QString, console);
    QFETCH(QString, kind);
    QFETCH(QString, identity);
    QFETCH(QString, expected);
    const SecretKey key{console, kind, identity};
    QVERIFY(key.isValid());
    QCOMPARE(key.storageKey(), expected);
}

void TestSecretKey::canonicalConsoleUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://console.example.com"_s << u"https://console.example.com"_s;
    QTest::newRow("trailing slash")
            << u"https://console.example.com/"_s << u"https://console.example.com"_s;
    QTest::newRow("case") << u"https://CONSOLE.example.com"_s << u"https://console.example.com"_s;
    QTest::newRow("path kept") << u"https://example.com/runai//"_s
                               << u"https://example.com/runai"_s;
    QTest::newRow("query and fragment dropped")
            << u"https://console.example.com/?a=1#top"_s << u"https://console.example.com"_s;
    QTest::newRow("user info dropped")
            << u"https://me@console.example.com"_s << u"https://console.example.com"_s;
    QTest::newRow("port kept") << u"https://127.0.0.1:8443"_s << u"https://127.0.0.1:8443"_s;
    QTest::newRow("not a URL kept verbatim") << u"console"_s << u"console"_s;
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestSecretKey::canonicalConsoleUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SecretKey::canonicalConsoleUrl(input), expected);
}

void TestSecretKey::roundTrip_data()
{
    QTest::addColumn<QString>("identity");
    QTest::newRow("simple") << u"my-app"_s;
    QTest::newRow("pipes and percents") << u"|%7C|%"_s;
    QTest::newRow("unicode") << u"jürgen@exämple.com"_s;
    QTest::newRow("spaces") << u"  two  spaces "_s;
}

void TestSecretKey::roundTrip()
{
    QFETCH(QString, identity);
    const SecretKey key{u"https://console.example.com"_s, u"client-secret"_s, identity};
    const SecretKey back = SecretKey::fromStorageKey(key.storageKey());
    QVERIFY(back.isValid());
    QCOMPARE(back.consoleUrl, key.consoleUrl);
    QCOMPARE(back.kind, key.kind);
    QCOMPARE(back.identity, identity);
    QVERIFY(back == key);
}

void TestSecretKey::rejectsMalformedStorageKeys_data()
{
    QTest::addColumn<QString>("storageKey");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << u"https://c.example.com|client-secret"_s;
    QTest::newRow("four parts") << u"a|b|c|d"_s;
    QTest::newRow("empty parts") << u"||"_s;
    QTest::newRow("empty identity") << u"https://c.example.com|client-secret|"_s;
}

void TestSecretKey::rejectsMalformedStorageKeys()
{
    QFETCH(QString, storageKey);
    QVERIFY(!SecretKey::fromStorageKey(storageKey).isValid());
}

void TestSecretKey::partsNeverCollide()
{
    // An identity containing the separator must not be able to impersonate another key.
    const SecretKey a{u"https://c.example.com"_s, u"client-secret"_s, u"x|y"_s};
    const SecretKey b{u"https://c.example.com|client-secret|x"_s, u"y"_s, u"z"_s};
    QVERIFY(a.storageKey() != b.storageKey());
    const SecretKey c{u"https://one.example.com"_s, u"client-secret"_s, u"app"_s};
    const SecretKey d{u"https://two.example.com"_s, u"client-secret"_s, u"app"_s};
    const SecretKey e{u"https://one.example.com"_s, u"admin-password"_s, u"app"_s};
    QVERIFY(c.storageKey() != d.storageKey());
    QVERIFY(c.storageKey() != e.storageKey());
    QVERIFY(!(SecretKey{QString(), u"k"_s, u"i"_s}).isValid());
    QVERIFY(!(SecretKey{u"https://c.example.com"_s, QString(), u"i"_s}).isValid());
}

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
