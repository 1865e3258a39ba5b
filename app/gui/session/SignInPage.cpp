// SPDX-License-Identifier: MIT
#include "gui/session/SignInPage.h"
#include "ui_SignInPage.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/AppSettings.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/session/CertificateDialog.h"
#include "gui/session/CleartextWarning.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "sandbox/LocalSandbox.h"
#include "secrets/KeychainBridge.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
SecretKey adminPasswordKey(const QUrl &url, const QString &email)
{
    return SecretKey{url.toString(), QString(SecretKind::AdminPassword), email};
}
} // namespace

SignInPage::SignInPage(KeychainBridge *keychain, std::function<LocalSandbox *()> sandbox,
                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
    , m_keychain(keychain)
    , m_sandbox(std::move(sandbox))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->signInButton->setIcon(icons::icon(u"sign-in"_s));
    m_ui->sandboxButton->setIcon(icons::icon(u"sandbox"_s));
    m_ui->progressBar->setVisible(false);
    m_ui->progressLabel->setVisible(false);
    m_ui->consoleUrlHint->setVisible(false);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, &SignInPage::useSandbox);
    // Enter in any field signs in, like the default button of a dialog.
    for (QLineEdit *edit : {m_ui->consoleUrlEdit, m_ui->emailEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_ui->consoleUrlEdit, &QLineEdit::textEdited, this, &SignInPage::validateUrlLive);
    connect(m_ui->consoleUrlEdit, &QLineEdit::editingFinished, this,
            &SignInPage::updatePasswordHint);
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this, &SignInPage::updatePasswordHint);
    if (m_keychain) {
        connect(m_keychain, &KeychainBridge::waitingForKeychain, this, [this] {
            if (m_readingKeychain)
                m_ui->progressLabel->setText(
                        tr("Waiting for the keychain… (it may be asking you to unlock it)"));
        });
        // A password kept by the session-only store after the keychain failed shows up here.
        connect(m_keychain, &KeychainBridge::indexChanged, this, &SignInPage::updatePasswordHint);
    }
    restoreSettings();
}

SignInPage::~SignInPage()
{
    if (m_job)
        m_job->abandon();
}

MessageBanner *SignInPage::banner() const
{
    return m_ui->banner;
}

void SignInPage::setConsoleUrl(const QString &url)
{
    m_ui->consoleUrlEdit->setText(url);
    validateUrlLive();
    updatePasswordHint();
}

void SignInPage::setProfileSwitcher(QWidget *switcher, const QString &label)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(switcher);
    m_ui->formLayout->insertRow(0, labelWidget, switcher);
    setTabOrder(switcher, m_ui->consoleUrlEdit);
}

void SignInPage::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    updatePasswordHint();
}

void SignInPage::setRemembersEmail(bool remember)
{
    m_ui->rememberEmailCheck->setChecked(remember);
}

bool SignInPage::remembersEmail() const
{
    return m_ui->rememberEmailCheck->isChecked();
}

void SignInPage::clearPassword()
{
    m_ui->passwordEdit->clear();
}

void SignInPage::setCleartextConsent(const QString &allowedUrl, const QString &profileName)
{
    m_cleartextConsent = allowedUrl;
    m_profileName = profileName;
}

ConfirmationDialog *SignInPage::cleartextQuestion() const
{
    return m_cleartextQuestion;
}

void SignInPage::showMessage(const QString &text)
{
    m_ui->banner->showWarning(text);
}

bool SignInPage::isBusy() const
{
    return m_job || m_readingKeychain;
}

void SignInPage::restoreSettings()
{
    const AppSettings settings;
    m_ui->consoleUrlEdit->setText(settings.signInConsoleUrl());
    const bool rememberEmail = settings.rememberSignInEmail();
    m_ui->rememberEmailCheck->setChecked(rememberEmail);
    if (rememberEmail)
        m_ui->emailEdit->setText(settings.signInEmail());
    updatePasswordHint();
}

void SignInPage::saveSettings(const QUrl &url)
{
    // Addresses and names only: a password never goes to the settings file.
    AppSettings settings;
    settings.setSignInConsoleUrl(url.toString());
    settings.setRememberSignInEmail(m_ui->rememberEmailCheck->isChecked());
    if (m_ui->rememberEmailCheck->isChecked())
        settings.setSignInEmail(m_ui->emailEdit->text().trimmed());
    else
        settings.removeSignInEmail();
}

void SignInPage::validateUrlLive()
{
    const QString text = m_ui->consoleUrlEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->consoleUrlHint->setVisible(false);
        return;
    }
    const auto parsed = InputValidation::consoleUrl(text);
    if (parsed && CleartextWarning::showFor(m_ui->consoleUrlHint, text)) {
        return; // http:// to a remote host: the warning replaces "Connects to …"
    } else if (parsed) {
        m_ui->consoleUrlHint->setStyleSheet({});
        m_ui->consoleUrlHint->setText(tr("Connects to %1").arg(parsed.value().toDisplayString()));
    } else {
        m_ui->consoleUrlHint->setStyleSheet(theme::hintStyle(m_ui->consoleUrlHint, true));
        m_ui->consoleUrlHint->setText(parsed.error());
    }
    m_ui->consoleUrlHint->setVisible(true);
}

