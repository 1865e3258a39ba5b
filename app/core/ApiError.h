// SPDX-License-Identifier: MIT
#pragma once

#include "core/TlsFailure.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace runai {

// One typed error value for every way a Run:ai call can fail. Built in exactly one place
// (runai::ApiErrorMapper in app/api); the GUI shows userMessage() and may branch on kind().
// It never contains a secret: server texts are redacted before they are stored here.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(runai::ApiError)
public:
    enum class Kind {
        None, // no error
        Network, // refused, unreachable, DNS, connection dropped
        Timeout, // the transfer timeout elapsed
        Tls, // certificate not trusted / hostname mismatch / expired: see tlsFailure()
        Unauthorized, // 401, or credentials refused by the token endpoint
        Forbidden, // 403: the identity lacks a role/scope
        NotFound, // 404
        Validation, // 400 / 422: the server rejected the input
        Conflict, // 409: e.g. the name is taken
        RateLimited, // 429 (after the retries allowed for GETs)
        Server, // 5xx, or an unexpected status
        BadResponse, // 2xx with a body we cannot use: not JSON, wrong shape, truncated, too large
        Cancelled, // abandon() or the session went away
    };

    ApiError() = default;
    ApiError(Kind kind, QString technicalDetail = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    static QString kindName(Kind kind); // stable English identifier for logs and tests

    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer was received
    void setHttpStatus(int status) { m_httpStatus = status; }

    // From the server's error body {code, message, details} or OAuth2 {error, error_description}.
    QString serverCode() const { return m_serverCode; }
    QString serverMessage() const { return m_serverMessage; }
    QString serverDetails() const { return m_serverDetails; }
    void setServerBody(const QString &code, const QString &message, const QString &details);

    // Seconds the server asked us to wait (Retry-After), if it said.
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(std::optional<int> s) { m_retryAfter = s; }

    // Who made the call (admin e-mail or application client id): a 403 names it.
    QString identity() const { return m_identity; }
    void setIdentity(const QString &identity) { m_identity = identity; }

    // The request that failed (verb and API path, no query): a 403 says which access rule would
    // grant it (AccessHint).
    QByteArray requestVerb() const { return m_requestVerb; }
    QString requestPath() const { return m_requestPath; }
    void setRequest(const QByteArray &verb, const QString &path)
    {
        m_requestVerb = verb;
        m_requestPath = path;
    }

    // What was attempted, in words ("list applications"); used in messages.
    QString operation() const { return m_operation; }
    void setOperation(const QString &operation) { m_operation = operation; }

    // Qt's / our own technical text (e.g. "Connection refused"), for the details pane and logs.
    QString technicalDetail() const { return m_technical; }
    void setTechnicalDetail(const QString &t) { m_technical = t; }
    // What logString() says instead of technicalDetail() when that text came from the peer or
    // the transport (Qt's error strings carry the URL with its query and the server's reason
    // phrase; a proxy page's excerpt is body text): our own words only, never server text.
    void setLogDetail(const QString &t) { m_logDetail = t; }
    // The transport's error as a stable name (e.g. "ConnectionRefusedError"), for logs.
    QString transportError() const { return m_transport; }
    void setTransportError(const QString &name) { m_transport = name; }

    // True when a create/change request was sent but its answer was lost (dropped connection,
    // timeout, cut-off body): the server may have done it. The request is never repeated
    // automatically; look the object up before offering to try again.
    bool requestMayHaveBeenProcessed() const { return m_mayHaveBeenProcessed; }
    void setRequestMayHaveBeenProcessed(bool b) { m_mayHaveBeenProcessed = b; }

    const std::optional<TlsFailure> &tlsFailure() const { return m_tls; }
    void setTlsFailure(const TlsFailure &f) { m_tls = f; }

    // A translated sentence or two for the message banner.
    QString userMessage() const;
    // For logs: structured fields chosen to be safe: kind, HTTP status, the server's machine code,
    // the request (verb and path, no query), the transport error's name, our own detail text.
    // Never the server's message or details (shown in the UI only: a server may echo a secret
    // back) and never a body. Passed through Redactor as well, as a second net.
    QString logString() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_serverMessage;
    QString m_serverDetails;
    std::optional<int> m_retryAfter;
    QString m_identity;
    QString m_operation;
    QByteArray m_requestVerb;
    QString m_requestPath;
    QString m_technical;
    std::optional<QString> m_logDetail;
    QString m_transport;
    std::optional<TlsFailure> m_tls;
    bool m_mayHaveBeenProcessed = false;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::ApiError)
