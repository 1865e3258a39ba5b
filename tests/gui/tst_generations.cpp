// SPDX-License-Identifier: MIT
// Issue 11's "Done when", through the window: the whole flow against the in-process sandbox in
// each generation it speaks (2.18, 2.20, 2.24, 2.24 with service accounts only, 3.0), with the
// real keychain. Sign in (password remembered), the capabilities probe and the status bar's
// summary, register an application / service account (the page's word follows the console),
// grant it a role from the offer after registering (roles listed) and see the rule in Access
// rules…, get its token with the secret kept in the keychain (the dialog names the endpoint and
// grant), create a user (with a name on 3.0), create an access key and get a token with it
// (2.24+), a create whose answer is lost (Regenerate secret), and an expired session: the token
// runs out (a 5 s lifetime) and is renewed without a word; the console then refuses a token
// (401) on a page load, which is renewed and replayed, and on a create, which is not repeated but
// renews the token so that the second click works; never losing the page or what was typed.

#include "GuiTestSupport.h"

#include "api/AccessSubject.h"
#include "api/Session.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/access/AccessRulesDialog.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/ClientSecretDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/AccessKeysModel.h"
#include "models/ApplicationsModel.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
// Tokens live this long in every row, so each row sees its session's token run out and be
// renewed. The sandbox's exp is in whole seconds (a token may die up to 1 s early) and the session
// renews a fifth of the lifetime ahead: 5 s leaves the flow (about 2.5 s) room before the first
// renewal, and no create is ever sent with a dead token however the second falls.
constexpr int kTokenLifetimeSeconds = 5;
} // namespace

