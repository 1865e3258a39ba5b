// SPDX-License-Identifier: MIT
#include "api/RunaiClient.h"

#include "api/ApiErrorMapper.h"
#include "core/ApiJson.h"
#include "core/LogCategories.h"
#include "core/ObjectNoun.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

const auto ServiceAccountsPath = u"/api/v1/service-accounts"_s;
const auto AppsPath = u"/api/v1/apps"_s;
const auto TokenPath = u"/api/v1/token"_s;
const auto TokenPathV2 = u"/api/v2/token"_s;
const auto RolesPathV1 = u"/api/v1/authorization/roles"_s;
const auto RolesPathV2 = u"/api/v2/authorization/roles"_s;

QString trOp(const char *text)
{
    return QCoreApplication::translate("runai::RunaiClient", text);
}

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiJob::Request request(const QByteArray &verb, const QString &path, const QByteArray &body = {})
{
    ApiJob::Request r;
    r.verb = verb;
    r.path = path;
    r.body = body;
    return r;
}

QString idSegment(const QString &id)
{
    // Ids come from the server, but are still encoded: a '/' or '?' must not change the path.
    return u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Turns a 2xx body into a value, or fails the job with BadResponse (never a silent empty value).
template<typename T, typename Parser>
std::optional<T> parseBody(ApiJob *job, const ApiJob::Response &r, Parser parser)
{
    auto doc = ApiJson::document(r.body);
    if (!doc.ok()) {
        const QByteArray mime = r.contentType.split(';').first().trimmed();
        ApiError e(ApiError::Kind::BadResponse,
                   u"HTTP %1 %2 answer is not JSON: %3"_s.arg(r.httpStatus)
                           .arg(mime.isEmpty() ? u"(no content type)"_s : QString::fromLatin1(mime),
                                doc.error()));
        e.setHttpStatus(r.httpStatus);
        job->fail(e);
        return std::nullopt;
    }
    auto value = parser(doc.value());
    if (!value.ok()) {
        ApiError e(ApiError::Kind::BadResponse, value.error());
        e.setHttpStatus(r.httpStatus);
        job->fail(e);
        return std::nullopt;
    }
    return std::move(value.value());
}

// A call with one request and a JSON result.
template<typename T, typename Parser>
ApiResultJob<T> *jsonCall(Session *session, const QString &op, ApiJob::Request req, Parser parser)
{
    return new ApiResultJob<T>(session, op, [req, parser](ApiJob *base) {
        auto job = static_cast<ApiResultJob<T> *>(base);
        job->send(req, [job, parser](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            if (auto v = parseBody<T>(job, r, parser)) {
                job->setResult(std::move(*v));
                job->succeed();
            }
        });
    });
}

// A call whose success has no body (204 deletes, PATCH, logout).
ApiJob *voidCall(Session *session, const QString &op, ApiJob::Request req)
{
    return new ApiJob(session, op, [req](ApiJob *job) {
        job->send(req, [job](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            job->succeed();
        });
    });
}

// Sends an applications request to /api/v1/service-accounts (2.24+) or /api/v1/apps, learning
// which one the server has: while unknown, a 404 from service-accounts falls back to apps once.
// The first request never reached a handler when it 404s, so the fallback repeats nothing.
void sendApplications(ApiJob *job, std::function<ApiJob::Request(const QString &base)> make,
                      ApiJob::ResponseHandler then)
{
    Session *session = job->session();
    const auto api = session->applicationsApi();
    const QString first = api == Session::ApplicationsApi::Apps ? AppsPath : ServiceAccountsPath;
    job->send(make(first), [job, make, then, api](const ApiJob::Response &r) {
        Session *session = job->session();
        if (api == Session::ApplicationsApi::Unknown) {
            if (r.error.kind() == ApiError::Kind::NotFound) {
                qCInfo(lcApi) << "no service-accounts API here; trying /api/v1/apps";
                job->send(make(AppsPath), [job, then](const ApiJob::Response &r2) {
                    if (!r2.error.isError() && job->session())
                        job->session()->setApplicationsApi(Session::ApplicationsApi::Apps);
                    then(r2);
                });
                return;
            }
            if (!r.error.isError() && session)
                session->setApplicationsApi(Session::ApplicationsApi::ServiceAccounts);
        }
        then(r);
    });
}

template<typename T, typename Parser>
ApiResultJob<T> *applicationsJsonCall(Session *session, const QString &op,
                                      std::function<ApiJob::Request(const QString &)> make,
                                      Parser parser)
{
    return new ApiResultJob<T>(session, op, [make, parser](ApiJob *base) {
        auto job = static_cast<ApiResultJob<T> *>(base);
        sendApplications(job, make, [job, parser](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            if (auto v = parseBody<T>(job, r, parser)) {
                job->setResult(std::move(*v));
                job->succeed();
            }
        });
    });
}

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

CapabilitiesProbeJob *RunaiClient::probeCapabilities() const
{
    auto *job = new CapabilitiesProbeJob(m_session);
    QObject::connect(job, &ApiJob::finished, job, [job] {
        if (job->succeeded() && job->session())
            job->session()->setCapabilities(job->result());
    });
    return job;
}

// ------------------------------------------------------------------------------ applications

ApplicationListJob *RunaiClient::listApplications() const
{
    return applicationsJsonCall<ApplicationList>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("list applications"),
                                           trOp("list service accounts")),
            [](const QString &base) { return request("GET", base); }, &ApiJson::applicationList);
}

