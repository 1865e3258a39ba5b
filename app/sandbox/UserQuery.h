// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace runai::sandbox {

struct ApiRequest;
struct UserRecord;

// The list/count parameters of GET /api/v1/users, as the API level knows them:
// - 2.18 (level 218): only the legacy `filter` ("runai.is_local:true"); every other parameter is
//   ignored, as a server that does not know it would, and the whole list is answered.
// - 2.20-2.26: `filter` still listed (deprecated), plus filterBy ("field op value" items joined
//   with commas; fields username, createdBy, lastLogin, creationTime, lastUpdated, isLocal; ops
//   == <= >= =@), search (free text over username and createdBy), sortBy, sortOrder, offset,
//   limit.
// - 3.0: `filter` is gone (ignored); sortBy adds firstName, lastName, fullName; search also looks
//   at the names.
class UserQuery
{
public:
    enum class Field {
        Username,
        CreatedBy,
        LastLogin,
        CreationTime,
        LastUpdated,
        IsLocal,
        FirstName,
        LastName,
        FullName
    };
    enum class Op { Equals, LessOrEqual, GreaterOrEqual, Contains };

    // Parses the query string for the given API level (218, 220, 224 or 300); on a bad
    // parameter returns nullopt with a message in *error.
    static std::optional<UserQuery> parse(const ApiRequest &request, bool forCount, int level,
                                          QString *error);

    bool matches(const UserRecord &user) const;
    bool isUnfiltered() const { return m_filters.isEmpty() && m_search.isEmpty(); }
    bool isSorted() const { return m_sortField.has_value() || m_descending; }
    // What the sort compares for this user (sortBy field, case-folded); ties go by creation.
    QString sortKey(const UserRecord &user) const;
    bool isDescending() const { return m_descending; }
    int offset() const { return m_offset; }
    // Identifies the filter + order (not the page), for caching a sorted selection.
    QString selectionKey() const;
    int limit() const { return m_limit; }

private:
    struct Filter
    {
        Field field;
        Op op;
        QString value; // dates normalised to the store's timestamp format
    };

    QList<Filter> m_filters;
    QString m_search;
    bool m_searchNames = false; // 3.0: search also matches firstName and lastName
    std::optional<Field> m_sortField;
    bool m_descending = false;
    int m_offset = 0;
    int m_limit = 500;
};

} // namespace runai::sandbox
