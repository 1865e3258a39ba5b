// SPDX-License-Identifier: MIT
// Fuzzes JwtClaims::decode (tokens come from the server and are decoded to show who is signed in
// and when to renew) and TokenSet::expiresAt, which falls back to the token's `exp`. Half of the
// inputs are used as the token text as is; the other half are split into header and payload JSON
// and base64url-encoded first, so the claim readers see arbitrary JSON rather than only the rare
// random string that happens to be three valid base64url parts.
#include "FuzzSupport.h"
#include "core/JwtClaims.h"
#include "core/TokenSet.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::JwtClaims;
using runai::fuzz::checkParseResult;

namespace {

bool allBase64Url(QStringView part)
{
    for (QChar c : part) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
              || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

void checkToken(const QString &token)
{
    const auto claims = JwtClaims::decode(token);
    checkParseResult(claims, "JwtClaims::decode");
    if (claims.ok()) {
        const auto parts = token.split(u'.');
        FUZZ_CHECK(parts.size() == 3, token);
        FUZZ_CHECK(allBase64Url(parts.at(0)) && allBase64Url(parts.at(1)), token);
        const auto &c = claims.value();
        FUZZ_CHECK(!c.expiresAt.isValid() || c.expiresAt.timeSpec() == Qt::UTC, token);
        FUZZ_CHECK(c.clientId.isEmpty() || c.payload.contains("client_id"_L1)
                           || c.payload.contains("clientId"_L1) || c.payload.contains("azp"_L1),
                   token);
        // The redactor's cheap test must recognise every decodable token it is likely to meet.
        if (token.startsWith("eyJ"_L1) && allBase64Url(parts.at(2)))
            FUZZ_CHECK(JwtClaims::looksLikeJwt(token), token);
    }
    runai::TokenSet t;
    t.accessToken = runai::SecretBytes::fromString(token);
    const auto at = t.expiresAt();
    if (claims.ok())
        FUZZ_CHECK(at == claims.value().expiresAt, token);
    else
        FUZZ_CHECK(!at.isValid(), token);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the mode (odd: the rest is the token text as is).
    FuzzedDataProvider in(data + 1, size - 1);
    if (data[0] & 1) {
        checkToken(
                QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRemainingBytesAsString())));
        return 0;
    }
    const auto header = QByteArray::fromStdString(in.ConsumeRandomLengthString(256));
    const auto payload = QByteArray::fromStdString(in.ConsumeRandomLengthString(4096));
    const auto signature = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QString token = QString::fromLatin1(header.toBase64(enc) + '.' + payload.toBase64(enc)
                                              + '.' + signature.toBase64(enc));
    checkToken(token);
    return 0;
}
