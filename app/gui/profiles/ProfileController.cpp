// SPDX-License-Identifier: MIT
#include "gui/profiles/ProfileController.h"

#include "api/ProxyCredentials.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/BoundedFile.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "core/PemBlocks.h"
#include "gui/session/SignInPage.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ProfileStore.h"
#include "secrets/KeychainBridge.h"
#include "secrets/ProfileSecrets.h"

#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace runai {

ProfileController::ProfileController(ProfileStore *store, KeychainBridge *keychain,
                                     SignInPage *signIn, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_signIn(signIn)
    , m_proxy(new ProxyCredentials(this))
{
    connect(store, &ProfileStore::activeChanged, this, &ProfileController::applyActive);
    // A CA imported from the certificate dialog belongs to the active profile's console (not a
    // secret, so QSettings is the right place) and is used from then on.
    if (signIn)
        connect(signIn, &SignInPage::caImported, this, &ProfileController::rememberCa);
    // Agreeing to plain http:// to a remote console is remembered per profile (not a secret).
    if (signIn)
        connect(signIn, &SignInPage::cleartextAccepted, this,
                &ProfileController::rememberCleartextConsent);
}

void ProfileController::rememberCa(const QByteArray &pem)
{
    Profile profile = active();
    if (!profile.isValid() || !m_store || profile.caBundlePem.contains(pem))
        return;
    if (!profile.caBundlePem.isEmpty() && !profile.caBundlePem.endsWith('\n'))
        profile.caBundlePem += '\n';
    profile.caBundlePem += pem;
    QString error;
    if (m_store->save(profile, &error))
        Q_EMIT notice(tr("CA certificate saved for profile “%1”.").arg(profile.name));
    else
        Q_EMIT notice(tr("The CA certificate could not be saved: %1").arg(error));
}

void ProfileController::rememberCleartextConsent(const QUrl &url)
{
    Profile profile = active();
    if (!profile.isValid() || !m_store || profile.cleartextAllowedUrl == url.toString())
        return;
    profile.cleartextAllowedUrl = url.toString();
    QString error;
    if (!m_store->save(profile, &error))
        Q_EMIT notice(tr("Your choice about the unencrypted connection could not be saved: %1")
                              .arg(error));
}

ProfileController::~ProfileController() = default;

Profile ProfileController::active() const
{
    return m_store ? m_store->active() : Profile();
}

bool ProfileController::keychainKnows(const SecretKey &key) const
{
    return m_keychain && m_keychain->isKnown(key);
}

QList<SecretKey> ProfileController::keysOf(const Profile &profile) const
{
    return ProfileSecrets::keysOf(profile, m_keychain);
}

ConnectionSettings ProfileController::connectionFor(const Profile &profile, QString *error)
{
    ConnectionSettings settings;
    switch (profile.proxy) {
    case Profile::Proxy::System:
        settings.proxyMode = ConnectionSettings::ProxyMode::System;
        break;
    case Profile::Proxy::None:
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        break;
    case Profile::Proxy::Manual:
        settings.proxyMode = ConnectionSettings::ProxyMode::Manual;
        settings.proxyHost = profile.proxyHost;
        settings.proxyPort = profile.proxyPort;
        break;
    }
    QByteArray pem;
    if (!profile.caBundlePath.isEmpty()) {
        // On the GUI thread: capped, and a FIFO or device refused without waiting on it.
        const auto read = BoundedFile::read(profile.caBundlePath,
                                            ConnectionSettings::MaxCaBundleBytes);
        if (read)
            pem = PemBlocks::certificatesOnly(read.value());
        else if (error)
            *error = tr("The CA bundle of profile “%1” was not used: %2")
                             .arg(profile.name, read.error());
    }
    if (!profile.caBundlePem.isEmpty()) {
        if (!pem.isEmpty() && !pem.endsWith('\n'))
            pem += '\n';
        pem += profile.caBundlePem;
    }
    settings.caBundlePem = pem;
    return settings;
}

void ProfileController::applyActive()
{
    const Profile profile = active();
    if (!profile.isValid() || !m_signIn)
        return;
    ++m_generation;
    m_proxy->clear();
    QString caError;
    const ConnectionSettings settings = connectionFor(profile, &caError);
    m_signIn->setConnectionTemplate(settings);
    m_signIn->setCaBundle(settings.caBundlePem);
    m_signIn->setCleartextConsent(profile.cleartextAllowedUrl, profile.name);
    m_signIn->setConsoleUrl(profile.consoleUrl);
    m_signIn->setRemembersEmail(profile.rememberEmail);
    m_signIn->setEmail(profile.email);
    m_signIn->clearPassword();
    if (!caError.isEmpty())
        m_signIn->showMessage(caError);
    else
        m_signIn->banner()->clear();
    qCInfo(lcProfiles) << "profile" << profile.name << "active, proxy"
                       << Profile::proxyName(profile.proxy);
    if (profile.proxy == Profile::Proxy::Manual && !profile.proxyUser.isEmpty())
        loadProxyPassword(profile);
    Q_EMIT applied(profile);
}

void ProfileController::loadProxyPassword(const Profile &profile)
{
    const SecretKey key = ProfileSecrets::proxyPasswordKey(profile);
    if (!m_keychain || !key.isValid() || !m_keychain->isKnown(key)) {
        m_proxy->set(profile.proxyUser, {});
        return;
    }
    const quint64 generation = m_generation;
    m_keychain->read(
            key, this,
            [this, generation, profile](const QString &secret, const SecretDiagnosis &diagnosis) {
                if (generation != m_generation)
                    return;
                if (!diagnosis.isOk()) {
                    Q_EMIT notice(tr("The proxy password could not be read from the "
                                     "keychain: %1")
                                          .arg(diagnosis.message()));
                    return;
                }
                m_proxy->set(profile.proxyUser, secret);
            });
}

void ProfileController::attachSession(Session *session)
{
    const Profile profile = active();
    if (profile.proxy == Profile::Proxy::Manual) {
        m_proxy->attach(session->networkAccessManager());
        // issue 14: bulk imports open extra connection lanes; the proxy asks each one.
        connect(session, &Session::connectionLaneOpened, m_proxy, &ProxyCredentials::attach);
    }
    const auto pinned = ConsoleCapabilities::generationFromKey(profile.apiGeneration);
    if (pinned != ConsoleCapabilities::Generation::Unknown) {
        auto capabilities = ConsoleCapabilities::forGeneration(pinned);
        capabilities.setSource(ConsoleCapabilities::Source::Pinned);
        session->setCapabilities(capabilities);
    } else if (!profile.capabilitiesCache.isEmpty()
               && profile.capabilitiesUrl == session->baseUrl().toString()) {
        session->setCapabilities(
                ConsoleCapabilities::fromSettingsString(profile.capabilitiesCache));
    }
    connect(session, &Session::capabilitiesChanged, this,
            [this, s = QPointer<Session>(session)] { cacheCapabilities(s); });
}

void ProfileController::cacheCapabilities(Session *session)
{
    // Only what a probe found is worth keeping; a pin is in the profile already.
    if (!session || session->capabilities().source() != ConsoleCapabilities::Source::Probed)
        return;
    Profile profile = active();
    const QString text = session->capabilities().toSettingsString();
    const QString url = session->baseUrl().toString();
    if (!profile.isValid() || !profile.apiGeneration.isEmpty()
        || (profile.capabilitiesCache == text && profile.capabilitiesUrl == url))
        return;
    profile.capabilitiesCache = text;
    profile.capabilitiesUrl = url;
    QString error;
    if (!m_store->save(profile, &error))
        qCWarning(lcProfiles) << "could not cache the console's capabilities:" << error;
}

void ProfileController::rememberSignIn(Session *session)
{
    Profile profile = active();
    if (!profile.isValid() || !m_signIn)
        return;
    profile.consoleUrl = session->baseUrl().toString();
    profile.rememberEmail = m_signIn->remembersEmail();
    if (session->identityKind() == Session::IdentityKind::User)
        profile.email = profile.rememberEmail ? session->identity() : QString();
    QString error;
    if (!m_store->save(profile, &error))
        qCWarning(lcProfiles) << "could not update the profile:" << error;
    // Once per session: what the console offers decides endpoints, grants and words.
    if (session->capabilities().source() != ConsoleCapabilities::Source::Pinned) {
        // Nobody waits for this job: it goes with its session if that ends (sign-out, window
        // closed) before the probe has finished or its deleteLater() has run.
        CapabilitiesProbeJob *probe = RunaiClient(session).probeCapabilities();
        probe->setParent(session);
        probe->start();
    }
}

void ProfileController::saveProxyPassword(const Profile &profile, const QString &password,
                                          std::function<void(const QString &)> done)
{
    const SecretKey key = ProfileSecrets::proxyPasswordKey(profile);
    if (!m_keychain || !key.isValid()) {
        done(tr("A proxy password needs the console URL, the proxy host and the proxy user."));
        return;
    }
    auto finish = [this, done, profile, password](const SecretDiagnosis &diagnosis) {
        if (!diagnosis.isOk()) {
            done(diagnosis.message());
            return;
        }
        if (active().id == profile.id)
            m_proxy->set(profile.proxyUser, password);
        done({});
    };
    if (password.isEmpty())
        m_keychain->remove(key, this, finish);
    else
        m_keychain->write(key, password, this, finish);
}

void ProfileController::deleteProfile(const QString &id)
{
    const Profile profile = m_store->profile(id);
    if (!profile.isValid())
        return;
    const bool shared = !ProfileSecrets::sharingConsole(profile, m_store->profiles()).isEmpty();
    const QList<SecretKey> keys = shared ? QList<SecretKey>()
                                         : ProfileSecrets::keysOf(profile, m_keychain);
    QString error;
    if (!m_store->remove(id, &error)) {
        Q_EMIT profileDeleted(profile.name, 0, error);
        return;
    }
    ActivityRecorder::record(tr("Delete profile"), profile.name, ActivityEntry::Outcome::Succeeded,
                             tr("Keychain entries to remove: %1").arg(keys.size()));
    if (keys.isEmpty()) {
        Q_EMIT profileDeleted(profile.name, 0, {});
        return;
    }
    // All removals run at once; the last answer reports the outcome.
    struct Progress
    {
        qsizetype left = 0;
        int removed = 0;
        QStringList failures;
    };
    auto progress = std::make_shared<Progress>();
    progress->left = keys.size();
    for (const SecretKey &key : keys) {
        m_keychain->remove(
                key, this,
                [this, progress, key, name = profile.name](const SecretDiagnosis &diagnosis) {
                    if (diagnosis.isOk())
                        ++progress->removed;
                    else
                        progress->failures.append(
                                tr("%1 (%2): %3").arg(key.identity, key.kind, diagnosis.message()));
                    if (--progress->left > 0)
                        return;
                    qCInfo(lcProfiles) << "profile" << name << "deleted with" << progress->removed
                                       << "keychain entries";
                    Q_EMIT profileDeleted(name, progress->removed,
                                          progress->failures.join(u"; "_s));
                });
    }
}

} // namespace runai
