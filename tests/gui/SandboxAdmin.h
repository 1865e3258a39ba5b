// SPDX-License-Identifier: MIT
#pragma once

// A second client of the sandbox, signed in as its administrator, for acting "behind the GUI's
// back" (a concurrent delete) and for checking what the console really holds after a GUI
// action. In its own translation unit: RunaiClient.h's SecretJob and the keychain's SecretJob
// cannot meet in one file.

#include "core/AccessRule.h"
#include "core/ApiError.h"
#include "core/Application.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace runai {
class Session;
}

namespace runai::test {

class SandboxAdmin
{
public:
    SandboxAdmin(const QUrl &baseUrl, const QString &email, const QString &password);
    ~SandboxAdmin();

    bool isSignedIn() const;
    // Learns what the console offers, as the window does (e.g. the app_token grant of 2.18).
    void probe();

    ApiError deleteApplication(const QString &id);
    std::optional<Application> application(const QString &id, ApiError *error = nullptr);
    std::optional<Application> applicationNamed(const QString &name);
    ApiError deleteUser(const QString &id);
    ApiError userExists(const QString &id); // None when it exists
    QString userId(const QString &username);
    QList<AccessRule> rules();
    ApiError grant(const AccessRuleRequest &rule); // issue 15: a rule someone else made
    // A token grant that leaves this session alone: None when the console accepts it.
    ApiError clientCredentials(const QString &clientId, const QString &secret, const QString &name);
    ApiError password(const QString &email, const QString &password);
    // issue 15: a predecessor to rotate, with access rules (role by name).
    std::optional<NewApplication> createApplication(const QString &name);
    ApiError grant(const Application &app, const QString &roleName, const QString &scopeType,
                   const QString &scopeId);

    // Switches `session` (the window's) to the application's identity, as "Use this identity"
    // does, without the page noticing.
    static ApiError signInAsApplication(Session *session, const QString &clientId,
                                        const QString &secret, const QString &name);

private:
    std::unique_ptr<Session> m_session;
};

} // namespace runai::test
