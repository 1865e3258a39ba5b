// SPDX-License-Identifier: MIT
#pragma once

#include "AccessKey.h"
#include "AccessRule.h"
#include "ApiJob.h"
#include "Application.h"
#include "Role.h"
#include "Session.h"
#include "TokenSet.h"
#include "User.h"
#include "UserQuery.h"

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
// The same calls work against 2.18, 2.20 and 2.24 control planes; version differences
// (app_token, /apps vs /service-accounts, secret vs clientSecret) are handled inside.
class RunaiClient
{
public:
    explicit RunaiClient(Session *session)
        : m_session(session)
    { }
    Session *session() const { return m_session; }

    // ---- Sign-in: on success the session holds the token and emits signedIn().
    // Admin (local user) sign-in: grantType "password".
    TokenJob *signIn(const QString &email, const QString &password) const;
    // Application / service-account sign-in: client_credentials with clientID/clientSecret; when
    // the server refuses that grant (2.18/2.19) it retries once with app_token (appID = name).
    // appName may be empty when it equals clientId.
    TokenJob *signInApplication(const QString &clientId, const QString &secret,
                                const QString &appName = {}) const;

    // ---- Raw token grants: the session is not changed (e.g. "test these credentials").
    TokenJob *passwordToken(const QString &email, const QString &password) const;
    TokenJob *clientCredentialsToken(const QString &clientId, const QString &secret,
                                     const QString &appName = {}) const;
    TokenJob *refreshToken(const QString &refreshToken, const QString &clientId = {}) const;
    // OAuth2 form-encoded POST /api/v2/token (CP 2.24+): client_credentials.
    TokenJob *oauth2ClientCredentialsToken(const QString &clientId, const QString &secret) const;

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
    UserListJob *listUsers(const UserQuery &query = {}) const;
    CountJob *countUsers(const UserQuery &query = {}) const;
    UserJob *getUser(const QString &id) const;
    ApiJob *deleteUser(const QString &id) const;
    ApiJob *logoutUser(const QString &id) const;
    IssuedSecretJob *resetUserPassword(const QString &id) const; // the new temporary password
    // The signed-in user's own password (e.g. replacing a temporary one).
    ApiJob *changeOwnPassword(const QString &currentPassword, const QString &newPassword) const;

    // ---- Authorization.
    RoleListJob *listRoles() const;
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
