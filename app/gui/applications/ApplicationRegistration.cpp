// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationRegistration.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/widgets/LostCreateRecovery.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "gui/widgets/Theme.h"
#include "secrets/KeychainBridge.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace runai {

ApplicationRegistration::ApplicationRegistration(const Form &form, ClientSecretSaver *secrets,
                                                 QWidget *page)
    : QObject(page)
    , m_form(form)
    , m_secrets(secrets)
    , m_page(page)
{
    m_recovery = new LostCreateRecovery(
            LostCreateCheck::Target::Application, m_form.banner, page, [this] {
                const ObjectNoun words = noun();
                LostCreateRecovery::Texts texts;
                texts.checking = [](const QString &name) {
                    return tr("The console's answer to registering \"%1\" was lost on the way. "
                              "Checking whether it was created…")
                            .arg(name);
                };
                texts.created = [](const QString &name) {
                    return tr("\"%1\" was created, but the answer carrying its client secret was "
                              "lost, so nobody has the secret. Regenerate it to get a new one "
                              "(shown once, kept in the keychain).")
                            .arg(name);
                };
                texts.remedyAction = tr("&Regenerate secret");
                texts.remedying = [](const QString &name) {
                    return tr("Regenerating the client secret of \"%1\"…").arg(name);
                };
                texts.existing = [words](const QString &name, const QString &creator,
                                         const QString &created, const QString &lastLogin) {
                    return words
                            .pick(tr("An application named \"%1\" already exists on this "
                                     "console: created by %2 on %3, last signed in: %4. The "
                                     "console does not show that your request created it, so "
                                     "its client secret may be in use. Nothing new was "
                                     "registered."),
                                  tr("A service account named \"%1\" already exists on this "
                                     "console: created by %2 on %3, last signed in: %4. The "
                                     "console does not show that your request created it, so "
                                     "its client secret may be in use. Nothing new was "
                                     "registered."))
                            .arg(name, creator, created, lastLogin);
                };
                texts.confirmedRemedyAction = tr("Re&generate secret…");
                texts.confirmTitle = words.pick(tr("Replace the secret of an application in use?"),
                                                tr("Replace the secret of a service account in "
                                                   "use?"));
                texts.confirmText = [words](const QString &name, const QString &creator,
                                            const QString &created) {
                    return words
                            .pick(tr("Regenerate the client secret of <b>%1</b>, created by %2 "
                                     "on %3?<br><br>Every program that uses this "
                                     "application's current secret stops working <b>at "
                                     "once</b>, and stays locked out until it gets the new "
                                     "one. Do this only if you know nobody uses it."),
                                  tr("Regenerate the client secret of <b>%1</b>, created by %2 "
                                     "on %3?<br><br>Every program that uses this service "
                                     "account's current secret stops working <b>at once</b>, "
                                     "and stays locked out until it gets the new one. Do "
                                     "this only if you know nobody uses it."))
                            .arg(name, creator, created);
                };
                texts.confirmButton = tr("&Regenerate");
                texts.notCreated = [](const QString &name) {
                    return tr("The console's answer was lost and \"%1\" was not created. "
                              "Nothing was registered: it is safe to try again.")
                            .arg(name);
                };
                texts.unknown = [](const QString &name, const QString &error) {
                    return tr("The console's answer to registering \"%1\" was lost, and "
                              "checking whether it was created failed too: %2 Check again "
                              "before registering it again.")
                            .arg(name, error);
                };
                texts.remedyFailed = [](const QString &name, const QString &error) {
                    return tr("\"%1\" exists, but a new client secret could not be made: %2")
                            .arg(name, error);
                };
                return texts;
            });
    connect(m_recovery, &LostCreateRecovery::checkStarted, this, [this] {
        m_form.nameEdit->setEnabled(false);
        m_form.registerButton->setEnabled(false);
    });
    connect(m_recovery, &LostCreateRecovery::checked, this,
            [this](LostCreateCheck::Outcome outcome, const QString &name) {
                m_form.nameEdit->setEnabled(true);
                if (outcome == LostCreateCheck::Outcome::Created && m_form.nameEdit->text() == name)
                    m_form.nameEdit->clear();
                if (outcome == LostCreateCheck::Outcome::Created
                    || outcome == LostCreateCheck::Outcome::Existing)
                    Q_EMIT listChanged();
                validateName();
            });
    connect(m_recovery, &LostCreateRecovery::retryRequested, this,
            &ApplicationRegistration::registerApplication);
    connect(m_recovery, &LostCreateRecovery::remedied, this,
            [this](LostCreateCheck *check, const QString &secret) {
                const Application app = check->application();
                check->deleteLater();
                lostSecretRegenerated(app, secret);
            });
    connect(m_form.nameEdit, &QLineEdit::textChanged, this, &ApplicationRegistration::validateName);
    connect(m_form.nameEdit, &QLineEdit::returnPressed, this,
            &ApplicationRegistration::registerApplication);
    connect(m_form.registerButton, &QPushButton::clicked, this,
            &ApplicationRegistration::registerApplication);
}

ApplicationRegistration::~ApplicationRegistration()
{
    // The form's widgets may be gone already (the page deletes them first): no answer now.
    rowactions::abandon(m_createJob, this);
}

ObjectNoun ApplicationRegistration::noun() const
{
    return ObjectNoun::of(m_session);
}

void ApplicationRegistration::setSession(Session *session)
{
    m_session = session;
    m_recovery->setSession(session);
    if (m_createJob)
        m_createJob->abandon();
}

