// SPDX-License-Identifier: MIT
// Fuzzes the path every successful Run:ai answer takes: raw body bytes -> ApiJson::document ->
// the value parser the client uses for that endpoint. Because the fuzzer does not know which
// endpoint a body belongs to, every parser sees the document, and (for objects) every member
// value, so a shape nested one level down is reached too.
#include "FuzzSupport.h"
#include "core/ApiJson.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::ApiJson;
using runai::fuzz::checkParseResult;

namespace {

void checkDate(const QDateTime &dt, const char *what)
{
    // The parsers hand out UTC (or invalid) times so the GUI never mixes zones.
    FUZZ_CHECK(!dt.isValid() || dt.timeSpec() == Qt::UTC, QString::fromLatin1(what));
}

void parseAll(const QJsonValue &v)
{
    const auto apps = ApiJson::applicationList(v);
    checkParseResult(apps, "applicationList");
    if (apps.ok()) {
        FUZZ_CHECK(v.isArray() && apps.value().size() == v.toArray().size(),
                   u"a list keeps every item"_s);
        for (const auto &a : apps.value()) {
            // 2.18/2.19 send no clientId: the name stands in, so both are empty or neither is.
            FUZZ_CHECK(a.name.isEmpty() || !a.clientId.isEmpty(), a.name);
            checkDate(a.createdAt, "application createdAt");
            checkDate(a.lastLogin, "application lastLogin");
        }
    }
    const auto app = ApiJson::application(v);
    checkParseResult(app, "application");

    const auto created = ApiJson::createdApplication(v);
    checkParseResult(created, "createdApplication");
    if (created.ok())
        FUZZ_CHECK(!created.value().secret.isEmpty(), u"a created application has its secret"_s);

    const auto secret = ApiJson::regeneratedSecret(v);
    checkParseResult(secret, "regeneratedSecret");
    if (secret.ok())
        FUZZ_CHECK(!secret.value().isEmpty(), u"a regenerated secret is not empty"_s);

    for (const bool administration : {false, true}) {
        const auto keys = administration ? ApiJson::administeredAccessKeyList(v)
                                         : ApiJson::accessKeyList(v);
        checkParseResult(keys, "accessKeyList");
        if (keys.ok()) {
            for (const auto &k : keys.value()) {
                checkDate(k.createdAt, "access key createdAt");
                checkDate(k.lastLogin, "access key lastLogin");
            }
        }
    }
    const auto createdKey = ApiJson::createdAccessKey(v);
    checkParseResult(createdKey, "createdAccessKey");
    if (createdKey.ok())
        FUZZ_CHECK(!createdKey.value().secret.isEmpty(), u"a created access key has its secret"_s);

    const auto users = ApiJson::userList(v);
    checkParseResult(users, "userList");
    if (users.ok()) {
        for (const auto &u : users.value()) {
            checkDate(u.createdAt, "user createdAt");
            checkDate(u.updatedAt, "user updatedAt");
        }
    }
    checkParseResult(ApiJson::user(v), "user");
    checkParseResult(ApiJson::createdUser(v), "createdUser");

    const auto pw = ApiJson::tempPassword(v);
    checkParseResult(pw, "tempPassword");
    if (pw.ok())
        FUZZ_CHECK(!pw.value().isEmpty(), u"a temporary password is not empty"_s);

    const auto count = ApiJson::count(v);
    checkParseResult(count, "count");
    if (count.ok())
        FUZZ_CHECK(count.value() >= 0, QString::number(count.value()));

    const auto tokens = ApiJson::tokenSet(v);
    checkParseResult(tokens, "tokenSet");
    if (tokens.ok()) {
        auto t = tokens.value().duplicate();
        FUZZ_CHECK(!t.accessToken.isEmpty(), u"a token set has an access token"_s);
        FUZZ_CHECK(!t.expiresIn || *t.expiresIn > 0, QString::number(t.expiresIn.value_or(0)));
        // What the session does next: work out when to renew (expiresIn or the JWT's exp).
        (void)t.expiresAt();
        t.obtainedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        (void)t.expiresAt();
    }

    const auto roles = ApiJson::roleList(v);
    checkParseResult(roles, "roleList");
    checkParseResult(ApiJson::role(v), "role");

    const auto rule = ApiJson::accessRule(v);
    checkParseResult(rule, "accessRule");
    if (rule.ok()) {
        checkDate(rule.value().createdAt, "access rule createdAt");
        FUZZ_CHECK(rule.value().createdAt.isValid(), u"createdAt is required and not nullable"_s);
    }
    const auto page = ApiJson::accessRulePage(v);
    checkParseResult(page, "accessRulePage");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    qsizetype(size));
    const auto doc = ApiJson::document(body);
    checkParseResult(doc, "document");
    if (!doc.ok()) {
        // A body that is not JSON must fail every parser the same way, through document().
        return 0;
    }
    const QJsonValue &v = doc.value();
    FUZZ_CHECK(v.isObject() || v.isArray(), u"a document is an object or an array"_s);
    parseAll(v);
    if (v.isObject()) {
        const auto o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parseAll(it.value());
    } else {
        const auto a = v.toArray();
        for (qsizetype i = 0; i < a.size() && i < 8; ++i)
            parseAll(a.at(i));
    }
    return 0;
}