ApplicationJob *RunaiClient::createApplication(const QString &name) const
{
    const QByteArray body = jsonBody(QJsonObject{{"name"_L1, name}});
    return applicationsJsonCall<Application>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("create the application"),
                                           trOp("create the service account")),
            [body](const QString &base) { return request("POST", base, body); },
            &ApiJson::createdApplication);
}

ApplicationJob *RunaiClient::getApplication(const QString &id) const
{
    return applicationsJsonCall<Application>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("read the application"),
                                           trOp("read the service account")),
            [id](const QString &base) { return request("GET", base + idSegment(id)); },
            &ApiJson::application);
}

ApiJob *RunaiClient::setApplicationEnabled(const QString &id, bool enabled) const
{
    const QByteArray body = jsonBody(QJsonObject{{"enabled"_L1, enabled}});
    const auto make = [id, body](const QString &base) {
        return request("PATCH", base + idSegment(id), body);
    };
    const ObjectNoun noun = ObjectNoun::of(m_session);
    return new ApiJob(
            m_session,
            enabled ? noun.pick(trOp("enable the application"), trOp("enable the service account"))
                    : noun.pick(trOp("disable the application"),
                                trOp("disable the service account")),
            [make](ApiJob *job) {
                sendApplications(job, make, [job](const ApiJob::Response &r) {
                    if (r.error.isError())
                        return job->fail(r.error);
                    job->succeed();
                });
            });
}

ApiJob *RunaiClient::deleteApplication(const QString &id) const
{
    const auto make = [id](const QString &base) {
        return request("DELETE", base + idSegment(id));
    };
    const QString op = ObjectNoun::of(m_session).pick(trOp("delete the application"),
                                                      trOp("delete the service account"));
    return new ApiJob(m_session, op, [make](ApiJob *job) {
        sendApplications(job, make, [job](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            job->succeed();
        });
    });
}

IssuedSecretJob *RunaiClient::regenerateApplicationSecret(const QString &id) const
{
    return applicationsJsonCall<QString>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("regenerate the application's secret"),
                                           trOp("regenerate the service account's secret")),
            [id](const QString &base) {
                return request("POST", base + idSegment(id) + u"/secret"_s);
            },
            &ApiJson::regeneratedSecret);
}

// ------------------------------------------------------------------------------------- users

NewUserJob *RunaiClient::createUser(const QString &email, std::optional<bool> resetPassword,
                                    std::optional<bool> notify) const
{
    return createUser(NewUserRequest{email, {}, {}, resetPassword, notify});
}

NewUserJob *RunaiClient::createUser(const NewUserRequest &user) const
{
    QJsonObject body{{"email"_L1, user.email}};
    // Consoles before 3.0 do not know these fields: names go only when there are names.
    if (!user.firstName.trimmed().isEmpty())
        body.insert("firstName"_L1, user.firstName.trimmed());
    if (!user.lastName.trimmed().isEmpty())
        body.insert("lastName"_L1, user.lastName.trimmed());
    if (user.resetPassword)
        body.insert("resetPassword"_L1, *user.resetPassword);
    if (user.notify)
        body.insert("notify"_L1, *user.notify);
    return jsonCall<NewUser>(m_session, trOp("create the user"),
                             request("POST", u"/api/v1/users"_s, jsonBody(body)),
                             &ApiJson::createdUser);
}

