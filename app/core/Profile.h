// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace runai {

// One console the user works with, under a name of their choice. Nothing here is secret (the
// proxy password lives in the keychain), so a Profile may be stored in QSettings and logged.
struct Profile
{
    enum class Proxy { System, None, Manual };

    QString id; // stable, generated; names the profile in QSettings
    QString name; // shown in the switcher and the status bar; unique
    QString consoleUrl; // as typed; validated by InputValidation::consoleUrl() when used
    // Extra CA certificates: a file read at sign-in, or PEM text pasted into the profile.
    QString caBundlePath;
    QByteArray caBundlePem;
    Proxy proxy = Proxy::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    bool rememberEmail = true;
    QString email;
    // The Run:ai API generation of the console: empty = detect it after each sign-in (the
    // default), else pinned: "2.18", "2.20", "2.24" or "3.0" (ConsoleCapabilities'
    // generationKey), for a console whose probe cannot be trusted (e.g. a gateway in front).
    QString apiGeneration;
    // What the last probe found (ConsoleCapabilities' settings string) and for which console URL:
    // the next sign-in uses it before its own probe (which token endpoint to ask).
    QString capabilitiesCache;
    QString capabilitiesUrl;
    // The plain http:// console URL (not loopback) the user agreed to send credentials to
    // unencrypted; empty: never agreed. A different URL is asked about again.
    QString cleartextAllowedUrl;

    bool isValid() const { return !id.isEmpty() && !name.trimmed().isEmpty(); }

    static QString proxyName(Proxy proxy); // "system", "none", "manual"
    static Proxy proxyFromName(const QString &name); // System for anything unknown
};

} // namespace runai

Q_DECLARE_METATYPE(runai::Profile)
