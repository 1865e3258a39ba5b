// SPDX-License-Identifier: MIT
#pragma once

// A deliberately plain HTTP client for the sandbox tests, written directly on QNetworkAccessManager
// (the project's app/api layer is not used here: the sandbox is checked against the contract,
// not against the other implementation of it).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace runai::sandbox::test {

struct HttpResult
{
    int status = -1; // -1: no HTTP answer (timeout or network error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
    QByteArray header(const QByteArray &name) const;
};

class TestClient
{
public:
    explicit TestClient(const QUrl &baseUrl);

    void setCaCertificates(const QList<QSslCertificate> &cas);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const QByteArray &contentType = {},
                    const QByteArray &bearer = {},
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult get(const QString &path, const QByteArray &bearer);
    HttpResult postJson(const QString &path, const QJsonObject &body,
                        const QByteArray &bearer = {});
    HttpResult patchJson(const QString &path, const QJsonObject &body, const QByteArray &bearer);
    HttpResult postEmpty(const QString &path, const QByteArray &bearer);
    HttpResult del(const QString &path, const QByteArray &bearer);
    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields);

    // POST /api/v1/token with the password grant; empty on failure.
    QByteArray passwordToken(const QString &username, const QString &password);
    QByteArray adminToken()
    {
        return passwordToken(QStringLiteral("test@run.ai"), QStringLiteral("Abcd!234"));
    }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    std::optional<QSslConfiguration> m_ssl;
    int m_timeoutMs = 10000;
};

// A throwaway CA and a server certificate for localhost/127.0.0.1 signed by it, made with the
// openssl CLI into `dir`: ca.pem, server.pem, server.key. Returns an error text, empty on success.
QString makeTestCertificates(const QString &dir);

// Decodes the payload (middle part) of a JWT-shaped token.
QJsonObject jwtPayload(const QByteArray &token);

} // namespace runai::sandbox::test
