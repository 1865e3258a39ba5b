// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiContext.h"

#include <QStringList>

namespace runai::sandbox {

struct AccessKeyRecord;

// Access keys (CP 2.24+): a user's own client credentials, whose tokens act as that user.
//   /api/v1/access-keys                  GET list {accessKeys:[…]}, POST {name} → 201
//   /api/v1/access-keys/{id}             GET, DELETE → 204 (the caller's own keys only; another
//                                        user's key is 404, as if it did not exist)
//   /api/v1/access-keys/{id}/secret      POST → {clientSecret}; the key's tokens stop working
//   /api/v1/administration/access-keys   GET ?clientId=&createdBy= (System administrator)
//   /api/v1/administration/access-keys/{id}  DELETE → 204 (System administrator)
// Names follow the applications' pattern and are unique among one user's keys (409). A user
// holds at most MaxKeysPerUser keys; the contract names no status for the limit, so the 21st
// create answers 400 (documented for this POST; 409 means a duplicate name there).
class AccessKeysEndpoint
{
public:
    static constexpr int MaxKeysPerUser = 20;

    explicit AccessKeysEndpoint(ApiContext context)
        : m_ctx(context)
    { }

    // segments: what follows /api/v1/access-keys.
    ApiResponse handleOwn(const ApiRequest &request, const QStringList &segments,
                          const Principal &caller);
    // segments: what follows /api/v1/administration/access-keys. The caller is an administrator.
    ApiResponse handleAdministration(const ApiRequest &request, const QStringList &segments);

private:
    ApiResponse create(const ApiRequest &request, const Principal &caller);
    QJsonObject toJson(const AccessKeyRecord &key, bool withCreator) const;

    ApiContext m_ctx;
};

} // namespace runai::sandbox
