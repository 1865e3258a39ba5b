// SPDX-License-Identifier: MIT
#include "core/ApiError.h"

#include "core/AccessHint.h"
#include "core/Redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai {

ApiError::ApiError(Kind kind, QString technicalDetail)
    : m_kind(kind)
    , m_technical(std::move(technicalDetail))
{ }

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Tls:
        return u"Tls"_s;
    case Kind::Unauthorized:
        return u"Unauthorized"_s;
    case Kind::Forbidden:
        return u"Forbidden"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Validation:
        return u"Validation"_s;
    case Kind::Conflict:
        return u"Conflict"_s;
    case Kind::RateLimited:
        return u"RateLimited"_s;
    case Kind::Server:
        return u"Server"_s;
    case Kind::BadResponse:
        return u"BadResponse"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    }
    return u"Unknown"_s;
}

void ApiError::setServerBody(const QString &code, const QString &message, const QString &details)
{
    m_serverCode = code;
    m_serverMessage = message;
    m_serverDetails = details;
}

QString ApiError::userMessage() const
{
    const QString op = m_operation.isEmpty() ? tr("complete the request") : m_operation;
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("Could not reach the console to %1. Check the address, your network and the "
                  "proxy "
                  "settings.")
                       .arg(op);
        break;
    case Kind::Timeout:
        text = tr("The console did not answer in time when trying to %1.").arg(op);
        break;
    case Kind::Tls:
        if (m_tls && m_tls->caImportCouldFix)
            text = tr("The console's certificate is not trusted (issued by \"%1\"). If your "
                      "organisation uses a private certificate authority, import its CA bundle "
                      "for this console.")
                           .arg(m_tls->issuer);
        else if (m_tls)
            text = tr("The console's certificate cannot be accepted for %1: %2")
                           .arg(m_tls->host, m_tls->errors.join(u"; "_s));
        else
            text = tr("A secure connection to the console could not be established.");
        break;
    case Kind::Unauthorized:
        text = tr(
                "The console refused the credentials, or the session has expired. Sign in again.");
        break;
    case Kind::Forbidden:
        if (const QString hint = AccessHint::ruleSentence(m_identity, m_requestVerb, m_requestPath);
            !hint.isEmpty())
            text = (m_identity.isEmpty() ? tr("You are not allowed to %1.").arg(op)
                                         : tr("\"%1\" is not allowed to %2.").arg(m_identity, op))
                   + u' ' + hint;
        else if (m_identity.isEmpty())
            text = tr("You are not allowed to %1. An administrator must add an access rule (role "
                      "and scope) for you.")
                           .arg(op);
        else
            text = tr("\"%1\" is not allowed to %2. An administrator must add an access rule (role "
                      "and scope) for this identity.")
                           .arg(m_identity, op);
        break;
    case Kind::NotFound:
        text = tr("The console could not find what was asked for (%1). It may have been deleted.")
                       .arg(op);
        break;
    case Kind::Validation:
        text = tr("The console rejected the request to %1.").arg(op);
        break;
    case Kind::Conflict:
        text = tr("The console could not %1 because it already exists.").arg(op);
        break;
    case Kind::RateLimited:
        if (m_retryAfter)
            text = tr("The console is busy. Try again in %n second(s).", nullptr, *m_retryAfter);
        else
            text = tr("The console is busy. Try again in a moment.");
        break;
    case Kind::Server:
        text = tr("The console failed to %1 (HTTP %2).").arg(op).arg(m_httpStatus);
        break;
    case Kind::BadResponse:
        text = tr("The console's answer to \"%1\" could not be understood.").arg(op);
        break;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    // Only worth saying when sending again could do something twice: not for reads, and not for
    // a sign-in or token request (a second token harms nothing).
    const bool repeatable = m_requestVerb == "GET" || m_requestVerb == "HEAD"
                            || m_requestPath.endsWith("/token"_L1);
    if (m_mayHaveBeenProcessed && !repeatable)
        text += u' '
                + tr("The answer was lost after the request was sent, so the console may have "
                     "done it anyway. Check before trying again.");
    if (!m_serverMessage.isEmpty())
        text += u' ' + tr("The server said: %1").arg(m_serverMessage);
    if (!m_serverDetails.isEmpty())
        text += u" ("_s + m_serverDetails + u')';
    if (m_serverMessage.isEmpty() && !m_technical.isEmpty()
        && (m_kind == Kind::BadResponse || m_kind == Kind::Server || m_kind == Kind::Network))
        text += u' ' + tr("Details: %1").arg(m_technical);
    return text;
}

QString ApiError::logString() const
{
    // A machine code (OAuth2's "invalid_grant", Run:ai's numeric code) is logged; anything
    // else in that field is server prose and stays out.
    static const QRegularExpression machineCode(uR"rx(^[A-Za-z0-9_.:-]{1,64}$)rx"_s);
    QString s = kindName(m_kind);
    if (m_httpStatus)
        s += u" http=%1"_s.arg(m_httpStatus);
    if (!m_serverCode.isEmpty() && machineCode.match(m_serverCode).hasMatch())
        s += u" code="_s + m_serverCode;
    if (!m_serverMessage.isEmpty() || !m_serverDetails.isEmpty())
        s += u" server-message-withheld"_s;
    if (!m_requestPath.isEmpty())
        s += u" request=\""_s + QString::fromLatin1(m_requestVerb) + u' ' + m_requestPath + u'"';
    if (!m_transport.isEmpty())
        s += u" transport="_s + m_transport;
    const QString detail = m_logDetail.value_or(m_technical);
    if (!detail.isEmpty())
        s += u" detail=\""_s + detail + u'"';
    if (m_retryAfter)
        s += u" retry-after=%1s"_s.arg(*m_retryAfter);
    if (m_mayHaveBeenProcessed)
        s += u" outcome-unknown"_s;
    if (m_tls)
        s += u" tls-sha256="_s + m_tls->sha256Fingerprint;
    return Redactor::redact(s);
}

} // namespace runai
