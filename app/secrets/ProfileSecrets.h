// SPDX-License-Identifier: MIT
#pragma once

#include "core/Profile.h"
#include "secrets/SecretKey.h"

#include <QList>

namespace runai {

class KeychainBridge;

// Which keychain entries belong to a profile. Secrets are namespaced by console (SecretKey's
// canonical console URL), not by profile, on purpose: an administrator password or a client
// secret belongs to an identity on a console, and two profiles for the same console (say, one
// direct and one through a proxy) must use the same secret, or a changed password would leave
// the other profile with a stale copy. So a profile owns the secrets of its console only while
// no other profile points at the same console; deleting it then deletes them.
namespace ProfileSecrets {

// The key of the profile's manual-proxy password ("user@host:port" on the profile's console);
// invalid when the profile has no console URL or no proxy user.
SecretKey proxyPasswordKey(const Profile &profile);

// Every key in the keychain index that belongs to `profile`'s console (any kind).
QList<SecretKey> keysOf(const Profile &profile, const KeychainBridge *keychain);

// The other profiles that point at the same console as `profile`.
QList<Profile> sharingConsole(const Profile &profile, const QList<Profile> &all);

} // namespace ProfileSecrets

} // namespace runai
