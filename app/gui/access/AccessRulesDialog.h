// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccessSubject.h"
#include "core/AccessRule.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccessRulesDialog;
}

namespace runai {

class ApiJob;
class GrantAccessDialog;
class MessageBanner;
class Session;

// The access rules of one application or user: listed from
// GET /api/v1/authorization/access-rules (filtered by subject type and ids), added through a
// GrantAccessDialog, deleted after a confirmation. A failed load says so instead of showing an
// empty list ("no rules" would be a lie).
class AccessRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AccessRulesDialog(Session *session, const AccessSubject &subject, QWidget *parent = nullptr);
    ~AccessRulesDialog() override;

    MessageBanner *banner() const;
    const QList<AccessRule> &rules() const { return m_rules; }
    bool isLoading() const { return m_listJob; }
    bool isDeleting() const { return m_deleteJob; }
    bool loadFailed() const { return m_loadFailed; }
    GrantAccessDialog *grantDialog() const { return m_grant; }
    void selectRule(int ruleId);

public Q_SLOTS:
    void refresh();
    void addRule();
    void deleteSelectedRule();

Q_SIGNALS:
    void rulesChanged();

private:
    void listFinished(ApiJob *job);
    void everyoneFinished(ApiJob *job);
    void deleteFinished(ApiJob *job, const AccessRule &rule);
    void showRules();
    void showPlaceholder(const QString &text);
    void updateButtons();
    AccessRule selectedRule() const;

    std::unique_ptr<Ui::AccessRulesDialog> m_ui;
    QPointer<Session> m_session;
    AccessSubject m_subject;
    QList<AccessRule> m_rules;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_deleteJob;
    QPointer<GrantAccessDialog> m_grant;
    bool m_loadFailed = false;
};

} // namespace runai
