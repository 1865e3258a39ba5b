// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

class QPushButton;
class QWidget;

namespace runai {

class ApiJob;
class KeychainBridge;
class MessageBanner;
class Session;

// "Get token" on the Applications page: signs in as the selected application with its client
// secret (read from the keychain, or asked for when this program does not hold it), shows the
// token, and from the token dialog switches this program to that identity. One token request at
// a time; the page's Get token button waits meanwhile.
class ApplicationTokenFlow : public QObject
{
    Q_OBJECT
public:
    ApplicationTokenFlow(KeychainBridge *keychain, MessageBanner *banner,
                         QPushButton *getTokenButton, QWidget *page);
    ~ApplicationTokenFlow() override;

    void setSession(Session *session);
    // `secretStored`: the keychain holds the client secret (else a dialog asks for it).
    void getToken(const Application &app, bool secretStored);
    bool isBusy() const;

Q_SIGNALS:
    // A token request or keychain read ended: the page's buttons may change.
    void stateChanged();
    // This program now works as the application: the lists show what it may see.
    void identityChanged();

private:
    ObjectNoun noun() const;
    void requestToken(const Application &app, const QString &secret);
    void tokenFinished(ApiJob *job, const Application &app, const QString &secret);
    void useIdentity(const Application &app, const QString &secret);

    QWidget *m_page;
    QPointer<KeychainBridge> m_keychain;
    MessageBanner *m_banner;
    QPushButton *m_getTokenButton;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_tokenJob;
    QPointer<ApiJob> m_identityJob;
    bool m_readingSecret = false;
};

} // namespace runai
