// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QToolBar;

namespace runai {

class ApiJob;
class ApplicationsPage;
class KeychainBridge;
class Session;

// The lifecycle actions on the Applications table: regenerate the client secret, enable or
// disable, delete, export the credentials, and the access rules (plus the offer to grant a role
// right after registering). They live in the table's context menu, in a tool bar above the table
// and on keyboard shortcuts. Each action asks for confirmation where it cannot be undone, runs
// one job at a time, and keeps the table and the keychain in step with the console.
class ApplicationActions : public QObject
{
    Q_OBJECT
public:
    ApplicationActions(ApplicationsPage *page, KeychainBridge *keychain);
    ~ApplicationActions() override;

    void setSession(Session *session);
    // Tool tips and the tool bar's name in the console's word (see ObjectNoun).
    void applyNoun();
    // After a registration: once the credentials dialog is closed, offer to grant a role.
    void offerAccess(const Application &app, QDialog *credentialsDialog);

    QAction *regenerateAction() const { return m_regenerate; }
    QAction *toggleEnabledAction() const { return m_toggleEnabled; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *accessRulesAction() const { return m_accessRules; }
    QToolBar *toolBar() const { return m_toolBar; }
    bool isBusy() const { return m_job || m_readingSecret; }

public Q_SLOTS:
    void regenerateSecret();
    void toggleEnabled();
    void deleteApplication();
    void exportCredentials();
    void showAccessRules();
    void updateActions();

private:
    Application selected() const;
    QString tenantIdHint() const;
    ObjectNoun noun() const;
    void startJob(ApiJob *job);
    void regenerateFinished(ApiJob *job, const Application &app);
    void toggleFinished(ApiJob *job, const Application &app, bool enable);
    void deleteFinished(ApiJob *job, const Application &app);
    void saveNewSecret(const Application &app, const QString &secret, QDialog *dialog);
    void forgetSecret(const Application &app);
    void removeRow(const QString &id);
    void reportGone(const Application &app);
    void openGrantDialog(const Application &app);

    ApplicationsPage *m_page;
    QPointer<KeychainBridge> m_keychain;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_job; // one lifecycle request at a time
    bool m_readingSecret = false;
    QAction *m_regenerate = nullptr;
    QAction *m_toggleEnabled = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_accessRules = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace runai
