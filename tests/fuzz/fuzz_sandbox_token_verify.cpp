// SPDX-License-Identifier: MIT
// Fuzzes TokenIssuer::verify, which every authenticated sandbox request goes through:
// - raw input as a bearer token must never verify (the key is fresh for each process, so no
//   input can carry a valid signature);
// - a token issued here with fuzzed claims verifies and gives those claims back, and the same
//   token with any one byte changed (header, payload or signature) does not verify.
#include "FuzzSupport.h"
#include "sandbox/TokenIssuer.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::sandbox::TokenIssuer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh issuer for every input: its cache of verified tokens must not carry over (and a
    // cache that grows from input to input makes libFuzzer run a leak check after each one).
    TokenIssuer issuer(3600);
    issuer.setIssuer(u"http://127.0.0.1:1"_s);
    FuzzedDataProvider input(data, size);
    if (input.ConsumeBool()) {
        const std::string raw = input.ConsumeRemainingBytesAsString();
        const QByteArray token = QByteArray::fromStdString(raw);
        FUZZ_CHECK(!issuer.verify(token), QString::fromLatin1(token.toPercentEncoding()));
        return 0;
    }

    TokenIssuer::Claims claims;
    claims.use = static_cast<TokenIssuer::Use>(input.ConsumeIntegralInRange(0, 2));
    claims.subject = input.ConsumeBool() ? TokenIssuer::Subject::User : TokenIssuer::Subject::App;
    claims.sub = QString::fromStdString(input.ConsumeRandomLengthString(64));
    claims.email = QString::fromStdString(input.ConsumeRandomLengthString(64));
    claims.clientId = QString::fromStdString(input.ConsumeRandomLengthString(64));
    claims.generation = input.ConsumeIntegral<quint32>();
    if (claims.subject == TokenIssuer::Subject::User && input.ConsumeBool()) {
        claims.accessKeyId = QString::fromStdString(input.ConsumeRandomLengthString(32));
        claims.accessKeyGeneration = input.ConsumeIntegral<quint32>();
    }
    const QByteArray token = issuer.issue(claims);
    const auto back = issuer.verify(token);
    const QString detail = QString::fromLatin1(token);
    FUZZ_CHECK(back.has_value(), detail);
    FUZZ_CHECK(back->use == claims.use && back->subject == claims.subject, detail);
    FUZZ_CHECK(back->sub == claims.sub && back->generation == claims.generation, detail);
    if (claims.subject == TokenIssuer::Subject::User) {
        FUZZ_CHECK(back->email == claims.email, detail);
        FUZZ_CHECK(back->accessKeyId == claims.accessKeyId, detail);
        if (!claims.accessKeyId.isEmpty())
            FUZZ_CHECK(back->accessKeyGeneration == claims.accessKeyGeneration, detail);
    } else {
        FUZZ_CHECK(back->clientId == claims.clientId, detail);
    }

    QByteArray changed = token;
    const auto at = input.ConsumeIntegralInRange<qsizetype>(0, changed.size() - 1);
    const char replacement = input.ConsumeIntegral<char>();
    if (replacement == changed[at])
        return 0;
    changed[at] = replacement;
    FUZZ_CHECK(!issuer.verify(changed), detail + u" changed at %1"_s.arg(at));
    return 0;
}
