// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccessSubject.h"
#include "core/AccessRule.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class GrantAccessDialog;
}

namespace runai {

class ApiJob;
class MessageBanner;
class Session;

// Gives an application or a user a role on a scope (POST /api/v1/authorization/access-rules).
// Roles come from the server; the scope type is one of system, tenant, cluster, department,
// project, and the scope ID is typed (the tenant ID is prefilled when known). Opened right after
// registering an application or creating a user ("offer", with a "Not now" button), and from
// the Access rules dialog. Errors stay in the dialog so the admin can correct and retry.
class GrantAccessDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Offer, Add };

    GrantAccessDialog(Session *session, const AccessSubject &subject, Purpose purpose,
                      QWidget *parent = nullptr);
    ~GrantAccessDialog() override;

    MessageBanner *banner() const;
    bool isLoadingRoles() const { return m_rolesJob; }
    bool isGranting() const { return m_grantJob; }
    bool isBusy() const { return m_rolesJob || m_tenantJob || m_grantJob; }
    const AccessSubject &subject() const { return m_subject; }

    // Picks a role by its name, as a shortcut for tests and callers; false if not offered.
    bool selectRole(const QString &name);
    void selectScopeType(const QString &scopeType);

public Q_SLOTS:
    void grant();

Q_SIGNALS:
    void ruleCreated(const runai::AccessRule &rule);

private:
    void loadRoles();
    void rolesFinished(ApiJob *job);
    void findTenantId();
    void grantFinished(ApiJob *job);
    void updateRoleDescription();
    void updateScopeHint();
    void updateButtons();

    std::unique_ptr<Ui::GrantAccessDialog> m_ui;
    QPointer<Session> m_session;
    AccessSubject m_subject;
    QPointer<ApiJob> m_rolesJob;
    QPointer<ApiJob> m_tenantJob;
    QPointer<ApiJob> m_grantJob;
    QString m_tenantId;
};

} // namespace runai
