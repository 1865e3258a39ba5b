// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace runai {

// Asks the Secret Service, asynchronously, whether its default collection is locked.
//
// Why: with a locked collection and no unlock prompt (or a dismissed one), libsecret reports a
// lookup as "not found" and a delete as success. Reading a remembered password would then say
// "nothing stored" and a removal would claim success while the secret stays. QtKeychain cannot
// tell, so after those two answers we ask the Secret Service directly, over our own D-Bus
// connection, and say "locked" when it is.
class CollectionLockQuery
{
public:
    enum class State { Unknown, Locked, Unlocked };

    // Calls done(state) once, from the event loop, unless `context` is destroyed first.
    // Unknown when there is no Secret Service or no default collection, or on non-D-Bus platforms.
    static void start(QObject *context, std::function<void(State)> done);
};

} // namespace runai
