// SPDX-License-Identifier: MIT
#include "api/ApiJob.h"

#include "api/ApiErrorMapper.h"
#include "api/AuthNetworkAccessManager.h"
#include "api/NetworkLog.h"
#include "api/Session.h"
#include "core/LogCategories.h"
#include "core/Redactor.h"

#include <QIODevice>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimerEvent>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

// The running jobs that sent a change, oldest first (see ApiJob::changesInFlight()). A job adds
// itself when it sends one and leaves when it finishes or goes. GUI thread only.
QList<QPointer<ApiJob>> &changesSent()
{
    static QList<QPointer<ApiJob>> list;
    return list;
}

void forgetChange(ApiJob *job)
{
    changesSent().removeIf([job](const QPointer<ApiJob> &j) { return j.isNull() || j == job; });
}

// The body of a POST/PATCH/DELETE, readable exactly once. Qt 6.4's HTTP/1 layer silently sends a
// request again when its connection closes before any answer byte, POSTs included (measured: a
// create whose answer was lost arrived twice and the second got 409; later Qt resends idempotent
// methods only). Qt rewinds the upload device before such a resend; this one refuses to rewind,
// so Qt reports ContentReSendError instead of repeating a create. DoNotBufferUploadDataAttribute
// stops QNAM from first copying it into a rewindable buffer.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// "VERB /path?name=…": the query's names say what was asked; its values (a search text, an
// e-mail, whatever a future parameter carries) stay out of the log, except short numbers (paging).
QString describe(const ApiJob::Request &r)
{
    QString s = QString::fromLatin1(r.verb) + u' ' + r.path;
    if (!r.query.isEmpty()) {
        QStringList items;
        for (const auto &[name, value] : r.query.queryItems(QUrl::FullyDecoded)) {
            bool number = false;
            value.toUInt(&number);
            items << name + u'=' + (number && value.size() <= 9 ? value : u"…"_s);
        }
        s += u'?' + items.join(u'&');
    }
    return Redactor::redact(s);
}

} // namespace

ApiJob::ApiJob(Session *session, const QString &operation, Runner runner)
    : QObject(nullptr)
    , m_session(session)
    , m_operation(operation)
    , m_runner(std::move(runner))
{ }

ApiJob::~ApiJob()
{
    forgetChange(this);
    abortReply();
}

QList<ApiJob *> ApiJob::changesInFlight()
{
    QList<ApiJob *> result;
    for (const QPointer<ApiJob> &job : std::as_const(changesSent())) {
        if (job && job->isRunning())
            result.append(job);
    }
    return result;
}

void ApiJob::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Queued;
    // Queued like QtKeychain's Job::start(): the caller's connect() after start() still works.
    QMetaObject::invokeMethod(this, &ApiJob::run, Qt::QueuedConnection);
}

void ApiJob::run()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    if (!m_session) {
        fail(ApiError(ApiError::Kind::Cancelled, u"the session was closed"_s));
        return;
    }
    qCDebug(lcApi) << "job started:" << m_operation;
    m_runner(this);
}

void ApiJob::abandon()
{
    if (m_state == State::Finished)
        return;
    if (m_reply && m_session)
        logExchange(m_session->baseUrl(), 0, ApiError(ApiError::Kind::Cancelled), {});
    abortReply();
    m_retryTimer.stop();
    qCDebug(lcApi) << "job abandoned:" << m_operation;
    ApiError e(ApiError::Kind::Cancelled);
    e.setOperation(m_operation);
    m_error = e;
    m_then = nullptr;
    finish();
}

void ApiJob::abortReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::send(const Request &request, ResponseHandler then)
{
    Q_ASSERT(m_state == State::Running);
    m_request = request;
    m_then = std::move(then);
    if (request.verb != "GET" && !request.tokenRequest && !changesSent().contains(this))
        changesSent().append(this); // the window asks before signing out under it
    m_attempt = 0;
    m_replayedAfter401 = false;
    dispatch();
}

