// SPDX-License-Identifier: MIT
#include "sandbox/TokenIssuer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int refreshLifetimeSeconds = 24 * 3600;
constexpr qsizetype maxCachedTokens = 20000;

QString useName(TokenIssuer::Use use)
{
    switch (use) {
    case TokenIssuer::Use::Access:
        return u"access"_s;
    case TokenIssuer::Use::Refresh:
        return u"refresh"_s;
    case TokenIssuer::Use::Id:
        return u"id"_s;
    }
    return {};
}
} // namespace

TokenIssuer::TokenIssuer(int accessLifetimeSeconds)
    : m_key(32, Qt::Uninitialized)
    , m_accessLifetime(qMax(1, accessLifetimeSeconds))
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()),
                                          m_key.size() / int(sizeof(quint32)));
}

QByteArray TokenIssuer::issue(Claims claims) const
{
    claims.iat = QDateTime::currentSecsSinceEpoch();
    claims.exp = claims.iat
                 + (claims.use == Use::Refresh ? qMax(refreshLifetimeSeconds, m_accessLifetime)
                                               : m_accessLifetime);
    QJsonObject payload{
            {u"iss"_s, m_issuer},
            {u"sub"_s, claims.sub},
            {u"iat"_s, claims.iat},
            {u"exp"_s, claims.exp},
            {u"typ"_s, useName(claims.use)},
            {u"gen"_s, qint64(claims.generation)},
            // A unique id so that two tokens issued in the same second differ.
            {u"jti"_s, QString::number(QRandomGenerator::global()->generate64(), 36)},
    };
    if (claims.subject == Subject::User) {
        payload.insert(u"email"_s, claims.email);
        payload.insert(u"preferred_username"_s, claims.email);
        if (!claims.accessKeyId.isEmpty()) {
            payload.insert(u"akid"_s, claims.accessKeyId);
            payload.insert(u"akgen"_s, qint64(claims.accessKeyGeneration));
        }
    } else {
        payload.insert(u"clientId"_s, claims.clientId);
        payload.insert(u"azp"_s, claims.clientId);
    }
    static const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(b64);
    const QByteArray input = header + '.'
                             + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(b64);
    const QByteArray token = input + '.' + sign(input);
    if (m_recording)
        m_issued.append(token);
    return token;
}

std::optional<TokenIssuer::Claims> TokenIssuer::verify(const QByteArray &token) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (auto it = m_verified.constFind(token); it != m_verified.constEnd()) {
        if (it->exp <= now)
            return std::nullopt;
        return *it;
    }
    const qsizetype lastDot = token.lastIndexOf('.');
    const qsizetype firstDot = token.indexOf('.');
    if (firstDot <= 0 || lastDot == firstDot)
        return std::nullopt;
    const QByteArray input = token.left(lastDot);
    const QByteArray signature = token.mid(lastDot + 1);
    const QByteArray expected = sign(input);
    if (signature.size() != expected.size())
        return std::nullopt;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(signature[i] ^ expected[i]);
    if (diff != 0)
        return std::nullopt;

    const auto decoded = QByteArray::fromBase64Encoding(input.mid(firstDot + 1), b64);
    if (!decoded)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    Claims claims;
    const QString typ = payload.value(u"typ"_s).toString();
    if (typ == u"access"_s)
        claims.use = Use::Access;
    else if (typ == u"refresh"_s)
        claims.use = Use::Refresh;
    else if (typ == u"id"_s)
        claims.use = Use::Id;
    else
        return std::nullopt;
    claims.sub = payload.value(u"sub"_s).toString();
    claims.email = payload.value(u"email"_s).toString();
    claims.clientId = payload.value(u"clientId"_s).toString();
    claims.subject = payload.contains(u"clientId"_s) ? Subject::App : Subject::User;
    claims.iat = payload.value(u"iat"_s).toInteger();
    claims.exp = payload.value(u"exp"_s).toInteger();
    claims.generation = quint32(payload.value(u"gen"_s).toInteger());
    claims.accessKeyId = payload.value(u"akid"_s).toString();
    claims.accessKeyGeneration = quint32(payload.value(u"akgen"_s).toInteger());
    if (claims.exp <= now)
        return std::nullopt;
    if (m_verified.size() >= maxCachedTokens)
        m_verified.clear();
    m_verified.insert(token, claims);
    return claims;
}

QByteArray TokenIssuer::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256)
            .toBase64(b64);
}

} // namespace runai::sandbox
