// SPDX-License-Identifier: MIT
#include "gui/users/UserImportLauncher.h"

#include "gui/users/UserImportDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/MessageBanner.h"

namespace runai {

UserImportLauncher::UserImportLauncher(UsersPage *page, SessionGetter session)
    : QObject(page)
    , m_page(page)
    , m_session(std::move(session))
{
    connect(page, &UsersPage::importRequested, this, &UserImportLauncher::open);
}

UserImportDialog *UserImportLauncher::dialog() const
{
    return m_dialog;
}

void UserImportLauncher::open()
{
    Session *session = m_session();
    if (!session) {
        m_page->banner()->showError(tr("Sign in to import users."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new UserImportDialog(session, m_page);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    // The new users show in the list once the import is over.
    connect(m_dialog, &UserImportDialog::importFinished, m_page, &UsersPage::refresh);
    m_dialog->open();
}

} // namespace runai
