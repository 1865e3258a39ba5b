// SPDX-License-Identifier: MIT
#include "sandbox/UsersEndpoint.h"

#include "sandbox/EndpointSupport.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/UserQuery.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {
constexpr int tempPasswordLength = 16;
constexpr int maxNameLength = 255; // the 3.0 reference's limit on firstName and lastName
constexpr int maxLookups = 25; // users-minimal: ids or == filters per request

bool isNullableBool(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isBool();
}
} // namespace

ApiResponse UsersEndpoint::handle(const ApiRequest &request, const QStringList &segments,
                                  const Principal &caller)
{
    if (segments.isEmpty()) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return create(request, caller);
        return methodNotAllowed("GET, POST");
    }
    // 2.18 has no /users/count: the path falls through to "user with id count", 404.
    if (segments.size() == 1 && segments[0] == u"count"_s && m_ctx.hasUserPaging()) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return count(request);
    }
    if (segments.size() > 2)
        return notFound(u"No such path"_s);
    const QString id = segments[0];
    if (segments.size() == 2) {
        const QString action = segments[1];
        if (action != u"logout"_s && action != u"password"_s)
            return notFound(u"No such path"_s);
        if (request.method != "POST")
            return methodNotAllowed("POST");
        UserRecord *user = m_ctx.store.userById(id);
        if (!user)
            return notFound();
        if (action == u"logout"_s) {
            // Every token issued before this moment stops working, refresh tokens included.
            ++user->tokenGeneration;
            m_ctx.store.touchUser(*user);
            return ApiResponse::noContent(200);
        }
        const QString tempPassword = generateSecret(tempPasswordLength);
        user->password = SaltedHash::of(tempPassword);
        user->updatedAt = SandboxStore::now();
        m_ctx.store.touchUser(*user);
        return ApiResponse::json(200, QJsonObject{{u"tempPassword"_s, tempPassword}});
    }
    if (request.method == "GET") {
        const UserRecord *user = m_ctx.store.userById(id);
        if (!user)
            return notFound();
        return {200, "application/json", serialised(*user), {}};
    }
    if (request.method == "DELETE") {
        if (id == m_ctx.store.adminId())
            return ApiResponse::error(
                    400, u"The installer's administrator cannot be deleted"_s,
                    u"At least one local user with System Administrator role should exist."_s);
        if (!m_ctx.store.removeUser(id))
            return notFound();
        return ApiResponse::noContent(204);
    }
    return methodNotAllowed("GET, DELETE");
}

ApiResponse UsersEndpoint::list(const ApiRequest &request)
{
    QString error;
    const auto query = UserQuery::parse(request, false, m_ctx.level, &error);
    if (!query)
        return ApiResponse::error(400, u"Invalid query parameter"_s, error);
    const auto &users = m_ctx.store.users();
    std::vector<const UserRecord *> page;
    const qsizetype offset = query->offset();
    const auto limit = size_t(query->limit());
    page.reserve(std::min(limit, users.size())); // 2.18's limit is "everything"
    if (!query->isSorted()) {
        if (query->isUnfiltered()) {
            // Creation order, no filter: jump straight to the page.
            for (qsizetype i = offset; i < qsizetype(users.size()) && page.size() < limit; ++i)
                page.push_back(users[size_t(i)].get());
            return listAnswer(page);
        }
        qsizetype skipped = 0;
        for (auto it = users.begin(); it != users.end() && page.size() < limit; ++it) {
            if (!query->matches(**it))
                continue;
            if (skipped++ < offset)
                continue;
            page.push_back(it->get());
        }
        return listAnswer(page);
    }
    const QString key = query->selectionKey();
    if (m_sorted.key != key || m_sorted.revision != m_ctx.store.revision()
        || m_sorted.users.empty()) {
        std::vector<std::pair<QString, const UserRecord *>> keyed;
        keyed.reserve(users.size());
        for (const auto &user : users) {
            if (query->matches(*user))
                keyed.emplace_back(query->sortKey(*user), user.get());
        }
        const bool descending = query->isDescending();
        std::sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
            const int order = QStringView(a.first).compare(QStringView(b.first));
            if (order == 0) // creation order breaks ties, so pages never overlap
                return descending ? a.second->seq > b.second->seq : a.second->seq < b.second->seq;
            return descending ? order > 0 : order < 0;
        });
        m_sorted.users.clear();
        m_sorted.users.reserve(keyed.size());
        for (const auto &[sortKey, user] : keyed)
            m_sorted.users.push_back(user);
        m_sorted.key = key;
        m_sorted.revision = m_ctx.store.revision();
    }
    const auto &selected = m_sorted.users;
    for (qsizetype i = offset; i < qsizetype(selected.size()) && page.size() < limit; ++i)
        page.push_back(selected[size_t(i)]);
    return listAnswer(page);
}

