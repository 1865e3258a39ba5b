// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace runai {

// Finds out, asynchronously, which program provides the Secret Service on the session bus
// ("gnome-keyring", "KWallet", "KeePassXC", ...), so the GUI can say where a secret was saved.
class SecretServiceProvider
{
public:
    // Calls done(name) once from the event loop unless `context` is destroyed first; the name is
    // empty when it cannot be told (no Secret Service, another platform, a sandboxed provider).
    static void query(QObject *context, std::function<void(const QString &)> done);

    // "gnome-keyring-d" -> "gnome-keyring", "kwalletd6" -> "KWallet", ... (pure, tested).
    static QString displayName(const QString &processName);
};

} // namespace runai
