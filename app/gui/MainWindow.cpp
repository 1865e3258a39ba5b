// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "api/ChangesInFlight.h"
#include "api/NetworkLog.h"
#include "api/RecentTokens.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "core/ObjectNoun.h"
#include "gui/AboutDialog.h"
#include "gui/DesktopIntegration.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/review/AccessReviewPage.h" // issue 15: access review
#include "gui/activity/ActivityLogPage.h"
#include "gui/activity/NetworkLogDialog.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/profiles/ProfileController.h"
#include "gui/profiles/ProfileSwitcher.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/session/KeychainFallbackOffer.h"
#include "gui/session/ReauthDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/session/SignInPage.h"
#include "gui/session/SignOutGuard.h"
#include "gui/tokens/TokenInspectorDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ActivityLog.h"
#include "models/ProfileStore.h"
#include "secrets/KeychainBridge.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace runai {

MainWindow::MainWindow(SecretStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(icons::appIcon());
    setMinimumSize(760, 560);

    m_keychain = new KeychainBridge(store, this);
    m_signIn = new SignInPage(
            m_keychain, [this] { return sandbox(); }, this);
    // Empty until ensurePages(): the sign-in page is all the first paint shows.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pageTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_ui->pageStack->addWidget(m_signIn);
    m_ui->pageStack->addWidget(m_tabs);
    m_ui->pageStack->setCurrentWidget(m_signIn);

    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(u"clipboardLabel"_s);
    m_clipboardLabel->setVisible(false);
    m_status = new SessionStatusBar(this);
    m_status->setObjectName(u"sessionStatus"_s);
    statusBar()->addWidget(m_clipboardLabel);
    statusBar()->addPermanentWidget(m_status);
    // Above every page: the keychain cannot be used → offer the session-only store.
    m_keychainOffer = new KeychainFallbackOffer(m_keychain, this);
    m_ui->centralLayout->insertWidget(0, m_keychainOffer->banner());
    statusBar()->addPermanentWidget(m_keychainOffer->statusLabel());

    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    m_ui->actionSignOut->setIcon(icons::icon(u"sign-out"_s));
    m_ui->actionRefresh->setIcon(icons::icon(u"refresh"_s));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::requestSignOut);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionApplications, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(applicationsPage()); });
    connect(m_ui->actionUsers, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(usersPage()); });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (!m_applications)
            return; // nothing built yet, so nothing loaded to refresh
        QWidget *current = m_tabs->currentWidget();
        if (current == m_users)
            m_users->refresh();
        else if (m_accessKeys && current == m_accessKeys)
            m_accessKeys->refresh();
        else if (current == m_review) // issue 15: access review
            m_review->load();
        else
            m_applications->refresh();
    });
    connect(m_status, &SessionStatusBar::signOutRequested, this, &MainWindow::requestSignOut);
    connect(m_signIn, &SignInPage::signedIn, this, &MainWindow::adoptSession);
    connect(m_signIn, &SignInPage::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(ClipboardGuard::shared(), &ClipboardGuard::countdownChanged, this,
            &MainWindow::updateClipboardCountdown);

    m_signOutGuard = new SignOutGuard(nullptr, nullptr, m_signIn, this); // pages: ensurePages()
    setUpProfilesAndTools();
    // View → Language, shortcuts, remembered geometry and column widths (issue 8), File → Export.
    m_desktop = new DesktopIntegration({this, m_ui->fileMenu, m_ui->actionQuit, m_ui->sessionMenu,
                                        m_ui->actionRefresh, m_ui->actionSignOut, m_ui->helpMenu,
                                        m_ui->pageStack, m_tabs});
    updateConnection();
}

MainWindow::~MainWindow()
{
    ActivityRecorder::setSink({});
    // Pages abandon their jobs before the session they use goes away.
    if (m_applications) {
        m_applications->setSession(nullptr);
        m_users->setSession(nullptr);
        m_review->setSession(nullptr); // issue 15: access review
    }
    if (m_accessKeys)
        m_accessKeys->setSession(nullptr);
    delete m_session;
}

