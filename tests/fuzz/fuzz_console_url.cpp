// SPDX-License-Identifier: MIT
// Fuzzes InputValidation::consoleUrl, which turns whatever is typed or pasted (or given on the
// command line) into the base URL every request is built on. Invariants: a result is http(s) with
// a lower-case host, no user info, query or fragment, no trailing slash, and normalising its own
// text again gives the same URL (so a saved console address means the same thing when reloaded).
#include "FuzzSupport.h"
#include "core/InputValidation.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::InputValidation;
using runai::fuzz::checkParseResult;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = InputValidation::consoleUrl(input);
    checkParseResult(r, "consoleUrl");
    if (!r.ok())
        return 0;
    const QUrl &url = r.value();
    const QString shown = url.toString();
    FUZZ_CHECK(url.isValid(), input);
    FUZZ_CHECK(url.scheme() == "https"_L1 || url.scheme() == "http"_L1, input + u" -> "_s + shown);
    FUZZ_CHECK(!url.host().isEmpty(), input + u" -> "_s + shown);
    FUZZ_CHECK(url.host() == url.host().toLower(), input + u" -> "_s + shown);
    FUZZ_CHECK(url.userInfo().isEmpty(), input + u" -> "_s + shown);
    FUZZ_CHECK(!url.hasQuery() && !url.hasFragment(), input + u" -> "_s + shown);
    FUZZ_CHECK(!url.path().endsWith(u'/'), input + u" -> "_s + shown);

    // Idempotent: both the display form and the encoded form come back unchanged.
    for (const QString &again : {shown, QString::fromUtf8(url.toEncoded())}) {
        const auto r2 = InputValidation::consoleUrl(again);
        FUZZ_CHECK(r2.ok(), input + u" -> "_s + again + u" -> "_s + r2.error());
        FUZZ_CHECK(r2.value() == url,
                   input + u" -> "_s + again + u" -> "_s + r2.value().toString());
    }
    // What the client does with it: append an API path.
    QUrl api = url;
    api.setPath(url.path() + u"/api/v1/token"_s);
    FUZZ_CHECK(api.isValid() && api.host() == url.host(), input + u" -> "_s + api.toString());
    return 0;
}
