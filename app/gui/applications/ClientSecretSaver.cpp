// SPDX-License-Identifier: MIT
#include "gui/applications/ClientSecretSaver.h"

#include "api/Session.h"
#include "core/LogCategories.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainBridge.h"

namespace runai {

ClientSecretSaver::ClientSecretSaver(KeychainBridge *keychain, MessageBanner *banner,
                                     QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_banner(banner)
{ }

SecretKey ClientSecretSaver::keyFor(const Session *session, const QString &clientId)
{
    const QString console = session ? session->baseUrl().toString() : QString();
    return SecretKey{console, QString(SecretKind::ClientSecret), clientId};
}

void ClientSecretSaver::save(const SecretKey &key, const QString &name, const QString &secret,
                             ApplicationCredentialsDialog *dialog, const Texts &texts,
                             std::function<void()> done)
{
    using State = ApplicationCredentialsDialog::KeychainState;
    QPointer<ApplicationCredentialsDialog> credentials = dialog;
    if (!m_keychain || secret.isEmpty()) {
        if (credentials)
            credentials->setKeychainState(State::Failed,
                                          m_keychain ? texts.noSecret : texts.noKeychain);
        return;
    }
    auto waiting = connect(m_keychain, &KeychainBridge::waitingForKeychain, this, [credentials] {
        if (credentials && credentials->keychainState() == State::Saving)
            credentials->setKeychainState(State::Waiting);
    });
    const QString savedText = m_keychain->isPersistent()
                                      ? texts.savedInKeychain.arg(m_keychain->backendName())
                                      : texts.keptForSession;
    m_keychain->write(key, secret, this,
                      [this, credentials, waiting, savedText, notSaved = texts.notSaved, name,
                       done = std::move(done)](const SecretDiagnosis &diagnosis) {
                          disconnect(waiting);
                          if (diagnosis.isOk()) {
                              if (credentials)
                                  credentials->setKeychainState(State::Saved, savedText);
                          } else {
                              qCInfo(lcApplicationsPage)
                                      << "keychain write failed:" << diagnosis.kindName();
                              if (credentials)
                                  credentials->setKeychainState(State::Failed, diagnosis.message());
                              m_banner->showWarning(notSaved(name, diagnosis.message()));
                          }
                          if (done)
                              done();
                      });
}

} // namespace runai
