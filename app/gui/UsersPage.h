#pragma once

#include "ApiJob.h"
#include "Session.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class UsersPage;
}

namespace runai {

class ApiJob;
class MessageBanner;
class LostCreateCheck;
class Session;
class UserActions;
class UsersModel;

// Create local users (the temporary password is shown once) and list the console's users with a
// search box; users created in this session are marked. One job per action in a QPointer.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    void setSession(Session *session);

    UsersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    MessageBanner *banner() const;
    Ui::UsersPage *ui() const { return m_ui.get(); }
    bool isLoading() const { return m_listJob; }
    bool isCreating() const { return m_createJob; }
    bool loadFailed() const { return m_loadFailed; }
    // Reset password, force sign-out, delete, access rules (context menu and tool bar).
    UserActions *actions() const { return m_actions; }

public Q_SLOTS:
    void refresh();
    void createUser();

private:
    void validateEmail();
    void listFinished(ApiJob *job);
    void createFinished(ApiJob *job, bool mustChange);
    void showPlaceholder(const QString &text);
    void updatePlaceholderForFilter();

    std::unique_ptr<Ui::UsersPage> m_ui;
    // The answer to a create was lost: look the e-mail up instead of sending it again.
    void recoverLostCreate(const QString &email);
    void lostCreateChecked(LostCreateCheck *check);
    void lostPasswordReset(LostCreateCheck *check, const QString &password);
    QPointer<Session> m_session;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    UserActions *m_actions = nullptr;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_createJob;
    bool m_loadFailed = false;
};

} // namespace runai
    QPointer<LostCreateCheck> m_lostCreate;
