// SPDX-License-Identifier: MIT
// RunaiClient's token grants and sign-in: which token endpoint and grant a console takes.
#include "api/RunaiClient.h"

#include "api/ClientCalls.h"
#include "core/LogCategories.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace runai {

using namespace calls; // the call builders of ClientCalls.h

namespace {

const auto TokenPath = u"/api/v1/token"_s;
const auto TokenPathV2 = u"/api/v2/token"_s;

ApiJob::Request tokenRequest(const QJsonObject &body)
{
    auto r = request("POST", TokenPath, jsonBody(body));
    r.authenticated = false;
    r.tokenRequest = true;
    return r;
}

// A form-encoded POST /api/v2/token. Encoded by hand: QUrlQuery leaves '+' alone, which a form
// decoder reads as a space.
ApiJob::Request formTokenRequest(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray form;
    for (const auto &[key, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += key + '=' + QUrl::toPercentEncoding(value);
    }
    auto req = request("POST", TokenPathV2, form);
    req.contentType = "application/x-www-form-urlencoded";
    req.authenticated = false;
    req.tokenRequest = true;
    return req;
}

// One way to ask for a token: the request, the grant's wire name and what the session records.
struct GrantRoute
{
    ApiJob::Request request;
    QString grantType;
    Session::Grant grant = Session::Grant::None;
};

// A refused grant names who tried to sign in, not whoever the session currently is.
void failGrant(TokenJob *job, ApiError error, const QString &identity)
{
    if (!identity.isEmpty())
        error.setIdentity(identity);
    job->fail(error);
}

void finishToken(TokenJob *job, TokenSet tokens, const GrantRoute &route)
{
    tokens.endpoint = route.request.path;
    tokens.grantType = route.grantType;
    job->setResult(std::move(tokens));
    job->setGrantUsed(route.grant);
    job->succeed();
}

// Sends one grant; a success finishes the job, a failure goes to `failed`.
void sendGrant(TokenJob *job, const GrantRoute &route,
               std::function<void(const ApiJob::Response &)> failed)
{
    job->send(route.request, [job, route, failed](const ApiJob::Response &r) {
        if (r.error.isError())
            return failed(r);
        auto tokens = parseBody<TokenSet>(job, r, &ApiJson::tokenSet);
        if (!tokens)
            return; // parseBody failed the job
        tokens->obtainedAt = QDateTime::currentDateTimeUtc();
        finishToken(job, std::move(*tokens), route);
    });
}

// The token endpoint each generation documents: /api/v2/token where the console has it (2.24+),
// /api/v1/token elsewhere. Before the console is known (the first sign-in), v2 is tried and a
// 404 status - the endpoint does not exist, nothing was checked - falls back to v1 once and is
// remembered on the session. No other failure leads to a second attempt, so a wrong password or
// secret is always reported as itself.
void sendRoutedGrant(TokenJob *job, const std::optional<GrantRoute> &v2, const GrantRoute &v1,
                     const QString &identity)
{
    using F = ConsoleCapabilities::Feature;
    Session *session = job->session();
    // A cached answer may be stale (the console was upgraded since), so it still allows the
    // 404 fallback; a probe's, a pin's or this session's own answer does not.
    const bool v2Known = session && session->capabilities().knows(F::V2Token)
                         && session->capabilities().source() != ConsoleCapabilities::Source::Cached;
    const bool useV2 = v2 && (!session || !session->capabilities().lacks(F::V2Token));
    if (!useV2) {
        sendGrant(job, v1, [job, identity](const ApiJob::Response &r) {
            failGrant(job, r.error, identity);
        });
        return;
    }
    job->send(v2->request, [job, v2, v1, identity, v2Known](const ApiJob::Response &r) {
        if (r.error.isError() && r.httpStatus == 404 && !v2Known) {
            qCInfo(lcSession) << "no /api/v2/token on this console; using /api/v1/token";
            if (job->session())
                job->session()->learn(F::V2Token, false);
            sendGrant(job, v1, [job, identity](const ApiJob::Response &r2) {
                failGrant(job, r2.error, identity);
            });
            return;
        }
        // Any HTTP answer but 404 and 5xx (which a proxy may send) shows the endpoint exists.
        if (job->session() && r.httpStatus >= 200 && r.httpStatus < 500)
            job->session()->learn(F::V2Token, true);
        if (r.error.isError())
            return failGrant(job, r.error, identity);
        auto tokens = parseBody<TokenSet>(job, r, &ApiJson::tokenSet);
        if (!tokens)
            return;
        tokens->obtainedAt = QDateTime::currentDateTimeUtc();
        finishToken(job, std::move(*tokens), *v2);
    });
}

} // namespace

// ------------------------------------------------------------------------------------ tokens

TokenJob *RunaiClient::passwordToken(const QString &email, const QString &password) const
{
    const GrantRoute v2{
            formTokenRequest(
                    {{"grant_type", u"password"_s}, {"username", email}, {"password", password}}),
            u"password"_s, Session::Grant::Password};
    const GrantRoute v1{tokenRequest(QJsonObject{{"grantType"_L1, u"password"_s},
                                                 {"username"_L1, email},
                                                 {"password"_L1, password}}),
                        u"password"_s, Session::Grant::Password};
    return new TokenJob(m_session, trOp("sign in"), [v1, v2, email](ApiJob *base) {
        sendRoutedGrant(static_cast<TokenJob *>(base), v2, v1, email);
    });
}

TokenJob *RunaiClient::clientCredentialsToken(const QString &clientId, const QString &secret,
                                              const QString &appName) const
{
    const GrantRoute v2{formTokenRequest({{"grant_type", u"client_credentials"_s},
                                          {"client_id", clientId},
                                          {"client_secret", secret}}),
                        u"client_credentials"_s, Session::Grant::ClientCredentials};
    // The spec's spelling is clientID; servers match keys case-insensitively, so clientId works
    // too, but we send what the contract says.
    const GrantRoute cc{tokenRequest(QJsonObject{{"grantType"_L1, u"client_credentials"_s},
                                                 {"clientID"_L1, clientId},
                                                 {"clientSecret"_L1, secret}}),
                        u"client_credentials"_s, Session::Grant::ClientCredentials};
    // 2.18/2.19: applications have no client ID and sign in by name.
    const GrantRoute appToken{
            tokenRequest(QJsonObject{{"grantType"_L1, u"app_token"_s},
                                     {"appID"_L1, appName.isEmpty() ? clientId : appName},
                                     {"appSecret"_L1, secret}}),
            u"app_token"_s, Session::Grant::AppToken};
    return new TokenJob(
            m_session, trOp("sign in as the application"),
            [v2, cc, appToken, clientId](ApiJob *base) {
                auto job = static_cast<TokenJob *>(base);
                // Chosen from what the console is known to offer, never by retrying
                // after an error: a wrong secret must be reported as such.
                const Session *s = job->session();
                const bool noClientIds
                        = s && s->capabilities().lacks(ConsoleCapabilities::Feature::AppClientIds);
                if (noClientIds)
                    return sendRoutedGrant(job, std::nullopt, appToken, clientId);
                sendRoutedGrant(job, v2, cc, clientId);
            });
}

TokenJob *RunaiClient::refreshToken(const SecretBytes &refreshToken, const QString &clientId) const
{
    // Exposed for the two request bodies (which Qt's network stack copies on); this QString is
    // wiped below, the bodies go with the job.
    QString token = refreshToken.revealAsQString();
    QList<std::pair<QByteArray, QString>> fields{{"grant_type", u"refresh_token"_s},
                                                 {"refresh_token", token}};
    QJsonObject body{{"grantType"_L1, u"refresh_token"_s}, {"refreshToken"_L1, token}};
    if (!clientId.isEmpty()) {
        fields.append({"client_id", clientId});
        body.insert("clientID"_L1, clientId);
    }
    const GrantRoute v2{formTokenRequest(fields), u"refresh_token"_s, Session::Grant::None};
    const GrantRoute v1{tokenRequest(body), u"refresh_token"_s, Session::Grant::None};
    fields.clear();
    SecretBytes::wipeOwned(token);
    return new TokenJob(m_session, trOp("renew the session"), [v1, v2](ApiJob *base) {
        sendRoutedGrant(static_cast<TokenJob *>(base), v2, v1, {});
    });
}

TokenJob *RunaiClient::oauth2ClientCredentialsToken(const QString &clientId,
                                                    const QString &secret) const
{
    const GrantRoute v2{formTokenRequest({{"grant_type", u"client_credentials"_s},
                                          {"client_id", clientId},
                                          {"client_secret", secret}}),
                        u"client_credentials"_s, Session::Grant::ClientCredentials};
    return new TokenJob(m_session, trOp("sign in as the application"),
                        [v2, clientId](ApiJob *base) {
                            auto job = static_cast<TokenJob *>(base);
                            sendGrant(job, v2, [job, clientId](const ApiJob::Response &r) {
                                failGrant(job, r.error, clientId);
                            });
                        });
}

TokenJob *RunaiClient::signIn(const QString &email, const QString &password) const
{
    TokenJob *job = passwordToken(email, password);
    QObject::connect(job, &ApiJob::finished, job, [job, email] {
        if (job->succeeded() && job->session())
            job->session()->installToken(job->result().duplicate(), Session::IdentityKind::User,
                                         email, Session::Grant::Password, renewalGrants());
    });
    return job;
}

TokenJob *RunaiClient::signInApplication(const QString &clientId, const QString &secret,
                                         const QString &appName) const
{
    TokenJob *job = clientCredentialsToken(clientId, secret, appName);
    QObject::connect(job, &ApiJob::finished, job, [job, clientId, appName] {
        if (job->succeeded() && job->session())
            job->session()->installToken(
                    job->result().duplicate(), Session::IdentityKind::Application, clientId,
                    job->grantUsed(), renewalGrants(), appName.isEmpty() ? clientId : appName);
    });
    return job;
}

} // namespace runai
