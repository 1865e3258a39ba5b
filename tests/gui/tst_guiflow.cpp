// SPDX-License-Identifier: MIT
// The whole flow through the real widgets, against the in-process sandbox and the real
// Secret Service: sign in, register an application (secret in the keychain, in the table, copy
// to the clipboard), get a client_credentials token, create a user, see both listed; and the
// failure paths a user meets first.

#include "GuiTestSupport.h"

#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "models/UsersModel.h"
#include "sandbox/LocalSandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QToolButton>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestGuiFlow : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1000, 720))); }

    void cleanup() { closeWindow(); }

    void wholeFlow()
    {
        signInToSandbox();
        QVERIFY(m_window->sessionStatus()->consoleText().contains(u"127.0.0.1"_s));
        QVERIFY(m_window->sessionStatus()->identityText().contains(u"test@run.ai"_s));
        QVERIFY(m_window->sessionStatus()->lifetimeText().contains(u"min"_s));

        // --- Register an application.
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const QString name = u"ci-bot-%1"_s.arg(QRandomGenerator::global()->bounded(100000));
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        // A second click while the request runs sends nothing.
        QVERIFY(!form<QPushButton>(apps, "registerButton")->isEnabled());
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        const QString clientId = form<SecretField>(credentials, "clientIdField")->text();
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        QCOMPARE(clientId, name);
        QVERIFY(secret.size() >= 8);
        QCOMPARE(form<SecretField>(credentials, "clientSecretField")->lineEdit()->echoMode(),
                 QLineEdit::Password);

        // Copy puts the secret on the clipboard, marked for password managers.
        click(form<SecretField>(credentials, "clientSecretField")->copyButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(ClipboardGuard::shared()->isGuarding());
        click(form<SecretField>(credentials, "clientIdField")->copyButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), clientId);

        QVERIFY2(unnamedFocusableWidgets(credentials).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(credentials).join(u", "_s)));
        // The dialog does not close before the user confirms.
        QPushButton *close
                = form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(credentials, Qt::Key_Escape);
        QVERIFY(credentials->isVisible());
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(close);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);

        // The secret is in the keychain.
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::ClientSecret), clientId};
        QVERIFY(m_store->isKnown(key));
        QString stored;
        {
            SecretJob *job = m_store->read(key);
            QSignalSpy done(job, &SecretJob::finished);
            connect(job, &SecretJob::finished, this,
                    [&stored](SecretJob *j) { stored = j->secret().revealAsQString(); });
            QVERIFY(done.wait(kWaitMs));
        }
        QCOMPARE(stored, secret);

        // --- The table lists it with "in keychain"; Show/Copy read the secret on demand.
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const int row = apps->model()->rowOfName(name);
        QVERIFY(row >= 0);
        QVERIFY(apps->model()
                        ->index(row, ApplicationsModel::ClientSecretColumn)
                        .data(ApplicationsModel::SecretStoredRole)
                        .toBool());
        selectApplication(name);
        SecretField *secretField = form<SecretField>(apps, "clientSecretField");
        QVERIFY(secretField->isEnabled());
        QVERIFY(secretField->text().isEmpty()); // not read until asked for
        QGuiApplication::clipboard()->clear();
        click(secretField->copyButton());
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), secret, kWaitMs);
        click(secretField->revealButton());
        QCOMPARE(secretField->lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(secretField->text(), secret);

        // --- Get a client_credentials token with the stored secret.
        click(form<QPushButton>(apps, "getTokenButton"));
        TokenDialog *tokenDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        const QString token = form<SecretField>(tokenDialog, "accessTokenField")->text();
        QCOMPARE(token.count(u'.'), 2);
        QCOMPARE(form<SecretField>(tokenDialog, "accessTokenField")->lineEdit()->echoMode(),
                 QLineEdit::Password);
        QVERIFY(form<QTableWidget>(tokenDialog, "claimsTable")->rowCount() > 0);
        // Which endpoint and grant issued it (the default sandbox is 2.20: v1).
        QVERIFY2(form<QLabel>(tokenDialog, "introLabel")
                         ->text()
                         .contains(u"POST /api/v1/token · client_credentials"_s),
                 qPrintable(form<QLabel>(tokenDialog, "introLabel")->text()));
        QVERIFY(form<QLabel>(tokenDialog, "expiresValue")->text().contains(u"min"_s));
        QVERIFY(form<QTableWidget>(tokenDialog, "claimsTable")
                        ->findItems(u"exp"_s, Qt::MatchExactly)
                        .size()
                == 1);
        QVERIFY2(unnamedFocusableWidgets(tokenDialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(tokenDialog).join(u", "_s)));
        click(form<QDialogButtonBox>(tokenDialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);
        QVERIFY2(unnamedFocusableWidgets(m_window.get()).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(m_window.get()).join(u", "_s)));

        // --- Create a user.
        m_window->tabs()->setCurrentWidget(m_window->usersPage());
        UsersPage *users = m_window->usersPage();
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        const QString email = u"new.user%1@example.com"_s.arg(
                QRandomGenerator::global()->bounded(100000));
        typeInto(form<QLineEdit>(users, "emailEdit"), email);
        click(form<QPushButton>(users, "createButton"));
        TemporaryPasswordDialog *passwordDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (passwordDialog = findOpenDialog<TemporaryPasswordDialog>(m_window.get())),
                kWaitMs);
        const QString temporary = form<SecretField>(passwordDialog, "passwordField")->text();
        QVERIFY(!temporary.isEmpty());
        QCOMPARE(form<QLabel>(passwordDialog, "emailValue")->text(), email);
        click(form<SecretField>(passwordDialog, "passwordField")->copyButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), temporary);
        QVERIFY2(unnamedFocusableWidgets(passwordDialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(passwordDialog).join(u", "_s)));
        click(form<QCheckBox>(passwordDialog, "confirmCheck"));
        click(form<QDialogButtonBox>(passwordDialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()), kWaitMs);
        QVERIFY2(unnamedFocusableWidgets(m_window.get()).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(m_window.get()).join(u", "_s)));

        // Listed from the server, marked as created in this session, findable by search.
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        const int userRow = users->model()->rowOfUsername(email);
        QVERIFY(userRow >= 0);
        QVERIFY(users->model()->index(userRow, 0).data(UsersModel::CreatedInSessionRole).toBool());
        QVERIFY(users->model()->rowCount() >= 2); // the admin and the new user
        typeInto(form<QLineEdit>(users, "searchEdit"), email.left(12));
        QCOMPARE(users->proxy()->rowCount(), 1);

        // File → Export Table to CSV… exports the page in front, through that page's dialog.
        auto *exportTable = m_window->findChild<QAction *>(u"exportTableAction"_s);
        QVERIFY(exportTable);
        Q_EMIT form<QMenu>(m_window.get(), "fileMenu")->aboutToShow();
        QVERIFY(exportTable->isEnabled());
        exportTable->trigger();
        QFileDialog *save = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((save = findOpenDialog<QFileDialog>(users)), kWaitMs);
        QCOMPARE(save->windowTitle(), u"Export Users to CSV"_s);
        save->reject();
        QVERIFY(!users->model()
                         ->index(userRow, UsersModel::CreatedColumn)
                         .data()
                         .toString()
                         .isEmpty());

        // --- Both still there after a refresh of the applications.
        m_window->tabs()->setCurrentWidget(apps);
        click(form<QPushButton>(apps, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        QVERIFY(apps->model()->rowOfName(name) >= 0);

        // --- Sign out returns to the sign-in page, keeping URL and email.
        // "Use this identity" switches the session to the application.
        click(form<QPushButton>(apps, "getTokenButton"));
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        click(form<QPushButton>(tokenDialog, "useIdentityButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->session()->identityKind() == Session::IdentityKind::Application, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionStatus()->identityText().contains(name), kWaitMs);

        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(!m_window->session());
        QCOMPARE(m_window->sessionStatus()->consoleText(), u"Not signed in"_s);
        QCOMPARE(form<QLineEdit>(m_window->signInPage(), "emailEdit")->text(), u"test@run.ai"_s);
        QVERIFY(form<QLineEdit>(m_window->signInPage(), "passwordEdit")->text().isEmpty());
    }

    void pastedSecretGetsToken()
    {
        signInToSandbox();
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const QString name = u"pasted-%1"_s.arg(QRandomGenerator::global()->bounded(100000));
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        QTest::keyClick(form<QLineEdit>(apps, "nameEdit"), Qt::Key_Return);
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));

        // Forget it in the keychain: Get token must ask for the secret.
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::ClientSecret), name};
        {
            SecretJob *job = m_store->remove(key);
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(done.wait(kWaitMs));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        selectApplication(name);
        QVERIFY(!form<SecretField>(apps, "clientSecretField")->isEnabled());
        click(form<QPushButton>(apps, "getTokenButton"));
        QDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = qobject_cast<QDialog *>(QApplication::activeModalWidget())),
                                 kWaitMs);
        auto *field = ask->findChild<SecretField *>();
        QVERIFY(field);
        QTest::keyClicks(field->lineEdit(), u"wrong-secret"_s);
        QTest::keyClick(field->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isGettingToken(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(apps->banner()->kind(), MessageBanner::Kind::Error, kWaitMs);
        QVERIFY(!findOpenDialog<TokenDialog>(m_window.get()));

        click(form<QPushButton>(apps, "getTokenButton"));
        QTRY_VERIFY_WITH_TIMEOUT((ask = qobject_cast<QDialog *>(QApplication::activeModalWidget())),
                                 kWaitMs);
        field = ask->findChild<SecretField *>();
        QTest::keyClicks(field->lineEdit(), secret);
        QTest::keyClick(field->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);
    }

    void signInPageIsNamedAndKeyboardOnly()
    {
        QVERIFY2(unnamedFocusableWidgets(m_window.get()).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(m_window.get()).join(u", "_s)));
        // Tab order follows the form, top to bottom.
        SignInPage *page = m_window->signInPage();
        form<QLineEdit>(page, "consoleUrlEdit")->setFocus();
        const QList<QWidget *> expected = {form<QLineEdit>(page, "emailEdit"),
                                           form<QLineEdit>(page, "passwordEdit"),
                                           form<QCheckBox>(page, "rememberEmailCheck"),
                                           form<QCheckBox>(page, "rememberPasswordCheck"),
                                           form<QPushButton>(page, "sandboxButton"),
                                           form<QPushButton>(page, "signInButton")};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        // Keyboard only: Alt+B starts the sandbox, Enter in the password field signs in.
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sandbox()->isRunning(), kWaitMs);
        form<QLineEdit>(page, "passwordEdit")->setFocus();
        QTest::keyClick(form<QLineEdit>(page, "passwordEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
    }

    void wrongPassword()
    {
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        typeInto(form<QLineEdit>(page, "passwordEdit"), u"not-the-password"_s);
        click(form<QPushButton>(page, "signInButton"));
        QVERIFY(page->isBusy());
        QVERIFY(!form<QPushButton>(page, "signInButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWaitMs);
        QVERIFY(!m_window->session());
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(page->banner()->text().contains(u"password is wrong"_s),
                 qPrintable(page->banner()->text()));
        // Everything typed stays, except the password.
        QVERIFY(form<QLineEdit>(page, "consoleUrlEdit")->text().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(form<QLineEdit>(page, "emailEdit")->text(), u"test@run.ai"_s);
        QVERIFY(form<QLineEdit>(page, "passwordEdit")->text().isEmpty());
        QVERIFY(form<QPushButton>(page, "signInButton")->isEnabled());
    }

    void badUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("spaces") << u"console example com"_s;
        QTest::newRow("ftp") << u"ftp://console.example.com"_s;
        QTest::newRow("query") << u"https://console.example.com/?a=b"_s;
        QTest::newRow("credentials") << u"https://user:pw@console.example.com"_s;
    }
    void badUrl()
    {
        QFETCH(QString, url);
        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"), url);
        QVERIFY(form<QLabel>(page, "consoleUrlHint")->isVisible());
        const QString hint = form<QLabel>(page, "consoleUrlHint")->text();
        QVERIFY(!hint.isEmpty());
        typeInto(form<QLineEdit>(page, "emailEdit"), u"test@run.ai"_s);
        typeInto(form<QLineEdit>(page, "passwordEdit"), u"x"_s);
        QTest::keyClick(form<QLineEdit>(page, "passwordEdit"), Qt::Key_Return);
        QVERIFY(!page->isBusy()); // nothing was sent
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(page->banner()->text().contains(hint), qPrintable(page->banner()->text()));
        QCOMPARE(form<QLineEdit>(page, "consoleUrlEdit")->text(), url);
    }

    void serverDown()
    {
        // A port that nobody listens on: reserve one, then close it.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();

        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"), u"http://127.0.0.1:%1"_s.arg(port));
        typeInto(form<QLineEdit>(page, "emailEdit"), u"test@run.ai"_s);
        typeInto(form<QLineEdit>(page, "passwordEdit"), u"Abcd!234"_s);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWaitMs);
        QVERIFY(!m_window->session());
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(page->banner()->text().contains(u"Could not reach"_s),
                 qPrintable(page->banner()->text()));

        // Signed in, then the console goes away: a failed load says so, never an empty list.
        signInToSandbox();
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        m_window->sandbox()->stop();
        click(form<QPushButton>(apps, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        QVERIFY(apps->loadFailed());
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(form<QStackedWidget>(apps, "tableStack")->currentWidget(),
                 form<QWidget>(apps, "placeholderPage"));
        QVERIFY(form<QLabel>(apps, "placeholderLabel")->text().contains(u"could not be loaded"_s));
    }

    void invalidApplicationName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("uppercase") << u"CiBot"_s;
        QTest::newRow("leading digit") << u"1bot"_s;
        QTest::newRow("trailing dash") << u"bot-"_s;
        QTest::newRow("space") << u"ci bot"_s;
        QTest::newRow("one letter") << u"a"_s;
    }
    void invalidApplicationName()
    {
        QFETCH(QString, name);
        signInToSandbox();
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        QVERIFY(!form<QPushButton>(apps, "registerButton")->isEnabled());
        QVERIFY(form<QLabel>(apps, "nameHint")->styleSheet().contains(u"color"_s));
        QTest::keyClick(form<QLineEdit>(apps, "nameEdit"), Qt::Key_Return);
        QVERIFY(!apps->isRegistering());
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(form<QLineEdit>(apps, "nameEdit")->text(), name);
        typeInto(form<QLineEdit>(apps, "nameEdit"), u"valid-name"_s);
        QVERIFY(form<QPushButton>(apps, "registerButton")->isEnabled());
    }

    void duplicateApplication()
    {
        signInToSandbox();
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const QString name = u"dup-%1"_s.arg(QRandomGenerator::global()->bounded(100000));
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(credentials->keychainState()
                                         != ApplicationCredentialsDialog::KeychainState::Saving,
                                 kWaitMs);
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const int rows = apps->model()->rowCount();

        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isRegistering(), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(apps->banner()->text().contains(u"already exists"_s),
                 qPrintable(apps->banner()->text()));
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        QCOMPARE(form<QLineEdit>(apps, "nameEdit")->text(), name); // kept, to be edited
        QCOMPARE(apps->model()->rowCount(), rows);
    }

    void invalidEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << u"user.example.com"_s;
        QTest::newRow("no domain") << u"user@"_s;
        QTest::newRow("no tld") << u"user@example"_s;
    }
    void invalidEmail()
    {
        QFETCH(QString, email);
        signInToSandbox();
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(users, "emailEdit"), email);
        QVERIFY(!form<QPushButton>(users, "createButton")->isEnabled());
        QVERIFY(form<QLabel>(users, "emailHint")->styleSheet().contains(u"color"_s));
        QTest::keyClick(form<QLineEdit>(users, "emailEdit"), Qt::Key_Return);
        QVERIFY(!users->isCreating());
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(form<QLineEdit>(users, "emailEdit")->text(), email);
    }

    // Issue 12, item 8: a users list past the ceiling (configurable; here 600) stops at the page
    // that reaches it, and the Users page banner says why the list is not whole.
    void usersListStopsAtTheCeilingWithAMessage()
    {
        QSettings().setValue(u"users/maxListedUsers"_s, 600);
        const auto restore = qScopeGuard([] { QSettings().remove(u"users/maxListedUsers"_s); });
        signInToSandbox();
        // The probe after sign-in reloads the list when it ends; on a slow (sanitized) build it
        // can end after the refresh below, so the list this test reads would not be the refresh's.
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        QCOMPARE(m_window->sandbox()->server()->seedUsers(1200, u"many%1@example.com"_s), 1200);
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        users->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QCOMPARE(users->model()->rowCount(), 1000); // two pages of 500, of 1,201
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(users->banner()->text().contains(
                         u"stops at %1 users"_s.arg(QLocale().toString(1000))),
                 qPrintable(users->banner()->text()));
    }

    void rememberedPasswordSignsInFromTheKeychain()
    {
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        if (!form<QCheckBox>(page, "rememberPasswordCheck")->isChecked())
            click(form<QCheckBox>(page, "rememberPasswordCheck"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::AdminPassword), u"test@run.ai"_s};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(key), kWaitMs);

        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(form<QLineEdit>(page, "passwordEdit")->text().isEmpty());
        QVERIFY(!form<QLineEdit>(page, "passwordEdit")->placeholderText().isEmpty());
        click(form<QPushButton>(page, "signInButton")); // empty password: read from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);

        // Unticking forgets it again.
        click(m_window->sessionStatus()->signOutButton());
        click(form<QCheckBox>(page, "rememberPasswordCheck"));
        QVERIFY(!form<QCheckBox>(page, "rememberPasswordCheck")->isChecked());
        typeInto(form<QLineEdit>(page, "passwordEdit"), u"Abcd!234"_s);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKnown(key), kWaitMs);

        // Only names reach the settings files: never the password.
        QSettings settings;
        settings.sync();
        for (const QString &file : {settings.fileName(), m_dir.filePath(u"index.ini"_s)}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains("Abcd!234"), qPrintable(file));
            QVERIFY2(!content.contains(QByteArray("Abcd!234").toBase64()), qPrintable(file));
        }
        QVERIFY(QFile::exists(settings.fileName()));
    }

private:
    void signInToSandbox()
    {
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        QVERIFY(m_window->sandbox()->isRunning());
        QCOMPARE(form<QLineEdit>(page, "emailEdit")->text(), u"test@run.ai"_s);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QVERIFY(m_window->session()->isSignedIn());
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->applicationsPage());
    }

    void selectApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        const int row = apps->model()->rowOfName(name);
        QVERIFY(row >= 0);
        const QModelIndex index = apps->proxy()->mapFromSource(
                apps->model()->index(row, ApplicationsModel::NameColumn));
        QTableView *view = form<QTableView>(apps, "tableView");
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(form<SecretField>(apps, "clientIdField")->text(), name);
    }
};

QTEST_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
