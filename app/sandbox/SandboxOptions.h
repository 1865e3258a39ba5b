// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <chrono>

namespace runai::sandbox {

// What one HTTP connection may cost the sandbox. A request over a size limit is answered (413,
// 431) from its headers alone, before its body is read; a connection that is too slow or idle is
// closed. The defaults leave room for every real use (a JSON body is a few KiB, a bearer token a
// few hundred bytes, the client keeps at most 6 connections per host, the bench 8) while keeping
// a hostile client's cost to about maxConnections x (maxHeaderBytes + maxBodyBytes).
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024; // request line + headers
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
    int maxConnections = 256; // further connections are answered 503 and closed
    std::chrono::milliseconds headerTimeout{10'000}; // first byte -> end of headers
    std::chrono::milliseconds bodyTimeout{30'000}; // end of headers -> end of body
    std::chrono::milliseconds idleTimeout{120'000}; // keep-alive: answer -> next request
};

// How a SandboxServer behaves. Plain value type: copy it, change fields, hand it to the server.
struct SandboxOptions
{
    // "2.18" (app_token only, no clientId, users listed with the legacy filter only), "2.20"
    // (default), "2.24" (service accounts, /api/v2/token, expiresIn), "3.0" (no applications,
    // v2 roles, user names). Any "2.NN" from 2.18 to 2.26 is accepted and behaves like the
    // closest of 2.18, 2.20 and 2.24 at or below it.
    QString apiVersion = QStringLiteral("2.20");
    // /api/v1/apps answers 404, as on a server that only has service accounts. Implies 2.24
    // behaviour: the server raises apiVersion to "2.24" when this is set with an older version.
    bool serviceAccountsOnly = false;
    QString adminEmail = QStringLiteral("test@run.ai");
    // The well-known default: fine on loopback, refused for any other bind address.
    static constexpr QLatin1StringView defaultAdminPassword{"Abcd!234"};
    QString adminPassword = QString(defaultAdminPassword);
    int tokenLifetimeSeconds = 3600;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    // Both set => HTTPS only. Spelled-out initialisers keep `SandboxOptions options = {}` valid:
    // QSslCertificate's default constructor is explicit.
    QSslCertificate tlsCertificate = QSslCertificate();
    QSslKey tlsKey = QSslKey();
    QString stateFile; // empty = in memory only
    HttpLimits limits;
};

} // namespace runai::sandbox
