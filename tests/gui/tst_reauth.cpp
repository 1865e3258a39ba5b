// SPDX-License-Identifier: MIT
// A token that expires mid-session: renewed without the user noticing (the password comes from
// the keychain through Session::setCredentialsProvider); when renewal fails, a sign-in dialog
// appears over the current page and, once signed in, the page is where it was with its typed
// input intact. Against a sandbox whose tokens live 3 s, and the real Secret Service.

#include "GuiTestSupport.h"

#include "gui/session/ReauthDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestReauth : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.tokenLifetimeSeconds = 3;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_sandbox->faults().clear();
        QVERIFY(openWindow(QSize(1000, 720)));
    }

    void cleanup() { closeWindow(); }

    void renewedWithoutTheUserNoticing()
    {
        signIn(true);
        Session *session = m_window->session();
        typeInto(form<QLineEdit>(m_window->applicationsPage(), "nameEdit"), u"half-typed"_s);
        QSignalSpy renewed(session, &Session::tokenRenewed);
        QSignalSpy failed(session, &Session::renewalFailed);
        // Three lifetimes: the token is renewed (at least) twice, nobody is asked anything.
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() >= 2, 12'000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!m_window->reauthDialog());
        QCOMPARE(m_window->session(), session);
        QVERIFY(session->tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QCOMPARE(form<QLineEdit>(m_window->applicationsPage(), "nameEdit")->text(),
                 u"half-typed"_s);
        // The page still talks to the console with the renewed token.
        click(form<QPushButton>(m_window->applicationsPage(), "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
        QVERIFY(!m_window->applicationsPage()->loadFailed());
    }

    void failedRenewalAsksOverThePageAndKeepsIt()
    {
        signIn(false); // nothing in the keychain to renew with
        Session *session = m_window->session();
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(users, "emailEdit"), u"someone.typing@exam"_s);
        typeInto(form<QLineEdit>(users, "searchEdit"), u"test"_s);
        // The refresh token is refused too, so renewal needs the password, which nobody kept.
        m_sandbox->faults().failNext(u"/api/v1/token"_s, 401, 100);

        ReauthDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->reauthDialog()) && dialog->isVisible(),
                                 12'000);
        QCOMPARE(dialog->parentWidget(), m_window.get());
        QVERIFY(dialog->windowModality() != Qt::NonModal);
        QVERIFY2(dialog->banner()->text().contains(u"could not be renewed"_s),
                 qPrintable(dialog->banner()->text()));
        grabIfAsked(m_window.get(), u"reauth-over-users"_s);
        QVERIFY2(unnamedFocusableWidgets(dialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(dialog).join(u", "_s)));
        // Behind it, nothing moved: same session, same page, same input.
        QCOMPARE(m_window->session(), session);
        QCOMPARE(m_window->tabs()->currentWidget(), users);
        QCOMPARE(form<QLineEdit>(users, "emailEdit")->text(), u"someone.typing@exam"_s);

        // A wrong password is explained in the dialog, which stays.
        m_sandbox->faults().clear();
        QTest::keyClicks(dialog->secretField()->lineEdit(), u"wrong-password"_s);
        click(dialog->signInButton());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
        QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->secretField()->text().isEmpty());

        QSignalSpy renewedAfter(session, &Session::signedIn);
        QTest::keyClicks(dialog->secretField()->lineEdit(), m_sandbox->options().adminPassword);
        QTest::keyClick(dialog->secretField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->reauthDialog(), kWaitMs);
        QCOMPARE(m_window->session(), session);
        QVERIFY(session->isSignedIn());
        QVERIFY(session->tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_window->tabs()->currentWidget(), users);
        QCOMPARE(form<QLineEdit>(users, "emailEdit")->text(), u"someone.typing@exam"_s);
        QCOMPARE(form<QLineEdit>(users, "searchEdit")->text(), u"test"_s);
        // And it works: the list loads with the new token.
        click(form<QPushButton>(users, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QVERIFY(!users->loadFailed());
    }

    void failedReadIsRetriedAfterSigningInAgainButNotAChange()
    {
        // A list load and a create both refused because the session could not be renewed: once
        // "Sign in again" succeeds, the list loads again by itself (no Refresh pressed), and the
        // create is not sent again.
        int usersGets = 0;
        int usersPosts = 0;
        m_sandbox->setExchangeObserver(
                [&](const sandbox::ApiRequest &request, const sandbox::ApiResponse &) {
                    if (request.path == u"/api/v1/users"_s)
                        ++(request.method == "GET" ? usersGets : usersPosts);
                });
        auto unobserve = qScopeGuard([this] { m_sandbox->setExchangeObserver({}); });
        signIn(false);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        Session *session = m_window->session();
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && !users->loadFailed(), kWaitMs);
        typeInto(form<QLineEdit>(users, "emailEdit"), u"never.twice@example.com"_s);
        m_sandbox->faults().failNext(u"/api/v1/token"_s, 401, 100);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reauthDialog() && m_window->reauthDialog()->isVisible(),
                                 12'000);
        ReauthDialog *dialog = m_window->reauthDialog();
        // The token has run out now: what the page asks for is refused.
        QTRY_VERIFY_WITH_TIMEOUT(session->tokenExpiresAt() < QDateTime::currentDateTimeUtc(),
                                 kWaitMs);
        users->refresh(); // e.g. a load that was under way, or one a search started
        form<QPushButton>(users, "createButton")
                ->click(); // behind the window-modal dialog: programmatic
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->loadFailed() && !users->isCreating(),
                                 kWaitMs);
        QCOMPARE(usersPosts, 1);
        const int getsBefore = usersGets;

        m_sandbox->faults().clear();
        QTest::keyClicks(dialog->secretField()->lineEdit(), m_sandbox->options().adminPassword);
        QTest::keyClick(dialog->secretField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->reauthDialog(), kWaitMs);
        // Loaded again without a Refresh.
        QTRY_VERIFY_WITH_TIMEOUT(usersGets > getsBefore, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && !users->loadFailed(), kWaitMs);
        QVERIFY(form<QTableView>(users, "tableView")->model()->rowCount() > 0);
        // The create was not resent behind the user's back.
        QTest::qWait(300);
        QCOMPARE(usersPosts, 1);
    }

    void signOutFromTheDialog()
    {
        signIn(false);
        m_sandbox->faults().failNext(u"/api/v1/token"_s, 401, 100);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reauthDialog() && m_window->reauthDialog()->isVisible(),
                                 12'000);
        m_sandbox->faults().clear();
        click(m_window->reauthDialog()->signOutButton());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->reauthDialog(), kWaitMs);
    }