void SignInPage::updatePasswordHint()
{
    const auto parsed = InputValidation::consoleUrl(m_ui->consoleUrlEdit->text().trimmed());
    const QString email = m_ui->emailEdit->text().trimmed();
    const bool stored = parsed && !email.isEmpty() && m_keychain
                        && m_keychain->isKnown(adminPasswordKey(parsed.value(), email));
    QString hint;
    if (stored && ConnectionSettings::travelsInClear(parsed.value()))
        hint = tr("Saved in the keychain, but not sent unencrypted by itself: type it");
    else if (stored)
        hint = m_keychain->isPersistent() ? tr("Saved in the keychain; leave empty to use it")
                                          : tr("Kept for this session; leave empty to use it");
    m_ui->passwordEdit->setPlaceholderText(hint);
    if (stored)
        m_ui->rememberPasswordCheck->setChecked(true);
}

void SignInPage::setBusy(bool busy, const QString &what)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->consoleUrlEdit, m_ui->emailEdit, m_ui->passwordEdit,
                                          m_ui->rememberEmailCheck, m_ui->rememberPasswordCheck,
                                          m_ui->signInButton, m_ui->sandboxButton})
        w->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(what);
}

void SignInPage::useSandbox()
{
    if (isBusy() || !m_sandbox)
        return;
    LocalSandbox *sandbox = m_sandbox(); // made now: no sandbox code runs before it is asked for
    if (!sandbox->ensureRunning()) {
        m_ui->banner->showError(
                tr("The local sandbox could not start: %1").arg(sandbox->errorString()));
        return;
    }
    m_ui->consoleUrlEdit->setText(sandbox->baseUrl().toString());
    validateUrlLive();
    m_ui->emailEdit->setText(sandbox->adminEmail());
    m_ui->passwordEdit->setText(sandbox->adminPassword());
    m_ui->banner->showInfo(
            tr("The local sandbox is running at %1. Its administrator account is filled in: "
               "press Sign in.")
                    .arg(sandbox->baseUrl().toDisplayString()));
    m_ui->signInButton->setFocus();
}

void SignInPage::focusPassword()
{
    m_ui->passwordEdit->setFocus();
}