void ApiJob::dispatch()
{
    if (m_state != State::Running)
        return;
    if (!m_session) {
        fail(ApiError(ApiError::Kind::Cancelled, u"the session was closed"_s));
        return;
    }
    const ConnectionSettings &settings = m_session->settings();
    if (settings.baseUrl.scheme() == "https"_L1 && !m_session->isTrustStoreReady()) {
        connect(m_session, &Session::trustStoreReady, this, &ApiJob::dispatch,
                Qt::SingleShotConnection);
        return;
    }
    QUrl url = settings.baseUrl;
    url.setPath(url.path() + m_request.path);
    if (!m_request.query.isEmpty()) {
        // Encode every reserved character ourselves: QUrlQuery keeps '+' (a space to most servers)
        // and '=' / '@' as they are, which filterBy values and e-mail searches contain.
        QByteArray query;
        for (const auto &[key, value] : m_request.query.queryItems(QUrl::FullyDecoded)) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }

    QNetworkRequest req(url);
    req.setTransferTimeout(int(settings.transferTimeout.count()));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // A redirect to another origin must not carry a bearer token or a credential body along.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray("runai-access-console/" RUNAI_VERSION_STRING));
    if (!m_request.body.isEmpty() || m_request.verb != "GET")
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    req.setAttribute(AuthNetworkAccessManager::AuthAttribute, m_request.authenticated);

    m_tooLarge = false;
    m_sentWithToken = m_session->tokenSerial();
    m_sslErrors.clear();
    m_peerChain.clear();
    ++m_requestCount;
    m_elapsed.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcApiHttp).noquote() << "->" << describe(m_request) << "attempt" << m_attempt + 1;

    QNetworkAccessManager *nam = m_session->networkAccessManagerForRequest();
    QNetworkReply *reply = nullptr;
    if (m_request.verb == "GET") {
        reply = nam->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        reply = nam->sendCustomRequest(req, m_request.verb, body);
        body->setParent(reply);
    }
    m_reply = reply;
    m_timesSent = 0;
    // Belt and braces: should the network layer still send a request twice, requestSent() fires
    // once per send and the outcome is reported as uncertain.
    connect(reply, &QNetworkReply::requestSent, this, [this] { ++m_timesSent; });

    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the report; never ignored, so the handshake fails.
        m_sslErrors = errors;
        if (m_reply)
            m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
        for (const auto &e : errors)
            qCWarning(lcApiTls).noquote() << "certificate problem:" << e.errorString();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        const auto length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > ApiErrorMapper::MaxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (m_reply && received > ApiErrorMapper::MaxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ApiErrorMapper::Outcome o;
    o.networkError = reply->error();
    o.networkErrorString = reply->errorString();
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    o.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    o.retryAfter = reply->rawHeader("Retry-After");
    if (m_session)
        m_session->clockSkew().observe(m_startedAt, QDateTime::currentDateTimeUtc(),
                                       reply->rawHeader("Date"));
    o.tokenRequest = m_request.tokenRequest;
    o.tooLarge = m_tooLarge;
    if (!m_tooLarge && reply->isOpen())
        o.body = reply->readAll();
    if (!m_sslErrors.isEmpty()) {
        if (m_peerChain.isEmpty())
            m_peerChain = reply->sslConfiguration().peerCertificateChain();
        o.tls = ApiErrorMapper::tlsFailure(reply->url().host(), m_sslErrors, m_peerChain);
    }

    ApiError error = ApiErrorMapper::map(o);
    if (m_timesSent > 1 && m_request.verb != "GET") {
        qCWarning(lcApiHttp).noquote() << describe(m_request) << "was sent" << m_timesSent
                                       << "times by the network layer after a lost connection";
        // The first attempt may have done the work; a 409 or 404 now is its echo, not the truth.
        if (error.kind() == ApiError::Kind::Conflict || error.kind() == ApiError::Kind::NotFound) {
            ApiError lost(ApiError::Kind::Network,
                          u"the connection closed before the answer and the network layer sent "
                          "the request again, which was refused (HTTP %1)"_s.arg(o.httpStatus));
            error = lost;
        }
        if (error.isError())
            error.setRequestMayHaveBeenProcessed(true);
    }
    qCDebug(lcApiHttp).noquote() << "<-" << describe(m_request) << "status" << o.httpStatus
                                 << ApiError::kindName(error.kind()) << m_elapsed.elapsed() << "ms"
                                 << o.body.size() << "bytes";
    logExchange(reply->url(), o.httpStatus, error, reply->rawHeader("X-Request-Id"));

    if (error.isError() && m_request.verb == "GET" && isRetryableStatus(o.httpStatus)
        && m_attempt < m_session->settings().maxGetRetries) {
        const auto &s = m_session->settings();
        qint64 delayMs = s.retryBaseDelay.count() << std::min(m_attempt, 10);
        bool retry = true;
        if (error.retryAfterSeconds()) {
            if (*error.retryAfterSeconds() > s.maxRetryAfter.count())
                retry = false; // longer than we are willing to wait: report it instead
            else
                delayMs = std::max<qint64>(delayMs, qint64(*error.retryAfterSeconds()) * 1000);
        }
        if (retry) {
            ++m_attempt;
            qCInfo(lcApiHttp).noquote() << "retrying" << describe(m_request) << "in" << delayMs
                                        << "ms after HTTP" << o.httpStatus;
            m_retryTimer.start(int(delayMs), Qt::CoarseTimer, this);
            return;
        }
    }

    if (error.kind() == ApiError::Kind::Unauthorized && m_request.authenticated
        && m_request.verb == "GET" && !m_replayedAfter401 && m_session->isSignedIn()) {
        m_replayedAfter401 = true;
        qCInfo(lcSession) << "401 on" << m_operation << "- renewing the token, then replaying once";
        QPointer<ApiJob> self(this);
        m_session->renewForRetry(m_sentWithToken, [self](const ApiError &renewError) {
            if (!self || self->m_state != State::Running)
                return;
            if (renewError.isError()) {
                ApiError e(ApiError::Kind::Unauthorized, renewError.logString());
                e.setHttpStatus(401);
                Response r;
                r.httpStatus = 401;
                r.error = e;
                self->m_then(r);
                return;
            }
            self->dispatch();
        });
        return;
    }

    if (error.kind() == ApiError::Kind::Unauthorized && m_request.authenticated
        && m_request.verb != "GET" && m_session->isSignedIn()) {
        // The console refused the token of a change: it ran out before the renewal timer fired
        // (a suspended laptop stops the monotonic clock that timer runs on). The change is never
        // repeated, but the token is renewed now, so that trying again works, and a renewal that
        // fails asks for the password over the page (renewalFailed). Without this every later
        // change was refused ("sign in again", with no way out but signing out) until some GET
        // happened to renew. Seen by tst_generations' expired-session step.
        qCInfo(lcSession) << "401 on" << m_operation << "- renewing the token, not repeating it";
        m_session->renewRefusedToken(m_sentWithToken);
    }

    if (error.isError() && m_request.verb != "GET" && error.httpStatus() == 0) {
        // Only failures before a connection existed prove the server never saw the request.
        switch (o.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            break;
        default:
            error.setRequestMayHaveBeenProcessed(true);
        }
    }
    if (error.isError() && m_request.verb != "GET" && error.kind() == ApiError::Kind::BadResponse)
        error.setRequestMayHaveBeenProcessed(true);
    if (error.isError()) {
        error.setOperation(m_operation);
        error.setRequest(m_request.verb, m_request.path);
        if (m_session)
            error.setIdentity(m_session->identity());
    }
    Response r;
    r.httpStatus = o.httpStatus;
    r.body = o.body;
    r.contentType = o.contentType;
    r.error = error;
    auto then = m_then;
    then(r);
}

