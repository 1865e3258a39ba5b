// SPDX-License-Identifier: MIT
#include "sandbox/HttpConnection.h"

#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {
// How much is read from the socket at a time, and how much Qt buffers for it: the rest waits in
// the kernel, which slows a fast sender down (TCP flow control) instead of growing our memory.
constexpr qint64 readChunk = 64 * 1024;
// Answers not yet taken by a client that keeps sending requests: stop reading beyond this.
constexpr qint64 maxUnsentAnswers = 4 * 1024 * 1024;
// After a refusal: keep reading (and dropping) this long so the answer is not lost to a reset.
constexpr auto lingerTime = std::chrono::milliseconds(500);
// After asking for an orderly close: a client that does not take the last bytes is cut off.
constexpr auto abortTime = std::chrono::seconds(5);
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Server &server, const HttpLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_limits(limits)
    , m_parser(limits)
{
    m_socket->setReadBufferSize(readChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::deadlineReached);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    updateDeadline();
    // Bytes may have come with the connection already.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readIncoming, Qt::QueuedConnection);
}

void HttpConnection::readIncoming()
{
    if (m_closing) {
        // Refused or closing: what the client still sends is dropped, never buffered.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    while (m_socket->bytesAvailable() > 0 && !m_closing
           && m_socket->bytesToWrite() <= maxUnsentAnswers) {
        m_parser.append(m_socket->read(readChunk));
        process();
    }
    updateDeadline();
}

void HttpConnection::process()
{
    while (!m_closing) {
        switch (m_parser.next()) {
        case HttpRequestParser::Step::NeedMore:
            if (m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        case HttpRequestParser::Step::Error:
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::Step::Request: {
            ++m_requestsSeen;
            m_continueSent = false;
            Server::Answer answer = m_server.answer(m_parser.takeRequest());
            send(std::move(answer.bytes), answer.close);
            break;
        }
        }
    }
}

void HttpConnection::send(QByteArray bytes, bool close)
{
    if (close)
        m_closing = true;
    const auto deliver = [this, close](const QByteArray &data) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (!data.isEmpty())
            m_socket->write(data);
        if (close) {
            m_socket->disconnectFromHost();
            setDeadline(Deadline::Abort);
        }
    };
    const auto delay = m_server.latency();
    if (delay.count() <= 0) {
        deliver(bytes);
        return;
    }
    // PreciseTimer: a coarse timer may fire up to 5% early, and tests check that the answer took
    // at least the latency. The timer goes with this object if the client hangs up meanwhile.
    ++m_answersPending;
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, deliver, data = std::move(bytes)] {
        --m_answersPending;
        deliver(data);
        updateDeadline();
    });
}

void HttpConnection::refuse(int status, const QString &message)
{
    m_closing = true;
    m_socket->write(m_server.refusal(status, message));
    setDeadline(Deadline::Linger);
}

void HttpConnection::updateDeadline()
{
    if (m_closing)
        return;
    switch (m_parser.phase()) {
    case HttpRequestParser::Phase::Idle:
        if (m_answersPending > 0)
            setDeadline(Deadline::None);
        else
            // A new connection must start its first request as promptly as its headers.
            setDeadline(m_requestsSeen == 0 ? Deadline::Headers : Deadline::Idle);
        break;
    case HttpRequestParser::Phase::Headers:
        setDeadline(Deadline::Headers);
        break;
    case HttpRequestParser::Phase::Body:
        setDeadline(Deadline::Body);
        break;
    }
}

// The clock starts when the deadline changes, not on every byte: a client that trickles its
// headers one byte at a time still has to finish them within headerTimeout.
void HttpConnection::setDeadline(Deadline deadline)
{
    if (deadline == m_deadline)
        return;
    m_deadline = deadline;
    switch (deadline) {
    case Deadline::None:
        m_timer.stop();
        return;
    case Deadline::Headers:
        m_timer.start(m_limits.headerTimeout);
        return;
    case Deadline::Body:
        m_timer.start(m_limits.bodyTimeout);
        return;
    case Deadline::Idle:
        m_timer.start(m_limits.idleTimeout);
        return;
    case Deadline::Linger:
        m_timer.start(lingerTime);
        return;
    case Deadline::Abort:
        m_timer.start(abortTime);
        return;
    }
}

void HttpConnection::deadlineReached()
{
    switch (m_deadline) {
    case Deadline::None:
        return;
    case Deadline::Linger:
        m_socket->disconnectFromHost();
        m_deadline = Deadline::None;
        setDeadline(Deadline::Abort);
        return;
    case Deadline::Abort:
        m_socket->abort();
        return;
    case Deadline::Headers:
    case Deadline::Body:
    case Deadline::Idle:
        break;
    }
    // The timer and the bytes may have become due in the same event loop pass (a busy GUI thread
    // runs the in-process sandbox): take what arrived before judging the client slow.
    const Deadline before = m_deadline;
    const int requestsBefore = m_requestsSeen;
    readIncoming();
    if (m_closing || m_deadline != before)
        return; // it moved on to another phase, whose clock runs now
    if (m_requestsSeen != requestsBefore) {
        m_timer.start(); // a new request in the same phase: it gets a full period of its own
        return;
    }
    if (before == Deadline::Idle || m_parser.phase() == HttpRequestParser::Phase::Idle) {
        // Nothing of a request yet: close quietly, as servers do with idle keep-alive connections.
        m_closing = true;
        m_socket->disconnectFromHost();
        setDeadline(Deadline::Abort);
        return;
    }
    refuse(408, before == Deadline::Headers ? u"The request headers did not arrive in time"_s
                                            : u"The request body did not arrive in time"_s);
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0) {
        // The client is taking the answer: that is not idleness.
        if (m_deadline == Deadline::Idle)
            m_timer.start(m_limits.idleTimeout);
        return;
    }
    if (m_deadline == Deadline::Idle)
        m_timer.start(m_limits.idleTimeout);
    // Reading paused while answers piled up; they are gone now.
    if (!m_closing && m_socket->bytesAvailable() > 0)
        readIncoming();
}

} // namespace runai::sandbox
