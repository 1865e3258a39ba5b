// SPDX-License-Identifier: MIT
#include "secrets/SecretStore.h"

#include <algorithm>

namespace runai {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QStringList SecretStore::knownIdentities(const QString &consoleUrl, const QString &kind) const
{
    const QString console = SecretKey::canonicalConsoleUrl(consoleUrl);
    QStringList identities;
    const QList<SecretKey> keys = knownKeys();
    for (const SecretKey &key : keys) {
        if (key.kind == kind && SecretKey::canonicalConsoleUrl(key.consoleUrl) == console)
            identities.append(key.identity);
    }
    std::sort(identities.begin(), identities.end());
    identities.erase(std::unique(identities.begin(), identities.end()), identities.end());
    return identities;
}

bool SecretStore::isKnown(const SecretKey &key) const
{
    const QString wanted = key.storageKey();
    const QList<SecretKey> keys = knownKeys();
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&](const SecretKey &known) { return known.storageKey() == wanted; });
}

} // namespace runai
