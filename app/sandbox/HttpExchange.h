// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace runai::sandbox {

// One parsed HTTP request, detached from the socket so that handlers never see transport details.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded, without query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    QString queryValue(const QString &key) const; // fully decoded, empty if absent
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

// What a handler answers. An empty contentType means "no body".
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse json(int status, const QJsonArray &array);
    static ApiResponse noContent(int status); // 204, or 200 with no body
    // The contract's error body: {code, message} plus details when given.
    static ApiResponse error(int status, const QString &message, const QString &details = {});
    // RFC 6749 §5.2 error body used by /api/v2/token.
    static ApiResponse oauthError(int status, const QString &error, const QString &description);
};

QByteArray reasonPhrase(int status);

} // namespace runai::sandbox
