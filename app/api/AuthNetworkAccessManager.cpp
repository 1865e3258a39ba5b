// SPDX-License-Identifier: MIT
#include "api/AuthNetworkAccessManager.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace runai {

AuthNetworkAccessManager::AuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    // One connection for every reply (cheaper per request than connecting to each).
    connect(this, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        --m_outstanding;
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            m_http2 = true;
    });
}

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
    if (r.attribute(AuthAttribute).toBool() && !bearer().isEmpty())
        r.setRawHeader("Authorization", bearer().toUtf8ForRequest());
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, r, outgoingData);
    ++m_outstanding; // counted down by finished(), which an aborted reply emits too
    return reply;
}

} // namespace runai
