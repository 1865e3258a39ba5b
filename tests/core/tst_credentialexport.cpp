// SPDX-License-Identifier: MIT
// Table tests of the credential export formats: every output reads back to the same values in
// its own syntax (shell, dotenv, JSON, YAML), whatever characters the secret holds.

#include "core/CredentialExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestCredentialExport : public QObject
{
    Q_OBJECT
private:
    static ExportedCredentials sample()
    {
        return {u"https://runai.example.com"_s, u"ci-bot"_s, u"ci-bot"_s, u"s3cr3tS3cr3t"_s};
    }

private Q_SLOTS:
    void dotEnv()
    {
        QCOMPARE(CredentialExport::dotEnv(sample()),
                 u"# Run:ai API credentials of the application \"ci-bot\"\n"
                 "RUNAI_CONSOLE_URL=https://runai.example.com\n"
                 "RUNAI_CLIENT_ID=ci-bot\n"
                 "RUNAI_CLIENT_SECRET=s3cr3tS3cr3t\n"_s);
    }

    void json()
    {
        const QString text = CredentialExport::json(sample());
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(o.value(u"consoleUrl"_s).toString(), u"https://runai.example.com"_s);
        QCOMPARE(o.value(u"clientId"_s).toString(), u"ci-bot"_s);
        QCOMPARE(o.value(u"clientSecret"_s).toString(), u"s3cr3tS3cr3t"_s);
        QCOMPARE(o.value(u"name"_s).toString(), u"ci-bot"_s);
        QCOMPARE(o.size(), 4);
    }

    void jsonEscapes()
    {
        ExportedCredentials c = sample();
        c.clientSecret = u"a\"b\\c\nd"_s;
        const QJsonObject o = QJsonDocument::fromJson(CredentialExport::json(c).toUtf8()).object();
        QCOMPARE(o.value(u"clientSecret"_s).toString(), c.clientSecret);
    }

    void kubernetesSecret()
    {
        QCOMPARE(CredentialExport::kubernetesSecret(sample()),
                 u"apiVersion: v1\n"
                 "kind: Secret\n"
                 "metadata:\n"
                 "  name: runai-ci-bot-credentials\n"
                 "  labels:\n"
                 "    app.kubernetes.io/managed-by: runai-access-console\n"
                 "type: Opaque\n"
                 "stringData:\n"
                 "  RUNAI_CONSOLE_URL: \"https://runai.example.com\"\n"
                 "  RUNAI_CLIENT_ID: \"ci-bot\"\n"
                 "  RUNAI_CLIENT_SECRET: \"s3cr3tS3cr3t\"\n"_s);
    }

    void cliLogin_data()
    {
        QTest::addColumn<bool>("serviceAccounts");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("secretLine");
        QTest::newRow("2.20 app") << false << u"ci-bot"_s << u"ci-bot"_s << u"abc123"_s
                                  << u"runai login app --name=ci-bot --secret-file=ci-bot.secret "
                                     "--interactive=disabled\n"_s
                                  << u" (umask 077 && printf '%s' abc123 > ci-bot.secret)\n"_s;
        QTest::newRow("2.18 no client id")
                << false << u"ci-bot"_s << QString() << u"abc123"_s
                << u"runai login app --name=ci-bot --secret-file=ci-bot.secret "
                   "--interactive=disabled\n"_s
                << u" (umask 077 && printf '%s' abc123 > ci-bot.secret)\n"_s;
        QTest::newRow("2.24 access key")
                << true << u"laptop"_s << u"0b5e-77ac"_s << u"abc123"_s
                << u"runai login access-key --client-id=0b5e-77ac --secret-file=laptop.secret "
                   "--interactive=disabled\n"_s
                << u" (umask 077 && printf '%s' abc123 > laptop.secret)\n"_s;
        QTest::newRow("secret needing quotes")
                << true << u"laptop"_s << u"0b5e-77ac"_s << u"it's $ecret"_s
                << u"runai login access-key --client-id=0b5e-77ac --secret-file=laptop.secret "
                   "--interactive=disabled\n"_s
                << u" (umask 077 && printf '%s' 'it'\\''s $ecret' > laptop.secret)\n"_s;
    }
    // Issue 12 item 7: the secret goes to an owner-only file through the printf builtin and the
    // CLI reads it with --secret-file (documented for `runai login application` and
    // `runai login access-key`), never with --secret=, which puts it in the process list.
    void cliLogin()
    {
        QFETCH(bool, serviceAccounts);
        QFETCH(QString, name);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, login);
        QFETCH(QString, secretLine);
        const ExportedCredentials c{u"https://runai.example.com"_s, name, clientId, secret};
        const QString text = CredentialExport::format(
                CredentialExport::Format::CliLogin, c,
                CredentialExport::cliFlavourFor(serviceAccounts));
        QVERIFY2(text.endsWith(u"runai config set --cp-url=https://runai.example.com\n"_s
                               + secretLine + login),
                 qPrintable(text));
        QVERIFY(!text.contains(u"--secret="_s));
        for (const QString &line : text.split(u'\n'))
            QVERIFY(line.startsWith(u'#') || line == secretLine.chopped(1)
                    || !line.contains(CredentialExport::shellQuote(secret)));
    }

    // The strongest check short of reading /proc: run the exported script with a stand-in for
    // the runai CLI that records every argument it gets. The secret is in none of them, and the
    // file handed to --secret-file holds exactly the secret, readable by the owner only.
    void cliLoginKeepsTheSecretOutOfEveryArgument_data()
    {
        QTest::addColumn<bool>("serviceAccounts");
        QTest::newRow("application (2.18-2.23)") << false;
        QTest::newRow("access key (2.24+)") << true;
    }
    void cliLoginKeepsTheSecretOutOfEveryArgument()
    {
        QFETCH(bool, serviceAccounts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(u"bin"_s));
        const QString argsLog = dir.filePath(u"argv.log"_s);
        QFile fake(dir.filePath(u"bin/runai"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$ARGS_LOG\"; done\n"
                   "for a in \"$@\"; do case \"$a\" in --secret-file=*) f=\"${a#--secret-file=}\"; "
                   "cp \"$f\" \"$ARGS_LOG.secret\"; stat -c %a \"$f\" > \"$ARGS_LOG.mode\";; "
                   "esac; done\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ExeOwner));
        const QString secret = u"s3cr3t 'quoted' $HOME `id`"_s;
        const ExportedCredentials c{u"https://runai.example.com"_s, u"ci-bot"_s, u"ci-bot"_s,
                                    secret};
        QProcess sh;
        sh.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, dir.filePath(u"bin"_s) + u':' + env.value(u"PATH"_s));
        env.insert(u"ARGS_LOG"_s, argsLog);
        sh.setProcessEnvironment(env);
        sh.start(u"/bin/sh"_s, {u"-eu"_s});
        QVERIFY(sh.waitForStarted());
        sh.write(CredentialExport::format(CredentialExport::Format::CliLogin, c,
                                          CredentialExport::cliFlavourFor(serviceAccounts))
                         .toUtf8());
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10'000));
        QCOMPARE(sh.exitCode(), 0);
        QFile args(argsLog);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argv = args.readAll();
        QVERIFY2(argv.contains("--interactive=disabled"), argv.constData());
        QVERIFY2(!argv.contains("s3cr3t"), argv.constData());
        QFile copied(argsLog + u".secret"_s);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(copied.readAll()), secret);
        QFile mode(argsLog + u".mode"_s);
        QVERIFY(mode.open(QIODevice::ReadOnly));
        QCOMPARE(mode.readAll().trimmed(), QByteArray("600"));
    }

    // Every format says, under the preview, how the secret stays off command lines.
    void everyFormatHasACommandLineNote()
    {
        for (auto flavour :
             {CredentialExport::CliFlavour::Application, CredentialExport::CliFlavour::AccessKey}) {
            for (CredentialExport::Format f : CredentialExport::formatsFor(flavour))
                QVERIFY(!CredentialExport::commandLineNote(f).isEmpty());
        }
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"abcXYZ019-_./:@%+=,"_s << u"abcXYZ019-_./:@%+=,"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("backtick") << u"`id`"_s << u"'`id`'"_s;
        QTest::newRow("semicolon") << u"a;rm"_s << u"'a;rm'"_s;
    }
    void shellQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CredentialExport::shellQuote(value), expected);
    }

    void dotEnvValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"abc123"_s << u"abc123"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("hash") << u"a#b"_s << u"'a#b'"_s;
        QTest::newRow("dollar") << u"a$b"_s << u"'a$b'"_s;
        QTest::newRow("single quote") << u"it's $x"_s << u"\"it's \\$x\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\\nb\""_s;
        QTest::newRow("double quote and quote") << u"\"'"_s << u"\"\\\"'\""_s;
    }
    void dotEnvValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CredentialExport::dotEnvValue(value), expected);
    }

    void yamlQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"abc"_s << u"\"abc\""_s;
        QTest::newRow("yaml specials") << u"a: #b"_s << u"\"a: #b\""_s;
        QTest::newRow("quote") << u"a\"b"_s << u"\"a\\\"b\""_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\""_s;
        QTest::newRow("control") << u"a\u0001b"_s << u"\"a\\x01b\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\\nb\""_s;
    }
    void yamlQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CredentialExport::yamlQuote(value), expected);
        // A YAML double-quoted scalar with these escapes is also a JSON string.
        if (!value.contains(u'\u0001'))
            QCOMPARE(
                    QJsonDocument::fromJson("[" + expected.toUtf8() + "]").array().at(0).toString(),
                    value);
    }

    void kubernetesName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ci-bot"_s << u"runai-ci-bot-credentials"_s;
        QTest::newRow("underscore") << u"ci_bot"_s << u"runai-ci-bot-credentials"_s;
        QTest::newRow("upper") << u"CI"_s << u"runai-ci-credentials"_s;
        QTest::newRow("empty") << QString() << u"runai-credentials"_s;
        QTest::newRow("long") << QString(300, u'a')
                              << u"runai-"_s + QString(253 - 6 - 12, u'a') + u"-credentials"_s;
    }
    void kubernetesName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString result = CredentialExport::kubernetesName(name);
        QCOMPARE(result, expected);
        QVERIFY(result.size() <= 253);
    }

    void suggestedFileName_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        using F = CredentialExport::Format;
        QTest::newRow("env") << int(F::DotEnv) << u"ci-bot"_s << u"ci-bot.env"_s;
        QTest::newRow("json") << int(F::Json) << u"ci-bot"_s << u"ci-bot-credentials.json"_s;
        QTest::newRow("yaml") << int(F::KubernetesSecret) << u"ci_bot"_s << u"ci_bot-secret.yaml"_s;
        QTest::newRow("cli") << int(F::CliLogin) << u"ci-bot"_s << u"ci-bot-login.sh"_s;
        QTest::newRow("path tricks") << int(F::DotEnv) << u"../x"_s << u"application..-x.env"_s;
    }
    void suggestedFileName()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(CredentialExport::suggestedFileName(CredentialExport::Format(format), name),
                 expected);
    }

    void everyFormatHasANameAndTheSecret()
    {
        using F = CredentialExport::Format;
        for (F f : {F::DotEnv, F::Json, F::KubernetesSecret, F::CliLogin}) {
            QVERIFY(!CredentialExport::formatName(f).isEmpty());
            QVERIFY(CredentialExport::format(f, sample()).contains(u"s3cr3tS3cr3t"_s));
            QVERIFY(CredentialExport::format(f, sample()).contains(u"ci-bot"_s));
            QVERIFY(CredentialExport::format(f, sample()).endsWith(u'\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialExport)
#include "tst_credentialexport.moc"
