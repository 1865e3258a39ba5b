// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;

namespace runai {

// Answers a manual proxy's authentication challenge (407) for the sessions of one profile.
// The password is read from the keychain when the profile is applied and kept in memory only
// here; ConnectionSettings never holds it (it must stay free of secrets). Qt asks again with a
// fresh authenticator on every reconnect, so a refused password would loop forever: each
// network manager gets at most MaxAnswersPerMinute answers, then the request fails with
// "proxy authentication required" and the user sees why.
class ProxyCredentials : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAnswersPerMinute = 3;

    explicit ProxyCredentials(QObject *parent = nullptr);
    ~ProxyCredentials() override;

    void set(const QString &user, const QString &password);
    void clear();
    bool hasCredentials() const { return !m_user.isEmpty(); }
    QString user() const { return m_user; }
    int challengesAnswered() const { return m_answered; }

    // Answers `nam`'s proxyAuthenticationRequired from now on.
    void attach(QNetworkAccessManager *nam);

private:
    void answer(QNetworkAccessManager *nam, const QNetworkProxy &proxy,
                QAuthenticator *authenticator);

    QString m_user;
    // Owned and zeroed on clear(): a QString member's fill() would zero a detached copy while
    // the caller's shared buffer kept the password.
    SecretBytes m_password;
    int m_answered = 0;
    // Recent answers per network manager (msecs since epoch), to stop a refusal loop.
    QHash<const QObject *, QList<qint64>> m_recent;
};

} // namespace runai
