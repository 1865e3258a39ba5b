// SPDX-License-Identifier: MIT
#include "sandbox/HttpRequestParser.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

// RFC 9110 tchar: what a method or a header name may be made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII only: no spaces, controls or raw 8-bit bytes in a request target.
bool isTargetText(QByteArrayView text)
{
    for (char c : text) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return false;
    }
    return true;
}

// A field value may hold tabs, visible ASCII and obs-text, never other controls (NUL, a stray CR).
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (trimmedOws(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Digits only (no sign, no spaces inside); anything above `cap` comes back as cap + 1 so that a
// twenty-digit length is "too large", not an overflow.
std::optional<qint64> parseLength(QByteArrayView text, qint64 cap)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (value <= cap)
            value = value * 10 + (c - '0');
    }
    return value > cap ? cap + 1 : value;
}

std::optional<qint64> parseChunkSize(QByteArrayView text, qint64 cap)
{
    // chunk-ext (";name=value") carries nothing the sandbox needs.
    const qsizetype semicolon = text.indexOf(';');
    if (semicolon >= 0)
        text = text.first(semicolon);
    text = trimmedOws(text);
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        if (value <= cap)
            value = value * 16 + digit;
    }
    return value > cap ? cap + 1 : value;
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{ }

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
}

HttpRequestParser::Phase HttpRequestParser::phase() const
{
    switch (m_state) {
    case State::Start:
        return m_buffer.isEmpty() ? Phase::Idle : Phase::Headers;
    case State::Body:
        return Phase::Body;
    case State::Done:
    case State::Failed:
        break;
    }
    return Phase::Idle;
}

HttpRequestParser::Step HttpRequestParser::next()
{
    if (m_state == State::Failed)
        return Step::Error;
    if (m_state == State::Done)
        return Step::Request;
    if (m_state == State::Start) {
        const Step step = parseHead();
        if (step != Step::Request)
            return step;
    }
    return m_chunked ? readChunkedBody() : readBody();
}

ParsedHttpRequest HttpRequestParser::takeRequest()
{
    ParsedHttpRequest request = std::move(m_request);
    m_request = {};
    if (m_state == State::Done)
        m_state = State::Start;
    return request;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_buffer.squeeze();
    m_request = {};
    return Step::Error;
}

qsizetype HttpRequestParser::lineLength() const
{
    return m_buffer.indexOf('\n');
}

HttpRequestParser::Step HttpRequestParser::parseHead()
{
    // RFC 9112 §2.2: empty lines before a request line are ignored (some clients send a CRLF
    // after a POST body).
    qsizetype skip = 0;
    while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
        ++skip;
    if (skip > 0)
        m_buffer.remove(0, skip);

    // The head ends at the first empty line ("\r\n\r\n", tolerating bare LFs).
    qsizetype end = -1;
    qsizetype from = 0;
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n', from);
        if (lf < 0)
            break;
        if (lf + 1 < m_buffer.size() && m_buffer[lf + 1] == '\n') {
            end = lf + 2;
            break;
        }
        if (lf + 2 < m_buffer.size() && m_buffer[lf + 1] == '\r' && m_buffer[lf + 2] == '\n') {
            end = lf + 3;
            break;
        }
        from = lf + 1;
    }
    const qsizetype headBytes = end < 0 ? m_buffer.size() : end;
    if (headBytes > m_limits.maxHeaderBytes) {
        return fail(431, u"The request line and headers are larger than the %1 bytes the sandbox "
                         "accepts"_s.arg(m_limits.maxHeaderBytes));
    }
    if (end < 0)
        return Step::NeedMore;

    const QByteArray head = m_buffer.first(end);
    m_buffer.remove(0, end);
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        const qsizetype lf = head.indexOf('\n', start);
        lines.append(withoutCr(QByteArrayView(head).sliced(start, lf - start)));
        start = lf + 1;
    }
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(400, u"Empty request"_s);

    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.front();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return fail(400, u"Malformed request line"_s);
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return fail(400, u"Malformed request method"_s);
    if (!isTargetText(target) || !(target.startsWith('/') || target == "*"))
        return fail(400, u"Malformed request target"_s);
    bool http10 = false;
    if (version == "HTTP/1.0")
        http10 = true;
    else if (version != "HTTP/1.1")
        return fail(version.startsWith("HTTP/") ? 505 : 400,
                    u"Only HTTP/1.0 and HTTP/1.1 are spoken here"_s);

    ParsedHttpRequest request;
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    std::optional<qint64> contentLength;
    QByteArray transferEncoding;
    QByteArray connection;
    QByteArray expect;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, u"Folded header lines are not accepted"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, u"Malformed header line"_s);
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, u"Malformed header value"_s);
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const auto length = parseLength(value, m_limits.maxBodyBytes);
            // Two different lengths are the classic request-smuggling trick.
            if (!length || (contentLength && *contentLength != *length))
                return fail(400, u"Malformed Content-Length"_s);
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (!transferEncoding.isEmpty())
                transferEncoding += ',';
            transferEncoding += value;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += ',' + value.toByteArray();
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expect = value.toByteArray();
        }
        request.headers.append(qMakePair(name.toByteArray(), value.toByteArray()));
    }

    request.keepAlive = http10 ? hasToken(connection, "keep-alive")
                               : !hasToken(connection, "close");
    m_chunked = false;
    m_remaining = 0;
    if (!transferEncoding.isEmpty()) {
        if (contentLength || http10)
            return fail(400, u"Transfer-Encoding with Content-Length or HTTP/1.0"_s);
        if (trimmedOws(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, u"Only the chunked transfer coding is supported"_s);
        m_chunked = true;
        m_chunkState = ChunkState::SizeLine;
        m_trailerBytes = 0;
    } else if (contentLength) {
        if (*contentLength > m_limits.maxBodyBytes) {
            return fail(413,
                        u"The request body is larger than the %1 bytes the sandbox accepts"_s.arg(
                                m_limits.maxBodyBytes));
        }
        m_remaining = *contentLength;
        request.body.reserve(m_remaining);
    }
    m_expectContinue = !http10 && expect.compare("100-continue", Qt::CaseInsensitive) == 0;
    m_request = std::move(request);
    m_state = State::Body;
    return Step::Request;
}

