// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Session.h"
#include "core/User.h"
#include "core/UserQuery.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Ui {
class UsersPage;
}

namespace runai {

class ApiJob;
class LostCreateCheck;
class MessageBanner;
class Session;
class TableCsvExport;
class TableExportFlow;
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
    QTableView *tableView() const;
    MessageBanner *banner() const;
    Ui::UsersPage *ui() const { return m_ui.get(); }
    // True while the list loads (page by page; rows show as pages arrive).
    bool isLoading() const;
    bool isCreating() const { return m_createJob; }
    // The e-mail being created while the answer is awaited, else empty (for sign-out).
    QString creatingEmail() const { return m_createJob ? m_createEmail : QString(); }
    // A create whose answer a sign-out dropped: ask the console whether this page's last create
    // of `email` took effect, as after any lost answer.
    void checkInterruptedCreate(const QString &email)
    {
        // No answer ever came: the console may have acted on it any time until now.
        m_createAnsweredAt = QDateTime::currentDateTimeUtc();
        recoverLostCreate(email);
    }
    bool loadFailed() const { return m_loadFailed; }
    // Reset password, force sign-out, delete, access rules (context menu and tool bar).
    UserActions *actions() const { return m_actions; }
    // "Export table to CSV…" (tool bar and context menu): the rows and columns as shown.
    QAction *exportCsvAction() const;
    TableCsvExport *exporter() const;
    // The query of the running (or last) list load: search and sortBy go to the server while
    // it accepts them; after a 400 for one of them the proxy filters / sorts instead.
    UserQuery lastQuery() const { return m_query; }
    bool searchesOnServer() const { return m_serverSearch != Support::No; }
    bool sortsOnServer() const { return m_serverSort != Support::No; }
    // Typing waits this long for the next key before the server is asked.
    static constexpr int SearchDelayMs = 300;

public Q_SLOTS:
    void refresh();
    void createUser();
    // The create form's e-mail field, and the search box, take the focus (from the menu).
    void focusForm();
    void focusSearch();

private:
    enum class Support { Unknown, Yes, No };

    // Loads the list with the current search and sort. keepRows: the rows shown stay until the
    // first page of the new result replaces them (no empty-table flash while searching).
    void startLoad(bool keepRows);
    void pageArrived(const runai::UserList &users);
    void serverResultArrived();
    void searchChanged(const QString &text);
    void sortRequested(int column, Qt::SortOrder order);
    void updateExportAction();
    void showStop(bool loading);
    void validateEmail();
    void listFinished(const runai::ApiError &error);
    void listProgress(qint64 loaded, qint64 total);
    void createFinished(ApiJob *job, bool mustChange, const runai::NewUserRequest &request);
    // UserNameSupport's answer for this console: the name fields and the Name column.
    bool consoleHasNames() const;
    void applyNameSupport();
    // The answer to a create was lost: look the e-mail up instead of sending it again.
    void recoverLostCreate(const QString &email);
    void lostCreateChecked(LostCreateCheck *check);
    void lostPasswordReset(LostCreateCheck *check, const QString &password);
    void offerToResetExistingPassword(LostCreateCheck *check);
    void showPlaceholder(const QString &text);
    void updatePlaceholderForFilter();

    std::unique_ptr<Ui::UsersPage> m_ui;
    QPointer<Session> m_session;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    UserActions *m_actions = nullptr;
    QPointer<UserListLoader> m_listLoader;
    QPushButton *m_stopButton = nullptr; // stops a long list load (the rows so far stay)
    QShortcut *m_stopShortcut = nullptr; // Esc, enabled only while loading
    QPointer<ApiJob> m_createJob;
    // When the last create was sent and its answer came (this machine's clock): only a user the
    // console made in between can be that create's (LostCreateCheck).
    QString m_createEmail;
    QDateTime m_createSentAt;
    QDateTime m_createAnsweredAt;
    QPointer<LostCreateCheck> m_lostCreate;
    QTimer *m_searchTimer = nullptr;
    UserQuery m_query;
    Support m_serverSearch = Support::Unknown; // per session: learnt from the first 400 or page
    Support m_serverSort = Support::Unknown;
    bool m_sortOnServer = false; // the user picked a column the server can sort by
    bool m_replaceOnFirstPage = false;
    TableExportFlow *m_export = nullptr;
    bool m_loadFailed = false;
    QString m_loadErrorText; // the banner's text when the last load failed
};

} // namespace runai
