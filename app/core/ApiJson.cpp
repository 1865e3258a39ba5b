// SPDX-License-Identifier: MIT
#include "core/ApiJson.h"

#include "core/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace runai {

using json::listOf;
using json::notAnObject;
using json::Reader;
using json::typeName;

ParseResult<QJsonValue> ApiJson::document(const QByteArray &body)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseResult<QJsonValue>::failure(
                u"not valid JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset));
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

ParseResult<ServerErrorBody> ApiJson::errorBody(const QByteArray &body)
{
    const auto doc = document(body);
    if (!doc.ok())
        return ParseResult<ServerErrorBody>::failure(doc.error());
    if (!doc.value().isObject())
        return notAnObject<ServerErrorBody>(u"error body"_s, doc.value());
    const auto o = doc.value().toObject();
    ServerErrorBody e;
    if (o.contains("error"_L1) && !o.contains("code"_L1)) { // OAuth2Error
        Reader r(o, u"OAuth2 error"_s);
        e.code = r.string("error", Reader::Required);
        e.message = r.string("error_description", Reader::Optional, Reader::Nullable);
        if (!r.ok())
            return ParseResult<ServerErrorBody>::failure(r.error());
        return e;
    }
    Reader r(o, u"error body"_s);
    const auto code = r.integer("code", Reader::Required);
    e.message = r.string("message", Reader::Required);
    e.details = r.string("details", Reader::Optional, Reader::Nullable);
    if (!r.ok())
        return ParseResult<ServerErrorBody>::failure(r.error());
    e.code = QString::number(*code);
    return e;
}

ParseResult<Application> ApiJson::application(const QJsonValue &v)
{
    const QString what = u"application"_s;
    if (!v.isObject())
        return notAnObject<Application>(what, v);
    Reader r(v.toObject(), what);
    Application a;
    a.id = r.string("id", Reader::Required);
    a.name = r.string("name", Reader::Required);
    // Required from 2.20; 2.18/2.19 do not send it and use the name as the client id.
    a.clientId = r.string("clientId", Reader::Optional);
    a.enabled = r.boolean("enabled", Reader::Required).value_or(false);
    a.createdBy = r.string("createdBy", Reader::Required);
    a.createdAt = r.date("createdAt", Reader::Required, Reader::Nullable);
    a.updatedAt = r.date("updatedAt", Reader::Required, Reader::Nullable);
    a.lastLogin = r.date("lastLogin", Reader::Required, Reader::Nullable);
    a.tenantId = r.stringOrInteger("tenantId", Reader::Optional, Reader::Nullable);
    if (!r.ok())
        return ParseResult<Application>::failure(r.error());
    if (a.clientId.isEmpty())
        a.clientId = a.name;
    return a;
}

ParseResult<ApplicationList> ApiJson::applicationList(const QJsonValue &v)
{
    return listOf<Application>(u"application list"_s, v, &ApiJson::application);
}

ParseResult<NewApplication> ApiJson::createdApplication(const QJsonValue &v)
{
    const QString what = u"created application"_s;
    if (!v.isObject())
        return notAnObject<NewApplication>(what, v);
    const auto o = v.toObject();
    Reader r(o, what);
    NewApplication created;
    Application &a = created.application;
    a.id = r.string("id", Reader::Required);
    a.name = r.string("name", Reader::Required);
    a.clientId = r.string("clientId", Reader::Optional);
    // /apps says `secret`, /service-accounts says `clientSecret`: one of them must be there.
    if (o.contains("clientSecret"_L1))
        created.secret = r.string("clientSecret", Reader::Required);
    else
        created.secret = r.string("secret", Reader::Required);
    if (r.ok() && created.secret.isEmpty())
        r.fail(u"the secret is empty"_s);
    if (!r.ok())
        return ParseResult<NewApplication>::failure(r.error());
    if (a.clientId.isEmpty())
        a.clientId = a.name;
    a.enabled = true;
    return created;
}

ParseResult<QString> ApiJson::regeneratedSecret(const QJsonValue &v)
{
    const QString what = u"regenerated secret"_s;
    if (!v.isObject())
        return notAnObject<QString>(what, v);
    const auto o = v.toObject();
    Reader r(o, what);
    QString secret = o.contains("clientSecret"_L1) ? r.string("clientSecret", Reader::Required)
                                                   : r.string("secret", Reader::Required);
    if (r.ok() && secret.isEmpty())
        r.fail(u"the secret is empty"_s);
    if (!r.ok())
        return ParseResult<QString>::failure(r.error());
    return secret;
}

ParseResult<User> ApiJson::user(const QJsonValue &v)
{
    const QString what = u"user"_s;
    if (!v.isObject())
        return notAnObject<User>(what, v);
    Reader r(v.toObject(), what);
    User u;
    u.id = r.string("id", Reader::Required);
    u.username = r.string("username", Reader::Required);
    u.createdBy = r.string("createdBy", Reader::Required);
    u.createdAt = r.date("createdAt", Reader::Required, Reader::Nullable);
    u.updatedAt = r.date("updatedAt", Reader::Required, Reader::Nullable);
    u.lastLogin = r.date("lastLogin", Reader::Required, Reader::Nullable);
    u.isLocal = r.boolean("isLocal", Reader::Required, Reader::Nullable);
    u.groups = r.stringArray("groups", Reader::Optional, Reader::Nullable);
    // Run:ai 3.0 on: the fields are there (maybe null) on every user of a console with names.
    const QJsonObject object = v.toObject();
    u.carriesNames = object.contains("firstName"_L1) || object.contains("lastName"_L1);
    u.firstName = r.string("firstName", Reader::Optional, Reader::Nullable);
    u.lastName = r.string("lastName", Reader::Optional, Reader::Nullable);
    if (!r.ok())
        return ParseResult<User>::failure(r.error());
    return u;
}

ParseResult<UserList> ApiJson::userList(const QJsonValue &v)
{
    return listOf<User>(u"user list"_s, v, &ApiJson::user);
}

ParseResult<NewUser> ApiJson::createdUser(const QJsonValue &v)
{
    const QString what = u"created user"_s;
    if (!v.isObject())
        return notAnObject<NewUser>(what, v);
    Reader r(v.toObject(), what);
    NewUser u;
    u.id = r.string("id", Reader::Required);
    u.username = r.string("username", Reader::Required);
    u.tempPassword = r.string("tempPassword", Reader::Required);
    if (!r.ok())
        return ParseResult<NewUser>::failure(r.error());
    return u;
}

ParseResult<QString> ApiJson::tempPassword(const QJsonValue &v)
{
    const QString what = u"password reset"_s;
    if (!v.isObject())
        return notAnObject<QString>(what, v);
    Reader r(v.toObject(), what);
    const QString pw = r.string("tempPassword", Reader::Required);
    if (r.ok() && pw.isEmpty())
        r.fail(u"the temporary password is empty"_s);
    if (!r.ok())
        return ParseResult<QString>::failure(r.error());
    return pw;
}

ParseResult<qint64> ApiJson::count(const QJsonValue &v)
{
    const QString what = u"count"_s;
    if (!v.isObject())
        return notAnObject<qint64>(what, v);
    Reader r(v.toObject(), what);
    const auto n = r.integer("count", Reader::Required);
    if (r.ok() && *n < 0)
        r.fail(u"negative count"_s);
    if (!r.ok())
        return ParseResult<qint64>::failure(r.error());
    return *n;
}

namespace {

// A token read from JSON into SecretBytes; the QString the reader made is wiped. (The parsed
// document and the response body are Qt's copies: freed with the job, not zeroed.)
SecretBytes secretFrom(QString text)
{
    return SecretBytes::takeFrom(text);
}

} // namespace

ParseResult<TokenSet> ApiJson::tokenSet(const QJsonValue &v)
{
    const QString what = u"token response"_s;
    if (!v.isObject())
        return notAnObject<TokenSet>(what, v);
    const auto o = v.toObject();
    Reader r(o, what);
    TokenSet t;
    if (o.contains("access_token"_L1)) { // OAuth2 shape of /api/v2/token
        t.accessToken = secretFrom(r.string("access_token", Reader::Required));
        t.tokenType = r.string("token_type", Reader::Required);
        t.expiresIn = r.integer("expires_in", Reader::Optional, Reader::Nullable);
        t.refreshToken = secretFrom(r.string("refresh_token", Reader::Optional, Reader::Nullable));
        t.idToken = secretFrom(r.string("id_token", Reader::Optional, Reader::Nullable));
    } else {
        // The v1 schema marks nothing as required, but a token response without an access token
        // is useless, so it is rejected here rather than failing later on the first call.
        t.accessToken = secretFrom(r.string("accessToken", Reader::Required));
        t.idToken = secretFrom(r.string("idToken", Reader::Optional, Reader::Nullable));
        t.refreshToken = secretFrom(r.string("refreshToken", Reader::Optional, Reader::Nullable));
        t.expiresIn = r.integer("expiresIn", Reader::Optional, Reader::Nullable);
    }
    if (r.ok() && t.accessToken.isEmpty())
        r.fail(u"the access token is empty"_s);
    if (r.ok() && t.expiresIn && *t.expiresIn <= 0)
        r.fail(u"the token lifetime is not positive"_s);
    if (!r.ok())
        return ParseResult<TokenSet>::failure(r.error());
    return t;
}

ParseResult<Role> ApiJson::role(const QJsonValue &v)
{
    const QString what = u"role"_s;
    if (!v.isObject())
        return notAnObject<Role>(what, v);
    Reader r(v.toObject(), what);
    Role role;
    role.id = int(r.integer("id", Reader::Required).value_or(0));
    role.name = r.string("name", Reader::Required);
    role.description = r.string("description", Reader::Required, Reader::Nullable);
    role.createdBy = r.string("createdBy", Reader::Required, Reader::Nullable);
    role.createdAt = r.date("createdAt", Reader::Required, Reader::Nullable);
    role.updatedAt = r.date("updatedAt", Reader::Required, Reader::Nullable);
    role.deletedAt = r.date("deletedAt", Reader::Optional, Reader::Nullable);
    // Both arrived after 2.20 (whose spec has neither).
    role.custom = r.boolean("custom", Reader::Optional).value_or(false);
    role.effectiveEnabled = r.boolean("effectiveEnabled", Reader::Optional).value_or(true);
    role.enabled = r.boolean("enabled", Reader::Optional, Reader::Nullable);
    const auto perms = r.get("permissions", Reader::Required, Reader::Nullable);
    if (!r.ok())
        return ParseResult<Role>::failure(r.error());
    if (perms) {
        auto list = listOf<RolePermission>(
                u"permissions of role '%1'"_s.arg(role.name), *perms,
                [](const QJsonValue &pv) -> ParseResult<RolePermission> {
                    if (!pv.isObject())
                        return notAnObject<RolePermission>(u"permission"_s, pv);
                    Reader pr(pv.toObject(), u"permission"_s);
                    RolePermission p;
                    p.resourceType = pr.string("resourceType", Reader::Required);
                    p.displayName = pr.string("displayName", Reader::Required);
                    p.groupId = pr.string("groupId", Reader::Required);
                    p.actions = pr.stringArray("actions", Reader::Required);
                    if (!pr.ok())
                        return ParseResult<RolePermission>::failure(pr.error());
                    return p;
                });
        if (!list.ok())
            return ParseResult<Role>::failure(list.error());
        role.permissions = list.value();
    }
    return role;
}

ParseResult<RoleList> ApiJson::roleList(const QJsonValue &v)
{
    return listOf<Role>(u"role list"_s, v, &ApiJson::role);
}

ParseResult<RolePage> ApiJson::rolePage(const QJsonValue &v)
{
    const QString what = u"role page"_s;
    if (!v.isObject())
        return notAnObject<RolePage>(what, v);
    Reader r(v.toObject(), what);
    RolePage page;
    const auto roles = r.get("roles", Reader::Required, Reader::NotNull);
    const auto next = r.integer("next", Reader::Optional, Reader::Nullable);
    if (r.ok() && next && *next < 0)
        r.fail(u"negative 'next' offset"_s);
    if (!r.ok())
        return ParseResult<RolePage>::failure(r.error());
    auto list = roleList(*roles);
    if (!list.ok())
        return ParseResult<RolePage>::failure(list.error());
    page.roles = list.value();
    if (next)
        page.next = int(*next);
    return page;
}

ParseResult<AccessRule> ApiJson::accessRule(const QJsonValue &v)
{
    const QString what = u"access rule"_s;
    if (!v.isObject())
        return notAnObject<AccessRule>(what, v);
    Reader r(v.toObject(), what);
    AccessRule a;
    a.id = int(r.integer("id", Reader::Required).value_or(0));
    a.subjectId = r.string("subjectId", Reader::Required);
    a.subjectType = r.string("subjectType", Reader::Required);
    a.roleId = int(r.integer("roleId", Reader::Required).value_or(0));
    a.roleName = r.string("roleName", Reader::Required);
    a.scopeId = r.string("scopeId", Reader::Required);
    a.scopeType = r.string("scopeType", Reader::Required);
    a.scopeName = r.string("scopeName", Reader::Required);
    a.clusterId = r.string("clusterId", Reader::Optional, Reader::Nullable);
    a.tenantId = r.stringOrInteger("tenantId", Reader::Required);
    a.createdBy = r.string("createdBy", Reader::Required);
    a.createdAt = r.date("createdAt", Reader::Required);
    a.updatedAt = r.date("updatedAt", Reader::Required);
    a.deletedAt = r.date("deletedAt", Reader::Optional, Reader::Nullable);
    const auto status = r.get("status", Reader::Optional, Reader::Nullable);
    if (r.ok() && status) {
        if (!status->isObject()) {
            r.fail(u"field 'status' should be an object, not a %1"_s.arg(typeName(*status)));
        } else {
            Reader sr(status->toObject(), u"access rule status"_s);
            a.statusPhase = sr.string("phase", Reader::Optional, Reader::Nullable);
            a.statusMessage = sr.string("message", Reader::Optional, Reader::Nullable);
            if (!sr.ok())
                r.fail(sr.error());
        }
    }
    if (!r.ok())
        return ParseResult<AccessRule>::failure(r.error());
    return a;
}

ParseResult<AccessRulePage> ApiJson::accessRulePage(const QJsonValue &v)
{
    const QString what = u"access rule list"_s;
    if (!v.isObject())
        return notAnObject<AccessRulePage>(what, v);
    Reader r(v.toObject(), what);
    AccessRulePage page;
    page.totalRecords = int(r.integer("totalRecords", Reader::Required).value_or(0));
    page.displayRecords = int(r.integer("displayRecords", Reader::Required).value_or(0));
    const auto rules = r.get("accessRules", Reader::Required, Reader::NotNull);
    if (!r.ok())
        return ParseResult<AccessRulePage>::failure(r.error());
    auto list = listOf<AccessRule>(u"access rules"_s, *rules, &ApiJson::accessRule);
    if (!list.ok())
        return ParseResult<AccessRulePage>::failure(list.error());
    page.accessRules = list.value();
    return page;
}

namespace {

ParseResult<AccessKey> parseAccessKey(const QJsonValue &v, bool withCreator)
{
    const QString what = u"access key"_s;
    if (!v.isObject())
        return notAnObject<AccessKey>(what, v);
    Reader r(v.toObject(), what);
    AccessKey k;
    k.name = r.string("name", Reader::Required);
    k.id = r.string("id", Reader::Required);
    k.clientId = r.string("clientId", Reader::Required);
    if (withCreator)
        k.createdBy = r.string("createdBy", Reader::Required);
    k.createdAt = r.date("createdAt", Reader::Required, Reader::Nullable);
    k.lastLogin = r.date("lastLogin", Reader::Required, Reader::Nullable);
    if (!r.ok())
        return ParseResult<AccessKey>::failure(r.error());
    return k;
}

ParseResult<AccessKeyList> parseAccessKeyList(const QJsonValue &v, bool withCreator)
{
    const QString what = u"access key list"_s;
    if (!v.isObject())
        return notAnObject<AccessKeyList>(what, v);
    Reader r(v.toObject(), what);
    const auto keys = r.get("accessKeys", Reader::Required, Reader::NotNull);
    if (!r.ok())
        return ParseResult<AccessKeyList>::failure(r.error());
    return listOf<AccessKey>(what, *keys, [withCreator](const QJsonValue &item) {
        return parseAccessKey(item, withCreator);
    });
}

} // namespace

ParseResult<AccessKey> ApiJson::accessKey(const QJsonValue &v)
{
    return parseAccessKey(v, false);
}

ParseResult<AccessKeyList> ApiJson::accessKeyList(const QJsonValue &v)
{
    return parseAccessKeyList(v, false);
}

ParseResult<AccessKeyList> ApiJson::administeredAccessKeyList(const QJsonValue &v)
{
    return parseAccessKeyList(v, true);
}

ParseResult<NewAccessKey> ApiJson::createdAccessKey(const QJsonValue &v)
{
    const QString what = u"created access key"_s;
    if (!v.isObject())
        return notAnObject<NewAccessKey>(what, v);
    Reader r(v.toObject(), what);
    NewAccessKey created;
    AccessKey &k = created.key;
    k.id = r.string("id", Reader::Required);
    k.clientId = r.string("clientId", Reader::Required);
    k.name = r.string("name", Reader::Required);
    created.secret = r.string("clientSecret", Reader::Required);
    k.createdAt = r.date("createdAt", Reader::Required, Reader::Nullable);
    if (r.ok() && created.secret.isEmpty())
        r.fail(u"the secret is empty"_s);
    if (!r.ok())
        return ParseResult<NewAccessKey>::failure(r.error());
    return created;
}

QJsonObject ApiJson::accessRuleRequest(const AccessRuleRequest &r)
{
    QJsonObject o{{"subjectId"_L1, r.subjectId},
                  {"subjectType"_L1, r.subjectType},
                  {"roleId"_L1, r.roleId},
                  {"scopeId"_L1, r.scopeId},
                  {"scopeType"_L1, r.scopeType}};
    if (!r.clusterId.isEmpty())
        o.insert("clusterId"_L1, r.clusterId);
    return o;
}

} // namespace runai
