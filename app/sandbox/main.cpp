// SPDX-License-Identifier: MIT
// runai-sandbox: the Run:ai-compatible sandbox control plane as a program of its own, for curl,
// the desktop program and benchmarks.
#include "sandbox/SandboxServer.h"
#include "sandbox/SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using runai::sandbox::FaultInjector;
using runai::sandbox::SandboxOptions;
using runai::sandbox::SandboxServer;

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// "PATH:N" or "PATH:STATUS:N[:RETRY_AFTER]"; split from the right so that PATH stays intact.
bool parseFault(const QString &spec, int numbers, QString *path, QList<int> *values)
{
    QStringList parts = spec.split(u':');
    if (parts.size() < numbers + 1)
        return false;
    values->clear();
    for (int i = 0; i < numbers; ++i) {
        bool ok = false;
        values->prepend(parts.takeLast().toInt(&ok));
        if (!ok)
            return false;
    }
    *path = parts.join(u':');
    return path->startsWith(u'/');
}

int fail(const QString &message)
{
    QTextStream(stderr) << "runai-sandbox: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"runai-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNAI_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"A Run:ai-compatible control plane (tokens, applications, service accounts, users, "
            "roles, access rules) for trying out and testing clients. Not a real cluster."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port to listen on; 0 picks a free one."_s,
                                  u"port"_s, u"0"_s);
    const QCommandLineOption bind(
            u"bind"_s,
            u"Address to listen on (default 127.0.0.1). Any other address needs an "
            "administrator password other than the default."_s,
            u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption apiVersion(
            u"api-version"_s,
            u"Control-plane version to imitate, 2.18 to 2.26 or 3.0 (default 2.20). Each answers "
            "only what that version has. 2.18-2.19: app_token only, apps without clientId, "
            "users listed with the legacy filter only, no /users/count. 2.20-2.23: adds "
            "client_credentials, clientId, users paging, /users/count. 2.24-2.26: adds service "
            "accounts, /api/v2/token, expiresIn, role flags, rule status. 3.0: no "
            "/api/v1/apps, app_token or v1 roles; /api/v2/authorization/roles, user first and "
            "last names, /api/v1/users-minimal, no app subject type, a built-in "
            "all-authenticated-users rule; v2 token without refresh_token."_s,
            u"version"_s, u"2.20"_s);
    const QCommandLineOption serviceAccountsOnly(
            u"service-accounts-only"_s,
            u"Answer 404 on /api/v1/apps, as a server with only service accounts (raises "
            "versions before 2.24 to 2.24)."_s);
    const QCommandLineOption adminEmail(u"admin-email"_s, u"The administrator's email."_s,
                                        u"email"_s, u"test@run.ai"_s);
    const QCommandLineOption adminPassword(
            u"admin-password"_s,
            u"The administrator's password (default Abcd!234, accepted only when listening on "
            "loopback; or set RUNAI_SANDBOX_ADMIN_PASSWORD to keep it out of the process "
            "list)."_s,
            u"password"_s);
    const QCommandLineOption tokenLifetime(
            u"token-lifetime"_s, u"Access token lifetime in seconds."_s, u"seconds"_s, u"3600"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate; with --tls-key: HTTPS."_s,
                                     u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"file"_s);
    const QCommandLineOption state(
            u"state"_s,
            u"JSON file to load at start and save on changes and at exit (written atomically; "
            "secrets only as salted hashes)."_s,
            u"file"_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every answer by this much."_s, u"ms"_s,
                                     u"0"_s);
    const QCommandLineOption failOption(
            u"fail"_s,
            u"Answer the next COUNT requests under PATH with STATUS and a JSON error body; "
            "optional Retry-After header in seconds. Repeatable."_s,
            u"PATH:STATUS:COUNT[:RETRY_AFTER]"_s);
    const QCommandLineOption html502(u"html502"_s,
                                     u"Answer the next COUNT requests under PATH with an HTML "
                                     "gateway page, status 502. Repeatable."_s,
                                     u"PATH:COUNT"_s);
    const QCommandLineOption drop(u"drop"_s,
                                  u"Close the connection without an answer for the next COUNT "
                                  "requests under PATH. Repeatable."_s,
                                  u"PATH:COUNT"_s);
    const QCommandLineOption dropAfter(
            u"drop-after-handling"_s,
            u"Like --drop, but the request is carried out first (the object is created)."_s,
            u"PATH:COUNT"_s);
    const QCommandLineOption truncate(
            u"truncate"_s,
            u"Carry out the next COUNT requests under PATH but cut the answer short."_s,
            u"PATH:COUNT"_s);
    const QCommandLineOption nonJson(
            u"non-json"_s,
            u"Answer the next COUNT requests under PATH with 200 and a body that is not JSON."_s,
            u"PATH:COUNT"_s);
    const QCommandLineOption seedUsers(
            u"seed-users"_s,
            u"Start with this many extra users, user1@example.com and up (for benchmarks)."_s,
            u"count"_s, u"0"_s);
    const runai::sandbox::HttpLimits defaults;
    const QCommandLineOption maxBody(
            u"max-body-bytes"_s,
            u"Largest request body accepted; a larger one is answered 413 from its headers, "
            "unread (default %1)."_s.arg(defaults.maxBodyBytes),
            u"bytes"_s, QString::number(defaults.maxBodyBytes));
    const QCommandLineOption maxHeader(
            u"max-header-bytes"_s,
            u"Largest request line plus headers accepted; more is answered 431 (default %1)."_s.arg(
                    defaults.maxHeaderBytes),
            u"bytes"_s, QString::number(defaults.maxHeaderBytes));
    const QCommandLineOption maxConnections(
            u"max-connections"_s,
            u"Most connections open at once; more are answered 503 and closed (default %1)."_s.arg(
                    defaults.maxConnections),
            u"count"_s, QString::number(defaults.maxConnections));
    const QCommandLineOption headerTimeout(
            u"header-timeout"_s,
            u"A request's headers must arrive within this long of its first byte (or of the "
            "connection opening), else 408 and the connection is closed (default %1)."_s.arg(
                    defaults.headerTimeout.count()),
            u"ms"_s, QString::number(defaults.headerTimeout.count()));
    const QCommandLineOption bodyTimeout(
            u"body-timeout"_s,
            u"A request's body must arrive within this long of its headers, else 408 and the "
            "connection is closed (default %1)."_s.arg(defaults.bodyTimeout.count()),
            u"ms"_s, QString::number(defaults.bodyTimeout.count()));
    const QCommandLineOption idleTimeout(
            u"idle-timeout"_s,
            u"A keep-alive connection with no request for this long is closed (default %1)."_s.arg(
                    defaults.idleTimeout.count()),
            u"ms"_s, QString::number(defaults.idleTimeout.count()));
    parser.addOptions(
            {maxBody, maxHeader, maxConnections, headerTimeout, bodyTimeout, idleTimeout});
    parser.addOptions({port, bind, apiVersion, serviceAccountsOnly, adminEmail, adminPassword,
                       tokenLifetime, tlsCert, tlsKey, state, latency, failOption, html502, drop,
                       dropAfter, truncate, nonJson, seedUsers});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument %1"_s.arg(parser.positionalArguments().first()));

    SandboxOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(u"--port must be a number from 0 to 65535"_s);
    options.port = quint16(portNumber);
    if (!options.bindAddress.setAddress(parser.value(bind)))
        return fail(u"--bind needs an IP address, got %1"_s.arg(parser.value(bind)));
    options.apiVersion = parser.value(apiVersion);
    options.serviceAccountsOnly = parser.isSet(serviceAccountsOnly);
    options.adminEmail = parser.value(adminEmail);
    if (parser.isSet(adminPassword))
        options.adminPassword = parser.value(adminPassword);
    else if (qEnvironmentVariableIsSet("RUNAI_SANDBOX_ADMIN_PASSWORD"))
        options.adminPassword = qEnvironmentVariable("RUNAI_SANDBOX_ADMIN_PASSWORD");
    options.tokenLifetimeSeconds = parser.value(tokenLifetime).toInt(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return fail(u"--token-lifetime must be a positive number of seconds"_s);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(tlsCert)) {
        QString error;
        const QByteArray certPem = readFile(parser.value(tlsCert), &error);
        const QByteArray keyPem = readFile(parser.value(tlsKey), &error);
        if (!error.isEmpty())
            return fail(error);
        options.tlsCertificate = QSslCertificate(certPem, QSsl::Pem);
        options.tlsKey = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (options.tlsKey.isNull())
            options.tlsKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (options.tlsCertificate.isNull() || options.tlsKey.isNull())
            return fail(u"cannot load the PEM certificate or key"_s);
    }
    options.stateFile = parser.value(state);
    const auto positive = [&parser](const QCommandLineOption &option, qint64 *value) {
        bool valid = false;
        *value = parser.value(option).toLongLong(&valid);
        return valid && *value > 0;
    };
    qint64 limit = 0;
    if (!positive(maxBody, &limit))
        return fail(u"--max-body-bytes must be a positive number of bytes"_s);
    options.limits.maxBodyBytes = limit;
    if (!positive(maxHeader, &limit))
        return fail(u"--max-header-bytes must be a positive number of bytes"_s);
    options.limits.maxHeaderBytes = limit;
    if (!positive(maxConnections, &limit) || limit > 1'000'000)
        return fail(u"--max-connections must be a number from 1 to 1000000"_s);
    options.limits.maxConnections = int(limit);
    const std::pair<const QCommandLineOption *, std::chrono::milliseconds *> timeouts[] = {
            {&headerTimeout, &options.limits.headerTimeout},
            {&bodyTimeout, &options.limits.bodyTimeout},
            {&idleTimeout, &options.limits.idleTimeout},
    };
    for (const auto &[option, target] : timeouts) {
        if (!positive(*option, &limit) || limit > std::numeric_limits<int>::max())
            return fail(u"--%1 must be a positive number of milliseconds"_s.arg(
                    option->names().first()));
        *target = std::chrono::milliseconds(limit);
    }

    SandboxServer server(options);
    const int latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || latencyMs < 0)
        return fail(u"--latency must be a number of milliseconds"_s);
    server.faults().setLatency(std::chrono::milliseconds(latencyMs));
    QString path;
    QList<int> values;
    for (const QString &spec : parser.values(failOption)) {
        // PATH:STATUS:COUNT:RETRY_AFTER when the last three fields are numbers with a valid
        // status first, else PATH:STATUS:COUNT.
        QByteArray retryAfter;
        const bool withRetry = parseFault(spec, 3, &path, &values) && values[0] >= 100
                               && values[0] <= 599 && values[1] >= 0 && values[2] >= 0;
        if (withRetry) {
            retryAfter = QByteArray::number(values[2]);
        } else if (!parseFault(spec, 2, &path, &values) || values[0] < 100 || values[0] > 599
                   || values[1] < 0) {
            return fail(u"--fail wants PATH:STATUS:COUNT[:RETRY_AFTER], got %1"_s.arg(spec));
        }
        server.faults().failNext(path, values[0], values[1], retryAfter);
    }
    const auto addSimple = [&](const QCommandLineOption &option,
                               void (FaultInjector::*add)(const QString &, int)) {
        for (const QString &spec : parser.values(option)) {
            if (!parseFault(spec, 1, &path, &values))
                return spec;
            (server.faults().*add)(path, values[0]);
        }
        return QString();
    };
    const std::pair<const QCommandLineOption *, void (FaultInjector::*)(const QString &, int)>
            simpleFaults[] = {
                    {&html502, &FaultInjector::html502Next},
                    {&drop, &FaultInjector::dropNext},
                    {&dropAfter, &FaultInjector::dropAfterHandlingNext},
                    {&truncate, &FaultInjector::truncateNext},
                    {&nonJson, &FaultInjector::nonJsonNext},
            };
    for (const auto &[option, add] : simpleFaults) {
        const QString bad = addSimple(*option, add);
        if (!bad.isEmpty())
            return fail(u"--%1 wants PATH:COUNT, got %2"_s.arg(option->names().first(), bad));
    }

    const int seedCount = parser.value(seedUsers).toInt(&ok);
    if (!ok || seedCount < 0)
        return fail(u"--seed-users must be a number of users"_s);

    if (!server.start())
        return fail(server.errorString());
    server.seedUsers(seedCount);

    runai::sandbox::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &runai::sandbox::SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    // The first line is the contract with scripts and tests: they read the URL from it.
    std::printf("Run:ai sandbox listening on %s\n",
                server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    if (!options.bindAddress.isLoopback()) {
        QTextStream(stderr) << "runai-sandbox: listening on " << server.baseUrl().toString()
                            << ", reachable from other machines; a sandbox is not a real "
                               "control plane (plain HTTP unless --tls-cert is given)"
                            << Qt::endl;
    }

    const int rc = app.exec();
    if (!server.saveState())
        return 1;
    return rc;
}
