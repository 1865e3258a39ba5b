// SPDX-License-Identifier: MIT
#include "sandbox/UserQuery.h"

#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

struct FieldName
{
    QStringView name;
    UserQuery::Field field;
};

constexpr FieldName filterFields[] = {
        {u"username", UserQuery::Field::Username},
        {u"createdBy", UserQuery::Field::CreatedBy},
        {u"lastLogin", UserQuery::Field::LastLogin},
        {u"creationTime", UserQuery::Field::CreationTime},
        {u"lastUpdated", UserQuery::Field::LastUpdated},
        {u"isLocal", UserQuery::Field::IsLocal},
};

constexpr FieldName sortFields[] = {
        {u"username", UserQuery::Field::Username},
        {u"createdBy", UserQuery::Field::CreatedBy},
        {u"lastLogin", UserQuery::Field::LastLogin},
        {u"creationTime", UserQuery::Field::CreationTime},
        {u"lastUpdated", UserQuery::Field::LastUpdated},
        {u"type", UserQuery::Field::IsLocal},
};

// 3.0's additions to sortBy.
constexpr FieldName nameSortFields[] = {
        {u"firstName", UserQuery::Field::FirstName},
        {u"lastName", UserQuery::Field::LastName},
        {u"fullName", UserQuery::Field::FullName},
};

bool isDate(UserQuery::Field field)
{
    return field == UserQuery::Field::LastLogin || field == UserQuery::Field::CreationTime
           || field == UserQuery::Field::LastUpdated;
}

const QString &textOf(const UserRecord &user, UserQuery::Field field)
{
    static const QString yes = u"true"_s;
    static const QString no = u"false"_s;
    switch (field) {
    case UserQuery::Field::Username:
        return user.username;
    case UserQuery::Field::CreatedBy:
        return user.createdBy;
    case UserQuery::Field::LastLogin:
        return user.lastLogin;
    case UserQuery::Field::CreationTime:
        return user.createdAt;
    case UserQuery::Field::LastUpdated:
        return user.updatedAt;
    case UserQuery::Field::IsLocal:
        return user.isLocal ? yes : no;
    case UserQuery::Field::FirstName:
    case UserQuery::Field::FullName: // sorted by sortKey(), which joins the names
        return user.firstName;
    case UserQuery::Field::LastName:
        return user.lastName;
    }
    return user.username;
}

bool parseInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

// The legacy `filter` of 2.18-2.24. Its only documented example is "runai.is_local:true"; the
// sandbox knows that key and refuses any other with 400 rather than guess what it would select.
bool parseLegacyFilter(const QString &text, UserQuery::Field *field, QString *value, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QString key = text.left(colon).trimmed();
    *value = colon < 0 ? QString() : text.mid(colon + 1).trimmed().toLower();
    if (key != u"runai.is_local"_s || (*value != u"true"_s && *value != u"false"_s)) {
        *error = u"filter supports runai.is_local:true or runai.is_local:false"_s;
        return false;
    }
    *field = UserQuery::Field::IsLocal;
    return true;
}

} // namespace

