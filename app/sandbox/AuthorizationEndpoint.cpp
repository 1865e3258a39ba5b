// SPDX-License-Identifier: MIT
#include "sandbox/AuthorizationEndpoint.h"

#include "sandbox/RoleQuery.h"
#include "sandbox/SandboxStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {
bool parseId(const QString &text, int *id)
{
    bool ok = false;
    *id = text.toInt(&ok);
    return ok && *id >= 0;
}
} // namespace

ApiResponse AuthorizationEndpoint::roles(const ApiRequest &request, const QStringList &segments)
{
    if (request.method != "GET")
        return methodNotAllowed("GET");
    if (segments.isEmpty()) {
        QJsonArray list;
        for (const RoleRecord &role : m_ctx.store.roles())
            list.append(toJson(role));
        return ApiResponse::json(200, list);
    }
    if (segments.size() > 1)
        return notFound(u"No such path"_s);
    int id = 0;
    if (!parseId(segments[0], &id))
        return ApiResponse::error(400, u"Role id must be an integer"_s);
    const RoleRecord *role = m_ctx.store.roleById(id);
    if (!role)
        return notFound();
    return ApiResponse::json(200, toJson(*role));
}

ApiResponse AuthorizationEndpoint::rolesV2(const ApiRequest &request, const QStringList &segments)
{
    if (request.method != "GET")
        return methodNotAllowed("GET");
    if (!segments.isEmpty())
        return roles(request, segments); // /{id}: the same answers as v1's, in the 3.0 shape
    QString error;
    const auto query = RoleQuery::parse(request, &error);
    if (!query)
        return ApiResponse::error(400, u"Invalid query parameter"_s, error);
    std::vector<const RoleRecord *> selected;
    for (const RoleRecord &role : m_ctx.store.roles()) {
        if (query->matches(role))
            selected.push_back(&role);
    }
    std::sort(selected.begin(), selected.end(),
              [&](const RoleRecord *a, const RoleRecord *b) { return query->lessThan(*a, *b); });
    QJsonArray page;
    const qsizetype end = std::min(qsizetype(selected.size()),
                                   qsizetype(query->offset()) + query->limit());
    for (qsizetype i = query->offset(); i < end; ++i)
        page.append(toJson(*selected[size_t(i)]));
    QJsonObject answer{{u"roles"_s, page}};
    if (end < qsizetype(selected.size()))
        answer.insert(u"next"_s, qint64(end));
    return ApiResponse::json(200, answer);
}

ApiResponse AuthorizationEndpoint::accessRules(const ApiRequest &request,
                                               const QStringList &segments, const Principal &caller)
{
    if (segments.isEmpty()) {
        if (request.method == "GET")
            return listRules(request, false);
        if (request.method == "POST")
            return createRule(request, caller);
        return methodNotAllowed("GET, POST");
    }
    if (segments.size() > 1)
        return notFound(u"No such path"_s);
    if (segments[0] == u"count"_s) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return listRules(request, true);
    }
    int id = 0;
    if (!parseId(segments[0], &id))
        return ApiResponse::error(400, u"Access rule id must be an integer"_s);
    const AccessRuleRecord *rule = m_ctx.store.accessRuleById(id);
    if (rule && !isVisible(*rule))
        rule = nullptr;
    if (request.method == "GET") {
        if (!rule)
            return notFound();
        return ApiResponse::json(200, toJson(*rule));
    }
    if (request.method == "DELETE") {
        if (!rule)
            return notFound();
        if (rule->subjectType == SandboxStore::allAuthenticatedUsers())
            return ApiResponse::error(400, u"Built-in access rules cannot be deleted"_s,
                                      u"The all-authenticated-users rule belongs to the system"_s);
        m_ctx.store.removeAccessRule(id);
        return ApiResponse::noContent(204);
    }
    return methodNotAllowed("GET, DELETE");
}

