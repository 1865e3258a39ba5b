// SPDX-License-Identifier: MIT
#include "core/CredentialExport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

bool isShellSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || QStringView(u"-_./:@%+=,").contains(c);
}

QString line(const char *variable, const QString &value)
{
    return QLatin1StringView(variable) + u'=' + CredentialExport::dotEnvValue(value) + u'\n';
}

} // namespace

QString CredentialExport::format(Format format, const ExportedCredentials &c, CliFlavour flavour)
{
    switch (format) {
    case Format::DotEnv:
        return dotEnv(c);
    case Format::Json:
        return json(c);
    case Format::KubernetesSecret:
        return kubernetesSecret(c);
    case Format::CliLogin:
        return cliLogin(c, flavour);
    }
    return {};
}

QString CredentialExport::dotEnv(const ExportedCredentials &c)
{
    // A comment line may not contain a newline; names are validated, but stay safe anyway.
    QString name = c.name;
    name.replace(u'\n', u' ').replace(u'\r', u' ');
    return u"# Run:ai API credentials of the application \"%1\"\n"_s.arg(name)
           + line(ConsoleUrlVariable, c.consoleUrl) + line(ClientIdVariable, c.clientId)
           + line(ClientSecretVariable, c.clientSecret);
}

QString CredentialExport::json(const ExportedCredentials &c)
{
    const QJsonObject object{{u"name"_s, c.name},
                             {u"consoleUrl"_s, c.consoleUrl},
                             {u"clientId"_s, c.clientId},
                             {u"clientSecret"_s, c.clientSecret}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString CredentialExport::kubernetesSecret(const ExportedCredentials &c)
{
    // stringData takes plain text: the API server encodes it, so no base64 here.
    return u"apiVersion: v1\n"
           "kind: Secret\n"
           "metadata:\n"
           "  name: %1\n"
           "  labels:\n"
           "    app.kubernetes.io/managed-by: runai-access-console\n"
           "type: Opaque\n"
           "stringData:\n"_s.arg(kubernetesName(c.name))
           + u"  %1: %2\n"_s.arg(QLatin1StringView(ConsoleUrlVariable), yamlQuote(c.consoleUrl))
           + u"  %1: %2\n"_s.arg(QLatin1StringView(ClientIdVariable), yamlQuote(c.clientId))
           + u"  %1: %2\n"_s.arg(QLatin1StringView(ClientSecretVariable),
                                 yamlQuote(c.clientSecret));
}

QString CredentialExport::cliLogin(const ExportedCredentials &c, CliFlavour flavour)
{
    QString name = c.name;
    name.replace(u'\n', u' ').replace(u'\r', u' ');
    QString file = suggestedFileName(Format::CliLogin, c.name);
    file = shellQuote(file.replace(u"-login.sh"_s, u".secret"_s));
    const QString who = flavour == CliFlavour::AccessKey ? u"with the access key \"%1\""_s.arg(name)
                                                         : u"as the application \"%1\""_s.arg(name);
    const QString login = flavour == CliFlavour::AccessKey
                                  ? u"runai login access-key --client-id="_s
                                            + shellQuote(c.clientId)
                                  : u"runai login app --name="_s
                                            + shellQuote(c.name.isEmpty() ? c.clientId : c.name);
    // The CLI must know the console first; --interactive=disabled keeps a pipeline from waiting
    // at a prompt. No --save: it would copy the secret into ~/.runai/config.json. printf is a
    // shell builtin: the secret reaches the file without being an argument of any process, and
    // umask in a subshell makes the file owner-only from its first byte. The leading space keeps
    // the line out of the history of shells that skip such lines (bash: HISTCONTROL=ignorespace).
    return u"# Signs the runai CLI in %1. The secret goes to a file only you can read,\n"
           "# never onto a command line. Run this as a script: pasted into a shell, the line "
           "that\n# writes the file may stay in its history. Delete %2 when no longer needed.\n"_s
                   .arg(who, file)
           + u"runai config set --cp-url="_s + shellQuote(c.consoleUrl) + u'\n'
           + u" (umask 077 && printf '%s' "_s + shellQuote(c.clientSecret) + u" > "_s + file
           + u")\n"_s + login + u" --secret-file="_s + file + u" --interactive=disabled\n"_s;
}

QList<CredentialExport::Format> CredentialExport::formatsFor(CliFlavour flavour)
{
    Q_UNUSED(flavour) // both CLIs read the secret from a file (cliLogin())
    return {Format::DotEnv, Format::Json, Format::KubernetesSecret, Format::CliLogin};
}

QString CredentialExport::formatName(Format format)
{
    switch (format) {
    case Format::DotEnv:
        return tr(".env file (environment variables)");
    case Format::Json:
        return tr("JSON");
    case Format::KubernetesSecret:
        return tr("Kubernetes Secret manifest (YAML)");
    case Format::CliLogin:
        return tr("runai CLI login (the secret read from a file)");
    }
    return {};
}

QString CredentialExport::commandLineNote(Format format)
{
    switch (format) {
    case Format::DotEnv:
        return tr("No command line holds the secret: programs read this file (docker compose "
                  "--env-file, python-dotenv). Do not pass the value with -e on a command line.");
    case Format::Json:
        return tr("No command line holds the secret: programs read this file.");
    case Format::KubernetesSecret:
        return tr("Apply it with kubectl apply -f and the file name: the secret stays in the "
                  "file, off the command line (kubectl create secret --from-literal would put it "
                  "there).");
    case Format::CliLogin:
        return tr("The secret is never an argument of a command (visible in the process list): "
                  "printf is a shell builtin and the CLI reads the secret from the file. Pasted "
                  "into a terminal, the line that writes the file can stay in the shell history "
                  "unless the shell skips lines starting with a space (bash: "
                  "HISTCONTROL=ignorespace): save it and run it as a script instead.");
    }
    return {};
}

QString CredentialExport::suggestedFileName(Format format, const QString &name)
{
    QString base;
    for (QChar c : name)
        base += isShellSafe(c) && c != u'/' && c != u':' && c != u'%' ? c : u'-';
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"application"_s);
    switch (format) {
    case Format::DotEnv:
        return base + u".env"_s;
    case Format::Json:
        return base + u"-credentials.json"_s;
    case Format::KubernetesSecret:
        return base + u"-secret.yaml"_s;
    case Format::CliLogin:
        return base + u"-login.sh"_s;
    }
    return base;
}

QString CredentialExport::shellQuote(const QString &value)
{
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isShellSafe))
        return value;
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CredentialExport::dotEnvValue(const QString &value)
{
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isShellSafe))
        return value;
    // Single quotes are literal in every dotenv reader; a value that holds one needs double
    // quotes, where backslash, the quote, '$' and '`' are escaped.
    if (!value.contains(u'\'') && !value.contains(u'\n'))
        return u'\'' + value + u'\'';
    QString escaped;
    for (QChar c : value) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            escaped += u'\\';
        if (c == u'\n') {
            escaped += u"\\n"_s;
            continue;
        }
        escaped += c;
    }
    return u'"' + escaped + u'"';
}

QString CredentialExport::yamlQuote(const QString &value)
{
    QString out = u"\""_s;
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString CredentialExport::kubernetesName(const QString &name)
{
    // DNS-1123 subdomain: lower-case alphanumerics, '-' and '.', alphanumeric at both ends,
    // at most 253 characters. Application names may hold '_', which Kubernetes refuses.
    QString out;
    for (QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')
            out += c;
        else
            out += u'-';
    }
    QString result = u"runai-"_s + out;
    result = result.left(253 - int(qstrlen("-credentials")));
    while (result.endsWith(u'-') || result.endsWith(u'.'))
        result.chop(1);
    return result + u"-credentials"_s;
}

} // namespace runai
