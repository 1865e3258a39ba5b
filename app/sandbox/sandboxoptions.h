#pragma once

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace runai::sandbox {

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
    QString adminPassword = QStringLiteral("Abcd!234");
    int tokenLifetimeSeconds = 3600;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port
    // Both set => HTTPS only. Spelled-out initialisers keep `SandboxOptions options = {}` valid:
    // QSslCertificate's default constructor is explicit.
    QSslCertificate tlsCertificate = QSslCertificate();
    QSslKey tlsKey = QSslKey();
    QString stateFile; // empty = in memory only
};

} // namespace runai::sandbox
