// SPDX-License-Identifier: MIT
// Fuzzes UserQuery::parse, the sandbox's reader of GET /api/v1/users and /users/count parameters
// (filter, filterBy "field op value" lists with dates, search, sortBy, sortOrder, offset, limit),
// at every API level. The input is a raw query string (as it would follow '?'); the first byte
// picks the level and list/count. A parsed query is then used the way the users endpoint uses
// it, on a few users. Invariants: a query or a reason, never neither; offset >= 0, limit >= 0;
// 2.18 ignores all but `filter`; the selection key is the same for the same parameters; sorting
// by the query's key is a strict weak order (sortKey is deterministic).
#include "FuzzSupport.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/UserQuery.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::sandbox::ApiRequest;
using runai::sandbox::UserQuery;
using runai::sandbox::UserRecord;

namespace {

QList<UserRecord> sampleUsers()
{
    QList<UserRecord> users;
    const char *names[] = {"a@example.com", "B@Example.com", "zed@run.ai", "", "ü@例え.jp"};
    int seq = 0;
    for (const char *name : names) {
        UserRecord user;
        user.seq = quint64(++seq);
        user.id = QString::number(seq);
        user.username = QString::fromUtf8(name);
        user.firstName = seq % 2 ? u"Ann"_s : QString();
        user.lastName = seq % 3 ? u"Lee"_s : QString();
        user.createdBy = seq % 2 ? u"system"_s : u"test@run.ai"_s;
        user.createdAt = u"2026-0%1-01T10:00:00.000Z"_s.arg(seq);
        user.updatedAt = user.createdAt;
        user.lastLogin = seq % 2 ? u"2026-12-01T00:00:00.000Z"_s : QString();
        user.isLocal = seq != 3;
        users.append(user);
    }
    return users;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    constexpr int levels[] = {218, 220, 224, 300};
    const int level = levels[data[0] % 4];
    const bool forCount = data[0] & 4;
    const QByteArray raw(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ApiRequest request;
    request.method = "GET";
    request.path = forCount ? u"/api/v1/users/count"_s : u"/api/v1/users"_s;
    request.query = QUrlQuery(QUrl::fromEncoded("http://sandbox/?" + raw));

    QString error;
    const auto query = UserQuery::parse(request, forCount, level, &error);
    const QString detail = QString::fromUtf8(raw) + u" -> "_s + error;
    FUZZ_CHECK(query.has_value() || !error.isEmpty(), detail);
    if (!query)
        return 0;
    FUZZ_CHECK(query->offset() >= 0, detail);
    FUZZ_CHECK(query->limit() >= 0, detail);

    QString again;
    const auto second = UserQuery::parse(request, forCount, level, &again);
    FUZZ_CHECK(second && second->selectionKey() == query->selectionKey(), detail);

    static const QList<UserRecord> users = sampleUsers();
    for (const UserRecord &user : users) {
        (void)query->matches(user);
        FUZZ_CHECK(query->sortKey(user) == query->sortKey(user), detail);
    }
    return 0;
}
