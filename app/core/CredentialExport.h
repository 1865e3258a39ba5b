// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace runai {

// What an exported credential set holds. The secret makes every output of CredentialExport a
// secret too: it goes to the guarded clipboard or a 0600 file, never to a log.
struct ExportedCredentials
{
    QString consoleUrl;
    QString name; // the application's name (the CLI's --name on older consoles)
    QString clientId;
    QString clientSecret;
};

// Pure formatting of an application's credentials for the places they are used: a .env file,
// JSON, a Kubernetes Secret manifest, and the `runai login` command of the console's CLI.
// Values are quoted for their target syntax so that any secret survives the round trip.
class CredentialExport
{
    Q_DECLARE_TR_FUNCTIONS(runai::CredentialExport)
public:
    // CliLogin: the `runai login` command of the console's CLI. The secret goes to an owner-only
    // file through the shell's printf builtin and the CLI reads it with --secret-file, so it is
    // never an argument of a process (other users of the machine can read those in the process
    // list, /proc/*/cmdline). Both CLI flavours document --secret-file (runai-api.md 6.1).
    enum class Format { DotEnv, Json, KubernetesSecret, CliLogin };
    // `runai login app --name --secret-file` (CLI of 2.18-2.23 consoles) or
    // `runai login access-key --client-id --secret-file` (2.24+, where applications became
    // service accounts; see runai-api.md 6.1).
    enum class CliFlavour { Application, AccessKey };

    // Consoles with the service-accounts API (2.24+) ship the CLI that logs in with access keys.
    static CliFlavour cliFlavourFor(bool serviceAccountsApi)
    {
        return serviceAccountsApi ? CliFlavour::AccessKey : CliFlavour::Application;
    }

    static QString format(Format format, const ExportedCredentials &c,
                          CliFlavour flavour = CliFlavour::Application);
    static QString dotEnv(const ExportedCredentials &c);
    static QString json(const ExportedCredentials &c);
    static QString kubernetesSecret(const ExportedCredentials &c);
    static QString cliLogin(const ExportedCredentials &c, CliFlavour flavour);
    // The formats offered for a console whose CLI has this flavour.
    static QList<Format> formatsFor(CliFlavour flavour);

    // Translated name for a format chooser.
    static QString formatName(Format format);
    // Translated note for under the preview: how this format keeps the secret off command lines
    // (process list, shell history), and what it cannot avoid.
    static QString commandLineNote(Format format);
    // A file name to propose in the save dialog, e.g. "ci-bot.env" or "ci-bot-secret.yaml".
    static QString suggestedFileName(Format format, const QString &name);

    // Building blocks, public for the table tests.
    // POSIX shell word: unchanged when safe, else single-quoted ('it'\''s').
    static QString shellQuote(const QString &value);
    // A .env value that dotenv readers (docker compose, python-dotenv) read back unchanged.
    static QString dotEnvValue(const QString &value);
    // A YAML double-quoted scalar.
    static QString yamlQuote(const QString &value);
    // A valid Kubernetes object name (DNS-1123 subdomain) for the application's Secret.
    static QString kubernetesName(const QString &name);

    // The variable names used by .env and the Secret's keys.
    static constexpr const char *ConsoleUrlVariable = "RUNAI_CONSOLE_URL";
    static constexpr const char *ClientIdVariable = "RUNAI_CLIENT_ID";
    static constexpr const char *ClientSecretVariable = "RUNAI_CLIENT_SECRET";
};

} // namespace runai
