// SPDX-License-Identifier: MIT
// Access keys through the window (issue 11): sign in on 2.24 (and 3.0 when the sandbox has that
// mode), create a key (its secret shown once, kept in the real keychain), get a token with it,
// regenerate (the old secret stops), delete; the administrators' view with its confirmation
// naming the owner; a non-administrator's note; and the plain message on a 2.20 console. A lost
// create (issue 12) is recovered in one click only when the key was made by that request.

#include "GuiTestSupport.h"
#include "MnemonicCheck.h"

#include "AccessKeyPeer.h"
#include "SandboxAdmin.h"
#include "gui/access/AccessKeysAdminSection.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/AccessKeysModel.h"
#include "models/ActivityLog.h"
#include "sandbox/ApiContext.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QWidget>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
const auto kAdmin = u"test@run.ai"_s;
const auto kPassword = u"Abcd!234"_s;
} // namespace

class TestAccessKeysFlow : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1100, 760))); }

    void cleanup()
    {
        ConfirmationDialog::clearNextAnswer();
        closeWindow();
        m_admin.reset();
        m_server.reset();
    }

    void keyLifecycle_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2.24") << u"2.24"_s;
        QTest::newRow("3.0") << u"3.0"_s;
    }
    void keyLifecycle()
    {
        QFETCH(QString, mode);
        if (sandbox::apiLevelFor(mode) == 0)
            QSKIP("this build's sandbox does not accept --api-version 3.0 yet");
        startAndSignIn(mode, kAdmin, kPassword);
        AccessKeysPage *page = openPage();
        QCOMPARE(page->availability(), AccessKeysPage::Availability::Available);

        // A bad name is explained next to the field and cannot be sent.
        typeInto(form<QLineEdit>(page, "nameEdit"), u"Laptop Key"_s);
        QVERIFY(!form<QPushButton>(page, "createButton")->isEnabled());
        QVERIFY(!form<QLabel>(page, "nameHint")->text().isEmpty());

        // --- Create: the secret is shown once, with copy buttons, and kept in the keychain.
        typeInto(form<QLineEdit>(page, "nameEdit"), u"laptop"_s);
        click(form<QPushButton>(page, "createButton"));
        ApplicationCredentialsDialog *shown = waitForSecretDialog();
        QVERIFY(shown);
        QCOMPARE(shown->windowTitle(), u"Access key \"laptop\" created"_s);
        const QString clientId = form<SecretField>(shown, "clientIdField")->text();
        const QString secret = form<SecretField>(shown, "clientSecretField")->text();
        QVERIFY(!clientId.isEmpty() && clientId != u"laptop"_s);
        QVERIFY(secret.size() >= 8);
        QCOMPARE(form<SecretField>(shown, "clientSecretField")->lineEdit()->echoMode(),
                 QLineEdit::Password);
        QVERIFY(form<SecretField>(shown, "clientSecretField")->copyButton()->isVisible());
        QVERIFY(!form<QDialogButtonBox>(shown, "buttonBox")
                         ->button(QDialogButtonBox::Close)
                         ->isEnabled());
        closeSecretDialog(shown);
        const SecretKey keychainKey{m_window->session()->baseUrl().toString(),
                                    QString(SecretKind::AccessKeySecret), clientId};
        QVERIFY(m_store->isKnown(keychainKey));
        QCOMPARE(m_admin->clientCredentials(clientId, secret, {}).kind(), ApiError::Kind::None);

        // The table lists it with the secret held here; the list never carried the secret.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, kWaitMs);
        QVERIFY(page->model()->isSecretStored(clientId));
        QCOMPARE(page->model()->accessKey(0).secret, QString());
        selectOwnRow(page, 0);

        // --- Get a token with the key: the token dialog, acting as the signed-in user.
        click(form<QPushButton>(page, "getTokenButton"));
        TokenDialog *token = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((token = findOpenDialog<TokenDialog>(m_window.get())), kWaitMs);
        QVERIFY(!form<SecretField>(token, "accessTokenField")->text().isEmpty());
        QVERIFY(form<QLabel>(token, "introLabel")->text().contains(kAdmin));
        QVERIFY(!form<QPushButton>(token, "useIdentityButton")->isVisible());
        token->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);

        // --- Export offers the `runai login access-key --secret-file` format first.
        click(form<QPushButton>(page, "exportButton"));
        CredentialExportDialog *exported = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (exported = findOpenDialog<CredentialExportDialog>(m_window.get())), kWaitMs);
        QCOMPARE(exported->format(), CredentialExport::Format::CliLogin);
        QVERIFY(exported->exportText().contains(u"--secret-file="_s));
        QVERIFY(exported->exportText().contains(u"--client-id="_s + clientId));
        QVERIFY(exported->exportText().contains(secret));
        QVERIFY(!form<QPlainTextEdit>(exported, "previewEdit")->toPlainText().contains(secret));
        exported->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<CredentialExportDialog>(m_window.get()), kWaitMs);

        // --- Regenerate after a confirmation: the old secret stops at once.
        selectOwnRow(page, 0);
        click(form<QPushButton>(page, "regenerateButton"));
        ConfirmationDialog *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"at once"_s), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        shown = waitForSecretDialog();
        QVERIFY(shown);
        const QString newSecret = form<SecretField>(shown, "clientSecretField")->text();
        QVERIFY(!newSecret.isEmpty() && newSecret != secret);
        closeSecretDialog(shown);
        QCOMPARE(m_admin->clientCredentials(clientId, secret, {}).kind(),
                 ApiError::Kind::Unauthorized);
        QCOMPARE(m_admin->clientCredentials(clientId, newSecret, {}).kind(), ApiError::Kind::None);

        // --- Delete with Del on the table after a confirmation; the keychain entry goes too.
        selectOwnRow(page, 0);
        m_window->activateWindow(); // shortcuts work in the active window only
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        form<QTableView>(page, "ownTable")->setFocus();
        QTest::keyClick(form<QTableView>(page, "ownTable"), Qt::Key_Delete);
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"<b>laptop</b>"_s), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(
                !page->isBusy() && !page->isLoading() && page->model()->rowCount() == 0, kWaitMs);
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Success);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKnown(keychainKey), kWaitMs);
        QCOMPARE(m_admin->clientCredentials(clientId, newSecret, {}).kind(),
                 ApiError::Kind::Unauthorized);

        // The activity log has the three changes and the token, without the secret.
        QStringList actions;
        for (const ActivityEntry &entry : m_window->activityLog()->entries()) {
            actions.append(entry.action);
            QVERIFY(!entry.object.contains(secret) && !entry.serverMessage.contains(secret));
        }
        for (const QString &action : {u"Create access key"_s, u"Get access key token"_s,
                                      u"Regenerate access key secret"_s, u"Delete access key"_s})
            QVERIFY2(actions.contains(action), qPrintable(actions.join(u", "_s)));
        QVERIFY2(unnamedFocusableWidgets(page).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(page).join(u", "_s)));
        QVERIFY2(mnemonicClashes(m_window.get()).isEmpty(),
                 qPrintable(mnemonicClashes(m_window.get()).join(u"; "_s)));
    }

    // An administrator sees every user's keys, filters by creator on the server, and deletes one
    // after a confirmation naming its owner.
    void administratorsView()
    {
        startAndSignIn(u"2.24"_s, kAdmin, kPassword);
        const AccessKeyPeer peer = makeAccessKeyPeer(m_server->baseUrl(), kAdmin, kPassword,
                                                     u"keyholder@example.com"_s, u"nightly"_s);
        QVERIFY2(!peer.error.isError(), qPrintable(peer.error.logString()));
        AccessKeysPage *page = openPage();
        AccessKeysAdminSection *admin = page->administration();
        QTRY_COMPARE_WITH_TIMEOUT(admin->state(), AccessKeysAdminSection::State::Shown, kWaitMs);
        QVERIFY(form<QGroupBox>(page, "adminGroup")->isVisible());
        QVERIFY(!form<QLabel>(page, "adminNoteLabel")->isVisible());

        typeInto(form<QLineEdit>(page, "createdByEdit"), u"keyholder@example.com"_s);
        QTest::keyClick(form<QLineEdit>(page, "createdByEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading() && admin->model()->rowCount() == 1, kWaitMs);
        QCOMPARE(admin->model()->accessKey(0).createdBy, u"keyholder@example.com"_s);
        QTableView *table = form<QTableView>(page, "adminTable");
        const QModelIndex index = table->model()->index(0, AccessKeysModel::NameColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        click(form<QPushButton>(page, "adminDeleteButton"));
        ConfirmationDialog *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"<b>keyholder@example.com</b>"_s),
                 qPrintable(confirm->text()));
        QVERIFY2(confirm->text().contains(u"<b>nightly</b>"_s), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading() && admin->model()->rowCount() == 0, kWaitMs);
        QCOMPARE(m_admin->clientCredentials(peer.key.clientId, peer.key.secret, {}).kind(),
                 ApiError::Kind::Unauthorized);
        bool logged = false;
        for (const ActivityEntry &entry : m_window->activityLog()->entries())
            logged |= entry.action == u"Delete user's access key"_s
                      && entry.object.contains(u"keyholder@example.com"_s);
        QVERIFY(logged);
    }

    // A user without the System administrator role: their own keys, and a note instead of the
    // administrators' section (the console answered 403).
    void nonAdministratorSeesANote()
    {
        sandbox::SandboxOptions options;
        options.apiVersion = u"2.24"_s;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->start());
        const AccessKeyPeer peer = makeAccessKeyPeer(m_server->baseUrl(), kAdmin, kPassword,
                                                     u"plain@example.com"_s, u"mine"_s);
        QVERIFY2(!peer.error.isError(), qPrintable(peer.error.logString()));
        signInThroughPage(u"plain@example.com"_s, peer.password);
        AccessKeysPage *page = openPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->administration()->state(),
                                  AccessKeysAdminSection::State::Forbidden, kWaitMs);
        QVERIFY(!form<QGroupBox>(page, "adminGroup")->isVisible());
        QVERIFY(form<QLabel>(page, "adminNoteLabel")->isVisible());
        QVERIFY(form<QLabel>(page, "adminNoteLabel")->text().contains(u"System administrators"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(page->model()->accessKey(0).name, u"mine"_s);
    }

    // A create whose answer is lost is not sent again: the user's keys are read, and a key of
    // that name created while the request was on its way (on the console's clock, skew
    // estimated from its Date headers) is recovered with one click: nobody ever had its secret.
    void lostCreateIsRecoveredInOneClick_data()
    {
        QTest::addColumn<int>("consoleAheadSeconds");
        QTest::newRow("clocks agree") << 0;
        QTest::newRow("console 5 min ahead") << 300;
    }
    void lostCreateIsRecoveredInOneClick()
    {
        QFETCH(int, consoleAheadSeconds);
        startAndSignIn(u"2.24"_s, kAdmin, kPassword);
        AccessKeysPage *page = openPage();
        // The capabilities probe after sign-in also reads /api/v1/access-keys: let it finish, so
        // the dropped answer is the create's.
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        if (consoleAheadSeconds != 0) {
            m_server->setClockOffset(std::chrono::seconds(consoleAheadSeconds));
            page->refresh(); // an answer stamped by the console's clock
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kWaitMs);
        }
        m_server->faults().dropAfterHandlingNext(u"/api/v1/access-keys"_s);
        typeInto(form<QLineEdit>(page, "nameEdit"), u"flaky"_s);
        click(form<QPushButton>(page, "createButton"));
        MessageBanner *banner = page->banner();
        QPushButton *action = banner->actionButton();
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() && !page->isBusy(), kWaitMs);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(u"was created"_s)
                         && banner->text().contains(u"nobody has the secret"_s),
                 qPrintable(banner->text()));
        QCOMPARE(action->text(), u"&Regenerate secret"_s);
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, kWaitMs);
        QVERIFY(!page->model()->isSecretStored(page->model()->accessKey(0).clientId));

        // One click, no question: the secret is shown as the create's would have been, it works
        // and it is kept; still one key.
        click(action);
        ApplicationCredentialsDialog *shown = waitForSecretDialog();
        QVERIFY(shown);
        QVERIFY(!ConfirmationDialog::lastText().contains(u"flaky"_s));
        QCOMPARE(shown->windowTitle(), u"Access key \"flaky\" created"_s);
        const QString clientId = form<SecretField>(shown, "clientIdField")->text();
        const QString secret = form<SecretField>(shown, "clientSecretField")->text();
        closeSecretDialog(shown);
        QCOMPARE(m_admin->clientCredentials(clientId, secret, {}).kind(), ApiError::Kind::None);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->isSecretStored(clientId),
                                 kWaitMs);
        QCOMPARE(page->model()->rowCount(), 1);
    }

    // An older key of the same name (a script may sign in with it) is not claimed after a lost
    // create: the banner says when it was made and last used, and its secret is replaced only
    // after a question that says what breaks.
    void olderKeyOfTheSameNameIsNotRegeneratedInOneClick_data()
    {
        QTest::addColumn<bool>("handled");
        QTest::newRow("proxy 502") << false;
        QTest::newRow("the 409 dropped") << true;
    }
    void olderKeyOfTheSameNameIsNotRegeneratedInOneClick()
    {
        QFETCH(bool, handled);
        startAndSignIn(u"2.24"_s, kAdmin, kPassword);
        AccessKeysPage *page = openPage();
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        const auto seeded = m_server->seedAccessKey(kAdmin, u"ci-deploy"_s,
                                                    QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(!seeded.secret.isEmpty());
        // In use: a pipeline signs in with it.
        QCOMPARE(m_admin->clientCredentials(seeded.clientId, seeded.secret, {}).kind(),
                 ApiError::Kind::None);

        if (handled)
            m_server->faults().dropAfterHandlingNext(u"/api/v1/access-keys"_s);
        else
            m_server->faults().html502Next(u"/api/v1/access-keys"_s);
        typeInto(form<QLineEdit>(page, "nameEdit"), u"ci-deploy"_s);
        click(form<QPushButton>(page, "createButton"));
        MessageBanner *banner = page->banner();
        QPushButton *action = banner->actionButton();
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() && !page->isBusy(), kWaitMs);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(u"You already have an access key named \"ci-deploy\""_s)
                         && banner->text().contains(u"created on"_s)
                         && banner->text().contains(u"last used:"_s)
                         && !banner->text().contains(u"last used: never"_s)
                         && !banner->text().contains(u"nobody has the secret"_s),
                 qPrintable(banner->text()));
        QCOMPARE(action->text(), u"Re&generate secret…"_s);

        // The action only asks; declining replaces nothing.
        ConfirmationDialog::answerNext(false);
        click(action);
        QTRY_VERIFY_WITH_TIMEOUT(ConfirmationDialog::lastText().contains(u"ci-deploy"_s), kWaitMs);
        QVERIFY2(ConfirmationDialog::lastText().contains(
                         u"Every program or CLI login that uses this access key's current secret "
                         "stops working <b>at once</b>"_s),
                 qPrintable(ConfirmationDialog::lastText()));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QTest::qWait(200); // a regenerate, had one started, would have its answer by now
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        QCOMPARE(m_admin->clientCredentials(seeded.clientId, seeded.secret, {}).kind(),
                 ApiError::Kind::None);

        // Confirmed: the new secret is shown as a replacement, and the old one stops.
        ConfirmationDialog::answerNext(true);
        click(action);
        ApplicationCredentialsDialog *shown = waitForSecretDialog();
        QVERIFY(shown);
        QCOMPARE(shown->windowTitle(), u"New secret for the access key \"ci-deploy\""_s);
        closeSecretDialog(shown);
        QVERIFY(m_admin->clientCredentials(seeded.clientId, seeded.secret, {}).kind()
                != ApiError::Kind::None);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, kWaitMs);
    }

    // A 2.20 console has no access keys: the page says so plainly, nothing fails.
    void olderConsoleSaysSo()
    {
        startAndSignIn(u"2.20"_s, kAdmin, kPassword);
        AccessKeysPage *page = m_window->accessKeysPage();
        QVERIFY(m_window->tabs()->indexOf(page) >= 0);
        m_window->tabs()->setCurrentWidget(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->availability(), AccessKeysPage::Availability::Absent,
                                  kWaitMs);
        QCOMPARE(form<QStackedWidget>(page, "contentStack")->currentWidget(),
                 form<QWidget>(page, "placeholderPage"));
        QVERIFY2(form<QLabel>(page, "placeholderLabel")
                         ->text()
                         .startsWith(u"This console has no access keys (Run:ai 2.24 and later)."_s),
                 qPrintable(form<QLabel>(page, "placeholderLabel")->text()));
        QVERIFY(page->banner()->isHidden() || page->banner()->kind() != MessageBanner::Kind::Error);
        QTRY_COMPARE_WITH_TIMEOUT(page->administration()->state(),
                                  AccessKeysAdminSection::State::Absent, kWaitMs);
    }

    // Access keys belong to users: working as an application, or signed out, there is no tab.
    void applicationIdentityHasNoTab()
    {
        startAndSignIn(u"2.24"_s, kAdmin, kPassword);
        QVERIFY(m_window->tabs()->indexOf(m_window->accessKeysPage()) >= 0);
        const Application robot = makeServiceAccount(m_server->baseUrl(), kAdmin, kPassword,
                                                     u"robot"_s);
        QVERIFY(!robot.id.isEmpty());
        QCOMPARE(SandboxAdmin::signInAsApplication(m_window->session(), robot.clientId,
                                                   robot.secret, robot.name)
                         .kind(),
                 ApiError::Kind::None);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->indexOf(m_window->accessKeysPage()), -1,
                                  kWaitMs);
        QCOMPARE(m_window->accessKeysPage()->session(), nullptr);
        m_window->signOut();
        QCOMPARE(m_window->tabs()->indexOf(m_window->accessKeysPage()), -1);
    }

