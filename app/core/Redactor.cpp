// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai {

QString Redactor::marker()
{
    return u"<redacted>"_s;
}

QString Redactor::redact(const QString &text)
{
    // Key names are matched loosely on purpose: a new secret field named like the old ones
    // (clientSecret, appSecret, tempPassword, externalToken, ...) is covered without a code change.
    static const QRegularExpression jsonString(
            uR"rx(("[A-Za-z0-9_-]*(?:password|secret|token)[A-Za-z0-9_-]*"\s*:\s*)"(?:[^"\\]|\\.)*")rx"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formField(
            uR"rx(((?:^|[?&\s])[A-Za-z0-9_-]*(?:password|secret|token)[A-Za-z0-9_-]*=)[^&\s]*)rx"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authScheme(uR"rx(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,})rx"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authHeader(uR"rx((Authorization\s*[:=]\s*)[^\r\n,}]*)rx"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
            uR"rx(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)rx"_s);

    QString out = text;
    out.replace(jsonString, u"\\1\""_s + marker() + u'"');
    out.replace(formField, u"\\1"_s + marker());
    out.replace(authHeader, u"\\1"_s + marker());
    out.replace(authScheme, u"\\1 "_s + marker());
    out.replace(jwt, marker());
    return out;
}

} // namespace runai
