// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionSettings.h"
#include "core/Profile.h"
#include "models/ProfileStore.h"
#include "secrets/SecretKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace runai {

class KeychainBridge;
class ProfileStore;
class ProxyCredentials;
class Session;
class SignInPage;

// Puts the active profile to work: fills the sign-in page (URL, email, CA bundle, proxy),
// answers the profile's proxy authentication for the sessions it starts, remembers the console
// and email after a successful sign-in, and deletes a profile together with the keychain
// entries of its console (see ProfileSecrets for why secrets are per console).
class ProfileController : public QObject
{
    Q_OBJECT
public:
    ProfileController(ProfileStore *store, KeychainBridge *keychain, SignInPage *signIn,
                      QObject *parent = nullptr);
    ~ProfileController() override;

    ProfileStore *store() const { return m_store; }
    Profile active() const;
    ProxyCredentials *proxyCredentials() const { return m_proxy; }
    bool keychainKnows(const SecretKey &key) const;
    // The keychain entries of `profile`'s console (names only, from the index).
    QList<SecretKey> keysOf(const Profile &profile) const;

    // The connection a profile describes (proxy, CA bundle from its file and its PEM text).
    // `error` gets why the CA file could not be read, if so; the rest still applies.
    static ConnectionSettings connectionFor(const Profile &profile, QString *error);

    // Fills the sign-in page from the active profile (also done on every switch).
    void applyActive();
    // A session was created for a sign-in: it gets the profile's proxy credentials, and the
    // console's capabilities as pinned in the profile or cached from the last probe (so the
    // sign-in asks the right token endpoint at once).
    void attachSession(Session *session);
    // After a successful sign-in: the profile remembers the console and (if wanted) the email,
    // and the console is probed once for its capabilities (unless pinned); the result is cached
    // in the profile.
    void rememberSignIn(Session *session);

    // Saves the manual-proxy password of `profile` in the keychain (empty: removes it).
    void saveProxyPassword(const Profile &profile, const QString &password,
                           std::function<void(const QString &error)> done);

    // Removes the profile, then the keychain entries of its console unless another profile
    // uses the same console. Outcome through profileDeleted().
    void deleteProfile(const QString &id);

Q_SIGNALS:
    void applied(const runai::Profile &profile);
    // `removedSecrets` keychain entries were deleted; `failures` says what could not be.
    void profileDeleted(const QString &name, int removedSecrets, const QString &failures);
    void notice(const QString &text);

private:
    void loadProxyPassword(const Profile &profile);
    void cacheCapabilities(Session *session);
    void rememberCa(const QByteArray &pem);
    void rememberCleartextConsent(const QUrl &url);

    QPointer<ProfileStore> m_store;
    QPointer<KeychainBridge> m_keychain;
    QPointer<SignInPage> m_signIn;
    ProxyCredentials *m_proxy = nullptr;
    quint64 m_generation = 0; // ignores a late keychain answer for a profile no longer active
};

} // namespace runai
