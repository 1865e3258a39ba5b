// SPDX-License-Identifier: MIT
#include "sandbox/TokenEndpoint.h"

#include "core/LogCategories.h"
#include "sandbox/SandboxStore.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

ApiResponse TokenEndpoint::handleV1(const ApiRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    QJsonObject body;
    ApiResponse error;
    if (!readJsonObject(request, &body, &error))
        return error;
    const auto text = [&body](QStringView key) {
        return jsonField(body, key).toString();
    };
    const QString grantType = text(u"grantType");
    if (grantType.isEmpty())
        return ApiResponse::error(400, u"Required parameter is missing"_s, u"grantType"_s);

    // 3.0 added an optional PKCE codeVerifier (at most 128 characters). Older versions do not
    // know the field, and Go's decoder ignores unknown fields: only 3.0 checks it.
    if (m_ctx.level >= 300) {
        const QJsonValue verifier = jsonField(body, u"codeVerifier");
        if (!verifier.isUndefined() && !verifier.isNull()
            && (!verifier.isString() || verifier.toString().size() > 128))
            return ApiResponse::error(400, u"Invalid codeVerifier"_s,
                                      u"codeVerifier must be a string of at most 128 characters"_s);
    }

    Grant grant;
    if (grantType == u"password"_s) {
        if (text(u"username").isEmpty() || text(u"password").isEmpty())
            return ApiResponse::error(400, u"Required parameter is missing"_s,
                                      u"username and password"_s);
        grant = passwordGrant(text(u"username"), text(u"password"));
    } else if (grantType == u"client_credentials"_s && m_ctx.hasClientIds()) {
        const QString clientId = text(u"clientID");
        if (clientId.isEmpty() || text(u"clientSecret").isEmpty())
            return ApiResponse::error(400, u"Required parameter is missing"_s,
                                      u"clientID and clientSecret"_s);
        grant = clientGrant(clientId, text(u"clientSecret"));
    } else if (grantType == u"app_token"_s && m_ctx.hasAppTokenGrant()) {
        const QString appName = text(u"appID");
        if (appName.isEmpty() || text(u"appSecret").isEmpty())
            return ApiResponse::error(400, u"Required parameter is missing"_s,
                                      u"appID and appSecret"_s);
        grant = appGrant(m_ctx.store.appByName(appName), text(u"appSecret"));
    } else if (grantType == u"refresh_token"_s) {
        if (text(u"refreshToken").isEmpty())
            return ApiResponse::error(400, u"Required parameter is missing"_s, u"refreshToken"_s);
        grant = refreshGrant(text(u"refreshToken"));
    } else {
        return ApiResponse::error(
                400, u"grant type %1 is not supported by this control plane (%2)"_s.arg(
                             grantType, m_ctx.options.apiVersion));
    }

    switch (grant.outcome) {
    case Outcome::BadCredentials:
        return ApiResponse::error(401, u"Invalid credentials"_s);
    case Outcome::BadRefreshToken:
        return ApiResponse::error(401, u"Refresh token is invalid or expired"_s);
    case Outcome::Disabled:
        return ApiResponse::error(403, u"Application is disabled"_s);
    case Outcome::Ok:
        break;
    }
    QJsonObject answer{{u"accessToken"_s, QString::fromLatin1(grant.accessToken)},
                       {u"idToken"_s, QString::fromLatin1(grant.idToken)},
                       {u"refreshToken"_s, QString::fromLatin1(grant.refreshToken)}};
    if (m_ctx.level >= 224)
        answer.insert(u"expiresIn"_s, m_ctx.tokens.accessLifetime());
    return ApiResponse::json(200, answer);
}

ApiResponse TokenEndpoint::handleV2(const ApiRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    const QByteArray mediaType
            = request.header("content-type").split(';').first().trimmed().toLower();
    if (mediaType != "application/x-www-form-urlencoded")
        return ApiResponse::oauthError(400, u"invalid_request"_s,
                                       u"Content-Type must be application/x-www-form-urlencoded"_s);
    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray raw = request.body;
    raw.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(raw));
    const auto field = [&form](const QString &key) {
        return form.queryItemValue(key, QUrl::FullyDecoded);
    };
    const QString grantType = field(u"grant_type"_s);
    if (grantType.isEmpty())
        return ApiResponse::oauthError(400, u"invalid_request"_s, u"grant_type is required"_s);

    Grant grant;
    if (grantType == u"client_credentials"_s) {
        if (field(u"client_id"_s).isEmpty() || field(u"client_secret"_s).isEmpty())
            return ApiResponse::oauthError(400, u"invalid_request"_s,
                                           u"client_id and client_secret are required"_s);
        grant = clientGrant(field(u"client_id"_s), field(u"client_secret"_s));
        if (grant.outcome == Outcome::BadCredentials)
            return ApiResponse::oauthError(401, u"invalid_client"_s,
                                           u"Client authentication failed"_s);
    } else if (grantType == u"password"_s) {
        if (field(u"username"_s).isEmpty() || field(u"password"_s).isEmpty())
            return ApiResponse::oauthError(400, u"invalid_request"_s,
                                           u"username and password are required"_s);
        grant = passwordGrant(field(u"username"_s), field(u"password"_s));
        if (grant.outcome == Outcome::BadCredentials)
            return ApiResponse::oauthError(400, u"invalid_grant"_s,
                                           u"Invalid username or password"_s);
    } else if (grantType == u"refresh_token"_s && m_ctx.hasV2RefreshGrant()) {
        if (field(u"refresh_token"_s).isEmpty())
            return ApiResponse::oauthError(400, u"invalid_request"_s,
                                           u"refresh_token is required"_s);
        grant = refreshGrant(field(u"refresh_token"_s));
        if (grant.outcome == Outcome::BadRefreshToken)
            return ApiResponse::oauthError(400, u"invalid_grant"_s,
                                           u"Refresh token is invalid or expired"_s);
    } else {
        return ApiResponse::oauthError(400, u"unsupported_grant_type"_s,
                                       u"grant_type %1 is not supported"_s.arg(grantType));
    }
    if (grant.outcome == Outcome::Disabled)
        return ApiResponse::oauthError(400, u"unauthorized_client"_s,
                                       u"The service account is disabled"_s);
    return ApiResponse::json(200,
                             QJsonObject{
                                     {u"access_token"_s, QString::fromLatin1(grant.accessToken)},
                                     {u"token_type"_s, u"Bearer"_s},
                                     {u"expires_in"_s, m_ctx.tokens.accessLifetime()},
                                     {u"refresh_token"_s, QString::fromLatin1(grant.refreshToken)},
                                     {u"id_token"_s, QString::fromLatin1(grant.idToken)},
                             });
}

