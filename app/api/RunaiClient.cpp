// SPDX-License-Identifier: MIT
#include "RunaiClient.h"

#include "ApiErrorMapper.h"
#include "ApiJson.h"
#include "ApiLogging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

const auto ServiceAccountsPath = u"/api/v1/service-accounts"_s;
const auto AppsPath = u"/api/v1/apps"_s;
const auto TokenPath = u"/api/v1/token"_s;

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

// Sends one grant and hands the parsed TokenSet (obtainedAt set) or the error to `done`.
void sendGrant(TokenJob *job, const ApiJob::Request &req,
               std::function<void(const ApiJob::Response &, std::optional<TokenSet>)> done)
{
    job->send(req, [job, done](const ApiJob::Response &r) {
        if (r.error.isError())
            return done(r, std::nullopt);
        auto tokens = parseBody<TokenSet>(job, r, &ApiJson::tokenSet);
        if (!tokens)
            return; // parseBody failed the job
        tokens->obtainedAt = QDateTime::currentDateTimeUtc();
        done(r, tokens);
    });
}

// 2.18/2.19 refuse client_credentials as an unknown grant type (a 400 naming the grant).
bool looksLikeUnsupportedGrant(const ApiError &e)
{
    if (e.httpStatus() != 400)
        return false;
    const QString text = (e.serverCode() + u' ' + e.serverMessage() + u' ' + e.serverDetails()
                          + u' ' + e.technicalDetail())
                                 .toLower();
    return text.contains("grant"_L1) || text.contains("unsupported"_L1);
}

// A refused grant names who tried to sign in, not whoever the session currently is.
void failGrant(TokenJob *job, ApiError error, const QString &identity)
{
    error.setIdentity(identity);
    job->fail(error);
}

void finishToken(TokenJob *job, const TokenSet &tokens, Session::Grant grant)
{
    job->setResult(tokens);
    job->setGrantUsed(grant);
    job->succeed();
}

} // namespace

// ------------------------------------------------------------------------------------ tokens

TokenJob *RunaiClient::passwordToken(const QString &email, const QString &password) const
{
    const auto req = tokenRequest(QJsonObject{
            {"grantType"_L1, u"password"_s}, {"username"_L1, email}, {"password"_L1, password}});
    return new TokenJob(m_session, trOp("sign in"), [req, email](ApiJob *base) {
        auto job = static_cast<TokenJob *>(base);
        sendGrant(job, req, [job, email](const ApiJob::Response &r, std::optional<TokenSet> t) {
            if (!t)
                return failGrant(job, r.error, email);
            finishToken(job, *t, Session::Grant::Password);
        });
    });
}

TokenJob *RunaiClient::clientCredentialsToken(const QString &clientId, const QString &secret,
                                              const QString &appName) const
{
    // The spec's spelling is clientID; servers match keys case-insensitively, so clientId works
    // too, but we send what the contract says.
    const auto cc = tokenRequest(QJsonObject{{"grantType"_L1, u"client_credentials"_s},
                                             {"clientID"_L1, clientId},
                                             {"clientSecret"_L1, secret}});
    const auto legacy = tokenRequest(
            QJsonObject{{"grantType"_L1, u"app_token"_s},
                        {"appID"_L1, appName.isEmpty() ? clientId : appName},
                        {"appSecret"_L1, secret}});
    return new TokenJob(
            m_session, trOp("sign in as the application"), [cc, legacy, clientId](ApiJob *base) {
                auto job = static_cast<TokenJob *>(base);
                sendGrant(
                        job, cc,
                        [job, legacy, clientId](const ApiJob::Response &r,
                                                std::optional<TokenSet> t) {
                            if (t)
                                return finishToken(job, *t, Session::Grant::ClientCredentials);
                            if (!looksLikeUnsupportedGrant(r.error))
                                return failGrant(job, r.error, clientId);
                            qCInfo(lcSession)
                                    << "client_credentials refused as a grant; retrying once with "
                                       "app_token (CP 2.18/2.19)";
                            sendGrant(job, legacy,
                                      [job, clientId](const ApiJob::Response &r2,
                                                      std::optional<TokenSet> t2) {
                                          if (!t2)
                                              return failGrant(job, r2.error, clientId);
                                          finishToken(job, *t2, Session::Grant::AppToken);
                                      });
                        });
            });
}

