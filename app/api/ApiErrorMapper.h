// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

namespace runai {

// The one place where transport outcomes become an ApiError. Pure static functions over plain
// inputs so every branch is table-tested without a network.
class ApiErrorMapper
{
public:
    struct Outcome
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString; // Qt's text, used as the technical detail
        int httpStatus = 0; // 0: no HTTP answer
        QByteArray contentType;
        QByteArray body;
        QByteArray retryAfter; // raw Retry-After header
        bool tokenRequest = false; // /token: a 400/401 means the credentials were refused
        bool cancelledByUs = false; // abandon()
        bool tooLarge = false; // aborted by the body-size guard
        std::optional<TlsFailure> tls; // collected from sslErrors()
    };

    // Kind::None when the outcome is a success (2xx without a transport error).
    static ApiError map(const Outcome &o, const QDateTime &now = QDateTime::currentDateTimeUtc());

    static ApiError::Kind kindForHttpStatus(int status, bool tokenRequest);
    // The kind an OAuth2 error code (/api/v2/token) stands for; nullopt for an unknown code.
    static std::optional<ApiError::Kind> oauth2Kind(const QString &code);
    // Retry-After as delta-seconds or an HTTP-date; nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // Builds the TLS report from what QSslSocket saw.
    static TlsFailure tlsFailure(const QString &host, const QList<QSslError> &errors,
                                 const QList<QSslCertificate> &peerChain);
    // Whether the content type announces JSON (application/json, application/problem+json, ...).
    static bool isJsonContentType(const QByteArray &contentType);

    static constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;
};

} // namespace runai
