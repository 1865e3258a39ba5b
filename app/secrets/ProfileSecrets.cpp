// SPDX-License-Identifier: MIT
#include "secrets/ProfileSecrets.h"

#include "core/InputValidation.h"
#include "secrets/KeychainBridge.h"
#include "secrets/SecretStore.h"

using namespace Qt::StringLiterals;

namespace runai::ProfileSecrets {

namespace {
// The console part of the profile's keys, in the form the pages use (the validated URL).
QString consoleOf(const Profile &profile)
{
    const auto parsed = InputValidation::consoleUrl(profile.consoleUrl.trimmed());
    return parsed ? SecretKey::canonicalConsoleUrl(parsed.value().toString()) : QString();
}
} // namespace

SecretKey proxyPasswordKey(const Profile &profile)
{
    const QString console = consoleOf(profile);
    if (console.isEmpty() || profile.proxyUser.trimmed().isEmpty()
        || profile.proxyHost.trimmed().isEmpty())
        return {};
    return SecretKey{console, QString(SecretKind::ProxyPassword),
                     u"%1@%2:%3"_s.arg(profile.proxyUser.trimmed(), profile.proxyHost.trimmed())
                             .arg(profile.proxyPort)};
}

QList<SecretKey> keysOf(const Profile &profile, const KeychainBridge *keychain)
{
    QList<SecretKey> keys;
    const QString console = consoleOf(profile);
    if (console.isEmpty() || !keychain || !keychain->store())
        return keys;
    const QList<SecretKey> known = keychain->store()->knownKeys();
    for (const SecretKey &key : known) {
        if (SecretKey::canonicalConsoleUrl(key.consoleUrl) == console)
            keys.append(key);
    }
    return keys;
}

QList<Profile> sharingConsole(const Profile &profile, const QList<Profile> &all)
{
    QList<Profile> sharing;
    const QString console = consoleOf(profile);
    if (console.isEmpty())
        return sharing;
    for (const Profile &other : all) {
        if (other.id != profile.id && consoleOf(other) == console)
            sharing.append(other);
    }
    return sharing;
}

} // namespace runai::ProfileSecrets
