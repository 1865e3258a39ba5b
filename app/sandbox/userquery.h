#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace runai::sandbox {

struct ApiRequest;
struct UserRecord;

// The list/count parameters of GET /api/v1/users: filterBy ("field op value" items joined with
// commas; fields username, createdBy, lastLogin, creationTime, lastUpdated, isLocal; ops == <= >=
// =@), search (free text over username and createdBy), sortBy, sortOrder, offset, limit.
class UserQuery
{
public:
    enum class Field { Username, CreatedBy, LastLogin, CreationTime, LastUpdated, IsLocal };
    enum class Op { Equals, LessOrEqual, GreaterOrEqual, Contains };

    // Parses the query string; on a bad parameter returns nullopt with a message in *error.
    static std::optional<UserQuery> parse(const ApiRequest &request, bool forCount, QString *error);

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
    std::optional<Field> m_sortField;
    bool m_descending = false;
    int m_offset = 0;
    int m_limit = 500;
};

} // namespace runai::sandbox
