// SPDX-License-Identifier: MIT
#include "core/JwtClaims.h"

#include <cmath>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

bool isBase64UrlChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
           || c == u'-' || c == u'_';
}

std::optional<QJsonObject> decodePart(QStringView part)
{
    if (part.isEmpty())
        return std::nullopt;
    for (QChar c : part) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
            part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Reads a NumericDate claim. Absent or null is fine (invalid QDateTime); any other type is not.
bool readTime(const QJsonObject &payload, const QString &key, QDateTime *out, QString *error)
{
    const auto v = payload.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble()) {
        *error = u"claim '%1' is not a number"_s.arg(key);
        return false;
    }
    // A NumericDate outside what a date can hold (1e300, NaN) would be undefined behaviour in the
    // cast; 253402300799 is 9999-12-31T23:59:59Z, the end of QDateTime's ISO range.
    const double secs = v.toDouble();
    if (!std::isfinite(secs) || std::fabs(secs) > 253402300799.0) {
        *error = u"claim '%1' is out of range"_s.arg(key);
        return false;
    }
    *out = QDateTime::fromSecsSinceEpoch(qint64(secs), Qt::UTC);
    return true;
}

bool readString(const QJsonObject &obj, const QString &key, QString *out, QString *error)
{
    const auto v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = u"claim '%1' is not a string"_s.arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

} // namespace

bool JwtClaims::looksLikeJwt(QStringView text)
{
    if (!text.startsWith(u"eyJ"))
        return false;
    int dots = 0;
    for (QChar c : text) {
        if (c == u'.')
            ++dots;
        else if (!isBase64UrlChar(c))
            return false;
    }
    return dots == 2;
}

ParseResult<JwtClaims> JwtClaims::decode(const SecretBytes &token)
{
    const QByteArrayView bytes = token.reveal();
    const qsizetype lastDot = bytes.lastIndexOf('.');
    if (lastDot < 0 || bytes.count('.') != 2)
        return ParseResult<JwtClaims>::failure(u"a JWT has three parts separated by dots"_s);
    // "header.payload." plus a stand-in signature: decode() checks the shape, not the signature.
    return decode(QString::fromLatin1(bytes.first(lastDot + 1)) + u'x');
}

ParseResult<JwtClaims> JwtClaims::decode(const QString &token)
{
    const auto parts = QStringView(token).split(u'.');
    if (parts.size() != 3)
        return ParseResult<JwtClaims>::failure(u"a JWT has three parts separated by dots"_s);
    const auto header = decodePart(parts.at(0));
    if (!header)
        return ParseResult<JwtClaims>::failure(u"the JWT header is not base64url JSON"_s);
    const auto payload = decodePart(parts.at(1));
    if (!payload)
        return ParseResult<JwtClaims>::failure(u"the JWT payload is not base64url JSON"_s);

    JwtClaims c;
    c.header = *header;
    c.payload = *payload;
    c.type = c.header.value(u"typ"_s).toString();
    QString error;
    bool ok = readString(c.header, u"alg"_s, &c.algorithm, &error)
              && readString(c.payload, u"sub"_s, &c.subject, &error)
              && readString(c.payload, u"iss"_s, &c.issuer, &error)
              && readString(c.payload, u"email"_s, &c.email, &error)
              && readString(c.payload, u"preferred_username"_s, &c.preferredUsername, &error)
              && readString(c.payload, u"name"_s, &c.name, &error)
              && readTime(c.payload, u"exp"_s, &c.expiresAt, &error)
              && readTime(c.payload, u"iat"_s, &c.issuedAt, &error);
    if (ok) {
        for (const auto &key : {u"client_id"_s, u"clientId"_s, u"azp"_s}) {
            if (!c.clientId.isEmpty())
                break;
            ok = readString(c.payload, key, &c.clientId, &error);
            if (!ok)
                break;
        }
    }
    if (ok) {
        const auto aud = c.payload.value("aud"_L1);
        if (aud.isString()) {
            c.audience = {aud.toString()};
        } else if (aud.isArray()) {
            for (const auto &a : aud.toArray()) {
                if (!a.isString()) {
                    ok = false;
                    error = u"claim 'aud' holds a non-string"_s;
                    break;
                }
                c.audience.append(a.toString());
            }
        } else if (!aud.isUndefined() && !aud.isNull()) {
            ok = false;
            error = u"claim 'aud' is neither a string nor an array"_s;
        }
    }
    if (!ok)
        return ParseResult<JwtClaims>::failure(error);
    return c;
}

QList<JwtClaims::Readable> JwtClaims::readable(const QJsonObject &object)
{
    QList<Readable> rows;
    rows.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        rows.append({it.key(), claimText(it.key(), it.value())});
    return rows;
}

QString JwtClaims::claimText(const QString &name, const QJsonValue &value)
{
    static const QStringList timeClaims = {u"exp"_s, u"iat"_s, u"nbf"_s, u"auth_time"_s};
    if (timeClaims.contains(name) && value.isDouble()) {
        const auto when = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
        return u"%1 (%2)"_s.arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                .arg(qint64(value.toDouble()));
    }
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(claimText({}, item));
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace runai
