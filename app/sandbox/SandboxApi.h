// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/AccessKeysEndpoint.h"
#include "sandbox/ApiContext.h"
#include "sandbox/AppsEndpoint.h"
#include "sandbox/AuthorizationEndpoint.h"
#include "sandbox/TokenEndpoint.h"
#include "sandbox/UsersEndpoint.h"

#include <optional>

namespace runai::sandbox {

// The control plane's front desk: finds the route (404), checks the bearer token (401) and the
// caller's rights (403), then hands the request to the endpoint that owns the path.
class SandboxApi
{
public:
    explicit SandboxApi(ApiContext context);

    ApiResponse handle(const ApiRequest &request);

private:
    std::optional<Principal> authenticate(const ApiRequest &request, ApiResponse *error);
    bool isAdministrator(const Principal &caller) const;

    ApiContext m_ctx;
    TokenEndpoint m_token;
    AppsEndpoint m_apps;
    AppsEndpoint m_serviceAccounts;
    UsersEndpoint m_users;
    AuthorizationEndpoint m_authorization;
    AccessKeysEndpoint m_accessKeys;
};

} // namespace runai::sandbox
