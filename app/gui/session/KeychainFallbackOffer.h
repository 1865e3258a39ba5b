// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLabel;

namespace runai {

class KeychainBridge;
class MessageBanner;
class SecretDiagnosis;

// When the keychain cannot be used, a window-wide banner says why and offers, in one click,
// "Keep secrets for this session only" (issue 5). After that a status-bar label keeps saying
// where secrets go, so nobody believes a secret was saved for good when it was not.
// The widgets are created here and placed by the window (banner above the pages, label in the
// status bar).
class KeychainFallbackOffer : public QObject
{
    Q_OBJECT
public:
    KeychainFallbackOffer(KeychainBridge *keychain, QWidget *window);

    MessageBanner *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_statusLabel; }

private:
    void offer(const SecretDiagnosis &diagnosis);
    void accept();

    KeychainBridge *m_keychain = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace runai
