// SPDX-License-Identifier: MIT
#include "api/AuthNetworkAccessManager.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

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
    if (r.attribute(AuthAttribute).toBool() && !bearer().isEmpty())
        r.setRawHeader("Authorization", bearer().toUtf8ForRequest());
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, r, outgoingData);
    ++m_outstanding;
    // Counted down once: when it finishes, or when it is deleted unfinished.
    auto counted = std::make_shared<bool>(true);
    const auto done = [this, counted, reply](bool finished) {
        if (!*counted)
            return;
        *counted = false;
        --m_outstanding;
        if (finished && reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            m_http2 = true;
    };
    connect(reply, &QNetworkReply::finished, this, [done] { done(true); });
    connect(reply, &QObject::destroyed, this, [done] { done(false); });
    return reply;
}

} // namespace runai
