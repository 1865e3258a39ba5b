// SPDX-License-Identifier: MIT
// Fuzzes what happens to an HTTP error answer: ApiErrorMapper::map (status, content type,
// Retry-After, body) which parses the body with ApiJson::errorBody, redacts the server's texts and
// builds the message the user sees. The first bytes choose the transport facts; the rest is the
// body, so plain JSON seeds still reach the body parser.
#include "FuzzSupport.h"
#include "api/ApiErrorMapper.h"
#include "core/ApiJson.h"
#include "core/JwtClaims.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::ApiError;
using runai::ApiErrorMapper;
using runai::ApiJson;
using runai::fuzz::checkParseResult;

namespace {

constexpr std::array kStatuses{0,   200, 201, 204, 400, 401, 403, 404, 409,
                               415, 422, 429, 500, 502, 503, 504, 418, 302};
constexpr std::array kContentTypes{"application/json",
                                   "application/json; charset=utf-8",
                                   "application/problem+json",
                                   "text/html",
                                   "text/html; charset=iso-8859-1",
                                   "text/plain",
                                   ""};
constexpr std::array kRetryAfter{
        "", "5", "  30 ", "-1", "Thu, 01 Jan 2026 12:00:30 GMT", "99999999999", "soon"};

// No JWT-shaped text survives into anything the user sees or the log gets.
void checkNoJwt(const QString &text, const char *where)
{
    static const QRegularExpression separators(u"[^A-Za-z0-9._-]+"_s);
    const auto words = text.split(separators, Qt::SkipEmptyParts);
    for (const auto &w : words) {
        FUZZ_CHECK(!runai::JwtClaims::looksLikeJwt(w) || !runai::JwtClaims::decode(w).ok(),
                   QString::fromLatin1(where) + u": "_s + text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The body parser alone, on the raw bytes (this is what a JSON seed exercises directly).
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                   qsizetype(size));
    const auto plain = ApiJson::errorBody(raw);
    checkParseResult(plain, "errorBody");

    // Four leading bytes choose the transport facts (read by hand, not with FuzzedDataProvider
    // which takes integers from the end, so that seed files read naturally: header, then body).
    uint8_t head[4] = {0, 0, 0, 0};
    const size_t headSize = size < 4 ? size : 4;
    for (size_t i = 0; i < headSize; ++i)
        head[i] = data[i];
    FuzzedDataProvider in(data + headSize, size - headSize);
    ApiErrorMapper::Outcome o;
    o.httpStatus = (head[0] & 0x80) ? 100 + (head[0] & 0x7f) * 4 + (head[1] >> 6)
                                    : kStatuses[(head[0] & 0x3f) % kStatuses.size()];
    o.tokenRequest = head[0] & 0x40;
    o.contentType = kContentTypes[(head[1] & 0x3f) % kContentTypes.size()];
    o.retryAfter = (head[2] & 0x80) ? QByteArray::fromStdString(in.ConsumeRandomLengthString(40))
                                    : QByteArray(kRetryAfter[head[2] % kRetryAfter.size()]);
    o.networkError = (head[3] & 0x80) ? QNetworkReply::NetworkError(head[3] & 0x7f)
                                      : QNetworkReply::NoError;
    o.networkErrorString = o.networkError == QNetworkReply::NoError ? QString()
                                                                    : u"Connection closed"_s;
    o.body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());

    const auto body = ApiJson::errorBody(o.body);
    checkParseResult(body, "errorBody");

    const auto now = QDateTime::fromSecsSinceEpoch(1'767'268'800, Qt::UTC); // 2026-01-01 12:00
    const ApiError e = ApiErrorMapper::map(o, now);
    auto expected = o.httpStatus == 0
                            ? e.kind()
                            : ApiErrorMapper::kindForHttpStatus(o.httpStatus, o.tokenRequest);
    // A token endpoint's OAuth2 error code (a machine code, never its text) names the kind.
    if (o.tokenRequest && expected != ApiError::Kind::None && body.ok())
        expected = ApiErrorMapper::oauth2Kind(body.value().code).value_or(expected);
    if (o.httpStatus != 0
        && !(expected == ApiError::Kind::None && o.networkError != QNetworkReply::NoError)) {
        FUZZ_CHECK(e.kind() == expected,
                   ApiError::kindName(e.kind()) + u" for HTTP "_s + QString::number(o.httpStatus));
    }
    if (o.httpStatus >= 300)
        FUZZ_CHECK(e.isError(), u"HTTP "_s + QString::number(o.httpStatus));
    if (e.retryAfterSeconds())
        FUZZ_CHECK(*e.retryAfterSeconds() >= 0, QString::number(*e.retryAfterSeconds()));

    const QString message = e.userMessage();
    const QString log = e.logString();
    FUZZ_CHECK(!e.isError() || !message.isEmpty(), ApiError::kindName(e.kind()));
    // A JSON body that parsed is what the user is told about, after redaction.
    if (e.isError() && o.httpStatus >= 300 && body.ok() && !body.value().message.isEmpty())
        FUZZ_CHECK(!e.serverMessage().isEmpty(), body.value().message);
    checkNoJwt(message, "userMessage");
    checkNoJwt(log, "logString");
    return 0;
}
