// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace runai {

class Session;

// One Run:ai call (which may take several HTTP exchanges: retries, a 401 renewal and replay,
// a version fallback). Shaped like QtKeychain's Job and libQuotient's BaseJob:
// - Jobs are created by RunaiClient (or Session), not started. Connect to finished(), then call
//   start(); the first request goes out on the next event-loop turn, so finished() can never fire
//   before you connected.
// - finished(job) is emitted exactly once per started job: on success, on error, and on
//   abandon() (with kind Cancelled). Then succeeded()/error() tell what happened, and typed
//   subclasses (ApiResultJob<T>) hold the result.
// - autoDelete (default true) deletes the job with deleteLater() after finished(); keep it in a
//   QPointer if you hold on to it. Deleting a running job is safe: it aborts silently.
// - A GET is retried on 502/503/504/429 and replayed once after a 401 renewal; a POST/PATCH/
//   DELETE is never repeated (a 401 on one renews the token for the next attempt).
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    void start();
    // Cancels: aborts the request in flight, then emits finished() synchronously with kind
    // Cancelled (unless it already finished). A POST may still have reached the server.
    void abandon();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && !m_error.isError(); }
    ApiError error() const { return m_error; }
    QString operation() const { return m_operation; }
    // How many HTTP requests this job sent (retries and replays included); for tests and logs.
    int requestCount() const { return m_requestCount; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // The running jobs, of every session, that sent a change (every verb but GET; token grants
    // excluded) and have not had their answer yet, in the order they were sent. The window asks
    // through ChangesInFlight before signing out under them. GUI thread only.
    static QList<ApiJob *> changesInFlight();

Q_SIGNALS:
    void finished(runai::ApiJob *job);

public:
    // ---- Below: used by the call builders inside app/api (RunaiClient, Session). ----
    struct Request
    {
        QByteArray verb = "GET";
        QString path; // appended to the console's base URL path, e.g. "/api/v1/apps"
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType = "application/json";
        bool authenticated = true; // adds the session's bearer token
        bool tokenRequest = false; // the token endpoint: 400/401 mean refused credentials
    };
    struct Response
    {
        int httpStatus = 0;
        QByteArray body;
        QByteArray contentType;
        ApiError error; // isError() when the exchange failed (after retries / replay)
    };
    using Runner = std::function<void(ApiJob *)>;
    using ResponseHandler = std::function<void(const Response &)>;

    ApiJob(Session *session, const QString &operation, Runner runner);
    Session *session() const { return m_session; }
    // Sends one logical request and calls `then` once with the final outcome.
    void send(const Request &request, ResponseHandler then);
    void succeed();
    void fail(ApiError error);

private:
    enum class State { Created, Queued, Running, Finished };
    void run();
    void dispatch();
    void onReplyFinished();
    void finish();
    void abortReply();
    // Records the exchange that just ended in the installed NetworkLog, if any.
    void logExchange(const QUrl &url, int httpStatus, const ApiError &error,
                     const QByteArray &requestId);
    void timerEvent(QTimerEvent *event) override; // the retry delay ended

    QPointer<Session> m_session;
    QString m_operation;
    Runner m_runner;
    State m_state = State::Created;
    ApiError m_error;
    bool m_autoDelete = true;
    int m_requestCount = 0;

    // The exchange in flight.
    Request m_request;
    ResponseHandler m_then;
    QPointer<QNetworkReply> m_reply;
    // A bare timer id, not a QTimer: a job is made for every request and most never retry.
    QBasicTimer m_retryTimer;
    int m_attempt = 0;
    bool m_replayedAfter401 = false;
    bool m_tooLarge = false;
    int m_timesSent = 0;
    quint64 m_sentWithToken = 0; // Session::tokenSerial() when the request went out
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt; // for the network log
};

// A job with a typed result, valid when succeeded().
template<typename T>
class ApiResultJob : public ApiJob
{
public:
    using ApiJob::ApiJob;
    const T &result() const { return m_result; }
    void setResult(T value) { m_result = std::move(value); } // for the call builders

private:
    T m_result{};
};

} // namespace runai