void MainWindow::adoptSession(Session *session)
{
    delete m_session;
    m_session = session;
    session->setParent(this);
    session->setCredentialsProvider(
            [this, guard = QPointer<MainWindow>(this)](const QString &identity,
                                                       Session::SecretCallback reply) {
                if (!guard) {
                    reply({});
                    return;
                }
                provideCredentials(identity, reply);
            });
    connect(session, &Session::tokenRenewed, this, &MainWindow::updateConnection);
    connect(session, &Session::identityChanged, this, &MainWindow::updateConnection);
    connect(session, &Session::identityChanged, this, &MainWindow::updateAccessKeysTab);
    connect(session, &Session::signedIn, this, &MainWindow::updateConnection);
    connect(session, &Session::capabilitiesChanged, this, &MainWindow::updateConnection);
    connect(session, &Session::renewalFailed, this, &MainWindow::reauthenticate);
    qCInfo(lcMainWindow) << "signed in to" << session->baseUrl().toDisplayString();
    m_profileController->rememberSignIn(session);
    RecentTokens::shared()->setConsoleUrl(session->baseUrl());
    ensurePages();
    m_applications->setSession(session);
    m_users->setSession(session);
    m_review->setSession(session); // issue 15: access review
    applyNoun();
    updateAccessKeysTab();
    m_ui->pageStack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_applications);
    updateConnection();
    m_applications->focusForm();
    m_signOutGuard->resume(session); // a create a sign-out interrupted is checked now
}

void MainWindow::provideCredentials(const QString &identity,
                                    const std::function<void(SecretBytes)> &reply)
{
    // Silent renewal only works with a secret the user chose to keep in the keychain.
    if (!m_session) {
        reply({});
        return;
    }
    const bool isApp = m_session->identityKind() == Session::IdentityKind::Application;
    const SecretKey key{m_session->baseUrl().toString(),
                        QString(isApp ? SecretKind::ClientSecret : SecretKind::AdminPassword),
                        identity};
    if (!m_keychain->isKnown(key)) {
        reply({});
        return;
    }
    // SecretBytes from the keychain to the session: no QString copy on the way.
    m_keychain->readSecret(key, this,
                           [reply](SecretBytes secret, const SecretDiagnosis &diagnosis) {
                               reply(diagnosis.isOk() ? std::move(secret) : SecretBytes());
                           });
}

void MainWindow::updateConnection()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    m_ui->actionSignOut->setEnabled(signedIn);
    m_ui->actionRefresh->setEnabled(signedIn);
    m_ui->actionApplications->setEnabled(signedIn);
    m_ui->actionUsers->setEnabled(signedIn);
    if (!signedIn) {
        m_status->clearConnection();
        setWindowTitle(tr("Run:ai Access Console"));
        return;
    }
    QString identity = m_session->identity();
    if (m_session->identityKind() == Session::IdentityKind::Application)
        identity = ObjectNoun::of(m_session)
                           .pick(tr("application %1"), tr("service account %1"))
                           .arg(m_session->applicationName().isEmpty()
                                        ? identity
                                        : m_session->applicationName());
    m_status->setConnection(m_session->baseUrl(), identity, m_session->tokenExpiresAt());
    m_status->setConsoleDescription(m_session->capabilities().summary());
    setWindowTitle(tr("%1 — Run:ai Access Console").arg(m_session->baseUrl().host()));
}

void MainWindow::applyNoun()
{
    // The tab, its menu entry and "New …" say what the console says (see ObjectNoun).
    const ObjectNoun noun = ObjectNoun::of(m_session);
    const QString pageTitle = noun.pick(tr("&Applications"), tr("Service &accounts"));
    if (m_applications)
        m_tabs->setTabText(m_tabs->indexOf(m_applications), pageTitle);
    m_ui->actionApplications->setText(pageTitle);
    if (auto *newAction = findChild<QAction *>(u"actionNewApplication"_s))
        newAction->setText(noun.pick(tr("&New application"), tr("&New service account")));
    updateConnection();
}

