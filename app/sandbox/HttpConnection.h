// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/HttpRequestParser.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace runai::sandbox {

// One client connection: reads its bytes through an HttpRequestParser, hands each request to the
// server that accepted it (HttpFrontend, through Server below), writes the answers, and closes the
// connection when it breaks the limits: headers not complete headerTimeout after the request
// began (or after the connection opened), a body not complete bodyTimeout after its headers,
// nothing sent or read for idleTimeout between requests. A request over a size limit or malformed
// is answered (400, 408, 413, 431, 501, 505) and the connection closed. A client that sends
// requests without reading the answers is not read from until it does. Owned by its socket (a
// child), so it goes when the socket goes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // What a connection asks of the server behind it. HttpFrontend implements it, so a
    // connection knows nothing else of the server and the dependency points one way.
    class Server
    {
    public:
        // What to write for one request, and whether the connection ends after it.
        struct Answer
        {
            QByteArray bytes;
            bool close = false;
        };
        virtual Answer answer(const ParsedHttpRequest &request) = 0;
        // How long each answer is held back (the latency fault).
        virtual std::chrono::milliseconds latency() const = 0;
        // A complete answer (error body, Connection: close) for a request the connection refuses.
        virtual QByteArray refusal(int status, const QString &message) const = 0;

    protected:
        ~Server() = default;
    };

    HttpConnection(QTcpSocket *socket, Server &server, const HttpLimits &limits);

private:
    // Which clock the timer runs: None while an answer is being prepared (latency fault).
    enum class Deadline { None, Headers, Body, Idle, Linger, Abort };

    void readIncoming();
    void process();
    void send(QByteArray bytes, bool close);
    // Answers with an error and closes, after a short while in which the client's remaining
    // bytes are read and dropped, so the client sees the answer rather than a reset.
    void refuse(int status, const QString &message);
    void updateDeadline();
    void setDeadline(Deadline deadline);
    void deadlineReached();
    void onBytesWritten();

    QTcpSocket *m_socket;
    Server &m_server;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Deadline m_deadline = Deadline::None;
    int m_answersPending = 0; // delayed by the latency fault
    int m_requestsSeen = 0;
    bool m_continueSent = false;
    bool m_closing = false; // an answer that ends the connection was sent or is on its way
};

} // namespace runai::sandbox
