// SPDX-License-Identifier: MIT
// Fuzzes the `--state` loader (SandboxStore::fromJson), which reads a JSON file at start: the
// first byte picks the API level, the rest is the file. A file it accepts must
// - keep the store consistent: every user is found by its id and by its name, every access key
//   by its id and client id (duplicates in the file must not leave records the lookups miss);
// - save and load again to the same JSON (a save never writes what the next start refuses);
// - start a usable sandbox: the administrator signs in and lists users, applications and rules.
#include "SandboxFuzzFixture.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::sandbox::SandboxStore;

namespace {

void checkConsistent(SandboxStore &store, const QString &detail)
{
    for (const auto &user : store.users()) {
        FUZZ_CHECK(store.userById(user->id) == user.get(), detail + u" user id "_s + user->id);
        FUZZ_CHECK(store.userByName(user->username) == user.get(),
                   detail + u" user name "_s + user->username);
    }
    for (const auto &key : store.accessKeys()) {
        FUZZ_CHECK(store.accessKeyById(key.id) && store.accessKeyById(key.id)->id == key.id,
                   detail + u" key id "_s + key.id);
        FUZZ_CHECK(store.accessKeyByClientId(key.clientId)
                           && store.accessKeyByClientId(key.clientId)->id == key.id,
                   detail + u" key client id "_s + key.clientId);
    }
    for (const auto &app : store.apps()) {
        FUZZ_CHECK(store.appById(app.id) && store.appById(app.id)->name == app.name,
                   detail + u" app id "_s + app.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QJsonDocument document = QJsonDocument::fromJson(file);
    if (!document.isObject())
        return 0; // start() refuses it before the store sees it
    const QString detail = QString::fromUtf8(file.left(400));

    SandboxStore loaded;
    QString error;
    if (!loaded.fromJson(document.object(), &error)) {
        FUZZ_CHECK(!error.isEmpty(), detail);
        return 0;
    }
    checkConsistent(loaded, detail);
    const QJsonObject saved = loaded.toJson();
    SandboxStore reloaded;
    FUZZ_CHECK(reloaded.fromJson(saved, &error), detail + u" -> "_s + error);
    FUZZ_CHECK(reloaded.toJson() == saved, detail);

    bool accepted = false;
    runai::fuzz::SandboxFixture sandbox(
            runai::fuzz::pickLevel(data[0]), {},
            [&](SandboxStore &store) { accepted = store.fromJson(document.object(), &error); });
    FUZZ_CHECK(accepted, detail);
    checkConsistent(sandbox.store(), detail);
    for (const QString &path :
         {u"/api/v1/users"_s, u"/api/v1/users?sortBy=username&sortOrder=desc"_s,
          u"/api/v1/authorization/access-rules"_s, u"/api/v1/apps"_s, u"/api/v1/service-accounts"_s,
          u"/api/v1/administration/access-keys"_s}) {
        const auto answer = sandbox.handle("GET", path, {}, {}, sandbox.adminToken());
        FUZZ_CHECK(answer.status == 200 || answer.status == 404,
                   detail + u" GET "_s + path + u" -> "_s + QString::fromUtf8(answer.body));
    }
    return 0;
}
