// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace runai::sandbox {

// One HTTP/1.x request as it came off the wire, before routing.
struct ParsedHttpRequest
{
    QByteArray method;
    QByteArray target; // origin-form "/path?query" (or "*"), as sent
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent, values without surrounding OWS
    QByteArray body; // de-chunked
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only if asked for
};

// Turns the bytes of one connection into requests, one at a time, and enforces the size limits
// while the bytes arrive: the headers may not outgrow maxHeaderBytes (431), and a body longer
// than maxBodyBytes is refused (413) as soon as its Content-Length (or the chunk sizes seen so
// far) say so, so its bytes are never buffered. Bodies come with Content-Length or chunked
// Transfer-Encoding. Pure: no sockets, no timers, so it can be fuzzed on its own.
class HttpRequestParser
{
public:
    enum class Step { NeedMore, Request, Error };
    // Where the request being read stands: Idle = not one byte of it yet.
    enum class Phase { Idle, Headers, Body };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Appends bytes read from the connection. Append what one read gave, then call next() until
    // it answers NeedMore or Error: the buffer then holds at most one read beyond the limits.
    void append(QByteArrayView bytes);
    // Parses as far as the buffer allows. Request: takeRequest() has it, and the bytes after it
    // (a pipelined request) stay buffered. Error: errorStatus()/errorMessage() say why; the
    // connection cannot be trusted any further and every later call answers Error again.
    Step next();
    ParsedHttpRequest takeRequest();

    Phase phase() const;
    // The headers of the current request are in, its body is awaited, and the client asked to be
    // told to go on (Expect: 100-continue) -- i.e. the body is within limits.
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    enum class State { Start, Body, Done, Failed };
    enum class ChunkState { SizeLine, Data, DataEnd, Trailer };

    Step fail(int status, const QString &message);
    Step parseHead();
    Step readBody();
    Step readChunkedBody();
    // The length of the next line (without its LF; a CR before it is stripped by the caller), or
    // -1 if the buffer has no LF yet.
    qsizetype lineLength() const;

    HttpLimits m_limits;
    QByteArray m_buffer;
    State m_state = State::Start;
    ParsedHttpRequest m_request;
    bool m_chunked = false;
    bool m_expectContinue = false;
    qint64 m_remaining = 0; // Content-Length body or the current chunk's data still to come
    ChunkState m_chunkState = ChunkState::SizeLine;
    qsizetype m_trailerBytes = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace runai::sandbox
