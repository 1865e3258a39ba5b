// SPDX-License-Identifier: MIT
// Fuzzes the JSON bodies every sandbox endpoint reads (readJsonObject, jsonField and each
// endpoint's own field checks): creates of applications, service accounts, users, access rules
// and access keys, user updates, the password change, the v1 token grants, for each API level,
// as the administrator. The first byte picks the level, the second the endpoint; the rest is the
// body. Invariants (SandboxFixture::checkResponse): never a 5xx, JSON answers parse, 204 has no
// body -- and the administrator's token still works afterwards unless the body changed the
// administrator's own password.
#include "SandboxFuzzFixture.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

struct Endpoint
{
    const char *method;
    const char *path; // %1 = the administrator's id
};

constexpr Endpoint endpoints[] = {
        {"POST", "/api/v1/token"},
        {"POST", "/api/v1/apps"},
        {"POST", "/api/v1/service-accounts"},
        {"POST", "/api/v1/users"},
        {"PUT", "/api/v1/users/%1"},
        {"PATCH", "/api/v1/users/%1"},
        {"POST", "/api/v1/users/%1/password"},
        {"POST", "/api/v1/me/password"},
        {"POST", "/api/v1/authorization/access-rules"},
        {"POST", "/api/v1/access-keys"},
        {"POST", "/api/v1/administration/access-keys"},
        {"POST", "/api/v1/users/%1/logout"},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    runai::fuzz::SandboxFixture sandbox(runai::fuzz::pickLevel(data[0]));
    const Endpoint &endpoint = endpoints[data[1] % std::size(endpoints)];
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QString adminId = sandbox.store().userByName(u"test@run.ai"_s)->id;
    const QString path = QString::fromLatin1(endpoint.path).replace(u"%1"_s, adminId);
    const auto answer = sandbox.handle(endpoint.method, path, body, "application/json",
                                       sandbox.adminToken());
    const bool ownPassword = path.endsWith(u"/password"_s) || path.endsWith(u"/logout"_s);
    if (!ownPassword) {
        const auto after = sandbox.handle("GET", u"/api/v1/authorization/access-rules"_s, {}, {},
                                          sandbox.adminToken());
        FUZZ_CHECK(after.status == 200, QString::fromUtf8(after.body));
    }
    Q_UNUSED(answer);
    return 0;
}
