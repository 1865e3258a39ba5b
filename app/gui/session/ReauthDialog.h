// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace runai {

class ApiJob;
class MessageBanner;
class SecretField;
class Session;

// Shown over the current page when the session's silent renewal failed (the keychain had no
// password, or the console refused it): the user types the password (or client secret) of the
// same identity and the SAME Session gets the new token, so every page, its selection and its
// typed input stay exactly as they were. "Sign out" gives up instead. Window-modal, opened
// with open(): no nested event loop.
class ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(Session *session, const QString &reason, QWidget *parent = nullptr);
    ~ReauthDialog() override;

    SecretField *secretField() const { return m_secret; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return !m_job.isNull(); }

Q_SIGNALS:
    // The session holds a fresh token; the dialog closes itself.
    void reauthenticated();
    // The user chose to sign out instead.
    void signOutRequested();

private:
    void submit();
    void signInFinished(ApiJob *job);

    QPointer<Session> m_session;
    MessageBanner *m_banner = nullptr;
    QLabel *m_intro = nullptr;
    SecretField *m_secret = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPointer<ApiJob> m_job;
};

} // namespace runai
