// SPDX-License-Identifier: MIT
#include "sandbox/RoleQuery.h"

#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

struct FieldName
{
    QStringView name;
    RoleQuery::Field field;
};

constexpr FieldName filterFields[] = {
        {u"name", RoleQuery::Field::Name},
        {u"description", RoleQuery::Field::Description},
        {u"createdBy", RoleQuery::Field::CreatedBy},
};

constexpr FieldName sortFields[] = {
        {u"name", RoleQuery::Field::Name},
        {u"createdBy", RoleQuery::Field::CreatedBy},
        {u"createdAt", RoleQuery::Field::CreatedAt},
        {u"updatedAt", RoleQuery::Field::UpdatedAt},
};

struct OpName
{
    QStringView text;
    RoleQuery::Op op;
};

constexpr OpName ops[] = {
        {u"==", RoleQuery::Op::Equals},      {u"!=", RoleQuery::Op::NotEquals},
        {u"<=", RoleQuery::Op::LessOrEqual}, {u">=", RoleQuery::Op::GreaterOrEqual},
        {u"=@", RoleQuery::Op::Contains},    {u"!@", RoleQuery::Op::NotContains},
        {u"=^", RoleQuery::Op::StartsWith},  {u"=$", RoleQuery::Op::EndsWith},
};

QString textOf(const RoleRecord &role, RoleQuery::Field field)
{
    switch (field) {
    case RoleQuery::Field::Name:
        return role.name;
    case RoleQuery::Field::Description:
        return role.description;
    case RoleQuery::Field::CreatedBy:
        return u"system"_s;
    case RoleQuery::Field::CreatedAt:
    case RoleQuery::Field::UpdatedAt:
        return SandboxStore::rolesCreatedAt();
    }
    return role.name;
}

bool parseNumber(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

} // namespace

std::optional<RoleQuery> RoleQuery::parse(const ApiRequest &request, QString *error)
{
    RoleQuery query;
    const QStringList items = request.queryValue(u"filterBy"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const FieldName *field = nullptr;
        for (const FieldName &candidate : filterFields) {
            if (item.startsWith(candidate.name)) {
                field = &candidate;
                break;
            }
        }
        if (!field) {
            *error = u"Unknown filterBy field in '%1' (use name, description or createdBy)"_s.arg(
                    item);
            return std::nullopt;
        }
        const QStringView rest = QStringView(item).mid(field->name.size());
        const OpName *op = nullptr;
        for (const OpName &candidate : ops) {
            if (rest.startsWith(candidate.text)) {
                op = &candidate;
                break;
            }
        }
        if (!op) {
            *error = u"Unknown filterBy operator in '%1'"_s.arg(item);
            return std::nullopt;
        }
        const QString value = rest.mid(2).toString();
        if (value.isEmpty()) {
            *error = u"Missing filterBy value in '%1'"_s.arg(item);
            return std::nullopt;
        }
        query.m_filters.append({field->field, op->op, value});
    }
    query.m_search = request.queryValue(u"search"_s);
    if (request.hasQuery(u"sortBy"_s)) {
        const QString sortBy = request.queryValue(u"sortBy"_s);
        const FieldName *found = nullptr;
        for (const FieldName &candidate : sortFields) {
            if (candidate.name == sortBy)
                found = &candidate;
        }
        if (!found) {
            *error = u"sortBy must be one of name, createdBy, createdAt, updatedAt"_s;
            return std::nullopt;
        }
        query.m_sortField = found->field;
    }
    if (request.hasQuery(u"sortOrder"_s)) {
        const QString order = request.queryValue(u"sortOrder"_s);
        if (order != u"asc"_s && order != u"desc"_s) {
            *error = u"sortOrder must be asc or desc"_s;
            return std::nullopt;
        }
        query.m_descending = order == u"desc"_s;
    }
    if (request.hasQuery(u"offset"_s)
        && (!parseNumber(request.queryValue(u"offset"_s), &query.m_offset) || query.m_offset < 0)) {
        *error = u"offset must be an integer >= 0"_s;
        return std::nullopt;
    }
    if (request.hasQuery(u"limit"_s)
        && (!parseNumber(request.queryValue(u"limit"_s), &query.m_limit) || query.m_limit < 1
            || query.m_limit > 500)) {
        *error = u"limit must be an integer from 1 to 500"_s;
        return std::nullopt;
    }
    return query;
}

bool RoleQuery::matches(const RoleRecord &role) const
{
    if (!m_search.isEmpty() && !role.name.contains(m_search, Qt::CaseInsensitive)
        && !role.description.contains(m_search, Qt::CaseInsensitive))
        return false;
    for (const Filter &filter : m_filters) {
        const QString text = textOf(role, filter.field);
        bool holds = false;
        switch (filter.op) {
        case Op::Equals:
            holds = text.compare(filter.value, Qt::CaseInsensitive) == 0;
            break;
        case Op::NotEquals:
            holds = text.compare(filter.value, Qt::CaseInsensitive) != 0;
            break;
        case Op::LessOrEqual:
            holds = text.compare(filter.value, Qt::CaseInsensitive) <= 0;
            break;
        case Op::GreaterOrEqual:
            holds = text.compare(filter.value, Qt::CaseInsensitive) >= 0;
            break;
        case Op::Contains:
            holds = text.contains(filter.value, Qt::CaseInsensitive);
            break;
        case Op::NotContains:
            holds = !text.contains(filter.value, Qt::CaseInsensitive);
            break;
        case Op::StartsWith:
            holds = text.startsWith(filter.value, Qt::CaseInsensitive);
            break;
        case Op::EndsWith:
            holds = text.endsWith(filter.value, Qt::CaseInsensitive);
            break;
        }
        if (!holds)
            return false;
    }
    return true;
}

bool RoleQuery::lessThan(const RoleRecord &a, const RoleRecord &b) const
{
    const int order = textOf(a, m_sortField).compare(textOf(b, m_sortField), Qt::CaseInsensitive);
    if (order == 0) // ties keep id order in both directions, so pages never overlap
        return a.id < b.id;
    return m_descending ? order > 0 : order < 0;
}

} // namespace runai::sandbox
