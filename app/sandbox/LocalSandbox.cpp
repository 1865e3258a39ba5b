// SPDX-License-Identifier: MIT
#include "sandbox/LocalSandbox.h"

#include "core/LogCategories.h"
#include "sandbox/ApiContext.h"
#include "sandbox/SandboxServer.h"

namespace runai {

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{ }

LocalSandbox::~LocalSandbox() = default;

bool LocalSandbox::ensureRunning()
{
    if (isRunning())
        return true;
    delete m_server;
    sandbox::SandboxOptions options;
    if (!m_apiVersion.isEmpty())
        options.apiVersion = m_apiVersion;
    m_server = new sandbox::SandboxServer(options, this);
    if (!m_server->start()) {
        m_error = m_server->errorString();
        qCWarning(lcLocalSandbox) << "sandbox did not start:" << m_error;
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_error.clear();
    qCInfo(lcLocalSandbox) << "sandbox listening on" << m_server->baseUrl().toDisplayString();
    return true;
}

bool LocalSandbox::setApiVersion(const QString &version)
{
    if (sandbox::apiLevelFor(version) == 0)
        return false;
    m_apiVersion = version.trimmed();
    return true;
}

void LocalSandbox::stop()
{
    delete m_server;
    m_server = nullptr;
}

bool LocalSandbox::isRunning() const
{
    return m_server && m_server->port() != 0;
}

QUrl LocalSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString LocalSandbox::adminEmail() const
{
    return m_server ? m_server->options().adminEmail : sandbox::SandboxOptions{}.adminEmail;
}

QString LocalSandbox::adminPassword() const
{
    return m_server ? m_server->options().adminPassword : sandbox::SandboxOptions{}.adminPassword;
}

} // namespace runai
