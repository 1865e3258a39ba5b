// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace runai::sandbox {

struct ApiRequest;
struct RoleRecord;

// The list parameters of 3.0's GET /api/v2/authorization/roles: limit (1-500, default 50),
// offset, sortBy, sortOrder (asc|desc), filterBy ("field op value" items joined with commas, all
// must hold) and search (free text over name and description).
// The 3.0 reference lists the operators (== != <= >= =@ !@ =^ =$) but not the fields; the sandbox
// knows name, description and createdBy for filterBy and name, createdBy, createdAt and updatedAt
// for sortBy, and refuses anything else with 400.
class RoleQuery
{
public:
    enum class Field { Name, Description, CreatedBy, CreatedAt, UpdatedAt };
    enum class Op {
        Equals,
        NotEquals,
        LessOrEqual,
        GreaterOrEqual,
        Contains,
        NotContains,
        StartsWith,
        EndsWith
    };

    static std::optional<RoleQuery> parse(const ApiRequest &request, QString *error);

    bool matches(const RoleRecord &role) const;
    // Strict weak order of the requested sort (name by default); ties go by id.
    bool lessThan(const RoleRecord &a, const RoleRecord &b) const;
    int offset() const { return m_offset; }
    int limit() const { return m_limit; }

private:
    struct Filter
    {
        Field field;
        Op op;
        QString value;
    };

    QList<Filter> m_filters;
    QString m_search;
    Field m_sortField = Field::Name;
    bool m_descending = false;
    int m_offset = 0;
    int m_limit = 50;
};

} // namespace runai::sandbox
