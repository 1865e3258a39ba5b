// SPDX-License-Identifier: MIT
// RunaiClient: what the console offers, users, authorization and access keys. Token grants are in
// RunaiClientTokens.cpp, applications in RunaiClientApplications.cpp; the call builders they all
// use in ClientCalls.h.
#include "api/RunaiClient.h"

#include "api/ClientCalls.h"
#include "core/JsonObjectWriter.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

using namespace calls; // the call builders of ClientCalls.h

namespace {

const auto RolesPathV1 = u"/api/v1/authorization/roles"_s;
const auto RolesPathV2 = u"/api/v2/authorization/roles"_s;

} // namespace

CapabilitiesProbeJob *RunaiClient::probeCapabilities() const
{
    auto *job = new CapabilitiesProbeJob(m_session);
    QObject::connect(job, &ApiJob::finished, job, [job] {
        if (job->succeeded() && job->session())
            job->session()->setCapabilities(job->result());
    });
    return job;
}

// ------------------------------------------------------------------------------------- users

NewUserJob *RunaiClient::createUser(const QString &email, std::optional<bool> resetPassword,
                                    std::optional<bool> notify) const
{
    return createUser(NewUserRequest{email, {}, {}, resetPassword, notify});
}

NewUserJob *RunaiClient::createUser(const NewUserRequest &user) const
{
    // Written straight into bytes (a bulk import sends thousands), keys in the order a
    // QJsonObject would print them.
    JsonObjectWriter body;
    body.add("email"_L1, user.email);
    // Consoles before 3.0 do not know these fields: names go only when there are names.
    const QString firstName = user.firstName.trimmed();
    const QString lastName = user.lastName.trimmed();
    if (!firstName.isEmpty())
        body.add("firstName"_L1, firstName);
    if (!lastName.isEmpty())
        body.add("lastName"_L1, lastName);
    if (user.notify)
        body.add("notify"_L1, *user.notify);
    if (user.resetPassword)
        body.add("resetPassword"_L1, *user.resetPassword);
    return jsonCall<NewUser>(m_session, trOp("create the user"),
                             request("POST", u"/api/v1/users"_s, body.take()),
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

NewAccessKeyJob *RunaiClient::createAccessKey(const QString &name) const
{
    return jsonCall<NewAccessKey>(
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
