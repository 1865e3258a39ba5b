// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiContext.h"
#include "sandbox/TokenIssuer.h"

namespace runai::sandbox {

struct AccessKeyRecord;
struct AppRecord;
struct UserRecord;

// POST /api/v1/token (JSON, Run:ai's own shape) and, from 2.24, POST /api/v2/token (form-encoded
// OAuth2). Both are open endpoints: the credentials are in the body. Grants by level: v1 has
// password, app_token and refresh_token, client_credentials from 2.20, no app_token in 3.0; v2
// has password, client_credentials and refresh_token, and 3.0 refuses refresh_token
// (unsupported_grant_type) because its documentation no longer lists it.
//
// Wrong credentials on /api/v1/token answer 401 {code:401, message} (the contract leaves 401 vs
// 400 open; 401 keeps "bad credentials" apart from "bad request"). A disabled application answers
// 403 {code:403, message:"Application is disabled"}, so a client can tell it from a wrong secret.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(ApiContext context)
        : m_ctx(context)
    { }

    ApiResponse handleV1(const ApiRequest &request);
    ApiResponse handleV2(const ApiRequest &request);

private:
    enum class Outcome { Ok, BadCredentials, Disabled, BadRefreshToken };
    struct Grant
    {
        Outcome outcome = Outcome::BadCredentials;
        QByteArray accessToken;
        QByteArray idToken;
        QByteArray refreshToken;
    };

    Grant passwordGrant(const QString &username, const QString &password);
    Grant appGrant(AppRecord *app, const QString &secret);
    // client_credentials: an application's client ID, or from 2.24 a user's access key.
    Grant clientGrant(const QString &clientId, const QString &secret);
    Grant refreshGrant(const QString &refreshToken);
    // With `key`: a token of the key's owner that lives only as long as the key and its secret.
    Grant issueForUser(UserRecord &user, AccessKeyRecord *key = nullptr);
    Grant issueForApp(AppRecord &app);

    ApiContext m_ctx;
};

} // namespace runai::sandbox
