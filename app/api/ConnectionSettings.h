// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace runai {

// How to reach one console. Holds no secret (the token lives in Session, credentials in the
// keychain), so the GUI may keep it in QSettings.
struct ConnectionSettings
{
    enum class ProxyMode {
        System, // the desktop's / environment's proxy configuration (default)
        None, // connect directly
        Manual, // proxyHost:proxyPort, HTTP CONNECT proxy
    };

    QUrl baseUrl; // from InputValidation::consoleUrl(): scheme://host[:port][/prefix]
    // PEM CA certificates ADDED to the system trust store for this console only. Verification
    // stays on: there is deliberately no way to ignore certificate errors.
    QByteArray caBundlePem;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    // Per-request transfer timeout: a request with no progress for this long fails with Timeout.
    std::chrono::milliseconds transferTimeout{30000};
    // GETs only: retries on 502/503/504 and 429, with exponential backoff from retryBaseDelay,
    // or the server's Retry-After when it is not longer than maxRetryAfter.
    int maxGetRetries = 3;
    std::chrono::milliseconds retryBaseDelay{500};
    std::chrono::seconds maxRetryAfter{30};
    // Renew this long before the token lapses (capped at a fifth of the token's lifetime).
    std::chrono::seconds renewalMargin{60};

    // The largest CA bundle read from a file: a bundle is a few kB (a whole system store is
    // ~200 kB); a wrong pick (a log, /dev/zero) must not fill memory or the profile.
    static constexpr qint64 MaxCaBundleBytes = 1024 * 1024;

    // Parses caBundlePem; fails with a reason when it holds no certificate or is malformed.
    static ParseResult<QList<QSslCertificate>> parseCaBundle(const QByteArray &pem);
    // What an imported CA file leaves in a profile: every certificate Qt can read in `data`,
    // re-encoded as PEM, and nothing else (a private key in the same file by mistake is dropped).
    // Empty when `data` holds no certificate at all.
    static QByteArray caCertificatesOf(const QByteArray &data);

    // True when requests to baseUrl go over plain http:// to a host not known to be this
    // machine: passwords, tokens and client secrets would then cross the network unencrypted.
    bool travelsInClear() const { return travelsInClear(baseUrl); }
    static bool travelsInClear(const QUrl &url);
    // Known loopback without asking a resolver: "localhost", 127.0.0.0/8 and ::1 (also as
    // ::ffff:127.x). Any other name is not, even if it resolves to 127.0.0.1 today: what a
    // name resolves to can change (hosts file, DNS), and resolving would block.
    static bool isKnownLoopbackHost(const QString &host);
};

} // namespace runai
