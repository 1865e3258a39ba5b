// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretKey.h"

#include <QList>
#include <QString>

#include <memory>

namespace runai {

class AppSettings;

// The non-secret list of keys that hold a secret in the keychain, kept in the settings file
// (AppSettings::secretStorageKeys: a list of SecretKey::storageKey() strings).
// It only ever holds key names, never a secret. It is a hint: the keychain stays the truth, and
// a read that finds nothing removes the stale name.
class SecretIndex
{
public:
    // An empty file name means the application's default QSettings.
    explicit SecretIndex(QString settingsFile = {});

    QList<SecretKey> keys() const;
    bool contains(const SecretKey &key) const;
    // Both return true when the index changed.
    bool insert(const SecretKey &key);
    bool erase(const SecretKey &key);

    // The file the index lives in (for the tests that prove only names are written there).
    QString fileName() const;

private:
    std::unique_ptr<AppSettings> openSettings() const;
    QStringList storageKeys() const;
    void setStorageKeys(const QStringList &keys);

    QString m_settingsFile;
};

} // namespace runai
