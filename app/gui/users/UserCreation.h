// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QObject>
#include <QPointer>

class QCheckBox;
class QDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace runai {

class ApiJob;
class LostCreateRecovery;
class MessageBanner;
class Session;

// The Users page's "Create a local user" form: checks the e-mail as it is typed, creates the
// user and shows the temporary password once. When the console's answer is lost on the way it
// asks the console whether the user was created (LostCreateRecovery) instead of sending the
// request again.
class UserCreation : public QObject
{
    Q_OBJECT
public:
    // The form's parts this class drives.
    struct Form
    {
        QGroupBox *group = nullptr;
        QLineEdit *emailEdit = nullptr;
        QLabel *emailHint = nullptr;
        QLineEdit *firstNameEdit = nullptr;
        QLineEdit *lastNameEdit = nullptr;
        QCheckBox *resetPasswordCheck = nullptr;
        QCheckBox *notifyCheck = nullptr;
        QPushButton *createButton = nullptr;
        MessageBanner *banner = nullptr;
    };

    UserCreation(const Form &form, QWidget *page);
    ~UserCreation() override;

    void setSession(Session *session);
    bool isCreating() const;
    // The e-mail being created while the answer is awaited, else empty (for sign-out).
    QString creatingEmail() const;
    // A create whose answer a sign-out dropped: ask the console whether it took effect.
    void checkInterruptedCreate(const QString &email);

public Q_SLOTS:
    void createUser();
    void validateEmail();

Q_SIGNALS:
    // The console created `user`: its row goes into the table (marked as created here).
    void created(const runai::User &user);
    // Its temporary password is on screen in `dialog` (nullptr: the console sent none); the
    // grant offer follows once it closes.
    void passwordShown(const runai::User &user, QDialog *dialog);
    // The console's list changed (or may have): reload it.
    void listChanged();

private:
    void createFinished(ApiJob *job, const runai::NewUserRequest &request);
    void lostPasswordReset(const User &user, const QString &password);
    bool consoleHasNames() const;

    Form m_form;
    QWidget *m_page;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_createJob;
    LostCreateRecovery *m_recovery = nullptr;
};

} // namespace runai