std::optional<UserQuery> UserQuery::parse(const ApiRequest &request, bool forCount, int level,
                                          QString *error)
{
    UserQuery query;
    // The list knows `filter`; /users/count never listed it (it takes filterBy and search).
    if (level < 300 && !forCount && request.hasQuery(u"filter"_s)) {
        Filter legacy{Field::IsLocal, Op::Equals, {}};
        if (!parseLegacyFilter(request.queryValue(u"filter"_s), &legacy.field, &legacy.value,
                               error))
            return std::nullopt;
        query.m_filters.append(legacy);
    }
    if (level < 220) {
        // 2.18 knows nothing else: the whole (legacy-filtered) list in creation order.
        query.m_limit = std::numeric_limits<int>::max();
        return query;
    }
    query.m_searchNames = level >= 300;
    const QString filterBy = request.queryValue(u"filterBy"_s);
    if (!filterBy.isEmpty()) {
        const QStringList items = filterBy.split(u',', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const FieldName *found = nullptr;
            for (const FieldName &candidate : filterFields) {
                if (item.startsWith(candidate.name)) {
                    found = &candidate;
                    break;
                }
            }
            if (!found) {
                *error = u"Unknown filterBy field in '%1'"_s.arg(item);
                return std::nullopt;
            }
            const QStringView rest = QStringView(item).mid(found->name.size());
            Filter filter{found->field, Op::Equals, {}};
            if (rest.startsWith(u"=="))
                filter.op = Op::Equals;
            else if (rest.startsWith(u"<="))
                filter.op = Op::LessOrEqual;
            else if (rest.startsWith(u">="))
                filter.op = Op::GreaterOrEqual;
            else if (rest.startsWith(u"=@"))
                filter.op = Op::Contains;
            else {
                *error = u"Unknown filterBy operator in '%1' (use ==, <=, >= or =@)"_s.arg(item);
                return std::nullopt;
            }
            filter.value = rest.mid(2).toString();
            if (filter.value.isEmpty()) {
                *error = u"Missing filterBy value in '%1'"_s.arg(item);
                return std::nullopt;
            }
            if (isDate(filter.field) && filter.op != Op::Contains) {
                const QDateTime when = QDateTime::fromString(filter.value, Qt::ISODateWithMs);
                if (!when.isValid()) {
                    *error = u"filterBy date is not ISO 8601: '%1'"_s.arg(filter.value);
                    return std::nullopt;
                }
                filter.value = when.toUTC().toString(Qt::ISODateWithMs);
            }
            if (filter.field == Field::IsLocal) {
                filter.value = filter.value.toLower();
                if (filter.op != Op::Equals
                    || (filter.value != u"true"_s && filter.value != u"false"_s)) {
                    *error = u"isLocal takes == with true or false"_s;
                    return std::nullopt;
                }
            }
            query.m_filters.append(filter);
        }
    }
    query.m_search = request.queryValue(u"search"_s);
    if (forCount)
        return query;

    if (request.hasQuery(u"sortBy"_s)) {
        const QString sortBy = request.queryValue(u"sortBy"_s);
        for (const FieldName &candidate : sortFields) {
            if (candidate.name == sortBy)
                query.m_sortField = candidate.field;
        }
        if (level >= 300) {
            for (const FieldName &candidate : nameSortFields) {
                if (candidate.name == sortBy)
                    query.m_sortField = candidate.field;
            }
        }
        if (!query.m_sortField) {
            *error = u"sortBy must be one of username, createdBy, lastLogin, creationTime, "
                     "lastUpdated, type"_s
                     + (level >= 300 ? u", firstName, lastName, fullName"_s : QString());
            return std::nullopt;
        }
    }
    if (request.hasQuery(u"sortOrder"_s)) {
        const QString order = request.queryValue(u"sortOrder"_s);
        if (order != u"asc"_s && order != u"desc"_s) {
            *error = u"sortOrder must be asc or desc"_s;
            return std::nullopt;
        }
        query.m_descending = order == u"desc"_s;
    }
    if (request.hasQuery(u"offset"_s)) {
        if (!parseInt(request.queryValue(u"offset"_s), &query.m_offset) || query.m_offset < 0) {
            *error = u"offset must be an integer >= 0"_s;
            return std::nullopt;
        }
    }
    if (request.hasQuery(u"limit"_s)) {
        if (!parseInt(request.queryValue(u"limit"_s), &query.m_limit) || query.m_limit < 1
            || query.m_limit > 500) {
            *error = u"limit must be an integer from 1 to 500"_s;
            return std::nullopt;
        }
    }
    return query;
}

QString UserQuery::selectionKey() const
{
    QString key = m_search + u'\x1f'
                  + QString::number(int(m_sortField.value_or(Field::CreationTime)))
                  + (m_descending ? u'd' : u'a');
    for (const Filter &filter : m_filters)
        key += u'\x1f' + QString::number(int(filter.field)) + QString::number(int(filter.op))
               + filter.value;
    return key;
}

bool UserQuery::matches(const UserRecord &user) const
{
    if (!m_search.isEmpty() && !user.username.contains(m_search, Qt::CaseInsensitive)
        && !user.createdBy.contains(m_search, Qt::CaseInsensitive)
        && !(m_searchNames
             && (user.firstName.contains(m_search, Qt::CaseInsensitive)
                 || user.lastName.contains(m_search, Qt::CaseInsensitive))))
        return false;
    for (const Filter &filter : m_filters) {
        const QString &value = textOf(user, filter.field);
        switch (filter.op) {
        case Op::Contains:
            if (!value.contains(filter.value, Qt::CaseInsensitive))
                return false;
            break;
        case Op::Equals:
            if (value.compare(filter.value, Qt::CaseInsensitive) != 0)
                return false;
            break;
        case Op::LessOrEqual:
            // A null date is neither before nor after anything.
            if (value.isEmpty() || value.compare(filter.value) > 0)
                return false;
            break;
        case Op::GreaterOrEqual:
            if (value.isEmpty() || value.compare(filter.value) < 0)
                return false;
            break;
        }
    }
    return true;
}

QString UserQuery::sortKey(const UserRecord &user) const
{
    // Folded once per user, so the sort compares plain strings (a case-insensitive compare in
    // the comparator made sorting 200,000 users take a second).
    if (m_sortField == Field::FullName)
        return (user.firstName + u' ' + user.lastName).toCaseFolded();
    return textOf(user, m_sortField.value_or(Field::CreationTime)).toCaseFolded();
}

} // namespace runai::sandbox
