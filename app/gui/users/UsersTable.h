// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/User.h"
#include "core/UserQuery.h"
#include "gui/widgets/TablePageSkeleton.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QToolBar;

namespace runai {

class Session;
class UserListLoader;
class UsersModel;

// The Users page's list: loads the console's users page by page (the rows show as pages
// arrive, with Stop), searches and sorts on the server while it accepts `search` and `sortBy`
// and over the loaded rows after it refused them (or on a console without paging), and says in
// the title and the placeholder what the table holds. The page owns the form; this class drives
// the list's part of it.
class UsersTable : public QObject
{
    Q_OBJECT
public:
    // Typing waits this long for the next key before the server is asked.
    static constexpr int SearchDelayMs = 300;

    UsersTable(const TablePageSkeleton::Form &form, QLineEdit *searchEdit,
               QPushButton *refreshButton);
    ~UsersTable() override;
    // The actions' tool bar with the export at its end, and the header's Stop button; after the
    // tool bar exists, so the widgets keep their tab order.
    void addControls(QToolBar *actionsBar);

    UsersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    TablePageSkeleton *skeleton() const { return m_skeleton; }

    void setSession(Session *session);
    // True while the list loads (page by page; rows show as pages arrive).
    bool isLoading() const;
    bool loadFailed() const { return m_skeleton->loadFailed(); }
    // The query of the running (or last) list load: search and sortBy go to the server while
    // it accepts them; after a 400 for one of them the proxy filters / sorts instead.
    UserQuery lastQuery() const { return m_query; }
    bool searchesOnServer() const { return m_serverSearch != Support::No; }
    bool sortsOnServer() const { return m_serverSort != Support::No; }
    // Where the console has no names, their column only takes room.
    void setNameColumnShown(bool shown);
    // A user created here: shown (marked) before the next load brings it.
    void showCreated(const User &user);

public Q_SLOTS:
    void refresh();

private:
    enum class Support { Unknown, Yes, No };

    bool consoleHasNames() const;
    // Loads the list with the current search and sort. keepRows: the rows shown stay until the
    // first page of the new result replaces them (no empty-table flash while searching).
    void startLoad(bool keepRows);
    void pageArrived(const runai::UserList &users);
    void serverResultArrived();
    void searchChanged(const QString &text);
    void sortRequested(int column, Qt::SortOrder order);
    void listFinished(const runai::ApiError &error);
    void listProgress(qint64 loaded, qint64 total);
    void updatePlaceholderForFilter();

    TablePageSkeleton::Form m_form;
    QLineEdit *m_searchEdit;
    QPushButton *m_refreshButton;
    QPointer<Session> m_session;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TablePageSkeleton *m_skeleton = nullptr;
    QPointer<UserListLoader> m_listLoader;
    QTimer *m_searchTimer = nullptr;
    UserQuery m_query;
    Support m_serverSearch = Support::Unknown; // per session: learnt from the first 400 or page
    Support m_serverSort = Support::Unknown;
    bool m_sortOnServer = false; // the user picked a column the server can sort by
    bool m_replaceOnFirstPage = false;
};

} // namespace runai
