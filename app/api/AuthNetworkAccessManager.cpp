// SPDX-License-Identifier: MIT
#include "api/AuthNetworkAccessManager.h"

#include <QNetworkRequest>

namespace runai {

AuthNetworkAccessManager::AuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{ }

void AuthNetworkAccessManager::setAccessToken(const SecretBytes &token)
{
    QByteArray header = "Bearer " + token.reveal().toByteArray();
    m_bearer = SecretBytes::takeFrom(header); // zeroes `header`, which nothing else shares
}

void AuthNetworkAccessManager::clearAccessToken()
{
    m_bearer.clear(); // zeroed; the copies Qt made for requests already sent are Qt's
}

QNetworkReply *AuthNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    QNetworkRequest r(request);
    if (r.url().scheme() == QLatin1StringView("https"))
        r.setSslConfiguration(m_ssl);
    if (r.attribute(AuthAttribute).toBool() && !m_bearer.isEmpty())
        r.setRawHeader("Authorization", m_bearer.toUtf8ForRequest());
    return QNetworkAccessManager::createRequest(op, r, outgoingData);
}

} // namespace runai
