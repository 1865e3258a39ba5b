// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/CapabilitiesProbeJob.h"
#include "api/Session.h"
#include "core/AccessKey.h"
#include "core/AccessRule.h"
#include "core/Application.h"
#include "core/Role.h"
#include "core/TokenSet.h"
#include "core/User.h"
#include "core/UserQuery.h"

#include <memory>
#include <optional>

namespace runai {

// A token grant's job: the TokenSet plus which grant the server accepted (client_credentials,
// or app_token on 2.18/2.19).
class TokenJob : public ApiResultJob<TokenSet>
{
public:
    using ApiResultJob::ApiResultJob;
    Session::Grant grantUsed() const { return m_grant; }
    void setGrantUsed(Session::Grant g) { m_grant = g; }

private:
    Session::Grant m_grant = Session::Grant::None;
};

using ApplicationJob = ApiResultJob<Application>;
using ApplicationListJob = ApiResultJob<ApplicationList>;
using IssuedSecretJob = ApiResultJob<QString>; // a new client secret or temporary password
using UserJob = ApiResultJob<User>;
using UserListJob = ApiResultJob<UserList>;
using NewUserJob = ApiResultJob<NewUser>;
using CountJob = ApiResultJob<qint64>;
using RoleListJob = ApiResultJob<RoleList>;
using AccessRuleJob = ApiResultJob<AccessRule>;
using AccessRulePageJob = ApiResultJob<AccessRulePage>;
using AccessKeyJob = ApiResultJob<AccessKey>;
using AccessKeyListJob = ApiResultJob<AccessKeyList>;

// The factory of every Run:ai call, bound to one Session. Cheap to copy; holds no state of its
// own. Each method returns a new, NOT yet started job: connect to ApiJob::finished, then start().
// The same calls work against 2.18, 2.20, 2.24 and 3.0 control planes; version differences
// (token endpoint and grant, /apps vs /service-accounts, secret vs clientSecret, v1 vs v2 roles)
// are handled inside, decided from Session::capabilities() (see ConsoleCapabilities), from HTTP
// status codes, never from the wording of an error.
class RunaiClient
{
public:
    explicit RunaiClient(Session *session)
        : m_session(session)
    { }
    Session *session() const { return m_session; }

    // ---- Sign-in: on success the session holds the token and emits signedIn().
    // The token endpoint: /api/v2/token (form-encoded OAuth2) where the console has it, else
    // /api/v1/token; while unknown, v2 is tried and only a 404 status falls back to v1 (learnt).
    // Admin (local user) sign-in: the password grant.
    TokenJob *signIn(const QString &email, const QString &password) const;
    // Application / service-account / access-key sign-in: client_credentials, or app_token
    // (appID = name) on a console whose applications have no client ID (2.18/2.19, known from
    // the capabilities). Exactly one grant is sent: a wrong secret is reported as such.
    // appName may be empty when it equals clientId.
    TokenJob *signInApplication(const QString &clientId, const QString &secret,
                                const QString &appName = {}) const;

    // ---- Raw token grants: the session is not changed (e.g. "test these credentials").
    TokenJob *passwordToken(const QString &email, const QString &password) const;
    TokenJob *clientCredentialsToken(const QString &clientId, const QString &secret,
                                     const QString &appName = {}) const;
    TokenJob *refreshToken(const SecretBytes &refreshToken, const QString &clientId = {}) const;
    // OAuth2 form-encoded POST /api/v2/token (CP 2.24+): client_credentials, whatever the
    // capabilities say.
    TokenJob *oauth2ClientCredentialsToken(const QString &clientId, const QString &secret) const;

    // ---- The grants a session renews its token with (see Session::TokenGrants): the sign-in
    // installs them with the token. (RunaiClientRenewal.cpp)
    static std::shared_ptr<const Session::TokenGrants> renewalGrants();

    // ---- What the console offers: probes once (see CapabilitiesProbeJob); on success the
    // session's capabilities are replaced (unless pinned) and capabilitiesChanged() is emitted.
    CapabilitiesProbeJob *probeCapabilities() const;

    // ---- Applications (service accounts on 2.24+, /api/v1/apps before; see Application).
    ApplicationListJob *listApplications() const;
    // The result holds the secret, once: put it in the keychain and show it, never log it.
    ApplicationJob *createApplication(const QString &name) const;
    ApplicationJob *getApplication(const QString &id) const;
    ApiJob *setApplicationEnabled(const QString &id, bool enabled) const;
    ApiJob *deleteApplication(const QString &id) const;
    IssuedSecretJob *regenerateApplicationSecret(const QString &id) const;

    // ---- Users.
    // resetPassword / notify are only sent when set (notify exists from CP 2.23).
    NewUserJob *createUser(const QString &email, std::optional<bool> resetPassword = {},
                           std::optional<bool> notify = {}) const;
    // The same with first / last name (Run:ai 3.0), each sent only when not empty.
    NewUserJob *createUser(const NewUserRequest &user) const;
    UserListJob *listUsers(const UserQuery &query = {}) const;
    CountJob *countUsers(const UserQuery &query = {}) const;
    UserJob *getUser(const QString &id) const;
    ApiJob *deleteUser(const QString &id) const;
    ApiJob *logoutUser(const QString &id) const;
    IssuedSecretJob *resetUserPassword(const QString &id) const; // the new temporary password
    // The signed-in user's own password (e.g. replacing a temporary one).
    ApiJob *changeOwnPassword(const QString &currentPassword, const QString &newPassword) const;

    // ---- Authorization.
    // All roles: /api/v2/authorization/roles page by page (limit pageSize, following offset until
    // the last page) where the console has it (3.0), /api/v1/authorization/roles elsewhere.
    RoleListJob *listRoles(int pageSize = 500) const;
    AccessRuleJob *createAccessRule(const AccessRuleRequest &rule) const;
    AccessRulePageJob *listAccessRules(const AccessRuleQuery &query = {}) const;
    ApiJob *deleteAccessRule(int id) const;

    // ---- Access keys (CP 2.24+; older consoles answer 404 to every one of them). A key's token
    // comes from clientCredentialsToken() with its client ID and acts as the key's owner.
    // The signed-in user's own keys:
    AccessKeyListJob *listAccessKeys() const;
    // The result holds the secret, once: put it in the keychain and show it, never log it.
    AccessKeyJob *createAccessKey(const QString &name) const;
    AccessKeyJob *getAccessKey(const QString &id) const;
    ApiJob *deleteAccessKey(const QString &id) const;
    IssuedSecretJob *regenerateAccessKeySecret(const QString &id) const; // old secret ends now
    // Every user's keys, with createdBy (System administrators; others get 403):
    AccessKeyListJob *listAllAccessKeys(const AccessKeyFilter &filter = {}) const;
    ApiJob *deleteAnyAccessKey(const QString &id) const;

private:
    Session *m_session;
};

} // namespace runai