bool ApplicationRegistration::isRegistering() const
{
    return m_createJob;
}

QString ApplicationRegistration::registeringName() const
{
    return m_createJob ? m_recovery->sentName() : QString();
}

void ApplicationRegistration::checkInterruptedCreate(const QString &name)
{
    m_recovery->recoverInterrupted(name);
}

void ApplicationRegistration::validateName()
{
    const QString name = m_form.nameEdit->text();
    if (name.isEmpty()) {
        m_form.nameHint->setStyleSheet({});
        m_form.nameHint->setText(tr("Lowercase letters, digits, '-' and '_'. Starts with a letter "
                                    "and ends with a letter or digit."));
        m_form.registerButton->setEnabled(false);
        return;
    }
    const auto result = InputValidation::applicationName(name);
    if (result.ok) {
        m_form.nameHint->setStyleSheet({});
        m_form.nameHint->setText(noun().pick(tr("\"%1\" is a valid application name."),
                                             tr("\"%1\" is a valid service account name."))
                                         .arg(name));
    } else {
        m_form.nameHint->setStyleSheet(theme::hintStyle(m_form.nameHint, true));
        m_form.nameHint->setText(result.reason);
    }
    m_form.registerButton->setEnabled(result.ok && !m_createJob && m_session
                                      && !m_recovery->isChecking());
}

void ApplicationRegistration::registerApplication()
{
    if (!m_session || m_createJob)
        return;
    const QString name = m_form.nameEdit->text();
    const auto valid = InputValidation::applicationName(name);
    if (!valid.ok) {
        m_form.banner->showError(noun().pick(tr("\"%1\" cannot be an application name: %2"),
                                             tr("\"%1\" cannot be a service account name: %2"))
                                         .arg(name, valid.reason));
        m_form.nameEdit->setFocus();
        return;
    }
    m_form.banner->showInfo(tr("Registering \"%1\"…").arg(name));
    m_form.nameEdit->setEnabled(false);
    m_form.registerButton->setEnabled(false);
    auto *job = RunaiClient(m_session).createApplication(name);
    m_createJob = job;
    m_recovery->createSent(name);
    connect(job, &ApiJob::finished, this, &ApplicationRegistration::createFinished);
    job->start();
}

void ApplicationRegistration::createFinished(ApiJob *job)
{
    m_createJob = nullptr;
    m_recovery->createAnswered();
    m_form.nameEdit->setEnabled(true);
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        validateName();
        return;
    }
    const QString name = m_form.nameEdit->text();
    ActivityRecorder::record(
            noun().pick(tr("Register application"), tr("Register service account")), name,
            job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcApplicationsPage) << "create failed:" << error.logString();
        if (LostCreateCheck::mayHaveCreated(error)) {
            // The POST may have created it: ask the console before offering to send it again.
            m_recovery->recover(name);
            return;
        }
        if (error.kind() == ApiError::Kind::Conflict)
            m_form.banner->showError(
                    noun().pick(tr("An application named \"%1\" already exists on this console. "
                                   "Choose another name."),
                                tr("A service account named \"%1\" already exists on this "
                                   "console. Choose another name."))
                            .arg(name)
                    + (error.serverMessage().isEmpty()
                               ? QString()
                               : u' ' + tr("The server said: %1").arg(error.serverMessage())));
        else
            m_form.banner->showError(error.userMessage());
        validateName();
        m_form.nameEdit->setFocus();
        m_form.nameEdit->selectAll();
        return;
    }
    NewApplication created = static_cast<NewApplicationJob *>(job)->result();
    const QString secret = std::exchange(created.secret, QString());
    const Application app = std::move(created.application);
    m_form.banner->showSuccess(noun().pick(tr("Application \"%1\" registered."),
                                           tr("Service account \"%1\" registered."))
                                       .arg(app.name));
    m_form.nameEdit->clear();
    validateName();
    Q_EMIT registered(app);
    Q_EMIT credentialsShown(app, showCredentials(app, secret));
}

void ApplicationRegistration::lostSecretRegenerated(const Application &app, const QString &secret)
{
    m_form.banner->showSuccess(tr("\"%1\" has a new client secret.").arg(app.name));
    showCredentials(app, secret);
    validateName();
    Q_EMIT listChanged();
}

QDialog *ApplicationRegistration::showCredentials(const Application &app, const QString &secret)
{
    auto *dialog = new ApplicationCredentialsDialog(app.name, app.clientId, secret, m_page, noun());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    ClientSecretSaver::Texts texts;
    texts.noKeychain = tr("no keychain is available.");
    texts.noSecret = tr("the console did not send a secret.");
    texts.savedInKeychain = tr("Saved in the %1. This program can show it and get tokens with it "
                               "later.");
    texts.keptForSession = tr("Kept for this session only (no keychain is available): it is gone "
                              "when the program quits.");
    texts.notSaved = [words = noun()](const QString &name, const QString &error) {
        return words
                .pick(tr("Application \"%1\" registered, but its client secret could not be "
                         "saved in the keychain: %2"),
                      tr("Service account \"%1\" registered, but its client secret could not be "
                         "saved in the keychain: %2"))
                .arg(name, error);
    };
    m_secrets->save(ClientSecretSaver::keyFor(m_session, app.clientId), app.name, secret, dialog,
                    texts, [this] { Q_EMIT secretSaved(); });
    return dialog;
}

} // namespace runai
