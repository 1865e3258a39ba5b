// SPDX-License-Identifier: MIT
#include "core/TokenSet.h"

#include "core/JwtClaims.h"

namespace runai {

QDateTime TokenSet::expiresAt() const
{
    if (expiresIn && obtainedAt.isValid())
        return obtainedAt.addSecs(*expiresIn);
    const auto claims = JwtClaims::decode(accessToken);
    if (claims.ok())
        return claims.value().expiresAt;
    return {};
}

TokenSet TokenSet::duplicate() const
{
    TokenSet t;
    t.accessToken = accessToken.duplicate();
    t.idToken = idToken.duplicate();
    t.refreshToken = refreshToken.duplicate();
    t.tokenType = tokenType;
    t.expiresIn = expiresIn;
    t.obtainedAt = obtainedAt;
    t.endpoint = endpoint;
    t.grantType = grantType;
    return t;
}

QString TokenSet::issuer() const
{
    if (endpoint.isEmpty())
        return {};
    return QStringLiteral("POST ") + endpoint
           + (grantType.isEmpty() ? QString() : QStringLiteral(" · ") + grantType);
}

} // namespace runai
