// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QWidget;

namespace runai {

class ApplicationsPage;
class ConfirmationDialog;
class Session;
class SignInPage;
class UsersPage;

// Signing out drops the answers of the changes still on their way (ChangesInFlight): a create may
// happen without its secret ever being shown, a regenerate may revoke the old secret and lose the
// new one. So the window signs out through this guard:
// - nothing in flight: signs out at once;
// - else: asks first (a window-modal ConfirmationDialog, never exec()), naming the changes and
//   what may be lost. Declined: nothing happens, the answers arrive as usual. Confirmed: each
//   change goes to the activity log as "may have taken effect", the sign-in page says so, and
//   after the next sign-in to the same console as the same identity the interrupted create (an
//   application or user) is checked the way a lost answer is (LostCreateCheck).
// The other ways a session ends go through it too (Ending): switching profile, quitting (the
// window's closeEvent). Only a forced end (session lost, renewal given up) signs out without
// asking. "Use this identity" is no ending: the same Session and pages get the answers.
class SignOutGuard : public QObject
{
    Q_OBJECT
public:
    // How the session ends: the question's title and button say so.
    enum class Ending { SignOut, SwitchProfile, Quit };

    SignOutGuard(ApplicationsPage *applications, UsersPage *users, SignInPage *signIn,
                 QWidget *dialogParent);
    // The window builds its pages on first use: until then there is nothing of theirs to check.
    void setPages(ApplicationsPage *applications, UsersPage *users)
    {
        m_applications = applications;
        m_users = users;
    }

    // `signOut` ends the session for real; it runs now, after a confirmation, or not at all.
    void requestSignOut(Session *session, std::function<void()> signOut,
                        Ending ending = Ending::SignOut);
    // After a sign-in: re-checks a create a confirmed sign-out interrupted.
    void resume(Session *session);
    // What the last confirmed sign-out dropped (operations), until the next sign-in.
    QStringList interrupted() const { return m_operations; }

private:
    void signOutDropping(Session *session, const std::function<void()> &signOut, Ending ending);

    QPointer<ApplicationsPage> m_applications;
    QPointer<UsersPage> m_users;
    QPointer<SignInPage> m_signIn;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConfirmationDialog> m_question; // open while the user decides
    // Remembered by a confirmed sign-out, for the next sign-in.
    QUrl m_console;
    QString m_identity;
    QString m_application;
    QString m_userEmail;
    QStringList m_operations;
};

} // namespace runai
