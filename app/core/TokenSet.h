// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace runai {

// The tokens one grant returned (POST /api/v1/token camelCase, or /api/v2/token snake_case).
// Lives in memory only. expiresAt() prefers the server's `expiresIn` and falls back to the
// access token's JWT `exp` claim, because the v1 spec only added expiresIn in 2.24.
// The three tokens are SecretBytes: a TokenSet is moved, never copied (duplicate() when a second
// holder really needs one), and its tokens are zeroed when it goes.
struct TokenSet
{
    SecretBytes accessToken;
    SecretBytes idToken;
    SecretBytes refreshToken;
    QString tokenType; // "Bearer" from /api/v2/token, empty from v1
    std::optional<qint64> expiresIn; // seconds
    QDateTime obtainedAt; // UTC, set by the parser's caller
    // Where it came from, set by the caller too: "/api/v2/token" and "client_credentials".
    QString endpoint;
    QString grantType;

    // Invalid when neither expiresIn nor a decodable `exp` is available.
    QDateTime expiresAt() const;
    bool isEmpty() const { return accessToken.isEmpty(); }
    // "POST /api/v2/token · client_credentials"; empty when the origin is not known.
    QString issuer() const;
    // An explicit copy, tokens included (e.g. the session keeps one, the sign-in's caller another).
    TokenSet duplicate() const;
};

} // namespace runai
