// SPDX-License-Identifier: MIT
#pragma once

#include "api/Session.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace runai {

class AccessKeysPage;
class AccessReviewPage;
class ActivityLog;
class ActivityLogPage;
class ApplicationsPage;
class DesktopIntegration;
class KeychainBridge;
class KeychainFallbackOffer;
class NetworkLog;
class NetworkLogDialog;
class LocalSandbox;
class ProfileController;
class ProfileMenu;
class ProfileStore;
class ProfileSwitcher;
class ReauthDialog;
class SecretStore;
class Session;
class SessionStatusBar;
class SignInPage;
class SignOutGuard;
class UsersPage;

// The window: a sign-in page until a session exists, then the Applications and Users pages as
// tabs. The status bar always shows console, identity and token lifetime, with Sign out.
// It owns the Session once sign-in succeeded and hands it to the pages; it owns no HTTP code.
//
// Start-up (issue 14): before its first paint the window builds only what the sign-in page
// needs (menus, status bar, profiles, the sign-in form). The tabs' pages are built on first use
// (ensurePages(): at the first sign-in, or when one of the page accessors below is called), the
// Access keys page when a user first signs in, the sandbox when "Try the local sandbox" (or
// --sandbox-version) asks for it. A new tab is a few lines in ensurePages(); a page that is
// not always a tab gets an accessor that builds it, like accessKeysPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `store` is where secrets go (the OS keychain in the program, a test keychain in tests);
    // the window does not take ownership.
    explicit MainWindow(SecretStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    SignInPage *signInPage() const { return m_signIn; }
    // These build the tabs' pages if they do not exist yet.
    ApplicationsPage *applicationsPage();
    UsersPage *usersPage();
    ActivityLogPage *activityPage();
    QTabWidget *tabs();
    // Built on first use; a tab only while a user (not an application) is signed in.
    AccessKeysPage *accessKeysPage();
    AccessReviewPage *accessReviewPage(); // issue 15: access review
    // The in-process sandbox, created on first use (not started: see LocalSandbox).
    LocalSandbox *sandbox();
    SessionStatusBar *sessionStatus() const { return m_status; }
    Session *session() const { return m_session; }
    KeychainBridge *keychain() const { return m_keychain; }
    KeychainFallbackOffer *keychainOffer() const { return m_keychainOffer; }
    ProfileStore *profiles() const { return m_profiles; }
    ProfileController *profileController() const { return m_profileController; }
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    ProfileMenu *profileMenu() const { return m_profileMenu; }
    QLabel *profileLabel() const { return m_profileLabel; }
    // Read from its file when first needed (a record, the Activity page), not at start-up.
    ActivityLog *activityLog();
    QAction *tokenInspectorAction() const { return m_tokenInspectorAction; }
    NetworkLog *networkLog() const { return m_networkLog; }
    QAction *networkLogAction() const { return m_networkLogAction; }
    NetworkLogDialog *networkLogDialog() const; // open, else null
    // Open while the user is asked to sign in again after a failed renewal.
    ReauthDialog *reauthDialog() const;

public Q_SLOTS:
    void signOut();
    // The user's Sign out: asks first while changes are waiting for the console's answer.
    void requestSignOut();
    void showAbout();
    // Token inspector (Tools menu), opened on the session's token when signed in.
    void showTokenInspector();
    void showProfiles();
    // Tools → Network log (issue 11): the calls of this run, non-modal, one window.
    void showNetworkLog();

protected:
    // Closing (File → Quit, Ctrl+Q, the title bar) asks first while changes are under way.
    void closeEvent(QCloseEvent *event) override;

private:
    // Builds the tabs' pages once (see the class comment).
    void ensurePages();
    void adoptSession(Session *session);
    void updateConnection();
    void applyNoun();
    void sessionLost(const QString &why);
    // Renewal failed: ask for the password over the current page, keep the session and pages.
    void reauthenticate(const ApiError &error);
    void provideCredentials(const QString &identity, const std::function<void(SecretBytes)> &reply);
    void updateClipboardCountdown(int secondsLeft);
    // Profiles, the activity log and the Tools menu (issue 7).
    void setUpProfilesAndTools();
    void updateProfileLabel();
    // Shows the Access keys tab, with the session, only while a user is signed in.
    void updateAccessKeysTab();

    std::unique_ptr<Ui::MainWindow> m_ui;
    KeychainBridge *m_keychain = nullptr;
    KeychainFallbackOffer *m_keychainOffer = nullptr;
    LocalSandbox *m_sandbox = nullptr;
    SignInPage *m_signIn = nullptr;
    QTabWidget *m_tabs = nullptr;
    ApplicationsPage *m_applications = nullptr;
    UsersPage *m_users = nullptr;
    SessionStatusBar *m_status = nullptr;
    QLabel *m_clipboardLabel = nullptr;
    QPointer<Session> m_session;
    ProfileStore *m_profiles = nullptr;
    ProfileController *m_profileController = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    ProfileMenu *m_profileMenu = nullptr;
    QLabel *m_profileLabel = nullptr;
    ActivityLog *m_activity = nullptr;
    ActivityLogPage *m_activityPage = nullptr;
    QAction *m_tokenInspectorAction = nullptr;
    QPointer<ReauthDialog> m_reauth;
    NetworkLog *m_networkLog = nullptr;
    QAction *m_networkLogAction = nullptr;
    QPointer<NetworkLogDialog> m_networkLogDialog;
    AccessKeysPage *m_accessKeys = nullptr;
    AccessReviewPage *m_review = nullptr; // issue 15: access review
    SignOutGuard *m_signOutGuard = nullptr;
    DesktopIntegration *m_desktop = nullptr;
    bool m_quitConfirmed = false; // the user chose to quit with changes under way
};

} // namespace runai
