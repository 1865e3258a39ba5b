// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"
#include "core/AccessRule.h"
#include "core/Application.h"
#include "core/ParseResult.h"
#include "core/Role.h"
#include "core/TokenSet.h"
#include "core/User.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace runai {

// The error body a Run:ai server sends: {code, message, details?} (details absent in the older
// Error1 shape) or, from /api/v2/token, the OAuth2 {error, error_description?}.
struct ServerErrorBody
{
    QString code; // "403" or an OAuth2 code such as "invalid_client"
    QString message;
    QString details;
};

// JSON <-> value types, as pure static functions. Each parser checks types and required fields
// and accepts null exactly where the spec allows it; it returns a value or a reason, never a
// partially filled value. Nothing here logs, so a secret in a body cannot leak from here.
class ApiJson
{
public:
    // Whole documents (raw response bodies).
    static ParseResult<QJsonValue> document(const QByteArray &body);
    static ParseResult<ServerErrorBody> errorBody(const QByteArray &body);

    // Applications and service accounts (same list shape; see Application).
    static ParseResult<Application> application(const QJsonValue &v);
    static ParseResult<ApplicationList> applicationList(const QJsonValue &v);
    // 201 of POST /apps ({id,name,secret,clientId?}) or /service-accounts ({...,clientSecret}).
    static ParseResult<NewApplication> createdApplication(const QJsonValue &v);
    // 200 of POST .../secret: {secret} or {clientSecret}.
    static ParseResult<QString> regeneratedSecret(const QJsonValue &v);

    static ParseResult<User> user(const QJsonValue &v);
    static ParseResult<UserList> userList(const QJsonValue &v);
    static ParseResult<NewUser> createdUser(const QJsonValue &v); // {id, username, tempPassword}
    static ParseResult<QString> tempPassword(const QJsonValue &v); // {tempPassword}
    static ParseResult<qint64> count(const QJsonValue &v); // {count}

    // v1 {accessToken, idToken?, refreshToken?, expiresIn?} or v2 {access_token, token_type,
    // expires_in?, refresh_token?, id_token?}. obtainedAt is left for the caller to set.
    static ParseResult<TokenSet> tokenSet(const QJsonValue &v);

    static ParseResult<Role> role(const QJsonValue &v);
    static ParseResult<RoleList> roleList(const QJsonValue &v);
    static ParseResult<RolePage> rolePage(const QJsonValue &v); // v2 {roles, next?}
    static ParseResult<AccessRule> accessRule(const QJsonValue &v);
    static ParseResult<AccessRulePage> accessRulePage(const QJsonValue &v);

    // Access keys (2.24+). Lists are objects {accessKeys:[…]}, not bare arrays; the
    // administrators' list adds the required createdBy to every item.
    static ParseResult<AccessKey> accessKey(const QJsonValue &v);
    static ParseResult<AccessKeyList> accessKeyList(const QJsonValue &v);
    static ParseResult<AccessKeyList> administeredAccessKeyList(const QJsonValue &v);
    // 201 of POST /api/v1/access-keys: {id, clientId, name, clientSecret, createdAt}.
    static ParseResult<NewAccessKey> createdAccessKey(const QJsonValue &v);

    // Request bodies.
    static QJsonObject accessRuleRequest(const AccessRuleRequest &r);
};

} // namespace runai