ApiResponse UsersEndpoint::listAnswer(const std::vector<const UserRecord *> &page) const
{
    // The array is written by hand from each user's ready bytes: the same compact JSON
    // QJsonDocument would print, without building and printing 500 objects for every page.
    qsizetype size = 2;
    for (const UserRecord *user : page)
        size += serialised(*user).size() + 1;
    QByteArray body;
    body.reserve(size);
    body += '[';
    for (const UserRecord *user : page) {
        if (body.size() > 1)
            body += ',';
        body += user->json;
    }
    body += ']';
    return {200, "application/json", body, {}};
}

const QByteArray &UsersEndpoint::serialised(const UserRecord &user) const
{
    const quint64 epoch = m_ctx.store.userJsonEpoch();
    if (user.jsonEpoch != epoch || user.json.isEmpty()) {
        user.json = QJsonDocument(toJson(user)).toJson(QJsonDocument::Compact);
        user.jsonEpoch = epoch;
    }
    return user.json;
}

ApiResponse UsersEndpoint::count(const ApiRequest &request)
{
    QString error;
    const auto query = UserQuery::parse(request, true, m_ctx.level, &error);
    if (!query)
        return ApiResponse::error(400, u"Invalid query parameter"_s, error);
    qint64 n = 0;
    if (query->isUnfiltered()) {
        n = qint64(m_ctx.store.users().size());
    } else {
        for (const auto &user : m_ctx.store.users())
            n += query->matches(*user) ? 1 : 0;
    }
    return ApiResponse::json(200, QJsonObject{{u"count"_s, n}});
}

ApiResponse UsersEndpoint::create(const ApiRequest &request, const Principal &caller)
{
    QJsonObject body;
    ApiResponse error;
    if (!readJsonObject(request, &body, &error))
        return error;
    const QJsonValue email = jsonField(body, u"email");
    if (email.isUndefined() || email.isNull())
        return ApiResponse::error(400, u"Required parameter is missing"_s, u"email"_s);
    static const QRegularExpression pattern(u"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$"_s);
    if (!email.isString() || !pattern.match(email.toString()).hasMatch())
        return ApiResponse::error(400, u"Invalid email address"_s,
                                  u"email must be a valid email address"_s);
    if (!isNullableBool(jsonField(body, u"resetPassword"))
        || !isNullableBool(jsonField(body, u"notify")))
        return ApiResponse::error(400, u"resetPassword and notify must be booleans"_s);
    // 3.0 takes optional names; older versions do not know the fields and ignore them.
    QString names[2];
    if (m_ctx.hasUserNames()) {
        const QStringView keys[2] = {u"firstName", u"lastName"};
        for (int i = 0; i < 2; ++i) {
            const QJsonValue name = jsonField(body, keys[i]);
            if (name.isUndefined() || name.isNull())
                continue;
            if (!name.isString() || name.toString().size() > maxNameLength)
                return ApiResponse::error(
                        400, u"Invalid %1"_s.arg(keys[i]),
                        u"%1 must be a string of at most %2 characters"_s.arg(keys[i]).arg(
                                maxNameLength));
            names[i] = name.toString().trimmed();
        }
    }
    if (m_ctx.store.userByName(email.toString()))
        return ApiResponse::error(409, u"Resource with this name already exists"_s,
                                  u"A user with this email already exists"_s);
    const QString tempPassword = generateSecret(tempPasswordLength);
    UserRecord &user = m_ctx.store.addUser(email.toString(), caller.name, tempPassword);
    if (!names[0].isEmpty() || !names[1].isEmpty()) {
        user.firstName = names[0];
        user.lastName = names[1];
        m_ctx.store.touchUser(user);
    }
    return ApiResponse::json(201, QJsonObject{{u"id"_s, user.id},
                                              {u"username"_s, user.username},
                                              {u"tempPassword"_s, tempPassword}});
}

ApiResponse UsersEndpoint::changeOwnPassword(const ApiRequest &request, const Principal &caller)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    if (caller.kind != Principal::Kind::User)
        return ApiResponse::error(403, u"Only users have a password"_s);
    QJsonObject body;
    ApiResponse error;
    if (!readJsonObject(request, &body, &error))
        return error;
    const QString current = jsonField(body, u"currentPassword").toString();
    const QString next = jsonField(body, u"newPassword").toString();
    if (current.isEmpty() || next.isEmpty())
        return ApiResponse::error(400, u"Required parameter is missing"_s,
                                  u"currentPassword and newPassword"_s);
    UserRecord *user = m_ctx.store.userById(caller.id);
    if (!user)
        return notFound();
    if (!user->password.matches(current))
        return ApiResponse::error(400, u"Current password is wrong"_s);
    if (next.size() < 8)
        return ApiResponse::error(400, u"The new password must have at least 8 characters"_s);
    user->password = SaltedHash::of(next);
    user->updatedAt = SandboxStore::now();
    m_ctx.store.touchUser(*user);
    return ApiResponse::noContent(200);
}

