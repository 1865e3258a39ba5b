// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeySecrets.h"

#include "core/LogCategories.h"
#include "gui/access/AccessKeyDialogs.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/ClientSecretDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainBridge.h"

namespace runai {

namespace {
SecretKey keyFor(const QString &console, const AccessKey &key)
{
    return {console, QString(SecretKind::AccessKeySecret), key.clientId};
}
} // namespace

AccessKeySecrets::AccessKeySecrets(KeychainBridge *keychain, MessageBanner *banner, QWidget *page)
    : QObject(page)
    , m_keychain(keychain)
    , m_banner(banner)
    , m_page(page)
{
    if (m_keychain)
        connect(m_keychain, &KeychainBridge::indexChanged, this, &AccessKeySecrets::changed);
}

void AccessKeySecrets::setConsole(const QString &consoleKey)
{
    m_console = consoleKey;
    m_reading = false; // a read for the last console no longer holds anything up
}

bool AccessKeySecrets::isAvailable() const
{
    return m_keychain && !m_console.isEmpty();
}

QStringList AccessKeySecrets::storedClientIds() const
{
    if (!isAvailable())
        return {};
    return m_keychain->knownIdentities(m_console, QString(SecretKind::AccessKeySecret));
}

void AccessKeySecrets::showAndKeep(const AccessKey &key, const QString &secret, bool regenerated)
{
    keep(key, secret, AccessKeyDialogs::openSecret(m_page, key, secret, regenerated));
}

void AccessKeySecrets::keep(const AccessKey &key, const QString &secret,
                            ApplicationCredentialsDialog *dialog)
{
    using State = ApplicationCredentialsDialog::KeychainState;
    QPointer<ApplicationCredentialsDialog> shown = dialog;
    if (!isAvailable()) {
        if (shown)
            shown->setKeychainState(State::Failed, tr("no keychain is available."));
        return;
    }
    auto waiting = connect(m_keychain, &KeychainBridge::waitingForKeychain, this, [shown] {
        if (shown && shown->keychainState() == State::Saving)
            shown->setKeychainState(State::Waiting);
    });
    const QString savedText
            = m_keychain->isPersistent()
                      ? tr("Saved in the %1. This program can get tokens and export the key "
                           "later.")
                                .arg(m_keychain->backendName())
                      : tr("Kept for this session only (no keychain is available): it is gone when "
                           "the program quits.");
    m_keychain->write(
            keyFor(m_console, key), secret, this,
            [this, shown, waiting, savedText, name = key.name](const SecretDiagnosis &d) {
                disconnect(waiting);
                if (d.isOk()) {
                    if (shown)
                        shown->setKeychainState(State::Saved, savedText);
                } else {
                    qCInfo(lcAccessKeySecrets) << "keychain write failed:" << d.kindName();
                    if (shown)
                        shown->setKeychainState(State::Failed, d.message());
                    m_banner->showWarning(tr("The secret of the access key \"%1\" could not be "
                                             "saved in the keychain: %2")
                                                  .arg(name, d.message()));
                }
                Q_EMIT changed();
            });
}

void AccessKeySecrets::forget(const AccessKey &key)
{
    if (!isAvailable() || !m_keychain->isKnown(keyFor(m_console, key)))
        return;
    m_keychain->remove(
            keyFor(m_console, key), this, [this, name = key.name](const SecretDiagnosis &d) {
                if (!d.isOk())
                    m_banner->showWarning(tr("The access key \"%1\" was deleted, but its secret "
                                             "could not be erased from the keychain: %2")
                                                  .arg(name, d.message()));
                Q_EMIT changed();
            });
}

void AccessKeySecrets::obtain(const AccessKey &key, bool held, bool mayAsk, Then then)
{
    if (!isAvailable() || !held) {
        if (!mayAsk) {
            m_banner->showWarning(tr("This program does not hold the secret of the access "
                                     "key \"%1\". Regenerate it to get one it can keep.")
                                          .arg(key.name));
            return;
        }
        auto *dialog = new ClientSecretDialog(key.name, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, then] { then(dialog->secret()); });
        dialog->open();
        return;
    }
    read(key, std::move(then));
}

void AccessKeySecrets::read(const AccessKey &key, Then then)
{
    m_reading = true;
    Q_EMIT readingChanged();
    m_keychain->read(
            keyFor(m_console, key), this,
            [this, name = key.name, then](const QString &secret, const SecretDiagnosis &d) {
                m_reading = false;
                Q_EMIT readingChanged();
                const bool failed = !d.isOk() || secret.isEmpty();
                const QString problem = failed ? d.message() : QString();
                // Signed out meanwhile: nothing to use the secret for.
                if (!problem.isEmpty() || m_console.isEmpty()) {
                    m_banner->showError(tr("The secret of the access key \"%1\" could "
                                           "not be read from the keychain: %2")
                                                .arg(name, problem));
                    return;
                }
                then(failed ? QString() : secret);
            });
}

} // namespace runai
