#pragma once

#include "apicontext.h"

#include <QStringList>

namespace runai::sandbox {

struct AccessRuleRecord;
struct RoleRecord;

// /api/v1/authorization/roles and /api/v1/authorization/access-rules.
class AuthorizationEndpoint
{
public:
    explicit AuthorizationEndpoint(ApiContext context)
        : m_ctx(context)
    { }

    ApiResponse roles(const ApiRequest &request, const QStringList &segments);
    // /api/v2/authorization/roles (3.0): {roles, next?}, limit (default 50, max 500) and offset.
    ApiResponse rolesV2(const ApiRequest &request, const QStringList &segments);
    ApiResponse accessRules(const ApiRequest &request, const QStringList &segments,
                            const Principal &caller);

private:
    ApiResponse createRule(const ApiRequest &request, const Principal &caller);
    ApiResponse listRules(const ApiRequest &request, bool countOnly);
    QJsonObject toJson(const AccessRuleRecord &rule) const;
    static QJsonObject toJson(const RoleRecord &role);

    ApiContext m_ctx;
};

} // namespace runai::sandbox
