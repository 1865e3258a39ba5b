// SPDX-License-Identifier: MIT
// Fuzzes ProfileStore loading from its settings file (QSettings INI), which the user, an older
// or newer version, or a sync tool may have written. Invariants: after loading there is at least
// one profile and the active one is among them; every listed profile is valid, and found by its
// id and by its name; a profile saved with fuzz-chosen fields reads back with the same fields; and
// removing it leaves a store that still has an active profile.
#include "FuzzSupport.h"
#include "models/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;
using runai::Profile;
using runai::ProfileStore;

namespace {

QString text(FuzzedDataProvider &in, size_t max)
{
    return QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(max)));
}

void checkStore(const ProfileStore &store, const QString &context)
{
    const QList<Profile> profiles = store.profiles();
    FUZZ_CHECK(!profiles.isEmpty(), u"no profile after loading"_s + context);
    FUZZ_CHECK(store.active().isValid(), u"no valid active profile"_s + context);
    bool activeListed = false;
    for (const Profile &p : profiles) {
        FUZZ_CHECK(p.isValid(), u"an invalid profile is listed"_s + context);
        FUZZ_CHECK(store.profile(p.id).name == p.name, context);
        FUZZ_CHECK(store.profileNamed(p.name).isValid(),
                   u"not found by name: "_s + p.name + context);
        activeListed = activeListed || p.id == store.activeId();
    }
    FUZZ_CHECK(activeListed, u"the active profile is not listed"_s + context);
}

} // namespace

// QSettings keeps every file it has read in a process-wide cache, so each input (a new file name,
// see below) ends with more allocations than frees and libFuzzer ran LeakSanitizer after every one:
// 40 ms an input, nearly all of it the leak scan. Leaks are still reported when the run ends.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static std::vector<char *> args(*argv, *argv + *argc);
    static char noPerInputLeakCheck[] = "-detect_leaks=0";
    args.insert(args.begin() + 1, noPerInputLeakCheck);
    args.push_back(nullptr);
    *argc = int(args.size() - 1);
    *argv = args.data();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static int serial = 0;
    FuzzedDataProvider in(data, size);
    const QByteArray fileBytes = QByteArray::fromStdString(in.ConsumeRandomLengthString(2048));
    // A new name each time: QSettings caches files by name and could answer from the last run.
    const QString path = dir.filePath(u"settings-%1.ini"_s.arg(++serial));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(fileBytes);
    }
    const QString context = u"\n  file: "_s + QString::fromUtf8(fileBytes.left(300));
    {
        ProfileStore store(path);
        checkStore(store, context);

        Profile p;
        p.name = text(in, 40);
        p.consoleUrl = text(in, 80);
        p.proxyHost = text(in, 40);
        p.proxyUser = text(in, 40);
        p.proxyPort = in.ConsumeIntegral<quint16>();
        p.email = text(in, 60);
        p.rememberEmail = in.ConsumeBool();
        QString error;
        QString id;
        if (store.save(p, &error, &id)) {
            FUZZ_CHECK(error.isEmpty(), error);
            const Profile back = store.profile(id);
            const QString what = u"\n  saved name: "_s + p.name + context;
            FUZZ_CHECK(back.isValid(), u"saved profile not read back"_s + what);
            FUZZ_CHECK(back.name == p.name.trimmed(), back.name + what);
            FUZZ_CHECK(back.consoleUrl == p.consoleUrl.trimmed(), back.consoleUrl + what);
            FUZZ_CHECK(back.proxyHost == p.proxyHost.trimmed(), back.proxyHost + what);
            FUZZ_CHECK(back.proxyUser == p.proxyUser.trimmed(), back.proxyUser + what);
            FUZZ_CHECK(back.proxyPort == p.proxyPort, what);
            FUZZ_CHECK(back.rememberEmail == p.rememberEmail, what);
            if (p.rememberEmail)
                FUZZ_CHECK(back.email == p.email.trimmed(), back.email + what);
            checkStore(store, context);
            if (in.ConsumeBool())
                store.setActive(id);
            if (store.remove(id, &error))
                checkStore(store, context);
        } else {
            FUZZ_CHECK(!error.isEmpty(), u"save refused without a reason"_s + context);
        }
    }
    QFile::remove(path);
    return 0;
}
