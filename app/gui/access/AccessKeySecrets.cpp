// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeySecrets.h"

#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "secrets/KeychainBridge.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccessKeySecrets, "runai.gui.accesskeys")

namespace runai {

namespace {
SecretKey keyFor(const QString &console, const AccessKey &key)
{
    return {console, QString(SecretKind::AccessKeySecret), key.clientId};
}
} // namespace

AccessKeySecrets::AccessKeySecrets(KeychainBridge *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    if (m_keychain)
        connect(m_keychain, &KeychainBridge::indexChanged, this, &AccessKeySecrets::changed);
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

void AccessKeySecrets::keep(const AccessKey &key, const QString &secret,
                            ApplicationCredentialsDialog *dialog, Problem failed)
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
    m_keychain->write(keyFor(m_console, key), secret, this,
                      [this, shown, waiting, savedText, failed](const SecretDiagnosis &d) {
                          disconnect(waiting);
                          if (d.isOk()) {
                              if (shown)
                                  shown->setKeychainState(State::Saved, savedText);
                          } else {
                              qCInfo(lcAccessKeySecrets)
                                      << "keychain write failed:" << d.kindName();
                              if (shown)
                                  shown->setKeychainState(State::Failed, d.message());
                              failed(d.message());
                          }
                          Q_EMIT changed();
                      });
}

void AccessKeySecrets::forget(const AccessKey &key, Problem failed)
{
    if (!isAvailable() || !m_keychain->isKnown(keyFor(m_console, key)))
        return;
    m_keychain->remove(keyFor(m_console, key), this, [this, failed](const SecretDiagnosis &d) {
        if (!d.isOk())
            failed(d.message());
        Q_EMIT changed();
    });
}

void AccessKeySecrets::read(const AccessKey &key, ReadDone done)
{
    if (!isAvailable()) {
        done({}, tr("no keychain is available."));
        return;
    }
    m_keychain->read(keyFor(m_console, key), this,
                     [done](const QString &secret, const SecretDiagnosis &d) {
                         if (!d.isOk() || secret.isEmpty())
                             done({}, d.message());
                         else
                             done(secret, {});
                     });
}

} // namespace runai
