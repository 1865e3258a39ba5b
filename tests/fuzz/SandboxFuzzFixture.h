// SPDX-License-Identifier: MIT
#pragma once

// A whole sandbox control plane without sockets, for the fuzz targets that feed request bodies
// to its endpoints: a fresh store, token issuer and API for every input (deterministic; the
// secrets are salted SHA-256, so building one costs microseconds), an administrator and that
// administrator's bearer token obtained through the API itself.
#include "FuzzSupport.h"
#include "sandbox/ApiContext.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/TokenIssuer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace runai::fuzz {

class SandboxFixture
{
public:
    // level: 218, 220, 224 or 300; an empty password keeps the default one. `prepare` runs on
    // the empty store first (the state loader's target loads a file there), as start() does.
    explicit SandboxFixture(int level, const QString &adminPassword = {},
                            const std::function<void(sandbox::SandboxStore &)> &prepare = {})
        : m_tokens(3600)
    {
        if (!adminPassword.isEmpty())
            m_options.adminPassword = adminPassword;
        if (prepare)
            prepare(m_store);
        m_options.apiVersion = level == 300 ? u"3.0"_s : u"2.%1"_s.arg(level - 200);
        m_store.ensureAdmin(m_options.adminEmail, m_options.adminPassword);
        if (level >= 300)
            m_store.ensureAllAuthenticatedUsersRule();
        m_api = std::make_unique<sandbox::SandboxApi>(
                sandbox::ApiContext{m_options, level, m_store, m_tokens});
        const QJsonObject grant{{u"grantType"_s, u"password"_s},
                                {u"username"_s, m_options.adminEmail},
                                {u"password"_s, m_options.adminPassword}};
        const auto answer = handle("POST", u"/api/v1/token"_s, QJsonDocument(grant).toJson(),
                                   "application/json", {});
        m_adminToken = QJsonDocument::fromJson(answer.body)
                               .object()
                               .value(u"accessToken"_s)
                               .toString()
                               .toUtf8();
        FUZZ_CHECK(!m_adminToken.isEmpty(), QString::fromUtf8(answer.body));
    }

    QByteArray adminToken() const { return m_adminToken; }
    sandbox::SandboxStore &store() { return m_store; }

    sandbox::ApiResponse handle(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body, const QByteArray &contentType,
                                const QByteArray &bearer)
    {
        sandbox::ApiRequest request;
        request.method = method;
        const QUrl url(u"http://sandbox"_s + pathAndQuery);
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);
        if (!contentType.isEmpty())
            request.headers.append({"Content-Type", contentType});
        if (!bearer.isEmpty())
            request.headers.append({"Authorization", "Bearer " + bearer});
        request.body = body;
        auto response = m_api->handle(request);
        checkResponse(response, method + ' ' + pathAndQuery.toUtf8());
        return response;
    }

    // What every answer promises, whatever the body was: a real status that is not an internal
    // error, and a JSON body that parses whenever the answer says it is JSON.
    static void checkResponse(const sandbox::ApiResponse &response, const QByteArray &what)
    {
        const QString detail = QString::fromUtf8(what + " -> " + QByteArray::number(response.status)
                                                 + ' ' + response.body.left(300));
        FUZZ_CHECK(response.status >= 200 && response.status <= 599, detail);
        FUZZ_CHECK(response.status < 500 || response.status == 501, detail);
        if (response.contentType.startsWith("application/json")) {
            QJsonParseError error;
            QJsonDocument::fromJson(response.body, &error);
            FUZZ_CHECK(error.error == QJsonParseError::NoError, detail);
        }
        if (response.status == 204)
            FUZZ_CHECK(response.body.isEmpty(), detail);
    }

private:
    sandbox::SandboxOptions m_options;
    sandbox::SandboxStore m_store;
    sandbox::TokenIssuer m_tokens;
    std::unique_ptr<sandbox::SandboxApi> m_api;
    QByteArray m_adminToken;
};

// The API level an input's first byte picks.
inline int pickLevel(uint8_t byte)
{
    constexpr int levels[] = {218, 220, 224, 300};
    return levels[byte % 4];
}

} // namespace runai::fuzz
