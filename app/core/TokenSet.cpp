// SPDX-License-Identifier: MIT
#include "TokenSet.h"

#include "JwtClaims.h"

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

QString TokenSet::issuer() const
{
    if (endpoint.isEmpty())
        return {};
    return QStringLiteral("POST ") + endpoint
           + (grantType.isEmpty() ? QString() : QStringLiteral(" · ") + grantType);
}

} // namespace runai
