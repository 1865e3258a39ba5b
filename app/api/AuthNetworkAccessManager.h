// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace runai {

// The network access manager a Session owns. Requests marked with AuthAttribute get
// `Authorization: Bearer <token>` added here, at the last moment, so the token is never copied
// into jobs, never global and never logged by callers. It also applies the console's TLS
// configuration (system CAs plus the console's own CA bundle) to every request.
class AuthNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    static constexpr auto AuthAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    explicit AuthNetworkAccessManager(QObject *parent = nullptr);

    void setAccessToken(const SecretBytes &token);
    void clearAccessToken();
    bool hasAccessToken() const { return !m_bearer.isEmpty(); }

    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    SecretBytes m_bearer; // "Bearer <token>"
    QSslConfiguration m_ssl;
};

} // namespace runai
