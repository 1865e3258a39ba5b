// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

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
class MessageBanner;
class Session;
class UsersModel;

// The lifecycle actions on the Users table: reset the password (the new temporary password is
// shown once), force a sign-out, delete (with a confirmation, and a stronger one when the user
// is the administrator signed in here), and the user's access rules, plus the offer to grant a
// role right after creating a user. Context menu, tool bar and shortcuts, one job at a time.
class UserActions : public QObject
{
    Q_OBJECT
public:
    // The page's table: the actions act on its selected row and keep its rows in step.
    struct Table
    {
        QTableView *view = nullptr;
        UsersModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };

    // Questions and dialogs open over `page`; outcomes go to `banner`.
    UserActions(const Table &table, MessageBanner *banner, QWidget *page);
    ~UserActions() override;

    void setSession(Session *session);
    // After a user was created: once the password dialog is closed, offer to grant a role.
    void offerAccess(const User &user, QDialog *passwordDialog);

    QAction *resetPasswordAction() const { return m_resetPassword; }
    QAction *logoutAction() const { return m_logout; }
    QAction *deleteAction() const { return m_delete; }
    QAction *accessRulesAction() const { return m_accessRules; }
    QAction *verifyAction() const { return m_verify; } // issue 15: Verify access
    // The actions' tool bar; the page places it above the table.
    QToolBar *toolBar() const { return m_toolBar; }
    bool isBusy() const;
    // Whether `user` is the identity this program is signed in as.
    bool isSignedInUser(const User &user) const;

public Q_SLOTS:
    void resetPassword();
    void forceLogout();
    void deleteUser();
    void showAccessRules();
    void verifyAccess(); // issue 15: what the selected user may do, with a password typed once
    void updateActions();

Q_SIGNALS:
    // An action changed the console's list (or found it out of date): reload it.
    void listChanged();

private:
    User selected() const;
    void startJob(ApiJob *job);
    void resetFinished(ApiJob *job, const User &user);
    void logoutFinished(ApiJob *job, const User &user);
    void deleteFinished(ApiJob *job, const User &user);
    void reportGone(const User &user);
    void openGrantDialog(const User &user);

    QWidget *m_page;
    Table m_table;
    MessageBanner *m_banner;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_job;
    QAction *m_resetPassword = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_accessRules = nullptr;
    QAction *m_verify = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace runai
