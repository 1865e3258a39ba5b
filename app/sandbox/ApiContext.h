// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxOptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace runai::sandbox {

class SandboxStore;
class TokenIssuer;

// Who is calling, as proven by the bearer token.
struct Principal
{
    enum class Kind { User, App };
    Kind kind = Kind::User;
    QString id;
    QString name; // the user's email or the app's client id; what createdBy shows
    bool installerAdmin = false; // the admin from the options always passes authorization
};

// What every endpoint needs: the options, the API level they imply, the data and the tokens.
struct ApiContext
{
    const SandboxOptions &options;
    int level; // 218, 220, 224 or 300: the behaviour level picked from options.apiVersion
    SandboxStore &store;
    TokenIssuer &tokens;

    // What each generation has. The sandbox answers only what the imitated version offers: a
    // client must never pass against it and then fail against the real control plane.
    bool hasClientIds() const { return level >= 220; }
    bool hasServiceAccounts() const { return level >= 224; }
    // /api/v1/apps: up to 2.26 (deprecated from 2.24), removed in 3.0.
    bool hasApps() const { return level < 300 && !options.serviceAccountsOnly; }
    // The app_token grant (appID = application name, appSecret) on /api/v1/token; gone in 3.0.
    bool hasAppTokenGrant() const { return level < 300; }
    // 2.18 lists users with the legacy `filter` only: no paging, sorting, filterBy, search, count.
    bool hasUserPaging() const { return level >= 220; }
    // The legacy `filter` ("runai.is_local:true") is listed up to 2.24 and gone in 3.0.
    bool hasLegacyUserFilter() const { return level < 300; }
    // 3.0: firstName/lastName on users, GET /api/v1/users-minimal.
    bool hasUserNames() const { return level >= 300; }
    // Roles: /api/v1/authorization/roles up to 2.26, /api/v2/authorization/roles in 3.0.
    bool hasV1Roles() const { return level < 300; }
    bool hasV2Roles() const { return level >= 300; }
    // custom / effectiveEnabled / enabled on role objects (the 2.24 RoleV1; not in 2.20's Role).
    bool hasRoleFlags() const { return level >= 224; }
    // status {phase, message, details} on access rules (2.24's AccessRule; not in 2.20's).
    bool hasAccessRuleStatus() const { return level >= 224; }
    // The v2 token's refresh_token grant: 2.24 documents it, 3.0 does not (the sandbox refuses).
    bool hasV2RefreshGrant() const { return level < 300; }
    // Access-rule subject types this generation accepts on create.
    QStringList accessRuleSubjectTypes() const;
};

// "2.18" -> 218, "2.20" -> 220, "2.24" -> 224 (2.NN in between round down, up to 2.26),
// "3.0" -> 300; 0 if unusable.
int apiLevelFor(const QString &apiVersion);

// The body of a JSON endpoint as an object. False with the answer in *error: 415 for another
// content type, 400 for a body that is not a JSON object.
bool readJsonObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error);

// A field looked up the way Go's encoding/json does: exact key first, then any key that matches
// case-insensitively ("clientId" finds "clientID"). Run:ai's own examples use three casings.
QJsonValue jsonField(const QJsonObject &object, QStringView key);

// The `name` of a create body for applications, service accounts and access keys, checked
// against Run:ai's name rule (^[a-z][-_a-z0-9]*[a-z0-9]$). False with the 400/415 in *error.
bool readResourceName(const ApiRequest &request, QString *name, ApiResponse *error);

ApiResponse methodNotAllowed(const QByteArray &allowed);
ApiResponse notFound(const QString &what = {});

} // namespace runai::sandbox
