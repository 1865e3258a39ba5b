// SPDX-License-Identifier: MIT
#include "api/ApiErrorMapper.h"

#include "core/ApiJson.h"
#include "core/Redactor.h"

#include <QCryptographicHash>
#include <QMetaEnum>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QString certNames(const QSslCertificate &cert, bool issuer)
{
    const auto cn = issuer ? cert.issuerInfo(QSslCertificate::CommonName)
                           : cert.subjectInfo(QSslCertificate::CommonName);
    const auto org = issuer ? cert.issuerInfo(QSslCertificate::Organization)
                            : cert.subjectInfo(QSslCertificate::Organization);
    QString s = cn.join(u", "_s);
    if (!org.isEmpty())
        s += (s.isEmpty() ? QString() : u" — "_s) + org.join(u", "_s);
    return s;
}

QString shortBodyExcerpt(const QByteArray &body)
{
    // Tags are dropped so an HTML error page reads as its words ("502 Bad Gateway nginx").
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = Redactor::redact(body.left(400)).replace(tags, u" "_s).simplified().left(200);
    if (body.size() > 400)
        text += u"…"_s;
    return text;
}

QString transportName(QNetworkReply::NetworkError error)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return name ? QString::fromLatin1(name) : QString::number(int(error));
}

// Qt's error string names the URL (with its query) and quotes the server's reason phrase: the
// UI may show it, the log gets the error's name instead (ApiError::logString).
ApiError withSafeLogFields(ApiError e, const ApiErrorMapper::Outcome &o, const QString &logDetail)
{
    if (o.networkError != QNetworkReply::NoError)
        e.setTransportError(transportName(o.networkError));
    e.setLogDetail(logDetail);
    return e;
}

} // namespace

std::optional<ApiError::Kind> ApiErrorMapper::oauth2Kind(const QString &code)
{
    using K = ApiError::Kind;
    // RFC 6749 section 5.2, as /api/v2/token uses it: the same kinds the v1 endpoint's statuses
    // give, so the messages stay the same (wrong password or secret, disabled, bad request).
    if (code == "invalid_grant"_L1 || code == "invalid_client"_L1)
        return K::Unauthorized; // wrong password / wrong secret (or a dead refresh token)
    if (code == "unauthorized_client"_L1)
        return K::Forbidden; // e.g. the service account is disabled (v1 answers 403)
    if (code == "invalid_request"_L1 || code == "unsupported_grant_type"_L1
        || code == "invalid_scope"_L1)
        return K::Validation;
    if (code == "server_error"_L1 || code == "temporarily_unavailable"_L1)
        return K::Server;
    return std::nullopt;
}

bool ApiErrorMapper::isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || mime.endsWith("+json");
}

ApiError::Kind ApiErrorMapper::kindForHttpStatus(int status, bool tokenRequest)
{
    using K = ApiError::Kind;
    if (status >= 200 && status < 300)
        return K::None;
    switch (status) {
    case 400:
    case 422:
        // The token endpoint answers 400 for bad credentials (it documents no 401).
        return tokenRequest ? K::Unauthorized : K::Validation;
    case 401:
        return K::Unauthorized;
    case 403:
        return K::Forbidden;
    case 404:
        return K::NotFound;
    case 409:
        return K::Conflict;
    case 429:
        return K::RateLimited;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return K::Validation;
    return K::Server;
}

std::optional<int> ApiErrorMapper::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    // IMF-fixdate ("Thu, 01 Jan 2026 12:00:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + u" +0000"_s;
    const auto when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, now.secsTo(when)));
}