HttpRequestParser::Step HttpRequestParser::readBody()
{
    const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
    if (take > 0) {
        m_request.body.append(m_buffer.first(take));
        m_buffer.remove(0, take);
        m_remaining -= take;
    }
    if (m_remaining > 0)
        return Step::NeedMore;
    m_state = State::Done;
    return Step::Request;
}

HttpRequestParser::Step HttpRequestParser::readChunkedBody()
{
    // A size line is a few hex digits and perhaps an extension; more is not a size line.
    constexpr qsizetype maxSizeLine = 1024;
    while (true) {
        switch (m_chunkState) {
        case ChunkState::SizeLine: {
            const qsizetype lf = lineLength();
            if (lf < 0) {
                if (m_buffer.size() > maxSizeLine)
                    return fail(400, u"Malformed chunk size"_s);
                return Step::NeedMore;
            }
            if (lf > maxSizeLine)
                return fail(400, u"Malformed chunk size"_s);
            const qint64 room = m_limits.maxBodyBytes - m_request.body.size();
            const auto size = parseChunkSize(withoutCr(QByteArrayView(m_buffer).first(lf)), room);
            if (!size)
                return fail(400, u"Malformed chunk size"_s);
            if (*size > room) {
                return fail(413, u"The request body is larger than the %1 bytes the sandbox "
                                 "accepts"_s.arg(m_limits.maxBodyBytes));
            }
            m_buffer.remove(0, lf + 1);
            m_remaining = *size;
            m_chunkState = *size == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_request.body.append(m_buffer.first(take));
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Step::NeedMore;
            m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd: {
            if (m_buffer.isEmpty() || (m_buffer.size() == 1 && m_buffer[0] == '\r'))
                return Step::NeedMore;
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else
                return fail(400, u"Chunk data longer than its size"_s);
            m_chunkState = ChunkState::SizeLine;
            break;
        }
        case ChunkState::Trailer: {
            const qsizetype lf = lineLength();
            const qsizetype pending = lf < 0 ? m_buffer.size() : lf + 1;
            if (m_trailerBytes + pending > m_limits.maxHeaderBytes) {
                return fail(431, u"The request line and headers are larger than the %1 bytes the "
                                 "sandbox accepts"_s.arg(m_limits.maxHeaderBytes));
            }
            if (lf < 0)
                return Step::NeedMore;
            const bool last = withoutCr(QByteArrayView(m_buffer).first(lf)).isEmpty();
            m_buffer.remove(0, lf + 1);
            m_trailerBytes += lf + 1;
            if (last) {
                m_state = State::Done;
                return Step::Request;
            }
            break;
        }
        }
    }
}

} // namespace runai::sandbox