QJsonObject UsersEndpoint::toJson(const UserRecord &user) const
{
    QJsonObject object{{u"id"_s, user.id},
                       {u"username"_s, user.username},
                       {u"createdBy"_s, user.createdBy},
                       {u"createdAt"_s, nullable(user.createdAt)},
                       {u"updatedAt"_s, nullable(user.updatedAt)},
                       {u"lastLogin"_s, nullable(user.lastLogin)},
                       {u"isLocal"_s, user.isLocal},
                       {u"groups"_s, QJsonArray::fromStringList(user.groups)}};
    // Only 3.0's user object has the names (null when not given); a state file written in 3.0
    // mode keeps them, and older modes must not show them.
    if (m_ctx.hasUserNames()) {
        object.insert(u"firstName"_s, nullable(user.firstName));
        object.insert(u"lastName"_s, nullable(user.lastName));
    }
    return object;
}

ApiResponse UsersEndpoint::minimal(const ApiRequest &request)
{
    if (request.method != "GET")
        return methodNotAllowed("GET");
    // The 3.0 reference: search 2-100 characters over username and the names; id a comma list
    // of up to 25 user ids, answered in addition to what search/filterBy select; filterBy on
    // username only, == (up to 25 entries, any of them) or =@ (one entry); limit 1-500,
    // default 500. At least one of search, id and filterBy is required.
    const QString search = request.queryValue(u"search"_s);
    const QStringList ids = request.queryValue(u"id"_s).split(u',', Qt::SkipEmptyParts);
    const QStringList filters = request.queryValue(u"filterBy"_s).split(u',', Qt::SkipEmptyParts);
    if (search.isEmpty() && ids.isEmpty() && filters.isEmpty())
        return ApiResponse::error(400, u"One of search, id or filterBy is required"_s);
    if (!search.isEmpty() && (search.size() < 2 || search.size() > 100))
        return ApiResponse::error(400, u"search must have 2 to 100 characters"_s);
    if (ids.size() > maxLookups)
        return ApiResponse::error(400, u"id takes at most %1 user ids"_s.arg(maxLookups));
    QStringList exact;
    QString contains;
    for (const QString &item : filters) {
        const bool isExact = item.startsWith(u"username=="_s);
        if (!isExact && !item.startsWith(u"username=@"_s))
            return ApiResponse::error(400, u"Invalid filterBy"_s,
                                      u"filterBy takes username==VALUE or username=@VALUE"_s);
        const QString value = item.mid(10);
        if (value.isEmpty())
            return ApiResponse::error(400, u"Missing filterBy value in '%1'"_s.arg(item));
        if (isExact)
            exact << value;
        else
            contains = value;
    }
    if (!contains.isEmpty() && filters.size() > 1)
        return ApiResponse::error(400, u"Several filterBy entries are allowed only with =="_s);
    if (exact.size() > maxLookups)
        return ApiResponse::error(400, u"filterBy takes at most %1 entries"_s.arg(maxLookups));
    int limit = 500;
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return ApiResponse::error(400, u"limit must be an integer from 1 to 500"_s);
    }

    const bool selects = !search.isEmpty() || !filters.isEmpty();
    const auto selected = [&](const UserRecord &user) {
        if (ids.contains(user.id))
            return true;
        if (!selects)
            return false;
        if (!search.isEmpty() && !user.username.contains(search, Qt::CaseInsensitive)
            && !user.firstName.contains(search, Qt::CaseInsensitive)
            && !user.lastName.contains(search, Qt::CaseInsensitive))
            return false;
        if (!exact.isEmpty() && !exact.contains(user.username, Qt::CaseInsensitive))
            return false;
        if (!contains.isEmpty() && !user.username.contains(contains, Qt::CaseInsensitive))
            return false;
        return true;
    };
    QJsonArray answer;
    for (const auto &user : m_ctx.store.users()) {
        if (answer.size() >= limit)
            break;
        if (selected(*user))
            answer.append(QJsonObject{{u"id"_s, user->id},
                                      {u"username"_s, user->username},
                                      {u"firstName"_s, nullable(user->firstName)},
                                      {u"lastName"_s, nullable(user->lastName)}});
    }
    return ApiResponse::json(200, answer);
}

} // namespace runai::sandbox
