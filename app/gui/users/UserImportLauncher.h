// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace runai {

class Session;
class UserImportDialog;
class UsersPage;

// Wires the Users page's "Import from CSV…" button to a UserImportDialog (one at a time,
// window-modal, opened with open()), and reloads the users list after an import.
class UserImportLauncher : public QObject
{
    Q_OBJECT
public:
    using SessionGetter = std::function<Session *()>;
    UserImportLauncher(UsersPage *page, SessionGetter session);

    UserImportDialog *dialog() const;
    void open();

private:
    UsersPage *m_page;
    SessionGetter m_session;
    QPointer<UserImportDialog> m_dialog;
};

} // namespace runai