UserListJob *RunaiClient::listUsers(const UserQuery &query) const
{
    auto req = request("GET", u"/api/v1/users"_s);
    req.query = query.toUrlQuery();
    return jsonCall<UserList>(m_session, trOp("list users"), req, &ApiJson::userList);
}

CountJob *RunaiClient::countUsers(const UserQuery &query) const
{
    auto req = request("GET", u"/api/v1/users/count"_s);
    req.query = query.toCountQuery();
    return jsonCall<qint64>(m_session, trOp("count users"), req, &ApiJson::count);
}

UserJob *RunaiClient::getUser(const QString &id) const
{
    return jsonCall<User>(m_session, trOp("read the user"),
                          request("GET", u"/api/v1/users"_s + idSegment(id)), &ApiJson::user);
}

ApiJob *RunaiClient::deleteUser(const QString &id) const
{
    return voidCall(m_session, trOp("delete the user"),
                    request("DELETE", u"/api/v1/users"_s + idSegment(id)));
}

ApiJob *RunaiClient::logoutUser(const QString &id) const
{
    return voidCall(m_session, trOp("sign the user out"),
                    request("POST", u"/api/v1/users"_s + idSegment(id) + u"/logout"_s));
}

IssuedSecretJob *RunaiClient::resetUserPassword(const QString &id) const
{
    return jsonCall<QString>(m_session, trOp("reset the user's password"),
                             request("POST", u"/api/v1/users"_s + idSegment(id) + u"/password"_s),
                             &ApiJson::tempPassword);
}

ApiJob *RunaiClient::changeOwnPassword(const QString &currentPassword,
                                       const QString &newPassword) const
{
    const QByteArray body = jsonBody(
            QJsonObject{{"currentPassword"_L1, currentPassword}, {"newPassword"_L1, newPassword}});
    return voidCall(m_session, trOp("change your password"),
                    request("POST", u"/api/v1/me/password"_s, body));
}

// ----------------------------------------------------------------------------- authorization

namespace {

// Asks for the v2 page at `offset` and appends it; follows `next` (or, without it, a full page)
// until the last page. Stops on a page that brings nothing, so a server that ignores offset
// cannot keep it looping.
void fetchRolePages(RoleListJob *job, int pageSize, int offset)
{
    auto req = request("GET", RolesPathV2);
    req.query.addQueryItem(u"limit"_s, QString::number(pageSize));
    req.query.addQueryItem(u"offset"_s, QString::number(offset));
    job->send(req, [job, pageSize, offset](const ApiJob::Response &r) {
        if (r.error.isError())
            return job->fail(r.error);
        auto page = parseBody<RolePage>(job, r, &ApiJson::rolePage);
        if (!page)
            return;
        RoleList all = job->result();
        all += page->roles;
        job->setResult(all);
        const int following = page->next.value_or(offset + int(page->roles.size()));
        const bool more = page->next ? following > offset
                                     : page->roles.size() >= pageSize && !page->roles.isEmpty();
        if (more && !page->roles.isEmpty())
            return fetchRolePages(job, pageSize, following);
        job->succeed();
    });
}

} // namespace

RoleListJob *RunaiClient::listRoles(int pageSize) const
{
    pageSize = std::clamp(pageSize, 1, 500);
    return new RoleListJob(m_session, trOp("list roles"), [pageSize](ApiJob *base) {
        auto job = static_cast<RoleListJob *>(base);
        using F = ConsoleCapabilities::Feature;
        const Session *s = job->session();
        const bool v2 = s
                        && (s->capabilities().has(F::V2Roles)
                            || (s->capabilities().lacks(F::V1Roles)
                                && !s->capabilities().lacks(F::V2Roles)));
        if (v2)
            return fetchRolePages(job, pageSize, 0);
        const bool v2Unknown = !s || !s->capabilities().knows(F::V2Roles)
                               || s->capabilities().source() == ConsoleCapabilities::Source::Cached;
        job->send(request("GET", RolesPathV1),
                  [job, pageSize, v2Unknown](const ApiJob::Response &r) {
                      // 3.0 removed the v1 roles: a 404 status (the path, not a role) moves to v2
                      // once.
                      if (r.error.isError() && r.httpStatus == 404 && v2Unknown) {
                          if (job->session())
                              job->session()->learn(F::V1Roles, false);
                          return fetchRolePages(job, pageSize, 0);
                      }
                      if (r.error.isError())
                          return job->fail(r.error);
                      if (auto v = parseBody<RoleList>(job, r, &ApiJson::roleList)) {
                          job->setResult(std::move(*v));
                          job->succeed();
                      }
                  });
    });
}

