// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace runai {

class ApplicationCredentialsDialog;
class KeychainBridge;
class MessageBanner;
class Session;

// Keeps a client secret the console has just shown (registration, regeneration, the remedy of a
// lost registration) in the keychain, under the console's and the client ID's key, and says how
// that went in the credentials dialog showing the secret (saving, waiting for the keychain,
// saved, failed) and, when it failed, in the page's banner. The caller gives the words: a new
// secret and a replaced one fail differently (a replaced one leaves the old, revoked copy).
class ClientSecretSaver : public QObject
{
    Q_OBJECT
public:
    struct Texts
    {
        QString noKeychain;
        QString noSecret; // the console's answer had no secret
        QString savedInKeychain; // %1: the keychain's name
        QString keptForSession; // no keychain: in memory until the program quits
        std::function<QString(const QString &name, const QString &error)> notSaved;
    };

    ClientSecretSaver(KeychainBridge *keychain, MessageBanner *banner, QObject *parent);

    // The keychain key of `clientId`'s secret on `session`'s console.
    static SecretKey keyFor(const Session *session, const QString &clientId);

    // `done` runs once the keychain answered, either way.
    void save(const SecretKey &key, const QString &name, const QString &secret,
              ApplicationCredentialsDialog *dialog, const Texts &texts,
              std::function<void()> done = {});

private:
    QPointer<KeychainBridge> m_keychain;
    MessageBanner *m_banner;
};

} // namespace runai