TokenEndpoint::Grant TokenEndpoint::passwordGrant(const QString &username, const QString &password)
{
    UserRecord *user = m_ctx.store.userByName(username);
    if (!user || !user->password.matches(password)) {
        qCDebug(lcSandboxToken) << "password grant refused";
        return {};
    }
    return issueForUser(*user);
}

TokenEndpoint::Grant TokenEndpoint::appGrant(AppRecord *app, const QString &secret)
{
    if (!app || !app->secret.matches(secret)) {
        qCDebug(lcSandboxToken) << "application grant refused";
        return {};
    }
    if (!app->enabled)
        return {Outcome::Disabled, {}, {}, {}};
    return issueForApp(*app);
}

TokenEndpoint::Grant TokenEndpoint::clientGrant(const QString &clientId, const QString &secret)
{
    if (AppRecord *app = m_ctx.store.appByClientId(clientId))
        return appGrant(app, secret);
    // Access keys (2.24+) sign in like service accounts, but the token acts as the key's owner
    // with the owner's access rules (runai-api.md 9).
    AccessKeyRecord *key = m_ctx.level >= 224 ? m_ctx.store.accessKeyByClientId(clientId) : nullptr;
    UserRecord *owner = key ? m_ctx.store.userById(key->ownerId) : nullptr;
    if (!owner || !key->secret.matches(secret)) {
        qCDebug(lcSandboxToken) << "client credentials grant refused";
        return {};
    }
    return issueForUser(*owner, key);
}

TokenEndpoint::Grant TokenEndpoint::refreshGrant(const QString &refreshToken)
{
    const auto claims = m_ctx.tokens.verify(refreshToken.toLatin1());
    if (!claims || claims->use != TokenIssuer::Use::Refresh)
        return {Outcome::BadRefreshToken, {}, {}, {}};
    if (claims->subject == TokenIssuer::Subject::User) {
        UserRecord *user = m_ctx.store.userById(claims->sub);
        if (!user || user->tokenGeneration != claims->generation)
            return {Outcome::BadRefreshToken, {}, {}, {}};
        if (claims->accessKeyId.isEmpty())
            return issueForUser(*user);
        AccessKeyRecord *key = m_ctx.store.accessKeyById(claims->accessKeyId);
        if (!key || key->ownerId != user->id || key->tokenGeneration != claims->accessKeyGeneration)
            return {Outcome::BadRefreshToken, {}, {}, {}};
        return issueForUser(*user, key);
    }
    AppRecord *app = m_ctx.store.appById(claims->sub);
    if (!app || app->tokenGeneration != claims->generation)
        return {Outcome::BadRefreshToken, {}, {}, {}};
    if (!app->enabled)
        return {Outcome::Disabled, {}, {}, {}};
    return issueForApp(*app);
}

TokenEndpoint::Grant TokenEndpoint::issueForUser(UserRecord &user, AccessKeyRecord *key)
{
    TokenIssuer::Claims claims;
    if (key) {
        key->lastLogin = SandboxStore::now();
        m_ctx.store.touch();
        claims.accessKeyId = key->id;
        claims.accessKeyGeneration = key->tokenGeneration;
    } else {
        user.lastLogin = SandboxStore::now();
        m_ctx.store.touchUser(user);
    }
    claims.subject = TokenIssuer::Subject::User;
    claims.sub = user.id;
    claims.email = user.username;
    claims.generation = user.tokenGeneration;
    Grant grant{Outcome::Ok, {}, {}, {}};
    grant.accessToken = m_ctx.tokens.issue(claims);
    claims.use = TokenIssuer::Use::Id;
    grant.idToken = m_ctx.tokens.issue(claims);
    claims.use = TokenIssuer::Use::Refresh;
    grant.refreshToken = m_ctx.tokens.issue(claims);
    return grant;
}

TokenEndpoint::Grant TokenEndpoint::issueForApp(AppRecord &app)
{
    app.lastLogin = SandboxStore::now();
    m_ctx.store.touch();
    TokenIssuer::Claims claims;
    claims.subject = TokenIssuer::Subject::App;
    claims.sub = app.id;
    claims.clientId = app.clientId;
    claims.generation = app.tokenGeneration;
    Grant grant{Outcome::Ok, {}, {}, {}};
    grant.accessToken = m_ctx.tokens.issue(claims);
    claims.use = TokenIssuer::Use::Id;
    grant.idToken = m_ctx.tokens.issue(claims);
    claims.use = TokenIssuer::Use::Refresh;
    grant.refreshToken = m_ctx.tokens.issue(claims);
    return grant;
}

} // namespace runai::sandbox
