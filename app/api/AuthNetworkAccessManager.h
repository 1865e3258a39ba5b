// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QPointer>
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
    bool hasAccessToken() const { return !bearer().isEmpty(); }
    // An extra connection lane (ConnectionLanes): sends whatever token `primary` holds at the
    // moment of each request, so sign-in, renewal and sign-out apply to the lane at once.
    void shareTokenOf(const AuthNetworkAccessManager *primary) { m_tokenSource = primary; }

    // Requests created and not yet finished (or aborted), and whether an answer came over
    // HTTP/2: what ConnectionLanes decides by.
    int outstandingRequests() const { return m_outstanding; }
    bool answersCameOverHttp2() const { return m_http2; }

    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    const SecretBytes &bearer() const { return m_tokenSource ? m_tokenSource->m_bearer : m_bearer; }

    SecretBytes m_bearer; // "Bearer <token>"
    QPointer<const AuthNetworkAccessManager> m_tokenSource;
    int m_outstanding = 0;
    bool m_http2 = false;
    QSslConfiguration m_ssl;
};

} // namespace runai