class TestGenerations : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1100, 760))); }

    void cleanup()
    {
        closeWindow();
        m_server.reset();
    }

    void wholeFlow_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("serviceAccountsOnly");
        QTest::addColumn<QString>("generation"); // as the status bar names it
        QTest::addColumn<bool>("serviceAccounts"); // the word, and the API used
        QTest::addColumn<bool>("apps"); // the console also has /api/v1/apps
        QTest::addColumn<QString>("tokenIssuer"); // the application token's endpoint and grant
        QTest::addColumn<QString>("renewalIssuer"); // how the session's token is renewed
        QTest::addColumn<bool>("accessKeys");
        QTest::addColumn<bool>("names");
        const QString v1 = u"POST /api/v1/token · "_s;
        const QString v2 = u"POST /api/v2/token · "_s;
        QTest::newRow("2.18") << u"2.18"_s << false << u"2.18–2.19"_s << false << true
                              << v1 + u"app_token"_s << v1 + u"refresh_token"_s << false << false;
        QTest::newRow("2.20") << u"2.20"_s << false << u"2.20–2.23"_s << false << true
                              << v1 + u"client_credentials"_s << v1 + u"refresh_token"_s << false
                              << false;
        QTest::newRow("2.24") << u"2.24"_s << false << u"2.24–2.26"_s << true << true
                              << v2 + u"client_credentials"_s << v2 + u"refresh_token"_s << true
                              << false;
        QTest::newRow("2.24-sa") << u"2.24"_s << true << u"2.24–2.26"_s << true << false
                                 << v2 + u"client_credentials"_s << v2 + u"refresh_token"_s << true
                                 << false;
        // 3.0's /api/v2/token refuses refresh_token: renewal repeats the password grant with the
        // password kept in the keychain.
        QTest::newRow("3.0") << u"3.0"_s << false << u"3.0"_s << true << false
                             << v2 + u"client_credentials"_s << v2 + u"password"_s << true << true;
    }

    void wholeFlow()
    {
        QFETCH(QString, mode);
        QFETCH(bool, serviceAccountsOnly);
        QFETCH(QString, generation);
        QFETCH(bool, serviceAccounts);
        QFETCH(bool, apps);
        QFETCH(QString, tokenIssuer);
        QFETCH(QString, renewalIssuer);
        QFETCH(bool, accessKeys);
        QFETCH(bool, names);
        QElapsedTimer elapsed;
        elapsed.start();

        // --- Sign in through the page, the password remembered (renewal on 3.0 needs it).
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        options.serviceAccountsOnly = serviceAccountsOnly;
        options.tokenLifetimeSeconds = kTokenLifetimeSeconds;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        SignInPage *signIn = m_window->signInPage();
        fillSignInPage(m_window.get(), m_server->baseUrl(), options.adminEmail,
                       options.adminPassword);
        if (!form<QCheckBox>(signIn, "rememberPasswordCheck")->isChecked())
            click(form<QCheckBox>(signIn, "rememberPasswordCheck"));
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        Session *session = m_window->session();
        QSignalSpy renewed(session, &Session::tokenRenewed);
        QSignalSpy renewalFailed(session, &Session::renewalFailed);
        const SecretKey passwordKey{session->baseUrl().toString(),
                                    QString(SecretKind::AdminPassword), options.adminEmail};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(passwordKey), kWaitMs);

        // --- The console is probed once; the status bar names its generation and offers.
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        const QString described = m_window->sessionStatus()->consoleDescription();
        QVERIFY2(described.startsWith(u"Run:ai %1 API"_s.arg(generation)), qPrintable(described));
        QCOMPARE(described.contains(u"service accounts"_s), serviceAccounts);
        QCOMPARE(described.contains(u"applications"_s), apps);
        QCOMPARE(described.contains(u"access keys"_s), accessKeys);

        // --- Register: the page's word follows the console.
        ApplicationsPage *appsPage = m_window->applicationsPage();
        QTabWidget *tabs = m_window->tabs();
        tabs->setCurrentWidget(appsPage);
        QTRY_VERIFY_WITH_TIMEOUT(!appsPage->isLoading(), kWaitMs);
        QCOMPARE(tabs->tabText(tabs->indexOf(appsPage)),
                 serviceAccounts ? u"Service &accounts"_s : u"&Applications"_s);
        QCOMPARE(form<QPushButton>(appsPage, "registerButton")->text(),
                 serviceAccounts ? u"&Register service account"_s : u"&Register application"_s);
        typeInto(form<QLineEdit>(appsPage, "nameEdit"), u"flow-bot"_s);
        click(form<QPushButton>(appsPage, "registerButton"));
        ApplicationCredentialsDialog *credentials = waitForSecretDialog();
        QVERIFY(credentials);
        QCOMPARE(credentials->windowTitle(), serviceAccounts
                                                     ? u"Service account \"flow-bot\" registered"_s
                                                     : u"Application \"flow-bot\" registered"_s);
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        QVERIFY(secret.size() >= 8);
        closeSecretDialog(credentials);

        // --- The grant offer that follows: the console's roles listed, one picked, granted.
        GrantAccessDialog *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isLoadingRoles(), kWaitMs);
        QComboBox *roles = form<QComboBox>(offer, "roleCombo");
        QVERIFY2(roles->count() > 5, qPrintable(offer->banner()->text()));
        const int viewer = roles->findText(u"Viewer"_s);
        QVERIFY(viewer >= 0);
        roles->setCurrentIndex(viewer);
        offer->selectScopeType(u"project"_s);
        typeInto(form<QLineEdit>(offer, "scopeIdEdit"), u"proj-1"_s);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QCOMPARE(appsPage->banner()->kind(), MessageBanner::Kind::Success);
        QTRY_VERIFY_WITH_TIMEOUT(!appsPage->isLoading(), kWaitMs);

        // Access rules… lists it (3.0 also lists its rule for all authenticated users).
        selectApplication(u"flow-bot"_s);
        QVERIFY(appsPage->actions()->accessRulesAction()->isEnabled());
        appsPage->actions()->accessRulesAction()->trigger();
        AccessRulesDialog *rulesDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((rulesDialog = findOpenDialog<AccessRulesDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isLoading(), kWaitMs);
        QStringList own;
        for (const AccessRule &rule : rulesDialog->rules()) {
            if (!AccessSubject::appliesToEveryone(rule))
                own << u"%1 %2 %3"_s.arg(rule.roleName, rule.scopeType, rule.scopeId);
        }
        QCOMPARE(own, QStringList{u"Viewer project proj-1"_s});
        rulesDialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<AccessRulesDialog>(m_window.get()), kWaitMs);

        // --- Get token, with the secret read back from the keychain.
        selectApplication(u"flow-bot"_s);
        click(form<QPushButton>(appsPage, "getTokenButton"));
        TokenDialog *token = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((token = findOpenDialog<TokenDialog>(m_window.get())), kWaitMs);
        QVERIFY(!findOpenDialog<ClientSecretDialog>(m_window.get())); // nobody typed the secret
        QVERIFY(!form<SecretField>(token, "accessTokenField")->text().isEmpty());
        QVERIFY2(form<QLabel>(token, "introLabel")->text().contains(tokenIssuer),
                 qPrintable(form<QLabel>(token, "introLabel")->text()));
        token->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);

        // --- A lost answer: the create went through, its answer did not. The page looks it up
        // and offers to regenerate the secret, which works.
        QTRY_VERIFY_WITH_TIMEOUT(!appsPage->isLoading(), kWaitMs);
        m_server->faults().dropAfterHandlingNext(serviceAccounts ? u"/api/v1/service-accounts"_s
                                                                 : u"/api/v1/apps"_s);
        typeInto(form<QLineEdit>(appsPage, "nameEdit"), u"lost-bot"_s);
        click(form<QPushButton>(appsPage, "registerButton"));
        MessageBanner *banner = appsPage->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->actionButton()->isVisible(), kWaitMs);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(u"was created"_s)
                         && banner->text().contains(u"lost-bot"_s),
                 qPrintable(banner->text()));
        QCOMPARE(banner->actionButton()->text(), u"&Regenerate secret"_s);
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        click(banner->actionButton());
        credentials = waitForSecretDialog();
        QVERIFY(credentials);
        QVERIFY(form<SecretField>(credentials, "clientSecretField")->text().size() >= 8);
        closeSecretDialog(credentials);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        rejectOffer();
        QTRY_VERIFY_WITH_TIMEOUT(!appsPage->isLoading(), kWaitMs);
        QVERIFY(appsPage->model()->rowOfName(u"lost-bot"_s) >= 0);

        // --- A lost answer for a name someone else already uses: this generation's word, no
        // one-click regenerate, and the question says what breaks.
        m_server->seedApplication(u"prod-bot"_s, u"ops.lead@example.com"_s,
                                  QDateTime::currentDateTimeUtc().addDays(-3));
        m_server->faults().html502Next(serviceAccounts ? u"/api/v1/service-accounts"_s
                                                       : u"/api/v1/apps"_s);
        typeInto(form<QLineEdit>(appsPage, "nameEdit"), u"prod-bot"_s);
        click(form<QPushButton>(appsPage, "registerButton"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->actionButton()->isVisible()
                                         && banner->text().contains(u"prod-bot"_s),
                                 kWaitMs);
        QVERIFY2(banner->text().startsWith(serviceAccounts ? u"A service account named"_s
                                                           : u"An application named"_s)
                         && banner->text().contains(u"already exists"_s)
                         && banner->text().contains(u"ops.lead@example.com"_s),
                 qPrintable(banner->text()));
        QCOMPARE(banner->actionButton()->text(), u"Re&generate secret…"_s);
        ConfirmationDialog::answerNext(false);
        click(banner->actionButton());
        QTRY_VERIFY_WITH_TIMEOUT(ConfirmationDialog::lastText().contains(u"prod-bot"_s), kWaitMs);
        QVERIFY2(ConfirmationDialog::lastText().contains(
                         serviceAccounts ? u"Every program that uses this service account's "
                                           "current secret stops working"_s
                                         : u"Every program that uses this application's current "
                                           "secret stops working"_s),
                 qPrintable(ConfirmationDialog::lastText()));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        form<QLineEdit>(appsPage, "nameEdit")->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!appsPage->isLoading(), kWaitMs);

        // --- A user, with a name where the console stores names.
        UsersPage *users = m_window->usersPage();
        tabs->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QCOMPARE(form<QLineEdit>(users, "firstNameEdit")->isVisible(), names);
        QCOMPARE(form<QLineEdit>(users, "lastNameEdit")->isVisible(), names);
        QHeaderView *header = form<QTableView>(users, "tableView")->horizontalHeader();
        QCOMPARE(header->isSectionHidden(UsersModel::NameColumn), !names);
        const QString email = u"ada.flow@example.com"_s;
        typeInto(form<QLineEdit>(users, "emailEdit"), email);
        if (names) {
            typeInto(form<QLineEdit>(users, "firstNameEdit"), u"Ada"_s);
            typeInto(form<QLineEdit>(users, "lastNameEdit"), u"Lovelace"_s);
        }
        click(form<QPushButton>(users, "createButton"));
        TemporaryPasswordDialog *password = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (password = findOpenDialog<TemporaryPasswordDialog>(m_window.get())), kWaitMs);
        QVERIFY(!form<SecretField>(password, "passwordField")->text().isEmpty());
        click(form<QCheckBox>(password, "confirmCheck"));
        click(form<QDialogButtonBox>(password, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        QVERIFY(form<QLabel>(offer, "introLabel")->text().contains(email));
        click(form<QDialogButtonBox>(offer, "buttonBox")
                      ->button(QDialogButtonBox::Cancel)); // "Not now"
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        const int userRow = users->model()->rowOfUsername(email);
        QVERIFY(userRow >= 0);
        QCOMPARE(users->model()->index(userRow, UsersModel::NameColumn).data().toString(),
                 names ? u"Ada Lovelace"_s : QString());

        // --- Access keys: created, its secret kept, a token with it; elsewhere the page says
        // the console has none.
        AccessKeysPage *keys = m_window->accessKeysPage();
        QVERIFY(tabs->indexOf(keys) >= 0);
        tabs->setCurrentWidget(keys);
        QTRY_VERIFY_WITH_TIMEOUT(keys->availability() != AccessKeysPage::Availability::Unknown
                                         && !keys->isLoading(),
                                 kWaitMs);
        QCOMPARE(keys->availability(), accessKeys ? AccessKeysPage::Availability::Available
                                                  : AccessKeysPage::Availability::Absent);
        if (accessKeys) {
            typeInto(form<QLineEdit>(keys, "nameEdit"), u"flow-key"_s);
            click(form<QPushButton>(keys, "createButton"));
            credentials = waitForSecretDialog();
            QVERIFY(credentials);
            QCOMPARE(credentials->windowTitle(), u"Access key \"flow-key\" created"_s);
            const QString clientId = form<SecretField>(credentials, "clientIdField")->text();
            closeSecretDialog(credentials);
            QVERIFY(m_store->isKnown(SecretKey{session->baseUrl().toString(),
                                               QString(SecretKind::AccessKeySecret), clientId}));
            QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->model()->rowCount() == 1, kWaitMs);
            QTableView *view = form<QTableView>(keys, "ownTable");
            view->selectRow(0);
            click(form<QPushButton>(keys, "getTokenButton"));
            QTRY_VERIFY_WITH_TIMEOUT((token = findOpenDialog<TokenDialog>(m_window.get())),
                                     kWaitMs);
            QVERIFY(!form<SecretField>(token, "accessTokenField")->text().isEmpty());
            // It acts as the key's owner, and says which endpoint and grant issued it.
            QVERIFY2(form<QLabel>(token, "introLabel")->text().contains(options.adminEmail)
                             && form<QLabel>(token, "introLabel")->text().contains(tokenIssuer),
                     qPrintable(form<QLabel>(token, "introLabel")->text()));
            QCOMPARE(claim(token, u"email"_s), options.adminEmail);
            token->close();
            QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);
        }

        // --- An expired session. The token runs out (a 5 s lifetime) and is renewed in the
        // background, the way this generation renews; nobody is asked anything.
        tabs->setCurrentWidget(users);
        typeInto(form<QLineEdit>(users, "emailEdit"), u"half.typed@exam"_s);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() + renewalFailed.count() >= 1, kWaitMs);
        QVERIFY2(renewalFailed.isEmpty(), qPrintable(failure(renewalFailed)));
        QCOMPARE(session->tokenIssuer(), renewalIssuer);
        QVERIFY(!m_window->reauthDialog());
        QCOMPARE(m_window->session(), session);
        QCOMPARE(session->identity(), options.adminEmail);
        QVERIFY(session->tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QVERIFY(m_window->sessionStatus()->lifetimeText() != u"expired"_s);
        // Then the console refuses the token it has (revoked, a clock off): the page's request is
        // answered 401, the session renews and the page loads, where it was, with its input.
        const int renewals = int(renewed.count());
        m_server->faults().failNext(u"/api/v1/users"_s, 401);
        click(form<QPushButton>(users, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(renewed.count() > renewals && !users->isLoading(), kWaitMs);
        QVERIFY2(!users->loadFailed(), qPrintable(users->banner()->text()));
        QVERIFY2(renewalFailed.isEmpty(), qPrintable(failure(renewalFailed)));
        QVERIFY(!m_window->reauthDialog());
        QCOMPARE(m_window->session(), session);
        QCOMPARE(tabs->currentWidget(), users);
        QCOMPARE(form<QLineEdit>(users, "emailEdit")->text(), u"half.typed@exam"_s);
        QVERIFY(users->model()->rowOfUsername(email) >= 0);
        // A change sent with a token the console refuses (it ran out while the laptop slept) is
        // not repeated on its own; the session renews, and trying again works.
        const int beforeCreate = int(renewed.count());
        m_server->faults().failNext(u"/api/v1/users"_s, 401);
        const QString late = u"late.flow@example.com"_s;
        typeInto(form<QLineEdit>(users, "emailEdit"), late);
        click(form<QPushButton>(users, "createButton"));
        // Renewed because of the refusal: the token is fresh from the renewal above, so the
        // timer's own renewal is at least 3 s away (four fifths of a lifetime of 4-5 s).
        QTRY_VERIFY_WITH_TIMEOUT(!users->isCreating() && renewed.count() > beforeCreate, 2500);
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()));
        QVERIFY2(renewalFailed.isEmpty(), qPrintable(failure(renewalFailed)));
        QVERIFY(!m_window->reauthDialog());
        QCOMPARE(form<QLineEdit>(users, "emailEdit")->text(), late);
        click(form<QPushButton>(users, "createButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
                (password = findOpenDialog<TemporaryPasswordDialog>(m_window.get())), kWaitMs);
        click(form<QCheckBox>(password, "confirmCheck"));
        click(form<QDialogButtonBox>(password, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QVERIFY(users->model()->rowOfUsername(late) >= 0);
        qInfo("%s: %lld ms", QTest::currentDataTag(), qint64(elapsed.elapsed()));
    }

private:
    static QString failure(const QSignalSpy &renewalFailed)
    {
        return renewalFailed.isEmpty()
                       ? QString()
                       : u"renewal failed: "_s
                                 + qvariant_cast<ApiError>(renewalFailed.first().first())
                                           .logString();
    }

    // A decoded claim as the token dialog lists it.
    static QString claim(TokenDialog *dialog, const QString &name)
    {
        QTableWidget *table = form<QTableWidget>(dialog, "claimsTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->text() == name)
                return table->item(row, 1) ? table->item(row, 1)->text() : QString();
        }
        return {};
    }

    void selectApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        const int row = apps->model()->rowOfName(name);
        QVERIFY2(row >= 0, qPrintable(name));
        form<QTableView>(apps, "tableView")
                ->selectRow(apps->proxy()->mapFromSource(apps->model()->index(row, 0)).row());
        QCOMPARE(form<QTableView>(apps, "tableView")->selectionModel()->selectedRows().size(), 1);
    }

    // The dialog that shows a new secret once, after the keychain has it.
    ApplicationCredentialsDialog *waitForSecretDialog()
    {
        ApplicationCredentialsDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                    (dialog = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                    kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->keychainState(),
                                      ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        }();
        return dialog;
    }

    void closeSecretDialog(ApplicationCredentialsDialog *dialog)
    {
        click(form<QCheckBox>(dialog, "confirmCheck"));
        click(form<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);
    }

    // A grant offer, if one is open, answered "Not now".
    void rejectOffer()
    {
        QCoreApplication::processEvents();
        if (GrantAccessDialog *offer = findOpenDialog<GrantAccessDialog>(m_window.get()))
            click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestGenerations)
#include "tst_generations.moc"
