// SPDX-License-Identifier: MIT
#pragma once

#include "core/UserQuery.h"
#include "gui/users/UsersTable.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class UsersPage;
}

namespace runai {

class MessageBanner;
class Session;
class TableCsvExport;
class UserActions;
class UserCreation;
class UsersModel;

// Create local users (the temporary password is shown once) and list the console's users with a
// search box; users created in this session are marked. The create form, the list and the row
// actions are classes of their own; the page owns the form and puts them together.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    void setSession(Session *session);

    UsersModel *model() const;
    QSortFilterProxyModel *proxy() const;
    QTableView *tableView() const;
    MessageBanner *banner() const;
    Ui::UsersPage *ui() const { return m_ui.get(); }
    // True while the list loads (page by page; rows show as pages arrive).
    bool isLoading() const;
    bool isCreating() const;
    // The e-mail being created while the answer is awaited, else empty (for sign-out).
    QString creatingEmail() const;
    // A create whose answer a sign-out dropped: ask the console whether this page's last create
    // of `email` took effect, as after any lost answer.
    void checkInterruptedCreate(const QString &email);
    bool loadFailed() const;
    // Reset password, force sign-out, delete, access rules (context menu and tool bar).
    UserActions *actions() const { return m_actions; }
    // "Export table to CSV…" (tool bar and context menu): the rows and columns as shown.
    QAction *exportCsvAction() const;
    TableCsvExport *exporter() const;
    // The query of the running (or last) list load: search and sortBy go to the server while
    // it accepts them; after a 400 for one of them the proxy filters / sorts instead.
    UserQuery lastQuery() const;
    bool searchesOnServer() const;
    bool sortsOnServer() const;
    // Typing waits this long for the next key before the server is asked.
    static constexpr int SearchDelayMs = UsersTable::SearchDelayMs;

public Q_SLOTS:
    void refresh();
    void createUser();
    // The e-mail field, its text selected (File > New User).
    void focusForm();
    // The search field, its text selected.
    void focusSearch();

Q_SIGNALS:
    // "Import from CSV…" was clicked (UserImportLauncher opens the dialog).
    void importRequested();

private:
    // UserNameSupport's answer for this console: the name fields and the Name column.
    void applyNameSupport();

    std::unique_ptr<Ui::UsersPage> m_ui;
    QPointer<Session> m_session;
    UsersTable *m_table = nullptr;
    UserCreation *m_creation = nullptr;
    UserActions *m_actions = nullptr;
};

} // namespace runai
