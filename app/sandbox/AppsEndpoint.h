// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiContext.h"

#include <QStringList>

namespace runai::sandbox {

struct AppRecord;

// /api/v1/apps and /api/v1/service-accounts: one storage, two spellings of the same contract
// (the secret field is "secret" for apps and "clientSecret" for service accounts).
class AppsEndpoint
{
public:
    enum class Flavour { Applications, ServiceAccounts };

    AppsEndpoint(ApiContext context, Flavour flavour)
        : m_ctx(context)
        , m_flavour(flavour)
    { }

    // segments: what follows the collection path, e.g. {} or {"<id>"} or {"<id>", "secret"}.
    ApiResponse handle(const ApiRequest &request, const QStringList &segments,
                       const Principal &caller);

private:
    ApiResponse create(const ApiRequest &request, const Principal &caller);
    ApiResponse patch(const ApiRequest &request, AppRecord &app);
    QJsonObject toJson(const AppRecord &app) const;
    QString secretField() const;

    ApiContext m_ctx;
    Flavour m_flavour;
};

} // namespace runai::sandbox
