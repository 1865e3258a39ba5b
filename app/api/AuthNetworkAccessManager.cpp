// SPDX-License-Identifier: MIT
#include "AuthNetworkAccessManager.h"

#include <QNetworkRequest>

namespace runai {

AuthNetworkAccessManager::AuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{ }

void AuthNetworkAccessManager::setAccessToken(const QString &token)
{
    m_bearer = "Bearer " + token.toUtf8();
}

void AuthNetworkAccessManager::clearAccessToken()
{
    m_bearer.fill('\0');
    m_bearer.clear();
}

QNetworkReply *AuthNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    QNetworkRequest r(request);
    if (r.url().scheme() == QLatin1StringView("https"))
        r.setSslConfiguration(m_ssl);
    if (r.attribute(AuthAttribute).toBool() && !m_bearer.isEmpty())
        r.setRawHeader("Authorization", m_bearer);
    return QNetworkAccessManager::createRequest(op, r, outgoingData);
}

} // namespace runai
