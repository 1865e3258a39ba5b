// SPDX-License-Identifier: MIT
#include "gui/session/KeychainFallbackOffer.h"

#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainBridge.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace runai {

KeychainFallbackOffer::KeychainFallbackOffer(KeychainBridge *keychain, QWidget *window)
    : QObject(window)
    , m_keychain(keychain)
    , m_banner(new MessageBanner(window))
    , m_statusLabel(new QLabel(window))
{
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->setVisible(false);
    m_statusLabel->setObjectName(u"sessionOnlySecretsLabel"_s);
    m_statusLabel->setVisible(false);
    connect(m_keychain, &KeychainBridge::keychainUnavailable, this, &KeychainFallbackOffer::offer);
}

void KeychainFallbackOffer::offer(const SecretDiagnosis &diagnosis)
{
    if (m_keychain->isSessionOnly())
        return;
    const int unsaved = m_keychain->unsavedSecretCount();
    QString text = tr("The system keychain cannot be used: %1").arg(diagnosis.message());
    if (unsaved > 0)
        text += u' '
                + (unsaved == 1 ? tr("One secret could not be saved.")
                                : tr("%1 secrets could not be saved.").arg(unsaved))
                + u' '
                + tr("Keep secrets for this session only (in memory, never on disk), or fix the "
                     "keychain and try again.");
    else
        text += u' ' + tr("Secrets can be kept for this session only (in memory, never on disk).");
    m_banner->showWarning(text);
    m_banner->setAction(tr("Keep secrets for this session only"), [this] { accept(); });
}

void KeychainFallbackOffer::accept()
{
    const int kept = m_keychain->unsavedSecretCount();
    m_keychain->useSessionOnlyStore();
    QString text = tr("Secrets are now kept in memory for this session only: nothing is written "
                      "to disk, and they are forgotten when you quit.");
    if (kept == 1)
        text += u' ' + tr("The secret that could not be saved is kept.");
    else if (kept > 1)
        text += u' ' + tr("The %1 secrets that could not be saved are kept.").arg(kept);
    m_banner->showInfo(text);
    m_statusLabel->setText(tr("Secrets: this session only"));
    m_statusLabel->setToolTip(tr("The system keychain could not be used. Secrets are kept in "
                                 "memory until the program quits."));
    m_statusLabel->setVisible(true);
}

} // namespace runai
