// SPDX-License-Identifier: MIT
// Application names, e-mail addresses and console addresses as users type them.
#include "core/InputValidation.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestInputValidation : public QObject
{
    Q_OBJECT
private slots:
    void applicationName_data();
    void applicationName();
    void email_data();
    void email();
    void consoleUrl_data();
    void consoleUrl();
};

void TestInputValidation::applicationName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reasonContains"); // empty: valid
    QTest::newRow("simple") << u"ci-bot"_s << QString();
    QTest::newRow("underscore digits") << u"a_1-b2"_s << QString();
    QTest::newRow("two chars") << u"ab"_s << QString();
    QTest::newRow("empty") << QString() << u"Enter"_s;
    QTest::newRow("one char") << u"a"_s << u"two characters"_s;
    QTest::newRow("starts with digit") << u"1bot"_s << u"start"_s;
    QTest::newRow("starts with dash") << u"-bot"_s << u"start"_s;
    QTest::newRow("upper case") << u"ciBot"_s << u"lower-case letters only"_s;
    QTest::newRow("space") << u"ci bot"_s << u"spaces"_s;
    QTest::newRow("dot") << u"ci.bot"_s << u"\".\""_s;
    QTest::newRow("ends with dash") << u"bot-"_s << u"end"_s;
    QTest::newRow("ends with underscore") << u"bot_"_s << u"end"_s;
    QTest::newRow("unicode") << u"bötchen"_s << u"\"ö\""_s;
}

void TestInputValidation::applicationName()
{
    QFETCH(QString, name);
    QFETCH(QString, reasonContains);
    const auto r = InputValidation::applicationName(name);
    QCOMPARE(r.ok, reasonContains.isEmpty());
    QVERIFY2(r.reason.contains(reasonContains), qPrintable(r.reason));
    // The words agree with the server's pattern.
    static const QRegularExpression spec(u"^[a-z][-_a-z0-9]*[a-z0-9]$"_s);
    QCOMPARE(r.ok, spec.match(name).hasMatch());
}

void TestInputValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("ok") << u"test@run.ai"_s << QString();
    QTest::newRow("plus and dots") << u"first.last+ci@sub.example.com"_s << QString();
    QTest::newRow("empty") << QString() << u"Enter"_s;
    QTest::newRow("no at") << u"test.run.ai"_s << u"'@'"_s;
    QTest::newRow("two at") << u"a@b@c.io"_s << u"only one"_s;
    QTest::newRow("space") << u"a b@c.io"_s << u"spaces"_s;
    QTest::newRow("no local part") << u"@c.io"_s << u"before"_s;
    QTest::newRow("no domain") << u"a@"_s << u"domain"_s;
    QTest::newRow("no tld") << u"a@localhost"_s << u"example.com"_s;
    QTest::newRow("one letter tld") << u"a@x.c"_s << u"example.com"_s;
    QTest::newRow("bad local char") << u"a!b@c.io"_s << u"before"_s;
    // Fuzz regression (crashers/fuzz_input_validation-email-newline-before-at).
    QTest::newRow("newline before at") << u"x\n@y.com"_s << u"before"_s;
    QTest::newRow("newline at end") << u"x@y.com\n"_s << u"spaces"_s;
}

void TestInputValidation::email()
{
    QFETCH(QString, email);
    QFETCH(QString, reasonContains);
    const auto r = InputValidation::email(email);
    QCOMPARE(r.ok, reasonContains.isEmpty());
    QVERIFY2(r.reason.contains(reasonContains), qPrintable(r.reason));
    // \z, not $: the spec means the whole string, and $ matches before a final newline.
    static const QRegularExpression spec(u"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}\\z"_s);
    QCOMPARE(r.ok, spec.match(email).hasMatch());
}

void TestInputValidation::consoleUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url"); // empty: rejected
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("bare host") << u"console.example.com"_s << u"https://console.example.com"_s
                               << QString();
    QTest::newRow("https trailing slash")
            << u"https://console.example.com/"_s << u"https://console.example.com"_s << QString();
    QTest::newRow("spaces around, upper-case host")
            << u"  HTTPS://Console.Example.COM  "_s << u"https://console.example.com"_s
            << QString();
    QTest::newRow("port and path")
            << u"https://host:8443/runai/"_s << u"https://host:8443/runai"_s << QString();
    QTest::newRow("bare host with port")
            << u"host.local:8443"_s << u"https://host.local:8443"_s << QString();
    QTest::newRow("http loopback")
            << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString() << u"Enter"_s;
    QTest::newRow("ftp") << u"ftp://host"_s << QString() << u"ftp"_s;
    QTest::newRow("credentials") << u"https://admin:pw@host"_s << QString() << u"password"_s;
    QTest::newRow("query") << u"https://host/?x=1"_s << QString() << u"query"_s;
    QTest::newRow("fragment") << u"https://host/#/apps"_s << QString() << u"fragment"_s;
    QTest::newRow("inner space") << u"https://ho st"_s << QString() << u"spaces"_s;
    QTest::newRow("no host") << u"https://"_s << QString() << u"host"_s;
    QTest::newRow("bad port") << u"https://host:99999"_s << QString() << u"not valid"_s;
    // Fuzz regression (crashers/fuzz_console_url-percent20-not-idempotent).
    QTest::newRow("encoded space in path")
            << u"https://acme.run.ai/a%20b/"_s << QString() << u"spaces"_s;
    QTest::newRow("encoded space alone") << u"https://h/%20"_s << QString() << u"spaces"_s;
    QTest::newRow("encoded tab") << u"https://h/a%09"_s << QString() << u"spaces"_s;
    // Fuzz regressions (crashers/fuzz_console_url-uffff-… and -ipv6-zone-…).
    QTest::newRow("noncharacter in path")
            << (u"h/"_s + QChar(0xffff)) << QString() << u"characters"_s;
    QTest::newRow("control character") << (u"h/a"_s + QChar(0x03)) << QString() << u"characters"_s;
    QTest::newRow("encoded lone byte")
            << u"https://acme./2%a0abi/"_s << QString() << u"characters"_s;
    QTest::newRow("IPv6 zone id") << u"https://[fe80::1%25eth0]:8443"_s << QString() << u"zone"_s;
    QTest::newRow("IPv6 literal") << u"https://[::1]:8443/"_s << u"https://[::1]:8443"_s
                                  << QString();
}

void TestInputValidation::consoleUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    QFETCH(QString, reasonContains);
    const auto r = InputValidation::consoleUrl(input);
    QVERIFY2(r.ok() == !url.isEmpty(), qPrintable(r.error()));
    if (r.ok()) {
        QCOMPARE(r.value().toString(), url);
        // What the settings keep must read back as the same console on the next start.
        const auto again = InputValidation::consoleUrl(r.value().toString());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), r.value());
    } else
        QVERIFY2(r.error().contains(reasonContains), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