private:
    void startAndSignIn(const QString &mode, const QString &email, const QString &password)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        signInThroughPage(email, password);
    }

    void signInThroughPage(const QString &email, const QString &password)
    {
        m_admin = std::make_unique<SandboxAdmin>(m_server->baseUrl(), kAdmin, kPassword);
        QVERIFY(m_admin->isSignedIn());
        fillSignInPage(m_window.get(), m_server->baseUrl(), email, password);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
    }

    AccessKeysPage *openPage()
    {
        AccessKeysPage *page = m_window->accessKeysPage();
        const int tab = m_window->tabs()->indexOf(page);
        if (tab < 0)
            return nullptr;
        // Through the tab's mnemonic, as a keyboard user would.
        m_window->activateWindow();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            QTest::keyClick(m_window.get(), Qt::Key_K, Qt::AltModifier);
            QCOMPARE(m_window->tabs()->currentWidget(), page);
        }();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading()
                                             && page->availability()
                                                        != AccessKeysPage::Availability::Unknown,
                                     kWaitMs);
        }();
        return page;
    }

    void selectOwnRow(AccessKeysPage *page, int row)
    {
        QTableView *view = form<QTableView>(page, "ownTable");
        const QModelIndex index = view->model()->index(row, AccessKeysModel::NameColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }

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
        // Escape does not close it before the user confirms having the secret.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        click(form<QCheckBox>(dialog, "confirmCheck"));
        click(form<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);
    }

    ConfirmationDialog *waitForConfirmation()
    {
        ConfirmationDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ConfirmationDialog>(m_window.get())),
                                     kWaitMs);
        }();
        return dialog;
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxAdmin> m_admin;
};

QTEST_MAIN(TestAccessKeysFlow)
#include "tst_accesskeysflow.moc"
