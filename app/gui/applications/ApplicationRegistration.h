// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace runai {

class ApiJob;
class ClientSecretSaver;
class LostCreateRecovery;
class MessageBanner;
class Session;

// The Applications page's "Register an application" form: checks the name as it is typed,
// registers it, shows the new credentials once and keeps the secret in the keychain. When the
// console's answer is lost on the way it asks the console whether the registration took effect
// (LostCreateRecovery) instead of sending it again.
class ApplicationRegistration : public QObject
{
    Q_OBJECT
public:
    // The form's parts this class drives.
    struct Form
    {
        QLineEdit *nameEdit = nullptr;
        QPushButton *registerButton = nullptr;
        QLabel *nameHint = nullptr;
        MessageBanner *banner = nullptr;
    };

    ApplicationRegistration(const Form &form, ClientSecretSaver *secrets, QWidget *page);
    ~ApplicationRegistration() override;

    void setSession(Session *session);
    bool isRegistering() const;
    // The name being registered while the answer is awaited, else empty (for sign-out).
    QString registeringName() const;
    // A registration whose answer a sign-out dropped: ask the console whether it took effect.
    void checkInterruptedCreate(const QString &name);

public Q_SLOTS:
    void registerApplication();
    void validateName();

Q_SIGNALS:
    // The console registered `app`: its row goes into the table, selected.
    void registered(const runai::Application &app);
    // Its credentials are on screen (the grant offer follows once `dialog` closes).
    void credentialsShown(const runai::Application &app, QDialog *dialog);
    // The keychain answered about a saved secret.
    void secretSaved();
    // The console's list changed (or may have): reload it.
    void listChanged();

private:
    ObjectNoun noun() const;
    void createFinished(ApiJob *job);
    void lostSecretRegenerated(const Application &app, const QString &secret);
    // Shows the new secret once and keeps it in the keychain.
    QDialog *showCredentials(const Application &app, const QString &secret);

    Form m_form;
    ClientSecretSaver *m_secrets;
    QWidget *m_page;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_createJob;
    LostCreateRecovery *m_recovery = nullptr;
};

} // namespace runai
