// SPDX-License-Identifier: MIT
#include "sandbox/AppsEndpoint.h"

#include "sandbox/EndpointSupport.h"
#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

ApiResponse AppsEndpoint::handle(const ApiRequest &request, const QStringList &segments,
                                 const Principal &caller)
{
    if (segments.isEmpty()) {
        if (request.method == "GET") {
            QJsonArray list;
            for (const AppRecord &app : m_ctx.store.apps())
                list.append(toJson(app));
            return ApiResponse::json(200, list);
        }
        if (request.method == "POST")
            return create(request, caller);
        return methodNotAllowed("GET, POST");
    }
    if (segments.size() > 2 || (segments.size() == 2 && segments[1] != u"secret"_s))
        return notFound(u"No such path"_s);

    AppRecord *app = m_ctx.store.appById(segments[0]);
    if (segments.size() == 2) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        if (!app)
            return notFound();
        const QString secret = generateSecret(clientSecretLength);
        app->secret = SaltedHash::of(secret);
        app->updatedAt = SandboxStore::now();
        m_ctx.store.touch();
        return ApiResponse::json(200, QJsonObject{{secretField(), secret}});
    }
    if (request.method == "GET") {
        if (!app)
            return notFound();
        return ApiResponse::json(200, toJson(*app));
    }
    if (request.method == "PATCH") {
        if (!app)
            return notFound();
        return patch(request, *app);
    }
    if (request.method == "DELETE") {
        if (!m_ctx.store.removeApp(segments[0]))
            return notFound();
        return ApiResponse::noContent(204);
    }
    return methodNotAllowed("GET, PATCH, DELETE");
}

ApiResponse AppsEndpoint::create(const ApiRequest &request, const Principal &caller)
{
    QString name;
    ApiResponse error;
    if (!readResourceName(request, &name, &error))
        return error;
    if (m_ctx.store.appByName(name))
        return ApiResponse::error(409, u"Resource with this name already exists"_s);

    const QString secret = generateSecret(clientSecretLength);
    const AppRecord &app = m_ctx.store.addApp(name, caller.name, secret);
    QJsonObject answer{{u"id"_s, app.id}, {u"name"_s, app.name}, {secretField(), secret}};
    if (m_ctx.hasClientIds())
        answer.insert(u"clientId"_s, app.clientId);
    return ApiResponse::json(201, answer);
}

ApiResponse AppsEndpoint::patch(const ApiRequest &request, AppRecord &app)
{
    QJsonObject body;
    ApiResponse error;
    if (!readJsonObject(request, &body, &error))
        return error;
    const QJsonValue enabled = jsonField(body, u"enabled");
    if (enabled.isUndefined() || enabled.isNull())
        return ApiResponse::error(400, u"Required parameter is missing"_s, u"enabled"_s);
    if (!enabled.isBool())
        return ApiResponse::error(400, u"enabled must be a boolean"_s);
    if (app.enabled != enabled.toBool()) {
        app.enabled = enabled.toBool();
        // Disabling ends the sessions the application already has.
        if (!app.enabled)
            ++app.tokenGeneration;
        app.updatedAt = SandboxStore::now();
        m_ctx.store.touch();
    }
    return ApiResponse::noContent(200);
}

QJsonObject AppsEndpoint::toJson(const AppRecord &app) const
{
    QJsonObject object{
            {u"id"_s, app.id},
            {u"name"_s, app.name},
            {u"enabled"_s, app.enabled},
            {u"createdBy"_s, app.createdBy},
            {u"createdAt"_s, nullable(app.createdAt)},
            {u"updatedAt"_s, nullable(app.updatedAt)},
            {u"lastLogin"_s, nullable(app.lastLogin)},
            {u"tenantId"_s, QString::number(SandboxStore::tenantId)},
    };
    if (m_ctx.hasClientIds())
        object.insert(u"clientId"_s, app.clientId);
    return object;
}

QString AppsEndpoint::secretField() const
{
    return m_flavour == Flavour::ServiceAccounts ? u"clientSecret"_s : u"secret"_s;
}

} // namespace runai::sandbox
