// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectNoun.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApplicationCredentialsDialog;
}

namespace runai {

class ClipboardGuard;

// Shows a just-registered application's Client ID and Client secret once, with copy buttons,
// says whether the secret reached the keychain, and does not close until the user confirms
// they have what they need: the console can never show this secret again.
class ApplicationCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class KeychainState { Saving, Waiting, Saved, Failed };

    // `noun`: what the console calls it (application or service account).
    ApplicationCredentialsDialog(const QString &name, const QString &clientId,
                                 const QString &secret, QWidget *parent = nullptr,
                                 ObjectNoun noun = {});
    ~ApplicationCredentialsDialog() override;

    // `detail`: for Saved, the sentence saying where it went; for Failed, the diagnosis.
    void setKeychainState(KeychainState state, const QString &detail = {});
    KeychainState keychainState() const { return m_state; }
    // The sentence above the credentials (rich text), when they are not a new object's: e.g. a
    // regenerated secret that replaced a revoked one.
    void setIntroText(const QString &text);
    Ui::ApplicationCredentialsDialog *ui() const { return m_ui.get(); }

    void done(int result) override;

private:
    void updateCloseButton();

    std::unique_ptr<Ui::ApplicationCredentialsDialog> m_ui;
    KeychainState m_state = KeychainState::Saving;
};

} // namespace runai
