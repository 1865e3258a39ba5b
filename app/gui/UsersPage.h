#pragma once

#include "ApiJob.h"
#include "Session.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QPushButton;
class QSortFilterProxyModel;

namespace Ui {
class UsersPage;
}

namespace runai {

class ApiJob;
class LostCreateCheck;
class MessageBanner;
class Session;
class UserActions;
class UserListLoader;
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
    // True while the list loads (page by page; rows show as pages arrive).
    bool isLoading() const;
    bool isCreating() const { return m_createJob; }
    bool loadFailed() const { return m_loadFailed; }
    // Reset password, force sign-out, delete, access rules (context menu and tool bar).
    UserActions *actions() const { return m_actions; }

public Q_SLOTS:
    void refresh();
    void createUser();

private:
    void validateEmail();
    void listFinished(const runai::ApiError &error);
    void listProgress(qint64 loaded, qint64 total);
    void createFinished(ApiJob *job, bool mustChange);
    // The answer to a create was lost: look the e-mail up instead of sending it again.
    void recoverLostCreate(const QString &email);
    void lostCreateChecked(LostCreateCheck *check);
    void lostPasswordReset(LostCreateCheck *check, const QString &password);
    void showPlaceholder(const QString &text);
    void updatePlaceholderForFilter();

    std::unique_ptr<Ui::UsersPage> m_ui;
    QPointer<Session> m_session;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    UserActions *m_actions = nullptr;
    QPointer<UserListLoader> m_listLoader;
    QPushButton *m_stopButton = nullptr; // stops a long list load (the rows so far stay)
    QPointer<ApiJob> m_createJob;
    QPointer<LostCreateCheck> m_lostCreate;
    bool m_loadFailed = false;
};

} // namespace runai