ApiResponse AuthorizationEndpoint::createRule(const ApiRequest &request, const Principal &caller)
{
    QJsonObject body;
    ApiResponse error;
    if (!readJsonObject(request, &body, &error))
        return error;
    const QJsonValue subjectId = jsonField(body, u"subjectId");
    const QJsonValue subjectType = jsonField(body, u"subjectType");
    const QJsonValue roleId = jsonField(body, u"roleId");
    const QJsonValue scopeId = jsonField(body, u"scopeId");
    const QJsonValue scopeType = jsonField(body, u"scopeType");
    const QJsonValue clusterId = jsonField(body, u"clusterId");
    QStringList missing;
    if (!subjectId.isString() || subjectId.toString().isEmpty())
        missing << u"subjectId"_s;
    if (!subjectType.isString())
        missing << u"subjectType"_s;
    if (!roleId.isDouble())
        missing << u"roleId"_s;
    if (!scopeId.isString() || scopeId.toString().isEmpty())
        missing << u"scopeId"_s;
    if (!scopeType.isString())
        missing << u"scopeType"_s;
    if (!missing.isEmpty())
        return ApiResponse::error(400, u"Required parameter is missing"_s, missing.join(u", "_s));
    const QStringList subjectTypes = m_ctx.accessRuleSubjectTypes();
    if (!subjectTypes.contains(subjectType.toString()))
        return ApiResponse::error(400, u"Invalid subjectType"_s,
                                  u"subjectType must be one of "_s + subjectTypes.join(u", "_s));
    const QStringList scopeTypes{u"system"_s, u"tenant"_s, u"cluster"_s, u"department"_s,
                                 u"project"_s};
    if (!scopeTypes.contains(scopeType.toString()))
        return ApiResponse::error(400, u"Invalid scopeType"_s,
                                  u"scopeType must be one of "_s + scopeTypes.join(u", "_s));
    const double roleNumber = roleId.toDouble();
    if (roleNumber != double(int(roleNumber)))
        return ApiResponse::error(400, u"roleId must be an integer"_s);
    if (!m_ctx.store.roleById(int(roleNumber)))
        return notFound(u"Role id not found."_s);
    if (!clusterId.isUndefined() && !clusterId.isNull() && !clusterId.isString())
        return ApiResponse::error(400, u"clusterId must be a string"_s);

    AccessRuleRecord rule;
    rule.subjectId = subjectId.toString();
    rule.subjectType = subjectType.toString();
    rule.roleId = int(roleNumber);
    rule.scopeId = scopeId.toString();
    rule.scopeType = scopeType.toString();
    rule.clusterId = clusterId.toString();
    rule.createdBy = caller.name;
    const AccessRuleRecord &created = m_ctx.store.addAccessRule(rule);
    return ApiResponse::json(201, toJson(created));
}

ApiResponse AuthorizationEndpoint::listRules(const ApiRequest &request, bool countOnly)
{
    const QString subjectType = request.queryValue(u"subjectType"_s);
    const QStringList subjectIds
            = request.queryValue(u"subjectIds"_s).split(u',', Qt::SkipEmptyParts);
    const QString scopeId = request.queryValue(u"scopeId"_s);
    const QString scopeType = request.queryValue(u"scopeType"_s);
    const QString search = request.queryValue(u"search"_s);
    int roleId = -1;
    if (request.hasQuery(u"roleId"_s) && !parseId(request.queryValue(u"roleId"_s), &roleId))
        return ApiResponse::error(400, u"roleId must be an integer"_s);
    int offset = 0;
    if (request.hasQuery(u"offset"_s) && !parseId(request.queryValue(u"offset"_s), &offset))
        return ApiResponse::error(400, u"offset must be an integer >= 0"_s);
    int limit = 50;
    if (request.hasQuery(u"limit"_s)
        && (!parseId(request.queryValue(u"limit"_s), &limit) || limit < 1 || limit > 500))
        return ApiResponse::error(400, u"limit must be an integer from 1 to 500"_s);

    QJsonArray page;
    qint64 total = 0;
    for (const AccessRuleRecord &rule : m_ctx.store.accessRules()) {
        if (!isVisible(rule))
            continue;
        if (!subjectType.isEmpty() && rule.subjectType != subjectType)
            continue;
        if (!subjectIds.isEmpty() && !subjectIds.contains(rule.subjectId, Qt::CaseInsensitive))
            continue;
        if (!scopeId.isEmpty() && rule.scopeId != scopeId)
            continue;
        if (!scopeType.isEmpty() && rule.scopeType != scopeType)
            continue;
        if (roleId >= 0 && rule.roleId != roleId)
            continue;
        if (!search.isEmpty() && !rule.subjectId.contains(search, Qt::CaseInsensitive))
            continue;
        if (total++ >= offset && page.size() < limit && !countOnly)
            page.append(toJson(rule));
    }
    if (countOnly)
        return ApiResponse::json(200, QJsonObject{{u"count"_s, total}});
    return ApiResponse::json(200, QJsonObject{{u"totalRecords"_s, total},
                                              {u"displayRecords"_s, page.size()},
                                              {u"accessRules"_s, page}});
}

