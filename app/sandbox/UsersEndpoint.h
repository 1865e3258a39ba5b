// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiContext.h"

#include <QStringList>

#include <vector>

namespace runai::sandbox {

struct UserRecord;

// /api/v1/users: create, list (paged, filtered, sorted), count, get, delete, logout, password
// reset; POST /api/v1/me/password for the caller's own password; and, in 3.0, the name lookup
// GET /api/v1/users-minimal. What the list understands depends on the level (see UserQuery); 2.18
// has no /users/count, and only 3.0 knows firstName/lastName.
class UsersEndpoint
{
public:
    explicit UsersEndpoint(ApiContext context)
        : m_ctx(context)
    { }

    ApiResponse handle(const ApiRequest &request, const QStringList &segments,
                       const Principal &caller);
    ApiResponse changeOwnPassword(const ApiRequest &request, const Principal &caller);
    // GET /api/v1/users-minimal (3.0): {id, username, firstName, lastName} for the users a
    // search, an id list or a username filterBy selects; one of them is required.
    ApiResponse minimal(const ApiRequest &request);

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse count(const ApiRequest &request);
    ApiResponse create(const ApiRequest &request, const Principal &caller);
    ApiResponse listAnswer(const std::vector<const UserRecord *> &page) const;
    // The user's JSON bytes, from the record's cache when it is still valid.
    const QByteArray &serialised(const UserRecord &user) const;
    QJsonObject toJson(const UserRecord &user) const;

    ApiContext m_ctx;
    // The last sorted selection: a client paging through a sorted list sorts once, not per
    // page. Valid while the store's revision is unchanged (records cannot move or vanish then).
    struct SortedSelection
    {
        QString key;
        quint64 revision = 0;
        std::vector<const UserRecord *> users;
    };
    SortedSelection m_sorted;
};

} // namespace runai::sandbox
