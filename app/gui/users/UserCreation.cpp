// SPDX-License-Identifier: MIT
#include "gui/users/UserCreation.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserNameSupport.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/widgets/LostCreateRecovery.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "gui/widgets/Theme.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace runai {

UserCreation::UserCreation(const Form &form, QWidget *page)
    : QObject(page)
    , m_form(form)
    , m_page(page)
{
    m_recovery = new LostCreateRecovery(LostCreateCheck::Target::User, m_form.banner, page, [] {
        LostCreateRecovery::Texts texts;
        texts.checking = [](const QString &email) {
            return tr("The console's answer to creating %1 was lost on the way. Checking whether "
                      "the user was created…")
                    .arg(email);
        };
        texts.created = [](const QString &email) {
            return tr("%1 was created, but the answer carrying the temporary password was lost, "
                      "so nobody has it. Reset the password to get a new one (shown once).")
                    .arg(email);
        };
        texts.remedyAction = tr("&Reset password");
        texts.remedying = [](const QString &email) {
            return tr("Resetting the password of %1…").arg(email);
        };
        texts.existing = [](const QString &email, const QString &creator, const QString &created,
                            const QString &lastLogin) {
            return tr("A user %1 already exists on this console: created by %2 on %3, last signed "
                      "in: %4. The console does not show that your request created it, so its "
                      "password may be in use. Nothing new was created.")
                    .arg(email, creator, created, lastLogin);
        };
        texts.confirmedRemedyAction = tr("&Reset password…");
        texts.confirmTitle = tr("Reset the password of a user in use?");
        texts.confirmText = [](const QString &email, const QString &creator,
                               const QString &created) {
            return tr("Reset the password of <b>%1</b>, created by %2 on %3?<br><br>This "
                      "person's current password stops working <b>at once</b>: they cannot "
                      "sign in until they get the new temporary password from you. Do this "
                      "only if you know the account is not in use.")
                    .arg(email, creator, created);
        };
        texts.confirmButton = tr("&Reset password");
        texts.notCreated = [](const QString &email) {
            return tr("The console's answer was lost and %1 was not created. Nothing was "
                      "created: it is safe to try again.")
                    .arg(email);
        };
        texts.unknown = [](const QString &email, const QString &error) {
            return tr("The console's answer to creating %1 was lost, and checking whether the "
                      "user was created failed too: %2 Check again before creating the user "
                      "again.")
                    .arg(email, error);
        };
        texts.remedyFailed = [](const QString &email, const QString &error) {
            return tr("%1 exists, but the password could not be reset: %2").arg(email, error);
        };
        return texts;
    });
    connect(m_recovery, &LostCreateRecovery::checkStarted, this, [this] {
        m_form.emailEdit->setEnabled(false);
        m_form.createButton->setEnabled(false);
    });
    connect(m_recovery, &LostCreateRecovery::checked, this,
            [this](LostCreateCheck::Outcome outcome, const QString &email) {
                m_form.emailEdit->setEnabled(true);
                if (outcome == LostCreateCheck::Outcome::Created
                    && m_form.emailEdit->text().trimmed() == email)
                    m_form.emailEdit->clear();
                if (outcome == LostCreateCheck::Outcome::Created
                    || outcome == LostCreateCheck::Outcome::Existing)
                    Q_EMIT listChanged();
                validateEmail();
            });
    connect(m_recovery, &LostCreateRecovery::retryRequested, this, &UserCreation::createUser);
    connect(m_recovery, &LostCreateRecovery::remedied, this,
            [this](LostCreateCheck *check, const QString &password) {
                const User user = check->user();
                check->deleteLater();
                lostPasswordReset(user, password);
            });
    m_form.notifyCheck->setToolTip(
            tr("The console emails the user a link to set their password. Consoles older than "
               "version 2.23 ignore this."));
    m_form.resetPasswordCheck->setToolTip(
            tr("The user must choose a new password the first time they sign in."));
    connect(m_form.emailEdit, &QLineEdit::textChanged, this, &UserCreation::validateEmail);
    connect(m_form.emailEdit, &QLineEdit::returnPressed, this, &UserCreation::createUser);
    connect(m_form.createButton, &QPushButton::clicked, this, &UserCreation::createUser);
}

UserCreation::~UserCreation()
{
    // The form's widgets may be gone already (the page deletes them first): no answer now.
    rowactions::abandon(m_createJob, this);
}

void UserCreation::setSession(Session *session)
{
    m_session = session;
    m_recovery->setSession(session);
    if (m_createJob)
        m_createJob->abandon();
}

