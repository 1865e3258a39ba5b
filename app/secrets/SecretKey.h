// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

namespace runai {

// The kinds of secret the program keeps. Plain strings so that a new kind needs no code here.
namespace SecretKind {
inline constexpr QLatin1StringView AdminPassword{"admin-password"};
inline constexpr QLatin1StringView ClientSecret{"client-secret"};
inline constexpr QLatin1StringView ProxyPassword{"proxy-password"};
// A user's access key secret (2.24+), by the key's client ID.
inline constexpr QLatin1StringView AccessKeySecret{"access-key-secret"};
} // namespace SecretKind

// Names one secret: which console it belongs to, what it is, and whose it is.
// None of the three parts is secret, so a SecretKey may be logged and stored in QSettings.
struct SecretKey
{
    QString consoleUrl; // normalised console URL, e.g. https://console.example.com
    QString kind; // a SecretKind value
    QString identity; // email, application client ID, ...

    bool isValid() const;

    // The key string used in the keychain (QtKeychain "key", Secret Service attribute "user"),
    // e.g. "https://console.example.com|client-secret|my-app". Each part is percent-encoded so
    // that no identity can forge a separator; the console URL is canonicalised so that
    // "https://Console.Example.com/" and "https://console.example.com" name the same secret.
    QString storageKey() const;

    // Inverse of storageKey(); returns an invalid key for anything else.
    static SecretKey fromStorageKey(const QString &storageKey);

    // The canonical form used inside storageKey(); exposed so callers can compare consoles.
    static QString canonicalConsoleUrl(const QString &consoleUrl);

    friend bool operator==(const SecretKey &a, const SecretKey &b)
    {
        return a.storageKey() == b.storageKey();
    }
};

} // namespace runai

Q_DECLARE_METATYPE(runai::SecretKey)
