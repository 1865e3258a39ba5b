// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QWidget;

namespace runai {

class ApiJob;
class ApplicationsModel;
class ClientSecretSaver;
class KeychainBridge;
class MessageBanner;
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
    // The page's table: the actions act on its selected row and keep its rows in step.
    struct Table
    {
        QTableView *view = nullptr;
        ApplicationsModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };

    // Questions and dialogs open over `page`; outcomes go to `banner`.
    ApplicationActions(const Table &table, MessageBanner *banner, KeychainBridge *keychain,
                       ClientSecretSaver *secrets, QWidget *page);
    ~ApplicationActions() override;

    void setSession(Session *session);
    // Tool tips and the tool bar's name in the console's word (see ObjectNoun).
    void applyNoun();
    // After a registration: once the credentials dialog is closed, offer to grant a role.
    void offerAccess(const Application &app, QDialog *credentialsDialog);

    QAction *regenerateAction() const { return m_regenerate; }
    QAction *rotateAction() const { return m_rotate; } // issue 15: rotation
    QAction *toggleEnabledAction() const { return m_toggleEnabled; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *accessRulesAction() const { return m_accessRules; }
    // The actions' tool bar; the page places it above the table.
    QToolBar *toolBar() const { return m_toolBar; }
    bool isBusy() const;

public Q_SLOTS:
    void regenerateSecret();
    void rotate();
    void toggleEnabled();
    void deleteApplication();
    void exportCredentials();
    void showAccessRules();
    void updateActions();

Q_SIGNALS:
    // An action changed the console's list (or found it out of date): reload it.
    void listChanged();
    // The offer after a registration granted `app` a rule (the banner says so already).
    void accessGranted(const runai::Application &app);

private:
    Application selected() const;
    QString tenantIdHint() const;
    ObjectNoun noun() const;
    void startJob(ApiJob *job);
    void regenerateFinished(ApiJob *job, const Application &app);
    void toggleFinished(ApiJob *job, const Application &app, bool enable);
    void deleteFinished(ApiJob *job, const Application &app);
    void forgetSecret(const Application &app);
    void removeRow(const QString &id);
    void reportGone(const Application &app);
    void openGrantDialog(const Application &app);

    QWidget *m_page;
    Table m_table;
    MessageBanner *m_banner;
    QPointer<KeychainBridge> m_keychain;
    ClientSecretSaver *m_secrets;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_job; // one lifecycle request at a time
    bool m_readingSecret = false;
    QAction *m_regenerate = nullptr;
    QAction *m_rotate = nullptr;
    QAction *m_toggleEnabled = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_accessRules = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace runai
