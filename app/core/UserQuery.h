// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace runai {

// Query of GET /api/v1/users and /api/v1/users/count. Fields left empty (or negative) are not
// sent. filterBy items are "field op value" (e.g. "username=@test", "isLocal==false") and are
// joined with commas; `search` exists from CP 2.20, filterBy/sortBy/offset/limit from 2.19.
// `legacyFilter` is the 2.18 `filter` parameter (e.g. "runai.is_local:true").
struct UserQuery
{
    int offset = -1;
    int limit = -1; // server default 500, range 1..500
    QStringList filterBy;
    // username, createdBy, lastLogin, creationTime, lastUpdated, type; from 3.0 also firstName,
    // lastName, fullName (never sent to an older console: see UserNameSupport).
    QString sortBy;
    QString sortOrder; // asc | desc
    QString search;
    QString legacyFilter;

    QUrlQuery toUrlQuery() const;
    // The count endpoint only takes filterBy and search.
    QUrlQuery toCountQuery() const;
};

} // namespace runai
