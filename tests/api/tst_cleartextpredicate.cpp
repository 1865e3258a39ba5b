// SPDX-License-Identifier: MIT
// Which consoles count as "this machine" for plain http:// (issue 12, item 3): only what is
// loopback without asking a resolver. Everything else travels in clear and must be confirmed.
#include "api/ConnectionSettings.h"
#include "core/InputValidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestCleartextPredicate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("::ffff:127.0.0.1") << u"::ffff:127.0.0.1"_s << true;
        // Names that merely resolve to loopback (hosts file, DNS) are not known loopback.
        QTest::newRow("localhost.") << u"localhost."_s << false;
        QTest::newRow("a.localhost") << u"a.localhost"_s << false;
        QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
        QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
        QTest::newRow("console.test") << u"console.test"_s << false;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
        QTest::newRow("10.0.0.5") << u"10.0.0.5"_s << false;
        QTest::newRow("::") << u"::"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("fe80::1") << u"fe80::1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(ConnectionSettings::isKnownLoopbackHost(host), loopback);
    }

    // As typed into the sign-in page: InputValidation normalises, then the predicate decides.
    void typedUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("inClear");
        QTest::newRow("https remote") << u"https://console.example.com"_s << false;
        QTest::newRow("bare name means https") << u"console.example.com"_s << false;
        QTest::newRow("http remote") << u"http://console.example.com"_s << true;
        QTest::newRow("HTTP remote") << u"HTTP://Console.Example.com:8080/"_s << true;
        QTest::newRow("http remote IP") << u"http://10.1.2.3:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:38080"_s << false;
        QTest::newRow("http 127.1 (short form)") << u"http://127.1:80"_s << false;
        QTest::newRow("http [::1]") << u"http://[::1]:8080"_s << false;
        QTest::newRow("http [::2]") << u"http://[::2]:8080"_s << true;
        QTest::newRow("http localhost.") << u"http://localhost.:8080"_s << true;
        QTest::newRow("http name resolving to loopback") << u"http://localtest.me"_s << true;
        QTest::newRow("https localhost") << u"https://localhost"_s << false;
    }
    void typedUrls()
    {
        QFETCH(QString, typed);
        QFETCH(bool, inClear);
        const auto url = InputValidation::consoleUrl(typed);
        QVERIFY2(url, qPrintable(url.error()));
        QCOMPARE(ConnectionSettings::travelsInClear(url.value()), inClear);
        ConnectionSettings settings;
        settings.baseUrl = url.value();
        QCOMPARE(settings.travelsInClear(), inClear);
    }
};

QTEST_GUILESS_MAIN(TestCleartextPredicate)
#include "tst_cleartextpredicate.moc"
