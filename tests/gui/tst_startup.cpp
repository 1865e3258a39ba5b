// SPDX-License-Identifier: MIT
// Issue 14 item 1, the cold start: before its first paint the window builds only what the
// sign-in page needs (no tab pages, no sandbox, at most one keychain read); the pages come on
// first use (a sign-in or an accessor), the sandbox when the user asks for it, the activity log
// file when something is recorded or shown. How long the start takes is the cold-start
// benchmark's business (tests/bench), not a test's.
#include "GuiTestSupport.h"
#include "gui/StartupStyle.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/activity/ActivityLogPage.h"
#include "gui/review/AccessReviewPage.h"
#include "gui/users/UsersPage.h"
#include "models/ActivityLog.h"
#include "sandbox/LocalSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Counts what reaches the keychain; otherwise the session-only store.
class CountingStore : public MemorySecretStore
{
public:
    SecretJob *read(const SecretKey &key) override
    {
        ++reads;
        return MemorySecretStore::read(key);
    }
    int reads = 0;
};

template<typename T>
int built(const MainWindow &window)
{
    return int(window.findChildren<T *>().size());
}

} // namespace

class TstStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void firstPaintHasOnlyTheSignInPage()
    {
        CountingStore store;
        MainWindow window(&store);
        QVERIFY(showTestWindow(&window, QSize(960, 640)));
        QVERIFY(window.signInPage()->isVisible());
        QCOMPARE(built<ApplicationsPage>(window), 0);
        QCOMPARE(built<UsersPage>(window), 0);
        QCOMPARE(built<AccessKeysPage>(window), 0);
        QCOMPARE(built<ActivityLogPage>(window), 0);
        QCOMPARE(built<LocalSandbox>(window), 0);
        QCOMPARE(built<ActivityLog>(window), 0); // its file is read when first needed
        QVERIFY2(store.reads <= 1, qPrintable(u"%1 keychain reads"_s.arg(store.reads)));
    }

    void pagesAreBuiltOnFirstUse()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        // What a test (or a menu action) asks for is built then, as a tab of the window.
        UsersPage *users = window.usersPage();
        QVERIFY(users);
        QTabWidget *tabs = window.tabs();
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->widget(0), window.applicationsPage());
        QCOMPARE(tabs->widget(1), users);
        QCOMPARE(tabs->widget(2), window.accessReviewPage()); // issue 15: access review
        QCOMPARE(tabs->widget(3), window.activityPage());
        QCOMPARE(built<UsersPage>(window), 1); // asked for twice, built once
        // The Access keys page is built when asked for, and a tab only while a user is signed in.
        QCOMPARE(built<AccessKeysPage>(window), 0);
        QVERIFY(window.accessKeysPage());
        QCOMPARE(tabs->indexOf(window.accessKeysPage()), -1);
        // The sandbox object exists once asked for, and does not listen before it is started.
        QVERIFY(!window.sandbox()->isRunning());
    }

    void sandboxAndPagesComeWithTheSignIn()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        QVERIFY(showTestWindow(&window, QSize(960, 640)));
        click(form<QPushButton>(window.signInPage(), "sandboxButton"));
        QCOMPARE(built<LocalSandbox>(window), 1);
        QVERIFY(window.sandbox()->isRunning());
        QCOMPARE(built<ApplicationsPage>(window), 0); // not signed in yet
        click(form<QPushButton>(window.signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->isSignedIn(), kWaitMs);
        QCOMPARE(built<ApplicationsPage>(window), 1);
        QCOMPARE(built<UsersPage>(window), 1);
        QCOMPARE(built<AccessKeysPage>(window), 1); // the sandbox's admin is a user
        QTabWidget *tabs = window.tabs();
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->currentWidget(), window.applicationsPage());
        QCOMPARE(tabs->indexOf(window.accessKeysPage()), 2); // after Users, before Activity
    }

    // The style runai-access starts with (ApplicationSetup): the menu bar's overflow arrow is
    // loaded when drawn, and draws as Qt's own.
    void startupStyleDrawsTheOverflowArrowWhenAsked()
    {
        StartupStyle style;
        for (auto which : {QStyle::SP_ToolBarHorizontalExtensionButton,
                           QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon deferred = style.standardIcon(which);
            const QIcon direct = style.baseStyle()->standardIcon(which);
            QVERIFY(!deferred.isNull());
            const QImage drawn = deferred.pixmap(QSize(16, 16)).toImage();
            QVERIFY(!drawn.isNull());
            QCOMPARE(drawn, direct.pixmap(QSize(16, 16)).toImage());
        }
        // Anything else is the style's own.
        QCOMPARE(style.standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32).toImage(),
                 style.baseStyle()
                         ->standardIcon(QStyle::SP_MessageBoxWarning)
                         .pixmap(32, 32)
                         .toImage());
    }
};

QTEST_MAIN(TstStartup)
#include "tst_startup.moc"
