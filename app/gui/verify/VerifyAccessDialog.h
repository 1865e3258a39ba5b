// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccessCheck.h"
#include "secrets/SecretKey.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class VerifyAccessDialog;
}

namespace runai {

class KeychainBridge;
class MessageBanner;
class Session;
struct AccessKey;
struct Application;
struct User;

// Verify access (issue 15): what a service account / application, an access key or a user may
// actually do, checked against the console. The credential is the one this program keeps in the
// keychain (`heldSecret`, when the keychain knows it) or one pasted or typed for the check, used
// once and never stored. The table lists the fixed read-only calls before anything is sent (those
// this console does not offer say so at once) and fills in as the answers arrive: allowed,
// denied with the access rule that would grant it, not offered, or failed. Non-modal; closing it
// stops a check under way.
class VerifyAccessDialog : public QDialog
{
    Q_OBJECT
public:
    // The table's columns. A call's cell holds its title, then the request on a second line.
    enum Column { CallColumn, ResultColumn, NeedsColumn, WhyColumn, ColumnCount };

    VerifyAccessDialog(Session *session, const AccessCheck::Subject &subject,
                       KeychainBridge *keychain, const SecretKey &heldSecret,
                       QWidget *parent = nullptr);
    ~VerifyAccessDialog() override;

    // The entry points: each opens the dialog over `page` (non-modal, deleted when closed) with
    // the keychain entry where this program keeps the identity's secret, if it keeps one.
    static VerifyAccessDialog *openForApplication(QWidget *page, Session *session,
                                                  KeychainBridge *keychain, const Application &app);
    // A key's token acts as its owner (`owner`: an e-mail, empty when it is the signed-in user).
    static VerifyAccessDialog *openForAccessKey(QWidget *page, Session *session,
                                                KeychainBridge *keychain, const AccessKey &key,
                                                const QString &owner);
    // The password is typed for the check, or the one kept for signing in as that user.
    static VerifyAccessDialog *openForUser(QWidget *page, Session *session,
                                           KeychainBridge *keychain, const User &user);

    MessageBanner *banner() const;
    // The check under way or the last one (nullptr before the first).
    AccessCheck *check() const { return m_check; }
    bool isChecking() const { return m_readingSecret || (m_check && m_check->isRunning()); }

public Q_SLOTS:
    void runCheck();

Q_SIGNALS:
    void checkFinished();

private:
    void setUpTexts();
    void start(const QString &secret);
    void fillRow(int row, const AccessCheck::Probe &probe);
    void showPlan(const QList<AccessCheck::Probe> &probes);
    void tokenFinished();
    void finished();
    void updateControls();

    std::unique_ptr<Ui::VerifyAccessDialog> m_ui;
    QPointer<Session> m_session;
    AccessCheck::Subject m_subject;
    QPointer<KeychainBridge> m_keychain;
    SecretKey m_heldSecret;
    bool m_held = false;
    bool m_readingSecret = false;
    QPointer<AccessCheck> m_check;
};

} // namespace runai
