// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace runai::sandbox {

// JWT-shaped tokens (base64url header.payload.signature, HS256 with a key made fresh for each
// process, so tokens never outlive the process that issued them).
class TokenIssuer
{
public:
    enum class Use { Access, Refresh, Id };
    enum class Subject { User, App };

    struct Claims
    {
        Use use = Use::Access;
        Subject subject = Subject::User;
        QString sub; // user id or app id
        QString email; // users
        QString clientId; // apps
        qint64 iat = 0;
        qint64 exp = 0;
        quint32 generation = 0; // bumped on logout/disable: older tokens stop working
        // A user's token obtained with one of their access keys: the key and its generation, so
        // deleting the key or regenerating its secret ends the token. Empty for other tokens.
        QString accessKeyId;
        quint32 accessKeyGeneration = 0;
    };

    explicit TokenIssuer(int accessLifetimeSeconds);

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    int accessLifetime() const { return m_accessLifetime; }

    // Claims with iat/exp filled in from now and the lifetime for that use.
    QByteArray issue(Claims claims) const;
    // Signature, shape and expiry; the caller checks that the subject still exists and the
    // generation is current.
    std::optional<Claims> verify(const QByteArray &token) const;

    // For the no-plaintext proof: from now on, every token issued (access, refresh and ID, of
    // every identity) is kept so a test can search for all of them. Off by default: a long-running
    // sandbox would otherwise grow without bound.
    void recordIssued() { m_recording = true; }
    QList<QByteArray> issued() const { return m_issued; }

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    QString m_issuer;
    int m_accessLifetime;
    // Verified tokens, so that a busy client does not pay for HMAC + JSON on every request.
    mutable QHash<QByteArray, Claims> m_verified;
    bool m_recording = false;
    mutable QList<QByteArray> m_issued;
};

} // namespace runai::sandbox