bool UserCreation::isCreating() const
{
    return m_createJob;
}

QString UserCreation::creatingEmail() const
{
    return m_createJob ? m_recovery->sentName() : QString();
}

void UserCreation::checkInterruptedCreate(const QString &email)
{
    m_recovery->recoverInterrupted(email);
}

bool UserCreation::consoleHasNames() const
{
    return UserNameSupport::supported(m_session);
}

void UserCreation::validateEmail()
{
    const QString email = m_form.emailEdit->text().trimmed();
    if (email.isEmpty()) {
        m_form.emailHint->setStyleSheet({});
        m_form.emailHint->setText(tr("The user signs in with this address."));
        m_form.createButton->setEnabled(false);
        return;
    }
    const auto result = InputValidation::email(email);
    m_form.emailHint->setStyleSheet(theme::hintStyle(m_form.emailHint, !result.ok));
    m_form.emailHint->setText(result.ok ? tr("The user signs in with this address.")
                                        : result.reason);
    m_form.createButton->setEnabled(result.ok && m_session && !m_createJob
                                    && !m_recovery->isChecking());
}

void UserCreation::createUser()
{
    if (!m_session || m_createJob)
        return;
    const QString email = m_form.emailEdit->text().trimmed();
    const auto valid = InputValidation::email(email);
    if (!valid.ok) {
        m_form.banner->showError(tr("\"%1\" is not a valid email: %2").arg(email, valid.reason));
        m_form.emailEdit->setFocus();
        return;
    }
    const bool mustChange = m_form.resetPasswordCheck->isChecked();
    std::optional<bool> notify;
    if (m_form.notifyCheck->isChecked())
        notify = true;
    NewUserRequest request{email, {}, {}, mustChange, notify};
    if (consoleHasNames()) {
        request.firstName = m_form.firstNameEdit->text().trimmed();
        request.lastName = m_form.lastNameEdit->text().trimmed();
    }
    m_form.banner->showInfo(tr("Creating user %1…").arg(email));
    m_form.group->setEnabled(false);
    auto *job = RunaiClient(m_session).createUser(request);
    m_createJob = job;
    m_recovery->createSent(request.email);
    connect(job, &ApiJob::finished, this,
            [this, request](ApiJob *done) { createFinished(done, request); });
    job->start();
}

void UserCreation::lostPasswordReset(const User &user, const QString &password)
{
    m_form.banner->showSuccess(tr("%1 has a new temporary password.").arg(user.username));
    auto *dialog = new TemporaryPasswordDialog(user.username, password, true, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    validateEmail();
    Q_EMIT listChanged();
}

void UserCreation::createFinished(ApiJob *job, const NewUserRequest &request)
{
    const bool mustChange = request.resetPassword.value_or(true);
    m_createJob = nullptr;
    m_recovery->createAnswered();
    m_form.group->setEnabled(m_session);
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        validateEmail();
        return;
    }
    const QString email = m_form.emailEdit->text().trimmed();
    ActivityRecorder::record(tr("Create user"), email, job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcUsersPage) << "create failed:" << error.logString();
        if (LostCreateCheck::mayHaveCreated(error)) {
            // The POST may have created the user: ask the console before sending it again.
            m_recovery->recover(email);
            return;
        }
        if (error.kind() == ApiError::Kind::Conflict)
            m_form.banner->showError(
                    tr("A user with the email %1 already exists on this console.").arg(email)
                    + (error.serverMessage().isEmpty()
                               ? QString()
                               : u' ' + tr("The server said: %1").arg(error.serverMessage())));
        else
            m_form.banner->showError(error.userMessage());
        validateEmail();
        m_form.emailEdit->setFocus();
        return;
    }
    NewUser newUser = static_cast<NewUserJob *>(job)->result();
    const QString password = std::exchange(newUser.tempPassword, QString());
    User user;
    user.id = newUser.id;
    user.username = newUser.username.isEmpty() ? email : newUser.username;
    user.isLocal = true;
    // The create answer has no names; shown as sent until the refresh brings the console's.
    user.firstName = request.firstName;
    user.lastName = request.lastName;
    Q_EMIT created(user);
    m_form.banner->showSuccess(tr("User %1 created.").arg(user.username));
    m_form.emailEdit->clear();
    m_form.firstNameEdit->clear();
    m_form.lastNameEdit->clear();
    validateEmail();

    QDialog *dialog = nullptr;
    if (!password.isEmpty()) {
        dialog = new TemporaryPasswordDialog(user.username, password, mustChange, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    Q_EMIT passwordShown(user, dialog);
}

} // namespace runai