private:
    // RUNAI_GRAB_DIR=/some/dir: the window (with its dialogs) as PNG, to look at.
    static void grabIfAsked(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("RUNAI_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QPixmap shot = window->grab();
        for (auto *d : window->findChildren<QDialog *>()) {
            if (d->isVisible()) {
                QPainter p(&shot);
                p.drawPixmap(d->mapTo(window, QPoint(0, 0)), d->grab());
            }
        }
        shot.save(dir + u'/' + name + u".png"_s);
    }

    void signIn(bool rememberPassword)
    {
        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"), m_sandbox->baseUrl().toString());
        typeInto(form<QLineEdit>(page, "emailEdit"), m_sandbox->options().adminEmail);
        typeInto(form<QLineEdit>(page, "passwordEdit"), m_sandbox->options().adminPassword);
        if (form<QCheckBox>(page, "rememberPasswordCheck")->isChecked() != rememberPassword)
            click(form<QCheckBox>(page, "rememberPasswordCheck"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        if (rememberPassword) {
            const SecretKey key{m_window->session()->baseUrl().toString(),
                                QString(SecretKind::AdminPassword),
                                m_sandbox->options().adminEmail};
            QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(key), kWaitMs);
        }
    }

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

QTEST_MAIN(TestReauth)
#include "tst_reauth.moc"
