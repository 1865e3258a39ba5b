// SPDX-License-Identifier: MIT
#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/TokenIssuer.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

SandboxApi::SandboxApi(ApiContext context)
    : m_ctx(context)
    , m_token(context)
    , m_apps(context, AppsEndpoint::Flavour::Applications)
    , m_serviceAccounts(context, AppsEndpoint::Flavour::ServiceAccounts)
    , m_users(context)
    , m_authorization(context)
    , m_accessKeys(context)
{ }

ApiResponse SandboxApi::handle(const ApiRequest &request)
{
    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 3 || segments[0] != u"api"_s)
        return notFound(u"No such path"_s);
    const QString version = segments[1];
    const QString resource = segments[2];
    segments = segments.mid(3);

    // Open endpoints: the credentials travel in the body.
    if (version == u"v1"_s && resource == u"token"_s && segments.isEmpty())
        return m_token.handleV1(request);
    if (version == u"v2"_s && resource == u"token"_s && segments.isEmpty()
        && m_ctx.hasServiceAccounts())
        return m_token.handleV2(request);
    // 3.0 moved roles to /api/v2/authorization/roles; everything else stays under v1.
    const bool v2Roles = version == u"v2"_s && resource == u"authorization"_s
                         && segments.value(0) == u"roles"_s && m_ctx.hasV2Roles();
    if (version != u"v1"_s && !v2Roles)
        return notFound(u"No such path"_s);

    enum class Route {
        Apps,
        ServiceAccounts,
        Users,
        UsersMinimal,
        MePassword,
        Roles,
        AccessRules,
        AccessKeys,
        AdminAccessKeys
    };
    Route route;
    if (v2Roles) {
        route = Route::Roles;
        segments.removeFirst();
    } else if (resource == u"apps"_s && m_ctx.hasApps()) {
        route = Route::Apps;
    } else if (resource == u"service-accounts"_s && m_ctx.hasServiceAccounts()) {
        route = Route::ServiceAccounts;
    } else if (resource == u"users"_s) {
        route = Route::Users;
    } else if (resource == u"users-minimal"_s && segments.isEmpty() && m_ctx.hasUserNames()) {
        route = Route::UsersMinimal;
    } else if (resource == u"me"_s && segments == QStringList{u"password"_s}) {
        route = Route::MePassword;
    } else if (resource == u"authorization"_s && !segments.isEmpty() && segments[0] == u"roles"_s
               && m_ctx.hasV1Roles()) {
        route = Route::Roles;
        segments.removeFirst();
    } else if (resource == u"authorization"_s && !segments.isEmpty()
               && segments[0] == u"access-rules"_s) {
        route = Route::AccessRules;
        segments.removeFirst();
    } else if (resource == u"access-keys"_s && m_ctx.level >= 224) {
        route = Route::AccessKeys; // every signed-in user manages their own keys
    } else if (resource == u"administration"_s && m_ctx.level >= 224 && !segments.isEmpty()
               && segments[0] == u"access-keys"_s) {
        route = Route::AdminAccessKeys;
        segments.removeFirst();
    } else {
        return notFound(u"No such path"_s);
    }

    ApiResponse error;
    const auto caller = authenticate(request, &error);
    if (!caller)
        return error;
    // Roles are readable by anyone signed in (the UI shows them to everybody); the rest
    // manages the organisation and needs a System administrator rule.
    // users-minimal needs "users-minimal:read", which the 3.0 docs do not map to roles: the
    // sandbox asks for the same System administrator rule as /users (never kinder).
    const bool adminOnly = route != Route::Roles && route != Route::MePassword
                           && route != Route::AccessKeys;
    if (adminOnly && !isAdministrator(*caller))
        return ApiResponse::error(403, u"You do not have sufficient permissions."_s,
                                  u"This call needs an access rule with the System administrator "
                                  "role for the caller"_s);

    switch (route) {
    case Route::Apps:
        return m_apps.handle(request, segments, *caller);
    case Route::ServiceAccounts:
        return m_serviceAccounts.handle(request, segments, *caller);
    case Route::Users:
        return m_users.handle(request, segments, *caller);
    case Route::UsersMinimal:
        return m_users.minimal(request);
    case Route::MePassword:
        return m_users.changeOwnPassword(request, *caller);
    case Route::Roles:
        return v2Roles ? m_authorization.rolesV2(request, segments)
                       : m_authorization.roles(request, segments);
    case Route::AccessRules:
        return m_authorization.accessRules(request, segments, *caller);
    case Route::AccessKeys:
        return m_accessKeys.handleOwn(request, segments, *caller);
    case Route::AdminAccessKeys:
        return m_accessKeys.handleAdministration(request, segments);
    }
    return notFound(u"No such path"_s);
}

std::optional<Principal> SandboxApi::authenticate(const ApiRequest &request, ApiResponse *error)
{
    const QByteArray authorization = request.header("authorization");
    const auto unauthorized = [error](const QString &message) {
        *error = ApiResponse::error(401, message);
        error->headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return std::nullopt;
    };
    if (authorization.isEmpty())
        return unauthorized(u"Authorization header with a bearer token is required"_s);
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return unauthorized(u"Authorization must be a bearer token"_s);
    const auto claims = m_ctx.tokens.verify(authorization.mid(7).trimmed());
    if (!claims || claims->use != TokenIssuer::Use::Access)
        return unauthorized(u"Token is invalid or expired"_s);

    if (claims->subject == TokenIssuer::Subject::User) {
        const UserRecord *user = m_ctx.store.userById(claims->sub);
        if (!user || user->tokenGeneration != claims->generation)
            return unauthorized(u"Token is no longer valid"_s);
        // A token from an access key ends with the key and with the key's secret.
        if (!claims->accessKeyId.isEmpty()) {
            const AccessKeyRecord *key = m_ctx.store.accessKeyById(claims->accessKeyId);
            if (!key || key->ownerId != user->id
                || key->tokenGeneration != claims->accessKeyGeneration)
                return unauthorized(u"Token is no longer valid"_s);
        }
        return Principal{Principal::Kind::User, user->id, user->username,
                         user->id == m_ctx.store.adminId()};
    }
    const AppRecord *app = m_ctx.store.appById(claims->sub);
    if (!app || !app->enabled || app->tokenGeneration != claims->generation)
        return unauthorized(u"Token is no longer valid"_s);
    return Principal{Principal::Kind::App, app->id, app->clientId, false};
}

bool SandboxApi::isAdministrator(const Principal &caller) const
{
    if (caller.installerAdmin)
        return true;
    if (caller.kind == Principal::Kind::User)
        return m_ctx.store.hasSystemAdministratorRule(u"user"_s, {caller.id, caller.name});
    const AppRecord *app = m_ctx.store.appById(caller.id);
    if (!app)
        return false;
    return m_ctx.store.hasSystemAdministratorRule(u"app"_s, {app->id, app->name, app->clientId});
}

} // namespace runai::sandbox
