// SPDX-License-Identifier: MIT
// Fuzzes HttpRequestParser, the sandbox's HTTP/1.1 request reader (request line, headers,
// Content-Length and chunked bodies, the size limits), and the step from a parsed request to
// what the handlers see (HttpFrontend::toApiRequest). The first bytes pick small limits; the rest
// is the connection's byte stream, fed once all at once and once in pieces of fuzzed sizes.
// Invariants: both feedings give the same requests and the same end (bytes arriving in other
// pieces never change the meaning); nothing buffered beyond the limits; every request has a
// token method, a target starting with '/' (or "*"), header values free of CR/LF/NUL and a body
// within maxBodyBytes; an error has a 4xx/5xx status and a reason and stays an error.
#include "FuzzSupport.h"
#include "sandbox/HttpFrontend.h"
#include "sandbox/HttpRequestParser.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::sandbox::HttpFrontend;
using runai::sandbox::HttpLimits;
using runai::sandbox::HttpRequestParser;
using runai::sandbox::ParsedHttpRequest;

namespace {

struct Outcome
{
    QList<ParsedHttpRequest> requests;
    int errorStatus = 0; // 0 = no error (the stream ended mid-request or between requests)
};

bool sameRequest(const ParsedHttpRequest &a, const ParsedHttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.headers == b.headers
           && a.body == b.body && a.keepAlive == b.keepAlive;
}

void checkRequest(const ParsedHttpRequest &request, const HttpLimits &limits, const QString &detail)
{
    FUZZ_CHECK(!request.method.isEmpty() && !request.method.contains(' '), detail);
    FUZZ_CHECK(request.target.startsWith('/') || request.target == "*", detail);
    FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes, detail);
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(!name.isEmpty() && !name.contains(':'), detail);
        FUZZ_CHECK(!value.contains('\r') && !value.contains('\n') && !value.contains('\0'), detail);
    }
    const auto api = HttpFrontend::toApiRequest(request);
    FUZZ_CHECK(api.method == request.method && api.body == request.body, detail);
    FUZZ_CHECK(api.path.startsWith(u'/') || request.target == "*", detail);
}

// Feeds `pieces` in order; checks the buffer limits after every step.
Outcome run(const QList<QByteArray> &pieces, const HttpLimits &limits, const QString &detail)
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    for (const QByteArray &piece : pieces) {
        parser.append(piece);
        while (true) {
            const auto step = parser.next();
            if (step == HttpRequestParser::Step::Request) {
                outcome.requests.append(parser.takeRequest());
                checkRequest(outcome.requests.back(), limits, detail);
                continue;
            }
            if (step == HttpRequestParser::Step::Error) {
                outcome.errorStatus = parser.errorStatus();
                FUZZ_CHECK(outcome.errorStatus >= 400 && outcome.errorStatus <= 599, detail);
                FUZZ_CHECK(!parser.errorMessage().isEmpty(), detail);
                FUZZ_CHECK(parser.bufferedBytes() == 0, detail);
                FUZZ_CHECK(parser.next() == HttpRequestParser::Step::Error, detail);
                return outcome;
            }
            // NeedMore: an unfinished head never holds more than the header limit.
            if (parser.phase() == HttpRequestParser::Phase::Headers)
                FUZZ_CHECK(parser.bufferedBytes() <= limits.maxHeaderBytes, detail);
            break;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    HttpLimits limits;
    limits.maxHeaderBytes = input.ConsumeIntegralInRange<qsizetype>(16, 4096);
    limits.maxBodyBytes = input.ConsumeIntegralInRange<qsizetype>(0, 4096);
    const auto seed = input.ConsumeIntegral<uint32_t>();
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray stream = QByteArray::fromStdString(rest);
    const QString detail = QString::fromLatin1(stream.left(300).toPercentEncoding("/ :?=&"));

    const Outcome whole = run({stream}, limits, detail);

    // The same bytes in pieces of 1..64 bytes, the sizes drawn from the seed.
    QList<QByteArray> pieces;
    uint32_t state = seed | 1;
    for (qsizetype at = 0; at < stream.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype length = qMin<qsizetype>(1 + state % 64, stream.size() - at);
        pieces.append(stream.sliced(at, length));
        at += length;
    }
    const Outcome split = run(pieces, limits, detail);

    FUZZ_CHECK(whole.errorStatus == split.errorStatus,
               detail + u" whole %1 split %2"_s.arg(whole.errorStatus).arg(split.errorStatus));
    FUZZ_CHECK(whole.requests.size() == split.requests.size(), detail);
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests.at(i), split.requests.at(i)), detail);
    return 0;
}