QJsonObject AuthorizationEndpoint::toJson(const AccessRuleRecord &rule) const
{
    const RoleRecord *role = m_ctx.store.roleById(rule.roleId);
    QJsonObject object{
            {u"id"_s, rule.id},
            {u"subjectId"_s, rule.subjectId},
            {u"subjectType"_s, rule.subjectType},
            {u"roleId"_s, rule.roleId},
            {u"roleName"_s, role ? role->name : QString()},
            {u"scopeId"_s, rule.scopeId},
            {u"scopeType"_s, rule.scopeType},
            {u"scopeName"_s, rule.scopeType == u"tenant"_s || rule.scopeType == u"system"_s
                                     ? u"sandbox"_s
                                     : rule.scopeId},
            {u"tenantId"_s, SandboxStore::tenantId},
            {u"createdBy"_s, rule.createdBy},
            {u"createdAt"_s, rule.createdAt},
            {u"updatedAt"_s, rule.updatedAt},
            {u"deletedAt"_s, QJsonValue(QJsonValue::Null)},
    };
    // 2.20's AccessRule has no status; 2.24's has it (for clusters from 2.22).
    if (m_ctx.hasAccessRuleStatus())
        object.insert(u"status"_s, QJsonObject{{u"phase"_s, u"Ready"_s},
                                               {u"message"_s, u""_s},
                                               {u"details"_s, u""_s}});
    if (!rule.clusterId.isEmpty())
        object.insert(u"clusterId"_s, rule.clusterId);
    return object;
}

QJsonObject AuthorizationEndpoint::toJson(const RoleRecord &role) const
{
    QJsonObject object{{u"id"_s, role.id},
                       {u"name"_s, role.name},
                       {u"description"_s, role.description},
                       {u"permissions"_s, role.permissions},
                       {u"createdBy"_s, u"system"_s},
                       {u"createdAt"_s, SandboxStore::rolesCreatedAt()},
                       {u"updatedAt"_s, SandboxStore::rolesCreatedAt()},
                       {u"deletedAt"_s, QJsonValue(QJsonValue::Null)}};
    // 2.20's Role is the creation fields plus metadata; 2.24's RoleV1 adds these (required
    // custom and effectiveEnabled, optional enabled). 3.0's v2 roles keep them.
    if (m_ctx.hasRoleFlags()) {
        object.insert(u"custom"_s, false);
        object.insert(u"effectiveEnabled"_s, true);
        object.insert(u"enabled"_s, true);
    }
    return object;
}

bool AuthorizationEndpoint::isVisible(const AccessRuleRecord &rule) const
{
    // A state file written in 3.0 mode holds the built-in rule; older versions have no such
    // subject type and do not show it.
    return m_ctx.level >= 300 || rule.subjectType != SandboxStore::allAuthenticatedUsers();
}

} // namespace runai::sandbox
