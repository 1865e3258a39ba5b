// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"
#include "core/SecretBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace runai {

// The readable parts of a JWT (header and payload), decoded without verifying the signature:
// the client only uses them to show who is signed in and when the token lapses. The signature
// part is never kept.
struct JwtClaims
{
    QJsonObject header;
    QJsonObject payload;
    QString algorithm; // header "alg"
    QString type; // header "typ" (not checked: shown only); empty when absent or not a string
    QString subject; // "sub"
    QString issuer; // "iss"
    QString email; // "email"
    QString preferredUsername; // "preferred_username"
    QString name; // "name"
    QString clientId; // "client_id" / "azp" / "clientId"
    QStringList audience; // "aud", string or array
    QDateTime expiresAt; // "exp" (seconds since epoch, UTC); invalid when absent
    QDateTime issuedAt; // "iat"

    // Rejects anything that is not three base64url parts with JSON objects in the first two,
    // and claims of the wrong type (e.g. a string "exp").
    static ParseResult<JwtClaims> decode(const QString &token);
    // The same for a token held as a secret: only the header and payload are converted to text;
    // the signature (what makes the token usable) never leaves the SecretBytes.
    static ParseResult<JwtClaims> decode(const SecretBytes &token);
    // Cheap check used by the log redactor: three base64url parts, the first starting "eyJ".
    static bool looksLikeJwt(QStringView text);

    // One member of the header or the payload as a person reads it.
    struct Readable
    {
        QString name;
        QString text; // claimText() of the value
    };
    // Every member of `object` (header or payload), in the object's order. The token dialogs
    // show these rows, so they need no JSON of their own.
    static QList<Readable> readable(const QJsonObject &object);
    QList<Readable> readableHeader() const { return readable(header); }
    QList<Readable> readablePayload() const { return readable(payload); }
    // Human-readable form of one claim value: local dates (and the number) for
    // exp/iat/nbf/auth_time, arrays joined with ", ", objects as compact JSON.
    static QString claimText(const QString &name, const QJsonValue &value);
};

} // namespace runai