TlsFailure ApiErrorMapper::tlsFailure(const QString &host, const QList<QSslError> &errors,
                                      const QList<QSslCertificate> &peerChain)
{
    TlsFailure f;
    f.host = host;
    QSslCertificate leaf = peerChain.value(0);
    for (const auto &e : errors) {
        if (leaf.isNull() && !e.certificate().isNull())
            leaf = e.certificate();
    }
    if (!leaf.isNull()) {
        f.subject = certNames(leaf, false);
        f.issuer = certNames(leaf, true);
        f.notBefore = leaf.effectiveDate().toUTC();
        f.notAfter = leaf.expiryDate().toUTC();
        f.sha256Fingerprint = QString::fromLatin1(
                leaf.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    }
    for (const auto &cert : peerChain)
        f.peerChainPem += cert.toPem();

    // Only an unknown or self-signed issuer is fixed by trusting a CA. A name mismatch, an expired
    // or revoked certificate would still be wrong with any CA, so no import is offered then.
    bool onlyTrust = !errors.isEmpty();
    for (const auto &e : errors) {
        f.errors.append(e.errorString());
        switch (e.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            break;
        default:
            onlyTrust = false;
        }
    }
    f.caImportCouldFix = onlyTrust;
    return f;
}

ApiError ApiErrorMapper::map(const Outcome &o, const QDateTime &now)
{
    using K = ApiError::Kind;
    if (o.cancelledByUs)
        return ApiError(K::Cancelled);
    if (o.tooLarge) {
        return ApiError(K::BadResponse, u"the response is larger than %1 MiB and was refused"_s.arg(
                                                MaxBodyBytes / (1024 * 1024)));
    }
    if (o.tls && !o.tls->errors.isEmpty()) {
        ApiError e(K::Tls, o.networkErrorString);
        e.setTlsFailure(*o.tls);
        return withSafeLogFields(e, o, u"certificate not trusted"_s);
    }

    // The common case, thousands of times in a bulk import: a whole 2xx answer. Its body is the
    // caller's to parse; there is no error body to read and no error text to redact.
    if (o.httpStatus >= 200 && o.httpStatus < 300 && o.networkError == QNetworkReply::NoError)
        return {};

    const QString technical = Redactor::redact(o.networkErrorString);
    if (o.httpStatus == 0) {
        switch (o.networkError) {
        case QNetworkReply::NoError:
            return ApiError(K::BadResponse, u"no HTTP status in the answer"_s);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what setTransferTimeout() aborts with
            return withSafeLogFields(ApiError(K::Timeout, technical), o, {});
        case QNetworkReply::ContentReSendError:
            return withSafeLogFields(
                    ApiError(K::Network,
                             u"the connection closed after the request was sent; it was not "
                             "repeated (%1)"_s.arg(technical)),
                    o, u"the connection closed after the request was sent; not repeated"_s);
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return withSafeLogFields(
                    ApiError(o.networkError == QNetworkReply::SslHandshakeFailedError ? K::Tls
                                                                                      : K::Network,
                             technical),
                    o, {});
        default:
            return withSafeLogFields(ApiError(K::Network, technical), o, {});
        }
    }

    K kind = kindForHttpStatus(o.httpStatus, o.tokenRequest);
    const auto body = o.body.trimmed().isEmpty() ? ParseResult<ServerErrorBody>::failure(QString())
                                                 : ApiJson::errorBody(o.body);
    // /api/v2/token says what went wrong in OAuth2's machine code (never read from the text).
    if (o.tokenRequest && kind != K::None && body.ok())
        kind = oauth2Kind(body.value().code).value_or(kind);
    if (kind == K::None) {
        // A 2xx whose transfer broke (truncated body, connection dropped mid-way).
        if (o.networkError != QNetworkReply::NoError) {
            ApiError e(K::BadResponse, u"the answer was cut off: %1"_s.arg(technical));
            e.setHttpStatus(o.httpStatus);
            return withSafeLogFields(e, o, u"the answer was cut off"_s);
        }
        return {};
    }

    ApiError e = withSafeLogFields(ApiError(kind, technical), o, {});
    e.setHttpStatus(o.httpStatus);
    if (kind == K::RateLimited || o.httpStatus == 503)
        e.setRetryAfterSeconds(parseRetryAfter(o.retryAfter, now));

    if (!o.body.trimmed().isEmpty()) {
        if (body.ok()) {
            e.setServerBody(Redactor::redact(body.value().code),
                            Redactor::redact(body.value().message),
                            Redactor::redact(body.value().details));
        } else if (!isJsonContentType(o.contentType)) {
            // A proxy's or gateway's HTML page: say so instead of showing markup.
            const QByteArray mime = o.contentType.split(';').first().trimmed();
            e.setTechnicalDetail(
                    u"HTTP %1 with a non-JSON body (%2), probably from a proxy or gateway: %3"_s
                            .arg(o.httpStatus)
                            .arg(mime.isEmpty() ? u"no content type"_s : QString::fromLatin1(mime),
                                 shortBodyExcerpt(o.body)));
            e.setLogDetail(u"non-JSON error body (%1, %2 bytes)"_s
                                   .arg(mime.isEmpty() ? u"no content type"_s
                                                       : QString::fromLatin1(mime).left(64))
                                   .arg(o.body.size()));
        } else {
            e.setTechnicalDetail(
                    u"HTTP %1; unreadable error body: %2"_s.arg(o.httpStatus).arg(body.error()));
            e.setLogDetail(u"unreadable error body (%1 bytes)"_s.arg(o.body.size()));
        }
    }
    return e;
}

} // namespace runai
