// SPDX-License-Identifier: MIT
// Fuzzes SecretKey, which names a secret in the keychain ("console|kind|identity", each part
// percent-encoded) and is read back from keychain entries that any program of the user may have
// written. Invariants: fromStorageKey() of anything gives an invalid key or one that writes the
// same storage key back; a valid key survives storageKey() -> fromStorageKey() with its kind and
// identity unchanged; the console URL's canonical form is canonical (applying it twice changes
// nothing); and two keys share a storage key only when they name the same secret.
#include "FuzzSupport.h"
#include "secrets/SecretKey.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::SecretKey;

namespace {

QString text(FuzzedDataProvider &in, size_t max)
{
    return QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(max)));
}

QString show(const SecretKey &k)
{
    return u"{"_s + k.consoleUrl + u" | "_s + k.kind + u" | "_s + k.identity + u"}"_s;
}

void checkRoundTrip(const SecretKey &key)
{
    if (!key.isValid())
        return;
    const QString stored = key.storageKey();
    FUZZ_CHECK(stored.count(u'|') == 2, stored);
    const SecretKey back = SecretKey::fromStorageKey(stored);
    FUZZ_CHECK(back.isValid(), u"valid key not read back: "_s + show(key) + u" -> "_s + stored);
    FUZZ_CHECK(back.kind == key.kind && back.identity == key.identity,
               show(key) + u" -> "_s + show(back));
    FUZZ_CHECK(back.storageKey() == stored,
               u"storage key changed on the way back: "_s + stored + u" -> "_s + back.storageKey());
    const QString canonical = SecretKey::canonicalConsoleUrl(key.consoleUrl);
    FUZZ_CHECK(SecretKey::canonicalConsoleUrl(canonical) == canonical,
               u"canonical form is not canonical: "_s + key.consoleUrl + u" -> "_s + canonical
                       + u" -> "_s + SecretKey::canonicalConsoleUrl(canonical));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    switch (in.ConsumeIntegralInRange<int>(0, 2)) {
    case 0: { // a keychain entry's key string, as found
        const QString stored = text(in, 512);
        const SecretKey key = SecretKey::fromStorageKey(stored);
        if (key.isValid()) {
            FUZZ_CHECK(SecretKey::fromStorageKey(key.storageKey()) == key, stored);
            checkRoundTrip(key);
        }
        break;
    }
    case 1: { // a key made by the program
        SecretKey key{text(in, 128), text(in, 32), text(in, 128)};
        checkRoundTrip(key);
        break;
    }
    case 2: { // two keys: the same storage key means the same secret
        const QString url = text(in, 96);
        const SecretKey a{url, text(in, 24), text(in, 64)};
        const SecretKey b{in.ConsumeBool() ? url : text(in, 96), text(in, 24), text(in, 64)};
        if (a.isValid() && b.isValid() && a.storageKey() == b.storageKey()) {
            FUZZ_CHECK(a.kind == b.kind && a.identity == b.identity
                               && SecretKey::canonicalConsoleUrl(a.consoleUrl)
                                          == SecretKey::canonicalConsoleUrl(b.consoleUrl),
                       u"one storage key for two secrets: "_s + show(a) + u" and "_s + show(b));
        }
        break;
    }
    }
    return 0;
}
