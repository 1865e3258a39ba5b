// SPDX-License-Identifier: MIT
#include "secrets/SecretIndex.h"

#include "core/AppSettings.h"

namespace runai {

SecretIndex::SecretIndex(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{ }

std::unique_ptr<AppSettings> SecretIndex::openSettings() const
{
    // A fresh one per access: QSettings shares its cache per file inside the process, so this
    // sees what other parts of the program wrote, and nothing is held open in between.
    return std::make_unique<AppSettings>(m_settingsFile);
}

QString SecretIndex::fileName() const
{
    return openSettings()->fileName();
}

QStringList SecretIndex::storageKeys() const
{
    return openSettings()->secretStorageKeys();
}

void SecretIndex::setStorageKeys(const QStringList &keys)
{
    const auto settings = openSettings();
    settings->setSecretStorageKeys(keys);
    settings->sync(); // on disk now, so a crash right after a write does not lose the name
}

QList<SecretKey> SecretIndex::keys() const
{
    QList<SecretKey> result;
    const QStringList names = storageKeys();
    for (const QString &name : names) {
        const SecretKey key = SecretKey::fromStorageKey(name);
        if (key.isValid())
            result.append(key);
    }
    return result;
}

bool SecretIndex::contains(const SecretKey &key) const
{
    return storageKeys().contains(key.storageKey());
}

bool SecretIndex::insert(const SecretKey &key)
{
    QStringList names = storageKeys();
    const QString name = key.storageKey();
    if (names.contains(name))
        return false;
    names.append(name);
    names.sort();
    setStorageKeys(names);
    return true;
}

bool SecretIndex::erase(const SecretKey &key)
{
    QStringList names = storageKeys();
    if (names.removeAll(key.storageKey()) == 0)
        return false;
    setStorageKeys(names);
    return true;
}

} // namespace runai
