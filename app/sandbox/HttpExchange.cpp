// SPDX-License-Identifier: MIT
#include "sandbox/HttpExchange.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

ApiResponse ApiResponse::json(int status, const QJsonArray &array)
{
    return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

ApiResponse ApiResponse::noContent(int status)
{
    return {status, {}, {}, {}};
}

ApiResponse ApiResponse::error(int status, const QString &message, const QString &details)
{
    QJsonObject body{{u"code"_s, status}, {u"message"_s, message}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return json(status, body);
}

ApiResponse ApiResponse::oauthError(int status, const QString &error, const QString &description)
{
    return json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace runai::sandbox
