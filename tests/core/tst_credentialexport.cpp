// SPDX-License-Identifier: MIT
// Table tests of the credential export formats: every output reads back to the same values in
// its own syntax (shell, dotenv, JSON, YAML), whatever characters the secret holds.

#include "CredentialExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        QTest::addColumn<QString>("expected");
        const QString config = u"runai config set --cp-url=https://runai.example.com\n"_s;
        QTest::newRow("2.20 app")
                << false << u"ci-bot"_s << u"ci-bot"_s << u"abc123"_s
                << config + u"runai login app --name=ci-bot --secret=abc123 --interactive=disabled\n"_s;
        QTest::newRow("2.18 no client id")
                << false << u"ci-bot"_s << QString() << u"abc123"_s
                << config + u"runai login app --name=ci-bot --secret=abc123 --interactive=disabled\n"_s;
        QTest::newRow("2.24 access key")
                << true << u"ci-bot"_s << u"ci-bot"_s << u"abc123"_s
                << config
                           + u"runai login access-key --client-id=ci-bot --secret=abc123 "
                             "--interactive=disabled\n"_s;
        QTest::newRow("secret needing quotes")
                << true << u"ci-bot"_s << u"ci-bot"_s << u"a b'c$d"_s
                << config
                           + u"runai login access-key --client-id=ci-bot --secret='a b'\\''c$d' "
                             "--interactive=disabled\n"_s;
    }
    void cliLogin()
    {
        QFETCH(bool, serviceAccounts);
        QFETCH(QString, name);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        const ExportedCredentials c{u"https://runai.example.com"_s, name, clientId, secret};
        QCOMPARE(CredentialExport::format(CredentialExport::Format::CliLogin, c,
                                          CredentialExport::cliFlavourFor(serviceAccounts)),
                 expected);
    }

    // Access keys: the CLI reads the secret from an owner-only file, never from its command line.
    void cliLoginSecretFile()
    {
        const ExportedCredentials c{u"https://runai.example.com"_s, u"laptop"_s, u"0b5e-77ac"_s,
                                    u"it's $ecret"_s};
        QCOMPARE(CredentialExport::format(CredentialExport::Format::CliLoginSecretFile, c),
                 u"# Signs the runai CLI in with the access key \"laptop\". The secret goes to a "
                 "file only you can read,\n# never onto a command line. Delete the file when you "
                 "no longer need it.\n"
                 "runai config set --cp-url=https://runai.example.com\n"
                 "(umask 077 && printf '%s' 'it'\\''s $ecret' > laptop.secret)\n"
                 "runai login access-key --client-id=0b5e-77ac --secret-file=laptop.secret "
                 "--interactive=disabled\n"_s);
        using F = CredentialExport::Format;
        QVERIFY(CredentialExport::formatsFor(CredentialExport::CliFlavour::AccessKey)
                        .contains(F::CliLoginSecretFile));
        QVERIFY(!CredentialExport::formatsFor(CredentialExport::CliFlavour::Application)
                         .contains(F::CliLoginSecretFile));
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
        QTest::newRow("cli secret file")
                << int(F::CliLoginSecretFile) << u"laptop"_s << u"laptop-login-secret-file.sh"_s;
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
        for (F f : {F::DotEnv, F::Json, F::KubernetesSecret, F::CliLogin, F::CliLoginSecretFile}) {
            QVERIFY(!CredentialExport::formatName(f).isEmpty());
            QVERIFY(CredentialExport::format(f, sample()).contains(u"s3cr3tS3cr3t"_s));
            QVERIFY(CredentialExport::format(f, sample()).contains(u"ci-bot"_s));
            QVERIFY(CredentialExport::format(f, sample()).endsWith(u'\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialExport)
#include "tst_credentialexport.moc"