void ApiJob::logExchange(const QUrl &url, int httpStatus, const ApiError &error,
                         const QByteArray &requestId)
{
    if (!NetworkLog::installed())
        return;
    // What Tools → Network log shows: no body, no header, redacted texts.
    NetworkLogEntry e;
    e.started = m_startedAt;
    e.method = m_request.verb;
    e.host = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    e.path = NetworkLogEntry::loggedTarget(m_request.path, m_request.query);
    e.httpStatus = httpStatus;
    e.outcome = ApiError::kindName(error.kind());
    e.durationMs = m_elapsed.elapsed();
    e.operation = m_operation;
    e.attempt = m_attempt + 1;
    e.replay = m_replayedAfter401;
    e.tokenRequest = m_request.tokenRequest;
    // The server's own words first (or OAuth2's error code), else what the transport said.
    QString message = error.serverMessage();
    if (message.isEmpty())
        message = error.serverCode();
    if (message.isEmpty() && error.isError())
        message = error.technicalDetail();
    e.message = NetworkLogEntry::loggedMessage(message);
    e.requestId = NetworkLogEntry::loggedMessage(QString::fromLatin1(requestId.left(128)));
    NetworkLog::recordInstalled(std::move(e));
}

void ApiJob::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_retryTimer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_retryTimer.stop(); // single shot
    dispatch();
}

void ApiJob::succeed()
{
    if (m_state == State::Finished)
        return;
    m_error = {};
    qCDebug(lcApi) << "job succeeded:" << m_operation;
    finish();
}

void ApiJob::fail(ApiError error)
{
    if (m_state == State::Finished)
        return;
    if (error.operation().isEmpty())
        error.setOperation(m_operation);
    if (error.requestPath().isEmpty())
        error.setRequest(m_request.verb, m_request.path);
    if (error.identity().isEmpty() && m_session)
        error.setIdentity(m_session->identity());
    m_error = error;
    qCWarning(lcApi).noquote() << "job failed:" << m_operation << "-" << error.logString();
    finish();
}

void ApiJob::finish()
{
    m_state = State::Finished;
    forgetChange(this);
    m_retryTimer.stop();
    abortReply();
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace runai