TokenJob *RunaiClient::refreshToken(const QString &refreshToken, const QString &clientId) const
{
    QJsonObject body{{"grantType"_L1, u"refresh_token"_s}, {"refreshToken"_L1, refreshToken}};
    if (!clientId.isEmpty())
        body.insert("clientID"_L1, clientId);
    const auto req = tokenRequest(body);
    return new TokenJob(m_session, trOp("renew the session"), [req](ApiJob *base) {
        auto job = static_cast<TokenJob *>(base);
        sendGrant(job, req, [job](const ApiJob::Response &r, std::optional<TokenSet> t) {
            if (!t)
                return job->fail(r.error);
            finishToken(job, *t, Session::Grant::None);
        });
    });
}

TokenJob *RunaiClient::oauth2ClientCredentialsToken(const QString &clientId,
                                                    const QString &secret) const
{
    // Form-encode by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    const QByteArray form = "grant_type=client_credentials&client_id="
                            + QUrl::toPercentEncoding(clientId)
                            + "&client_secret=" + QUrl::toPercentEncoding(secret);
    auto req = request("POST", u"/api/v2/token"_s, form);
    req.contentType = "application/x-www-form-urlencoded";
    req.authenticated = false;
    req.tokenRequest = true;
    return new TokenJob(m_session, trOp("sign in as the application"), [req](ApiJob *base) {
        auto job = static_cast<TokenJob *>(base);
        sendGrant(job, req, [job](const ApiJob::Response &r, std::optional<TokenSet> t) {
            if (!t)
                return job->fail(r.error);
            finishToken(job, *t, Session::Grant::ClientCredentials);
        });
    });
}

TokenJob *RunaiClient::signIn(const QString &email, const QString &password) const
{
    TokenJob *job = passwordToken(email, password);
    QObject::connect(job, &ApiJob::finished, job, [job, email] {
        if (job->succeeded() && job->session())
            job->session()->installToken(job->result(), Session::IdentityKind::User, email,
                                         Session::Grant::Password);
    });
    return job;
}

TokenJob *RunaiClient::signInApplication(const QString &clientId, const QString &secret,
                                         const QString &appName) const
{
    TokenJob *job = clientCredentialsToken(clientId, secret, appName);
    QObject::connect(job, &ApiJob::finished, job, [job, clientId, appName] {
        if (job->succeeded() && job->session())
            job->session()->installToken(job->result(), Session::IdentityKind::Application,
                                         clientId, job->grantUsed(),
                                         appName.isEmpty() ? clientId : appName);
    });
    return job;
}

// ------------------------------------------------------------------------------ applications

ApplicationListJob *RunaiClient::listApplications() const
{
    return applicationsJsonCall<ApplicationList>(
            m_session, trOp("list applications"),
            [](const QString &base) { return request("GET", base); }, &ApiJson::applicationList);
}

ApplicationJob *RunaiClient::createApplication(const QString &name) const
{
    const QByteArray body = jsonBody(QJsonObject{{"name"_L1, name}});
    return applicationsJsonCall<Application>(
            m_session, trOp("create the application"),
            [body](const QString &base) { return request("POST", base, body); },
            &ApiJson::createdApplication);
}

ApplicationJob *RunaiClient::getApplication(const QString &id) const
{
    return applicationsJsonCall<Application>(
            m_session, trOp("read the application"),
            [id](const QString &base) { return request("GET", base + idSegment(id)); },
            &ApiJson::application);
}

ApiJob *RunaiClient::setApplicationEnabled(const QString &id, bool enabled) const
{
    const QByteArray body = jsonBody(QJsonObject{{"enabled"_L1, enabled}});
    const auto make = [id, body](const QString &base) {
        return request("PATCH", base + idSegment(id), body);
    };
    return new ApiJob(m_session,
                      enabled ? trOp("enable the application") : trOp("disable the application"),
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
    return new ApiJob(m_session, trOp("delete the application"), [make](ApiJob *job) {
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
            m_session, trOp("regenerate the application's secret"),
            [id](const QString &base) {
                return request("POST", base + idSegment(id) + u"/secret"_s);
            },
            &ApiJson::regeneratedSecret);
}

// ------------------------------------------------------------------------------------- users

NewUserJob *RunaiClient::createUser(const QString &email, std::optional<bool> resetPassword,
                                    std::optional<bool> notify) const
{
    QJsonObject body{{"email"_L1, email}};
    if (resetPassword)
        body.insert("resetPassword"_L1, *resetPassword);
    if (notify)
        body.insert("notify"_L1, *notify);
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

RoleListJob *RunaiClient::listRoles() const
{
    return jsonCall<RoleList>(m_session, trOp("list roles"),
                              request("GET", u"/api/v1/authorization/roles"_s), &ApiJson::roleList);
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
