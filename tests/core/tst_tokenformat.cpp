// SPDX-License-Identifier: MIT
// Table tests for the token copy formats (Authorization header, curl, environment variables)
// and the countdown text of the token inspector.

#include "core/TokenFormat.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestTokenFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bearerHeader_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"abc.def.ghi"_s << u"Authorization: Bearer abc.def.ghi"_s;
        QTest::newRow("pasted with newline")
                << u"  abc.def.ghi\n"_s << u"Authorization: Bearer abc.def.ghi"_s;
    }
    void bearerHeader()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::bearerHeader(token), expected);
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("word") << u"abc"_s << u"'abc'"_s;
        QTest::newRow("spaces and $") << u"a $HOME b"_s << u"'a $HOME b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("backtick") << u"`id`"_s << u"'`id`'"_s;
    }
    void shellQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::shellQuote(text), expected);
    }

    void apiUrl_data()
    {
        QTest::addColumn<QString>("console");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << u"https://console"_s << u"/api/v1/users"_s
                              << u"https://console/api/v1/users"_s;
        QTest::newRow("trailing slash")
                << u"https://console/"_s << u"/api/v1/users"_s << u"https://console/api/v1/users"_s;
        QTest::newRow("prefix") << u"https://example.com/runai"_s << u"api/v1/users"_s
                                << u"https://example.com/runai/api/v1/users"_s;
        QTest::newRow("port") << u"http://127.0.0.1:8080"_s << u"/api/v1/roles"_s
                              << u"http://127.0.0.1:8080/api/v1/roles"_s;
        QTest::newRow("user info dropped")
                << u"https://me:pw@console"_s << u"/x"_s << u"https://console/x"_s;
        QTest::newRow("no path") << u"https://console/"_s << QString() << u"https://console"_s;
    }
    void apiUrl()
    {
        QFETCH(QString, console);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::apiUrl(QUrl(console), path), expected);
    }

    void curlCommand_data()
    {
        QTest::addColumn<QString>("console");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("users") << u"https://console"_s << u"eyJa.eyJb.sig"_s << u"/api/v1/users"_s
                               << u" printf '%s\\n' 'Authorization: Bearer eyJa.eyJb.sig' | "
                                  "curl -sS -H @- 'https://console/api/v1/users'"_s;
        QTest::newRow("prefix and quote in token")
                << u"https://example.com/runai/"_s << u"a'b"_s << u"/api/v1/roles"_s
                << u" printf '%s\\n' 'Authorization: Bearer a'\\''b' | curl -sS -H @- "
                   "'https://example.com/runai/api/v1/roles'"_s;
    }
    void curlCommand()
    {
        QFETCH(QString, console);
        QFETCH(QString, token);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::curlCommand(QUrl(console), token, path), expected);
    }

    void curlDefaultsToUsers()
    {
        QVERIFY(TokenFormat::curlCommand(QUrl(u"https://c"_s), u"t"_s)
                        .endsWith(u"'https://c/api/v1/users'"_s));
    }

    // Issue 12 item 7: run the copied command with a stand-in for curl that records its
    // arguments and its input. The token is in none of the arguments (the process list); curl
    // gets the header, exactly, on its input.
    void curlKeepsTheTokenOutOfItsArguments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(u"curl"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$LOG.args\"\ncat > \"$LOG.stdin\"\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ExeOwner));
        const QString token = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib3QifQ.c2ln'x"_s;
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, dir.path() + u':' + env.value(u"PATH"_s));
        env.insert(u"LOG"_s, dir.filePath(u"curl"_s));
        sh.setProcessEnvironment(env);
        sh.start(u"/bin/sh"_s,
                 {u"-euc"_s, TokenFormat::curlCommand(QUrl(u"https://console"_s), token)});
        sh.closeWriteChannel(); // an old-style curl line would wait for input forever
        QVERIFY(sh.waitForFinished(10'000));
        QCOMPARE(sh.exitCode(), 0);
        QFile args(dir.filePath(u"curl.args"_s));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argv = args.readAll();
        QVERIFY2(argv.contains("https://console/api/v1/users"), argv.constData());
        QVERIFY2(!argv.contains("eyJ"), argv.constData());
        QFile input(dir.filePath(u"curl.stdin"_s));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(input.readAll()), u"Authorization: Bearer "_s + token + u'\n');
    }

    void environment_data()
    {
        QTest::addColumn<QString>("console");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both") << u"https://console/"_s << u"tok"_s
                              << u"export RUNAI_CONSOLE_URL='https://console'\n"
                                 " export RUNAI_TOKEN='tok'\n"_s;
        QTest::newRow("no console") << QString() << u" tok\n"_s << u" export RUNAI_TOKEN='tok'\n"_s;
    }
    void environment()
    {
        QFETCH(QString, console);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::environmentVariables(QUrl(console), token), expected);
    }

    void countdown_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("12 s") << qint64(12) << u"expires in 12 s"_s;
        QTest::newRow("1 s") << qint64(1) << u"expires in 1 s"_s;
        QTest::newRow("59 min 10 s") << qint64(59 * 60 + 10) << u"expires in 59 min 10 s"_s;
        QTest::newRow("2 h 5 min") << qint64(2 * 3600 + 5 * 60 + 7) << u"expires in 2 h 5 min"_s;
        QTest::newRow("3 days") << qint64(3 * 86400 + 3600) << u"expires in 3 days 1 h"_s;
        QTest::newRow("now") << qint64(0) << u"expired just now"_s;
        QTest::newRow("past") << qint64(-185) << u"expired 3 min 5 s ago"_s;
    }
    void countdown()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormat::countdown(seconds), expected);
    }
};

QTEST_GUILESS_MAIN(TestTokenFormat)
#include "tst_tokenformat.moc"
