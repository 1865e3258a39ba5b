// SPDX-License-Identifier: MIT
#include "api/ProxyCredentials.h"

#include "core/LogCategories.h"

#include <QAuthenticator>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace runai {

ProxyCredentials::ProxyCredentials(QObject *parent)
    : QObject(parent)
{ }

ProxyCredentials::~ProxyCredentials()
{
    clear();
}

void ProxyCredentials::set(const QString &user, const QString &password)
{
    clear();
    m_user = user;
    // The caller's QString is the caller's (the keychain read's, a form's): only copied here.
    m_password = SecretBytes::fromString(password);
}

void ProxyCredentials::clear()
{
    m_password.clear();
    m_user.clear();
    m_recent.clear(); // new credentials deserve new attempts
}

void ProxyCredentials::attach(QNetworkAccessManager *nam)
{
    connect(nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this, nam](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                answer(nam, proxy, authenticator);
            });
    connect(nam, &QObject::destroyed, this, [this, nam] { m_recent.remove(nam); });
}

void ProxyCredentials::answer(QNetworkAccessManager *nam, const QNetworkProxy &proxy,
                              QAuthenticator *authenticator)
{
    // Leaving the authenticator empty makes the request fail with ProxyAuthenticationRequired.
    if (m_user.isEmpty()) {
        qCInfo(lcProxyAuth) << "proxy" << proxy.hostName() << "wants credentials; none configured";
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &recent = m_recent[nam];
    recent.removeIf([now](qint64 t) { return now - t > 60'000; });
    if (recent.size() >= MaxAnswersPerMinute) {
        qCInfo(lcProxyAuth) << "proxy" << proxy.hostName() << "keeps refusing the credentials of"
                            << m_user << "- not answering again";
        return;
    }
    recent.append(now);
    qCInfo(lcProxyAuth) << "answering the proxy challenge of" << proxy.hostName() << "as" << m_user;
    authenticator->setUser(m_user);
    // QAuthenticator takes a QString and keeps it (Qt's network stack holds on to it for the
    // connection): that copy is Qt's, out of reach of a wipe.
    authenticator->setPassword(m_password.revealAsQString());
    ++m_answered;
}

} // namespace runai
