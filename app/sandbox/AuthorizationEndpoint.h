// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiContext.h"

#include <QStringList>

namespace runai::sandbox {

struct AccessRuleRecord;
struct RoleRecord;

// /api/v1/authorization/roles (up to 2.26), /api/v2/authorization/roles (3.0) and
// /api/v1/authorization/access-rules. Shapes follow the level: 2.18-2.23 roles have no custom /
// effectiveEnabled / enabled and rules no status; 3.0 refuses the subject type app and lists a
// built-in all-authenticated-users rule that cannot be deleted (and older levels do not show).
class AuthorizationEndpoint
{
public:
    explicit AuthorizationEndpoint(ApiContext context)
        : m_ctx(context)
    { }

    ApiResponse roles(const ApiRequest &request, const QStringList &segments);
    // 3.0: {roles: [...], next?}, paged (limit default 50), where `next` is the offset of the
    // following page and is left out on the last page.
    ApiResponse rolesV2(const ApiRequest &request, const QStringList &segments);
    ApiResponse accessRules(const ApiRequest &request, const QStringList &segments,
                            const Principal &caller);

private:
    ApiResponse createRule(const ApiRequest &request, const Principal &caller);
    ApiResponse listRules(const ApiRequest &request, bool countOnly);
    QJsonObject toJson(const AccessRuleRecord &rule) const;
    QJsonObject toJson(const RoleRecord &role) const;
    bool isVisible(const AccessRuleRecord &rule) const;

    ApiContext m_ctx;
};

} // namespace runai::sandbox
