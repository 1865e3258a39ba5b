// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Session.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

#include <memory>

namespace Ui {
class SignInPage;
}

namespace runai {

class ApiJob;
class CertificateDialog;
class ConfirmationDialog;
class KeychainBridge;
class LocalSandbox;
class MessageBanner;
class Session;

// Collects console URL, email and password and signs in with the password grant. The page owns
// the new Session until the grant succeeds, then hands it over through signedIn(). Only the
// console URL and (if wanted) the email are remembered in QSettings; the password goes to the
// keychain and only when the user ticks "Remember password in the system keychain".
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    // `sandbox` gives the in-process sandbox when "Try the local sandbox" is pressed (empty: no
    // sandbox button action); it is asked only then.
    SignInPage(KeychainBridge *keychain, std::function<LocalSandbox *()> sandbox,
               QWidget *parent = nullptr);
    ~SignInPage() override;

    // PEM CA certificates added to the trust store for the next sign-in (from --ca-file).
    void setCaBundle(const QByteArray &pem) { m_caBundle = pem; }
    // Proxy and timeouts for the next sign-in (from the active profile); URL and CA bundle are
    // set separately.
    void setConnectionTemplate(const ConnectionSettings &settings) { m_template = settings; }
    // Shows the profile switcher above the console URL.
    void setProfileSwitcher(QWidget *switcher, const QString &label);
    void setConsoleUrl(const QString &url);
    void setEmail(const QString &email);
    // "Remember the email": set from the active profile, read back into it after a sign-in.
    void setRemembersEmail(bool remember);
    bool remembersEmail() const;
    // Empties the password field (another profile is now active).
    void clearPassword();
    // Plain http:// to a remote console (ConnectionSettings::travelsInClear()): the address
    // the user already agreed to use unencrypted (from the profile; empty: none), and the
    // profile the answer is remembered in. Any other such address is asked about first.
    void setCleartextConsent(const QString &allowedUrl, const QString &profileName);
    void showMessage(const QString &text);

    bool isBusy() const;
    MessageBanner *banner() const;
    // The dialog explaining the last TLS failure, while it is open.
    CertificateDialog *certificateDialog() const;
    // The question before signing in over plain http:// to a remote console, while it is open.
    ConfirmationDialog *cleartextQuestion() const;

public Q_SLOTS:
    void focusPassword();
    void signIn();
    // Starts the in-process sandbox and fills in its address and administrator account.
    void useSandbox();

Q_SIGNALS:
    // Ownership of `session` passes to the receiver.
    void signedIn(runai::Session *session);
    // A new session is about to send its grant (e.g. to answer its proxy's challenge).
    void sessionCreated(runai::Session *session);
    // Something about the keychain the user should know after the page is gone.
    void notice(const QString &text);
    // The user imported a CA certificate for this console (PEM, certificates only).
    void caImported(const QByteArray &pem);
    // The user agreed to send credentials unencrypted to `url` (http://, not loopback).
    void cleartextAccepted(const QUrl &url);

private:
    void restoreSettings();
    void saveSettings(const QUrl &url);
    void validateUrlLive();
    void setBusy(bool busy, const QString &what = {});
    void startGrant(const QUrl &url, const QString &email, const QString &password);
    void grantFinished(ApiJob *job);
    void rememberPassword(const QUrl &url, const QString &email, const QString &password);
    void updatePasswordHint();
    void showCertificateDialog(const TlsFailure &failure, const QUrl &url, const QString &email,
                               const QString &password);

    std::unique_ptr<Ui::SignInPage> m_ui;
    QPointer<KeychainBridge> m_keychain;
    std::function<LocalSandbox *()> m_sandbox;
    QByteArray m_caBundle;
    ConnectionSettings m_template;
    QPointer<ApiJob> m_job; // the one sign-in in flight
    QPointer<Session> m_pendingSession;
    bool m_readingKeychain = false;
    QPointer<CertificateDialog> m_certificateDialog;
    QString m_cleartextConsent; // the http:// console URL the user agreed to, as url.toString()
    QString m_profileName;
    QPointer<ConfirmationDialog> m_cleartextQuestion;
};

} // namespace runai