AccessRuleJob *RunaiClient::createAccessRule(const AccessRuleRequest &rule) const
{
    return jsonCall<AccessRule>(m_session, trOp("add the access rule"),
                                request("POST", u"/api/v1/authorization/access-rules"_s,
                                        jsonBody(ApiJson::accessRuleRequest(rule))),
                                &ApiJson::accessRule);
}

AccessRulePageJob *RunaiClient::listAccessRules(const AccessRuleQuery &query) const
{
    auto req = request("GET", u"/api/v1/authorization/access-rules"_s);
    QUrlQuery q;
    if (!query.subjectType.isEmpty())
        q.addQueryItem(u"subjectType"_s, query.subjectType);
    if (!query.subjectIds.isEmpty())
        q.addQueryItem(u"subjectIds"_s, query.subjectIds.join(u','));
    if (query.offset >= 0)
        q.addQueryItem(u"offset"_s, QString::number(query.offset));
    if (query.limit >= 0)
        q.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (!query.sortBy.isEmpty())
        q.addQueryItem(u"sortBy"_s, query.sortBy);
    if (!query.sortOrder.isEmpty())
        q.addQueryItem(u"sortOrder"_s, query.sortOrder);
    if (!query.filterBy.isEmpty())
        q.addQueryItem(u"filterBy"_s, query.filterBy.join(u','));
    if (!query.search.isEmpty())
        q.addQueryItem(u"search"_s, query.search);
    req.query = q;
    return jsonCall<AccessRulePage>(m_session, trOp("list access rules"), req,
                                    &ApiJson::accessRulePage);
}

ApiJob *RunaiClient::deleteAccessRule(int id) const
{
    return voidCall(
            m_session, trOp("delete the access rule"),
            request("DELETE", u"/api/v1/authorization/access-rules/"_s + QString::number(id)));
}

// ------------------------------------------------------------------------------ access keys

AccessKeyListJob *RunaiClient::listAccessKeys() const
{
    return jsonCall<AccessKeyList>(m_session, trOp("list your access keys"),
                                   request("GET", u"/api/v1/access-keys"_s),
                                   &ApiJson::accessKeyList);
}

AccessKeyJob *RunaiClient::createAccessKey(const QString &name) const
{
    return jsonCall<AccessKey>(
            m_session, trOp("create the access key"),
            request("POST", u"/api/v1/access-keys"_s, jsonBody(QJsonObject{{"name"_L1, name}})),
            &ApiJson::createdAccessKey);
}

AccessKeyJob *RunaiClient::getAccessKey(const QString &id) const
{
    return jsonCall<AccessKey>(m_session, trOp("read the access key"),
                               request("GET", u"/api/v1/access-keys"_s + idSegment(id)),
                               &ApiJson::accessKey);
}

ApiJob *RunaiClient::deleteAccessKey(const QString &id) const
{
    return voidCall(m_session, trOp("delete the access key"),
                    request("DELETE", u"/api/v1/access-keys"_s + idSegment(id)));
}

IssuedSecretJob *RunaiClient::regenerateAccessKeySecret(const QString &id) const
{
    return jsonCall<QString>(
            m_session, trOp("regenerate the access key's secret"),
            request("POST", u"/api/v1/access-keys"_s + idSegment(id) + u"/secret"_s),
            &ApiJson::regeneratedSecret);
}

AccessKeyListJob *RunaiClient::listAllAccessKeys(const AccessKeyFilter &filter) const
{
    auto req = request("GET", u"/api/v1/administration/access-keys"_s);
    QUrlQuery q;
    if (!filter.clientId.isEmpty())
        q.addQueryItem(u"clientId"_s, filter.clientId);
    if (!filter.createdBy.isEmpty())
        q.addQueryItem(u"createdBy"_s, filter.createdBy);
    req.query = q;
    return jsonCall<AccessKeyList>(m_session, trOp("list every user's access keys"), req,
                                   &ApiJson::administeredAccessKeyList);
}

ApiJob *RunaiClient::deleteAnyAccessKey(const QString &id) const
{
    return voidCall(m_session, trOp("delete the access key"),
                    request("DELETE", u"/api/v1/administration/access-keys"_s + idSegment(id)));
}

} // namespace runai
