// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace runai {

// What the GUI needs to explain a failed TLS handshake and offer to trust a CA. Plain data (the
// api layer fills it from QSslCertificate/QSslError), so core stays free of QtNetwork.
struct TlsFailure
{
    QString host;
    QString subject; // of the server's leaf certificate
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // upper-case hex, colon separated
    QStringList errors; // QSslError::errorString() texts, in Qt's order
    // True when the chain is only untrusted (unknown or self-signed issuer): adding the right CA
    // bundle to this console fixes it. False for hostname mismatch, expiry and the like, where
    // trusting a CA would not help and must not be suggested.
    bool caImportCouldFix = false;
    QByteArray peerChainPem; // the chain the server presented, leaf first

    bool isEmpty() const { return errors.isEmpty() && sha256Fingerprint.isEmpty(); }
};

} // namespace runai