void SignInPage::signIn()
{
    // A second click or Enter while a sign-in runs must not send a second request.
    if (isBusy())
        return;
    m_ui->banner->clear();

    const auto parsed = InputValidation::consoleUrl(m_ui->consoleUrlEdit->text().trimmed());
    if (!parsed) {
        validateUrlLive();
        m_ui->banner->showError(
                m_ui->consoleUrlEdit->text().trimmed().isEmpty()
                        ? tr("Enter the address of your Run:ai console.")
                        : tr("The console URL is not valid: %1").arg(parsed.error()));
        m_ui->consoleUrlEdit->setFocus();
        return;
    }
    const QUrl url = parsed.value();
    const QString email = m_ui->emailEdit->text().trimmed();
    if (email.isEmpty()) {
        m_ui->banner->showError(tr("Enter the email of your administrator account."));
        m_ui->emailEdit->setFocus();
        return;
    }
    // Plain http:// to a remote host: nothing is sent before the user agreed (once per profile).
    if (ConnectionSettings::travelsInClear(url) && url.toString() != m_cleartextConsent) {
        if (m_cleartextQuestion)
            return;
        m_cleartextQuestion = CleartextWarning::ask(this, url, m_profileName, [this, url] {
            m_cleartextConsent = url.toString();
            Q_EMIT cleartextAccepted(url);
            signIn();
        });
        connect(m_cleartextQuestion, &QDialog::finished, this, [this, url] {
            if (m_cleartextConsent != url.toString())
                m_ui->banner->showInfo(
                        tr("Not signed in: nothing was sent to %1.").arg(url.toDisplayString()));
        });
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    if (!password.isEmpty()) {
        startGrant(url, email, password);
        return;
    }
    const SecretKey key = adminPasswordKey(url, email);
    if (!m_keychain || !m_keychain->isKnown(key)) {
        m_ui->banner->showError(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    // Never resent by itself where it would cross the network unencrypted: the user types it.
    if (ConnectionSettings::travelsInClear(url)) {
        m_ui->banner->showError(tr("The connection to %1 is not encrypted (http://), so the "
                                   "password saved in the keychain is not sent by itself. Type "
                                   "the password to sign in.")
                                        .arg(url.host()));
        m_ui->passwordEdit->setFocus();
        return;
    }
    // The password was remembered: fetch it from the keychain, then sign in.
    m_readingKeychain = true;
    setBusy(true, tr("Reading the password from the keychain…"));
    m_keychain->read(key, this,
                     [this, url, email](const QString &secret, const SecretDiagnosis &diagnosis) {
                         m_readingKeychain = false;
                         if (!diagnosis.isOk() || secret.isEmpty()) {
                             setBusy(false);
                             m_ui->banner->showError(tr("The saved password could not be read from "
                                                        "the keychain: %1 Type the "
                                                        "password instead.")
                                                             .arg(diagnosis.message()));
                             m_ui->passwordEdit->setFocus();
                             return;
                         }
                         startGrant(url, email, secret);
                     });
}

void SignInPage::startGrant(const QUrl &url, const QString &email, const QString &password)
{
    ConnectionSettings settings = m_template;
    settings.baseUrl = url;
    settings.caBundlePem = m_caBundle;
    m_pendingSession = new Session(settings, this);
    Q_EMIT sessionCreated(m_pendingSession);
    setBusy(true, tr("Signing in to %1…").arg(url.host()));
    qCInfo(lcSignIn) << "signing in to" << url.toDisplayString() << "as" << email;

    TokenJob *job = RunaiClient(m_pendingSession).signIn(email, password);
    m_job = job;
    const bool remember = m_ui->rememberPasswordCheck->isChecked();
    // The password lives on only in this lambda, until the keychain has it (or not).
    connect(job, &ApiJob::finished, this, [this, url, email, password, remember](ApiJob *done) {
        const bool ok = done->succeeded();
        // Read before grantFinished(), which deletes the session (and with it the job).
        const ApiError error = done->error();
        grantFinished(done);
        if (error.kind() == ApiError::Kind::Tls && error.tlsFailure())
            showCertificateDialog(*error.tlsFailure(), url, email, password);
        if (ok && m_keychain) {
            if (remember)
                rememberPassword(url, email, password);
            else if (m_keychain->isKnown(adminPasswordKey(url, email)))
                m_keychain->remove(adminPasswordKey(url, email), m_keychain,
                                   [](const SecretDiagnosis &) {});
        }
    });
    job->start();
}

void SignInPage::grantFinished(ApiJob *job)
{
    m_job = nullptr;
    setBusy(false);
    m_ui->passwordEdit->clear();
    Session *session = m_pendingSession;
    m_pendingSession = nullptr;
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        delete session; // the page is going away
        return;
    }
    ActivityRecorder::record(tr("Sign in"), session->baseUrl().toDisplayString(), job->error(),
                             m_ui->emailEdit->text().trimmed());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcSignIn) << "sign-in failed:" << error.logString();
        QString text = error.userMessage();
        if (error.kind() == ApiError::Kind::Unauthorized
            || error.kind() == ApiError::Kind::Validation)
            text = tr("Sign-in failed: the email or password is wrong, or the account is not "
                      "allowed to sign in.")
                   + u' '
                   + (error.serverMessage().isEmpty()
                              ? QString()
                              : tr("The server said: %1").arg(error.serverMessage()));
        m_ui->banner->showError(text.trimmed());
        delete session;
        m_ui->passwordEdit->setFocus();
        return;
    }
    saveSettings(session->baseUrl());
    m_ui->banner->clear();
    session->setParent(nullptr);
    Q_EMIT signedIn(session);
}

CertificateDialog *SignInPage::certificateDialog() const
{
    return m_certificateDialog;
}

void SignInPage::showCertificateDialog(const TlsFailure &failure, const QUrl &url,
                                       const QString &email, const QString &password)
{
    if (m_certificateDialog)
        m_certificateDialog->close();
    m_certificateDialog = new CertificateDialog(failure, this);
    // The password stays only in this connection until the dialog is gone: importing the CA
    // retries the same sign-in once, without asking for the password again.
    connect(m_certificateDialog, &CertificateDialog::caImported, this,
            [this, url, email, password](const QByteArray &pem) {
                if (!m_caBundle.isEmpty() && !m_caBundle.endsWith('\n'))
                    m_caBundle += '\n';
                m_caBundle += pem;
                Q_EMIT caImported(pem);
                if (!isBusy())
                    startGrant(url, email, password);
            });
    m_certificateDialog->open(); // never exec(): no nested event loop
}

void SignInPage::rememberPassword(const QUrl &url, const QString &email, const QString &password)
{
    m_keychain->write(adminPasswordKey(url, email), password, m_keychain,
                      [this, guard = QPointer<SignInPage>(this)](const SecretDiagnosis &diagnosis) {
                          if (!guard)
                              return;
                          if (diagnosis.isOk() && m_keychain->isPersistent())
                              Q_EMIT notice(tr("Password saved in the system keychain."));
                          else if (diagnosis.isOk())
                              Q_EMIT notice(tr("Password kept for this session only."));
                          else if (!diagnosis.keychainUnavailable())
                              Q_EMIT notice(tr("The password could not be saved in the keychain: "
                                               "%1")
                                                    .arg(diagnosis.message()));
                          // else: the window's keychain banner says why, and offers a way out.
                          updatePasswordHint();
                      });
}

} // namespace runai
