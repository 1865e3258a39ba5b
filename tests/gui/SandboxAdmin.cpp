// SPDX-License-Identifier: MIT
#include "SandboxAdmin.h"

#include "../api/ApiTestSupport.h"
#include "api/AccessSubject.h"
#include "api/RunaiClient.h"

namespace runai::test {

SandboxAdmin::SandboxAdmin(const QUrl &baseUrl, const QString &email, const QString &password)
    : m_session(std::make_unique<Session>(fastSettings(baseUrl)))
{
    run(RunaiClient(m_session.get()).signIn(email, password));
}

SandboxAdmin::~SandboxAdmin() = default;

bool SandboxAdmin::isSignedIn() const
{
    return m_session->isSignedIn();
}

void SandboxAdmin::probe()
{
    run(RunaiClient(m_session.get()).probeCapabilities());
}

ApiError SandboxAdmin::deleteApplication(const QString &id)
{
    return run(RunaiClient(m_session.get()).deleteApplication(id))->error();
}

std::optional<Application> SandboxAdmin::application(const QString &id, ApiError *error)
{
    auto job = run(RunaiClient(m_session.get()).getApplication(id));
    if (error)
        *error = job->error();
    if (!job->succeeded())
        return std::nullopt;
    return job->result();
}

std::optional<Application> SandboxAdmin::applicationNamed(const QString &name)
{
    auto job = run(RunaiClient(m_session.get()).listApplications());
    if (!job->succeeded())
        return std::nullopt;
    for (const Application &app : job->result()) {
        if (app.name == name)
            return app;
    }
    return std::nullopt;
}

ApiError SandboxAdmin::deleteUser(const QString &id)
{
    return run(RunaiClient(m_session.get()).deleteUser(id))->error();
}

ApiError SandboxAdmin::userExists(const QString &id)
{
    return run(RunaiClient(m_session.get()).getUser(id))->error();
}

QString SandboxAdmin::userId(const QString &username)
{
    auto job = run(RunaiClient(m_session.get()).listUsers());
    if (!job->succeeded())
        return {};
    for (const User &user : job->result()) {
        if (user.username == username)
            return user.id;
    }
    return {};
}

QList<AccessRule> SandboxAdmin::rules()
{
    AccessRuleQuery query;
    query.limit = 500;
    auto job = run(RunaiClient(m_session.get()).listAccessRules(query));
    return job->succeeded() ? job->result().accessRules : QList<AccessRule>();
}

ApiError SandboxAdmin::clientCredentials(const QString &clientId, const QString &secret,
                                         const QString &name)
{
    return run(RunaiClient(m_session.get()).clientCredentialsToken(clientId, secret, name))
            ->error();
}

ApiError SandboxAdmin::grant(const AccessRuleRequest &rule)
{
    return run(RunaiClient(m_session.get()).createAccessRule(rule))->error();
}

ApiError SandboxAdmin::password(const QString &email, const QString &password)
{
    return run(RunaiClient(m_session.get()).passwordToken(email, password))->error();
}

std::optional<NewApplication> SandboxAdmin::createApplication(const QString &name)
{
    auto job = run(RunaiClient(m_session.get()).createApplication(name));
    return job->succeeded() ? std::optional(job->result()) : std::nullopt;
}

ApiError SandboxAdmin::grant(const Application &app, const QString &roleName,
                             const QString &scopeType, const QString &scopeId)
{
    auto roles = run(RunaiClient(m_session.get()).listRoles());
    if (!roles->succeeded())
        return roles->error();
    int roleId = 0;
    for (const Role &role : roles->result()) {
        if (role.name == roleName)
            roleId = role.id;
    }
    const AccessSubject subject = AccessSubject::forApplication(app, m_session.get());
    return run(RunaiClient(m_session.get())
                       .createAccessRule(subject.request(roleId, scopeType, scopeId)))
            ->error();
}

ApiError SandboxAdmin::signInAsApplication(Session *session, const QString &clientId,
                                           const QString &secret, const QString &name)
{
    return run(RunaiClient(session).signInApplication(clientId, secret, name))->error();
}

} // namespace runai::test
