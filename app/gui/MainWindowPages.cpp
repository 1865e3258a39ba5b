// SPDX-License-Identifier: MIT
// The window's pages, built on first use (issue 14: nothing but the sign-in page before the
// first paint). See the class comment in MainWindow.h.
#include "gui/MainWindow.h"

#include "gui/DesktopIntegration.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/activity/ActivityLogPage.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/review/AccessReviewPage.h"
#include "gui/session/SignOutGuard.h"
#include "gui/users/UserImportLauncher.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/Icons.h"
#include "models/ActivityLog.h"
#include "sandbox/LocalSandbox.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace runai {

void MainWindow::ensurePages()
{
    if (m_applications)
        return;
    m_applications = new ApplicationsPage(m_keychain, m_tabs);
    connect(m_applications, &ApplicationsPage::nounChanged, this, &MainWindow::applyNoun);
    m_users = new UsersPage(m_tabs);
    new UserImportLauncher(m_users, [this] { return m_session.data(); });
    m_tabs->addTab(m_applications, icons::icon(u"application"_s), tr("&Applications"));
    m_tabs->addTab(m_users, icons::icon(u"users"_s), tr("&Users"));
    // issue 15: access review (reads the console when first shown; no mnemonic: every letter of
    // "Review" is taken on the Applications page)
    m_review = new AccessReviewPage(m_keychain, m_tabs);
    m_tabs->addTab(m_review, icons::icon(u"users"_s), tr("Review"));
    m_activityPage = new ActivityLogPage(activityLog(), m_tabs);
    m_tabs->addTab(m_activityPage, tr("Acti&vity"));
    // A new tab: build its page and addTab() it here (the Access keys tab is inserted after
    // Users while a user is signed in; see updateAccessKeysTab()).
    m_signOutGuard->setPages(m_applications, m_users);
    m_desktop->attachPages(m_applications, m_users);
    applyNoun();
}

ApplicationsPage *MainWindow::applicationsPage()
{
    ensurePages();
    return m_applications;
}

UsersPage *MainWindow::usersPage()
{
    ensurePages();
    return m_users;
}

ActivityLogPage *MainWindow::activityPage()
{
    ensurePages();
    return m_activityPage;
}

QTabWidget *MainWindow::tabs()
{
    ensurePages();
    return m_tabs;
}

AccessReviewPage *MainWindow::accessReviewPage() // issue 15: access review
{
    ensurePages();
    return m_review;
}

AccessKeysPage *MainWindow::accessKeysPage()
{
    if (!m_accessKeys) {
        m_accessKeys = new AccessKeysPage(m_keychain, m_tabs);
        m_accessKeys->setVisible(false); // a tab only while a user is signed in
    }
    return m_accessKeys;
}

ActivityLog *MainWindow::activityLog()
{
    if (!m_activity)
        m_activity = new ActivityLog(ActivityLog::defaultFilePath(), this);
    return m_activity;
}

LocalSandbox *MainWindow::sandbox()
{
    if (!m_sandbox)
        m_sandbox = new LocalSandbox(this);
    return m_sandbox;
}

void MainWindow::updateAccessKeysTab()
{
    // Access keys belong to users: an application's token has none.
    const bool user = m_session && m_session->isSignedIn()
                      && m_session->identityKind() == Session::IdentityKind::User;
    if (!user && !m_accessKeys)
        return; // never built, so never a tab: nothing to take away
    ensurePages();
    AccessKeysPage *page = accessKeysPage(); // built the first time a user signs in
    const int index = m_tabs->indexOf(page);
    if (user && index < 0)
        m_tabs->insertTab(m_tabs->indexOf(m_users) + 1, page, icons::icon(u"keychain"_s),
                          tr("Access &keys"));
    else if (!user && index >= 0)
        m_tabs->removeTab(index);
    Session *wanted = user ? m_session.data() : nullptr;
    if (page->session() != wanted)
        page->setSession(wanted);
}

} // namespace runai
