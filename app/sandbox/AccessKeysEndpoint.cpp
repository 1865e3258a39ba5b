// SPDX-License-Identifier: MIT
#include "sandbox/AccessKeysEndpoint.h"

#include "sandbox/EndpointSupport.h"
#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

ApiResponse AccessKeysEndpoint::handleOwn(const ApiRequest &request, const QStringList &segments,
                                          const Principal &caller)
{
    // Keys belong to users; a service account's token has no keys of its own.
    if (caller.kind != Principal::Kind::User)
        return ApiResponse::error(403, u"You do not have sufficient permissions."_s,
                                  u"Access keys belong to users; a service account has none"_s);
    if (segments.isEmpty()) {
        if (request.method == "GET") {
            QJsonArray list;
            for (const AccessKeyRecord &key : m_ctx.store.accessKeys()) {
                if (key.ownerId == caller.id)
                    list.append(toJson(key, false));
            }
            return ApiResponse::json(200, QJsonObject{{u"accessKeys"_s, list}});
        }
        if (request.method == "POST")
            return create(request, caller);
        return methodNotAllowed("GET, POST");
    }
    if (segments.size() > 2 || (segments.size() == 2 && segments[1] != u"secret"_s))
        return notFound(u"No such path"_s);

    AccessKeyRecord *key = m_ctx.store.accessKeyById(segments[0]);
    if (key && key->ownerId != caller.id)
        key = nullptr; // someone else's key: not found, whoever asks
    if (segments.size() == 2) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        if (!key)
            return notFound();
        const QString secret = generateSecret(clientSecretLength);
        key->secret = SaltedHash::of(secret);
        ++key->tokenGeneration; // the old secret's tokens end with it
        m_ctx.store.touch();
        return ApiResponse::json(200, QJsonObject{{u"clientSecret"_s, secret}});
    }
    if (request.method == "GET") {
        if (!key)
            return notFound();
        return ApiResponse::json(200, toJson(*key, false));
    }
    if (request.method == "DELETE") {
        if (!key)
            return notFound();
        m_ctx.store.removeAccessKey(QString(key->id)); // a copy: the record goes away
        return ApiResponse::noContent(204);
    }
    return methodNotAllowed("GET, DELETE");
}

ApiResponse AccessKeysEndpoint::handleAdministration(const ApiRequest &request,
                                                     const QStringList &segments)
{
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        const QString clientId = request.queryValue(u"clientId"_s);
        const QString createdBy = request.queryValue(u"createdBy"_s);
        QJsonArray list;
        for (const AccessKeyRecord &key : m_ctx.store.accessKeys()) {
            if (!clientId.isEmpty() && key.clientId != clientId)
                continue;
            if (!createdBy.isEmpty() && key.createdBy.compare(createdBy, Qt::CaseInsensitive) != 0)
                continue;
            list.append(toJson(key, true));
        }
        return ApiResponse::json(200, QJsonObject{{u"accessKeys"_s, list}});
    }
    if (segments.size() != 1)
        return notFound(u"No such path"_s);
    if (request.method != "DELETE")
        return methodNotAllowed("DELETE");
    if (!m_ctx.store.removeAccessKey(segments[0]))
        return notFound();
    return ApiResponse::noContent(204);
}

ApiResponse AccessKeysEndpoint::create(const ApiRequest &request, const Principal &caller)
{
    QString name;
    ApiResponse error;
    if (!readResourceName(request, &name, &error))
        return error;
    UserRecord *owner = m_ctx.store.userById(caller.id);
    if (!owner)
        return ApiResponse::error(401, u"Token is no longer valid"_s);
    int owned = 0;
    for (const AccessKeyRecord &key : m_ctx.store.accessKeys()) {
        if (key.ownerId != owner->id)
            continue;
        if (key.name == name)
            return ApiResponse::error(409, u"Resource with this name already exists"_s);
        ++owned;
    }
    if (owned >= MaxKeysPerUser)
        return ApiResponse::error(
                400, u"Access key limit reached"_s,
                u"A user can have at most %1 access keys; delete one first"_s.arg(MaxKeysPerUser));

    const QString secret = generateSecret(clientSecretLength);
    const AccessKeyRecord &key = m_ctx.store.addAccessKey(*owner, name, secret);
    return ApiResponse::json(201, QJsonObject{{u"id"_s, key.id},
                                              {u"clientId"_s, key.clientId},
                                              {u"name"_s, key.name},
                                              {u"clientSecret"_s, secret},
                                              {u"createdAt"_s, nullable(key.createdAt)}});
}

QJsonObject AccessKeysEndpoint::toJson(const AccessKeyRecord &key, bool withCreator) const
{
    QJsonObject object{
            {u"name"_s, key.name},
            {u"id"_s, key.id},
            {u"clientId"_s, key.clientId},
            {u"createdAt"_s, nullable(key.createdAt)},
            {u"lastLogin"_s, nullable(key.lastLogin)},
    };
    if (withCreator)
        object.insert(u"createdBy"_s, key.createdBy);
    return object;
}

} // namespace runai::sandbox