ReauthDialog *MainWindow::reauthDialog() const
{
    return m_reauth;
}

void MainWindow::reauthenticate(const ApiError &error)
{
    if (!m_session)
        return;
    QString reason = tr("Your session could not be renewed: %1").arg(error.userMessage());
    if (error.kind() == ApiError::Kind::Unauthorized
        && m_session->settings().travelsInClear()) // see Session::renewWithCredentials()
        reason = tr("Your session needs renewing. The connection to %1 is not encrypted "
                    "(http://), so a password saved in the keychain is not sent by itself: type "
                    "it to continue.")
                         .arg(m_session->baseUrl().host());
    if (m_reauth) {
        m_reauth->banner()->showWarning(reason);
        return;
    }
    auto *dialog = new ReauthDialog(m_session, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reauth = dialog;
    connect(dialog, &ReauthDialog::reauthenticated, this, &MainWindow::updateConnection);
    connect(dialog, &ReauthDialog::signOutRequested, this, &MainWindow::signOut);
    dialog->open();
}

void MainWindow::sessionLost(const QString &why)
{
    signOut();
    m_signIn->showMessage(why);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitConfirmed || ChangesInFlight::of(m_session).isEmpty()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // No nested event loop: stay open, ask, and close again once the user confirms.
    event->ignore();
    m_signOutGuard->requestSignOut(
            m_session,
            [this] {
                m_quitConfirmed = true;
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            },
            SignOutGuard::Ending::Quit);
}

void MainWindow::requestSignOut()
{
    m_signOutGuard->requestSignOut(m_session, [this] { signOut(); });
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    if (m_reauth)
        m_reauth->close();
    if (m_applications) { // built by adoptSession(), unless a test signed in without it
        m_applications->setSession(nullptr);
        m_users->setSession(nullptr);
        m_review->setSession(nullptr); // issue 15: access review
    }
    if (m_accessKeys)
        m_accessKeys->setSession(nullptr);
    Session *session = m_session;
    ActivityRecorder::record(tr("Sign out"), session->baseUrl().toDisplayString(),
                             ActivityEntry::Outcome::Succeeded);
    m_session = nullptr;
    updateAccessKeysTab();
    RecentTokens::shared()->clear();
    session->signOut();
    session->deleteLater();
    applyNoun(); // also updates the connection
    m_ui->pageStack->setCurrentWidget(m_signIn);
    m_signIn->focusPassword();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    if (m_session)
        dialog->setConsole(m_session->baseUrl().toDisplayString(),
                           m_session->capabilities().summary());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateClipboardCountdown(int secondsLeft)
{
    m_clipboardLabel->setVisible(secondsLeft > 0);
    m_clipboardLabel->setText(tr("Secret on the clipboard: cleared in %n s", nullptr, secondsLeft));
}

} // namespace runai

namespace runai {

void MainWindow::setUpProfilesAndTools()
{
    m_profiles = new ProfileStore({}, this);
    // A session belongs to its profile's console: switching signs out, so it asks first while
    // changes are under way (then switches again, signed out, once the user confirms).
    m_profiles->setSwitchGate([this](const QString &id) {
        if (ChangesInFlight::of(m_session).isEmpty())
            return true;
        m_signOutGuard->requestSignOut(
                m_session,
                [this, id] {
                    signOut();
                    m_profiles->setActive(id);
                },
                SignOutGuard::Ending::SwitchProfile);
        return false;
    });
    m_profileController = new ProfileController(m_profiles, m_keychain, m_signIn, this);
    m_profileSwitcher = new ProfileSwitcher(m_profiles, m_signIn);
    m_signIn->setProfileSwitcher(m_profileSwitcher, tr("P&rofile:"));
    m_profileMenu = new ProfileMenu(m_profiles, this);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_profileMenu);

    auto *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(u"toolsMenu"_s);
    m_tokenInspectorAction = tools->addAction(icons::icon(u"token"_s), tr("&Token inspector…"));
    m_tokenInspectorAction->setObjectName(u"actionTokenInspector"_s);
    m_tokenInspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *activity = tools->addAction(tr("Activity &log"));
    activity->setObjectName(u"actionActivityLog"_s);
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Every HTTP exchange of this run, recorded by ApiJob from the moment the window exists.
    m_networkLog = new NetworkLog(NetworkLog::DefaultCapacity, this);
    NetworkLog::install(m_networkLog);
    m_networkLogAction = tools->addAction(tr("&Network log…"));
    m_networkLogAction->setObjectName(u"actionNetworkLog"_s);
    m_networkLogAction->setShortcut(QKeySequence(Qt::Key_F12)); // the browsers' developer tools
    connect(m_networkLogAction, &QAction::triggered, this, &MainWindow::showNetworkLog);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), tools);

    // Pages report actions without knowing the log: the window adds profile and identity.
    ActivityRecorder::setSink([this](const ActivityEntry &entry) {
        ActivityEntry filled = entry;
        filled.profile = m_profiles->active().name;
        if (filled.identity.isEmpty() && m_session)
            filled.identity = m_session->identity();
        activityLog()->record(filled);
    });

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    statusBar()->addPermanentWidget(m_profileLabel);

    connect(m_tokenInspectorAction, &QAction::triggered, this, &MainWindow::showTokenInspector);
    connect(activity, &QAction::triggered, this, [this] {
        if (m_session)
            m_tabs->setCurrentWidget(activityPage());
        else
            statusBar()->showMessage(tr("Sign in to see the activity log."), 5000);
    });
    connect(m_profileSwitcher, &ProfileSwitcher::manageRequested, this, &MainWindow::showProfiles);
    connect(m_profileMenu, &ProfileMenu::manageRequested, this, &MainWindow::showProfiles);
    connect(m_profiles, &ProfileStore::activeChanged, this, [this] {
        // A session belongs to the console of the profile it was started from.
        if (m_session) {
            signOut();
            statusBar()->showMessage(
                    tr("Signed out: profile “%1” is now active.").arg(m_profiles->active().name),
                    10'000);
        }
        updateProfileLabel();
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::updateProfileLabel);
    connect(m_signIn, &SignInPage::sessionCreated, m_profileController,
            &ProfileController::attachSession);
    connect(m_profileController, &ProfileController::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    m_profileController->applyActive();
    updateProfileLabel();
}

void MainWindow::updateProfileLabel()
{
    const Profile active = m_profiles->active();
    m_profileLabel->setText(tr("Profile: <b>%1</b>").arg(active.name.toHtmlEscaped()));
    m_profileLabel->setToolTip(active.consoleUrl);
    m_profileLabel->setAccessibleName(tr("Active profile: %1").arg(active.name));
}

void MainWindow::showTokenInspector()
{
    auto *dialog = new TokenInspectorDialog(m_session, this);
    if (!m_session) {
        const auto url = InputValidation::consoleUrl(m_profiles->active().consoleUrl);
        if (url)
            dialog->setConsoleUrl(url.value());
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showProfiles()
{
    if (auto *open = findChild<ProfilesDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ProfilesDialog(m_profileController, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

NetworkLogDialog *MainWindow::networkLogDialog() const
{
    return m_networkLogDialog;
}

void MainWindow::showNetworkLog()
{
    if (m_networkLogDialog) {
        m_networkLogDialog->show();
        m_networkLogDialog->raise();
        m_networkLogDialog->activateWindow();
        return;
    }
    m_networkLogDialog = new NetworkLogDialog(
            m_networkLog,
            [this] {
                return m_session ? m_session->baseUrl().host()
                                 : QUrl(m_profiles->active().consoleUrl).host();
            },
            this);
    m_networkLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_networkLogDialog->show();
}

} // namespace runai
