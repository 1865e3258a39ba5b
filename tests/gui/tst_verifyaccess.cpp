// SPDX-License-Identifier: MIT
// Verify access (issue 15, item 2) through the window, against the in-process sandbox and the
// real keychain, in every generation: register a service account / application, grant it a rule
// from the offer, press "Check what it can do now" on the page's banner, run the check with the
// secret the keychain holds and read the matrix (allowed / denied with the rule that would grant
// it / not offered); the activity log records the check. Also from the page's action with a
// pasted secret, and a refused secret; from the Users page (a password typed for the check) and
// the Access keys page (an own key from the keychain, another user's key pasted).

#include "GuiTestSupport.h"

#include "api/AccessCheck.h"
#include "api/Session.h"
#include "core/ActivityEntry.h"
#include "gui/access/AccessKeysAdminSection.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/users/UserActions.h"
#include "gui/users/UsersPage.h"
#include "gui/verify/ApplicationVerification.h"
#include "gui/verify/VerifyAccessDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/AccessKeysModel.h"
#include "models/ActivityLog.h"
#include "models/ApplicationsModel.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestVerifyAccess : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1100, 760))); }

    void cleanup()
    {
        closeWindow();
        m_server.reset();
    }

    void rightAfterRegisterAndGrant_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("serviceAccountsOnly");
        QTest::addColumn<QStringList>("notOffered");
        const QString sa = u"List service accounts"_s;
        const QString apps = u"List applications"_s;
        const QString count = u"Count users"_s;
        const QString keys = u"List own access keys"_s;
        const QString allKeys = u"List every user's access keys"_s;
        QTest::newRow("2.18") << u"2.18"_s << false << QStringList{count, sa, keys, allKeys};
        QTest::newRow("2.20") << u"2.20"_s << false << QStringList{sa, keys, allKeys};
        QTest::newRow("2.24") << u"2.24"_s << false << QStringList{};
        QTest::newRow("2.24-sa") << u"2.24"_s << true << QStringList{apps};
        QTest::newRow("3.0") << u"3.0"_s << false << QStringList{apps};
    }

    // The flow the issue names: register, grant a rule, "Check what it can do now".
    void rightAfterRegisterAndGrant()
    {
        QFETCH(QString, mode);
        QFETCH(bool, serviceAccountsOnly);
        QFETCH(QStringList, notOffered);
        signIn(mode, serviceAccountsOnly);
        ApplicationsPage *apps = m_window->applicationsPage();
        typeInto(form<QLineEdit>(apps, "nameEdit"), u"verify-bot"_s);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));

        // The offer: System administrator on the tenant (its ID prefilled by the dialog).
        GrantAccessDialog *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isBusy(), kWaitMs);
        QVERIFY(offer->selectRole(u"System administrator"_s));
        offer->selectScopeType(u"tenant"_s);
        if (form<QLineEdit>(offer, "scopeIdEdit")->text().isEmpty())
            typeInto(form<QLineEdit>(offer, "scopeIdEdit"), u"1001"_s);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);

        // "Check what it can do now" on the page's banner.
        QPushButton *checkNow = apps->banner()->actionButton();
        QVERIFY(checkNow && checkNow->isVisible());
        QCOMPARE(checkNow->text(), u"Check what it can &do now"_s);
        click(checkNow);
        VerifyAccessDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        // The keychain holds the secret it was just given: that is the default.
        QVERIFY(form<QRadioButton>(dialog, "heldRadio")->isChecked());
        QTableWidget *table = form<QTableWidget>(dialog, "resultsTable");
        QCOMPARE(table->rowCount(), 9);
        for (const QString &call : notOffered) // known before anything is sent
            QCOMPARE(result(dialog, call), u"Not offered"_s);
        QCOMPARE(result(dialog, u"List users"_s), u"Not checked yet"_s);

        runAndWait(dialog);
        QVERIFY2(!dialog->check()->tokenError().isError(), qPrintable(dialog->banner()->text()));
        const bool serviceAccounts = mode != u"2.18"_s && mode != u"2.20"_s;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString call = callOf(table, row);
            QString want = notOffered.contains(call) ? u"Not offered"_s : u"Allowed"_s;
            if (call == u"List own access keys"_s && serviceAccounts)
                want = u"Denied"_s; // keys belong to users
            QCOMPARE(result(dialog, call), want);
        }
        QVERIFY(!form<QLabel>(dialog, "tokenLabel")->text().isEmpty());
        QVERIFY(form<QLabel>(dialog, "summaryLabel")->text().startsWith(u"Allowed: "_s));

        // The activity log records that the check ran and its summary.
        const ActivityEntry last = m_window->activityLog()->entries().last();
        QCOMPARE(last.action, u"Verify access"_s);
        QVERIFY2(last.object.startsWith(u"verify-bot ("_s), qPrintable(last.object));
        QCOMPARE(last.outcome, ActivityEntry::Outcome::Succeeded);
        QVERIFY2(last.serverMessage.contains(u"allowed (List users"_s),
                 qPrintable(last.serverMessage));
        dialog->close();
    }

    // From the page's action, for an identity this program holds no secret of: paste it. Without
    // a rule every administration call is denied and names the rule that would grant it; a wrong
    // secret is refused before anything is checked.
    void pastedSecretWithoutRules()
    {
        signIn(u"2.24"_s, false);
        const QString secret = m_server->seedApplication(u"elsewhere-bot"_s, u"someone@x.io"_s,
                                                         QDateTime::currentDateTimeUtc());
        QVERIFY(!secret.isEmpty());
        ApplicationsPage *apps = m_window->applicationsPage();
        click(form<QPushButton>(apps, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
                !apps->isLoading() && apps->model()->rowOfName(u"elsewhere-bot"_s) >= 0, kWaitMs);
        selectApplication(u"elsewhere-bot"_s);
        QAction *verify = apps->verification()->action();
        QVERIFY(verify->isEnabled());
        verify->trigger();
        VerifyAccessDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!form<QRadioButton>(dialog, "heldRadio")->isEnabled());
        QVERIFY(form<QRadioButton>(dialog, "pasteRadio")->isChecked());
        QPushButton *run = form<QPushButton>(dialog, "runButton");
        QVERIFY(!run->isEnabled()); // nothing pasted yet

        // A wrong secret: refused, nothing checked, said in the dialog's banner.
        typeInto(form<SecretField>(dialog, "secretField")->lineEdit(), u"wrong-secret"_s);
        runAndWait(dialog);
        QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(dialog->banner()->text().contains(u"refused the client secret"_s),
                 qPrintable(dialog->banner()->text()));
        QCOMPARE(result(dialog, u"List users"_s), u"Not run"_s);
        QCOMPARE(m_window->activityLog()->entries().last().outcome, ActivityEntry::Outcome::Failed);

        typeInto(form<SecretField>(dialog, "secretField")->lineEdit(), secret);
        runAndWait(dialog);
        QCOMPARE(result(dialog, u"List roles"_s), u"Allowed"_s);
        QCOMPARE(result(dialog, u"List users"_s), u"Denied"_s);
        const QString why = cell(dialog, u"List users"_s, VerifyAccessDialog::WhyColumn);
        QVERIFY2(why.contains(u"\"elsewhere-bot\""_s) && why.contains(u"System administrator"_s)
                         && why.contains(u"\"Users\" permission to read"_s),
                 qPrintable(why));
        QVERIFY(form<SecretField>(dialog, "secretField")->text().isEmpty()); // used once
        QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Info);
        // The signed-in session is still the administrator's.
        QCOMPARE(m_window->session()->identity(), u"test@run.ai"_s);
        QVERIFY(unnamedFocusableWidgets(dialog).isEmpty());
        // Signing out closes it, as the page's other dialogs.
        m_window->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<VerifyAccessDialog>(m_window.get()), kWaitMs);
    }

    // From the Users page: a local user's password typed for the check (never stored); the
    // program holds no user's password, so there is nothing else to choose.
    void userWithTypedPassword()
    {
        signIn(u"2.24"_s, false);
        const QString password = m_server->seedUser(u"dana@example.com"_s, u"test@run.ai"_s,
                                                    QDateTime::currentDateTimeUtc());
        QVERIFY(!password.isEmpty());
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        users->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
                !users->isLoading() && users->model()->rowOfUsername(u"dana@example.com"_s) >= 0,
                kWaitMs);
        const int row = users->model()->rowOfUsername(u"dana@example.com"_s);
        form<QTableView>(users, "tableView")
                ->selectRow(users->proxy()->mapFromSource(users->model()->index(row, 0)).row());
        QAction *verify = users->actions()->verifyAction();
        QVERIFY(verify->isEnabled());
        verify->trigger();
        VerifyAccessDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!form<QRadioButton>(dialog, "heldRadio")->isEnabled());
        typeInto(form<SecretField>(dialog, "secretField")->lineEdit(), password);
        runAndWait(dialog);
        QCOMPARE(result(dialog, u"List own access keys"_s), u"Allowed"_s);
        QCOMPARE(result(dialog, u"List roles"_s), u"Allowed"_s);
        QCOMPARE(result(dialog, u"List users"_s), u"Denied"_s);
        QVERIFY(cell(dialog, u"List users"_s, VerifyAccessDialog::WhyColumn)
                        .contains(u"\"dana@example.com\""_s));
        QVERIFY(form<SecretField>(dialog, "secretField")->text().isEmpty());
        QCOMPARE(m_window->activityLog()->entries().last().object, u"dana@example.com (user)"_s);
        dialog->close();
    }

    // From the Access keys page: an own key (its secret in the keychain since it was created
    // here; it acts as the administrator) and, in the administrators' list, another user's key
    // (secret pasted; it acts as its owner, who has no rule).
    void accessKeys()
    {
        signIn(u"3.0"_s, false);
        AccessKeysPage *page = m_window->accessKeysPage();
        m_window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(page, "nameEdit"), u"laptop"_s);
        click(form<QPushButton>(page, "createButton"));
        ApplicationCredentialsDialog *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (shown = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(shown->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        click(form<QCheckBox>(shown, "confirmCheck"));
        click(form<QDialogButtonBox>(shown, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() == 1, kWaitMs);
        QPushButton *verifyOwn = form<QPushButton>(page, "verifyButton");
        QVERIFY(!verifyOwn->isEnabled()); // nothing selected
        clickRow(form<QTableView>(page, "ownTable"));
        click(verifyOwn);
        VerifyAccessDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(form<QRadioButton>(dialog, "heldRadio")->isChecked());
        runAndWait(dialog);
        QVERIFY2(!dialog->check()->tokenError().isError(), qPrintable(dialog->banner()->text()));
        QCOMPARE(dialog->check()->count(AccessCheck::Outcome::Allowed), 8);
        QCOMPARE(result(dialog, u"List applications"_s), u"Not offered"_s);
        QCOMPARE(m_window->activityLog()->entries().last().object, u"laptop (access key)"_s);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<VerifyAccessDialog>(m_window.get()), kWaitMs);

        QVERIFY(!m_server->seedUser(u"erin@example.com"_s, u"test@run.ai"_s,
                                    QDateTime::currentDateTimeUtc())
                         .isEmpty());
        const auto key = m_server->seedAccessKey(u"erin@example.com"_s, u"nightly"_s,
                                                 QDateTime::currentDateTimeUtc());
        QVERIFY(!key.secret.isEmpty());
        typeInto(form<QLineEdit>(page, "createdByEdit"), u"erin@example.com"_s);
        click(form<QPushButton>(page, "searchButton"));
        AccessKeysAdminSection *admin = page->administration();
        QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading() && admin->model()->rowCount() == 1, kWaitMs);
        clickRow(form<QTableView>(page, "adminTable"));
        click(form<QPushButton>(page, "adminVerifyButton"));
        QVERIFY((dialog = waitForDialog()));
        QVERIFY(form<QRadioButton>(dialog, "pasteRadio")->isChecked());
        typeInto(form<SecretField>(dialog, "secretField")->lineEdit(), key.secret);
        runAndWait(dialog);
        QCOMPARE(result(dialog, u"List own access keys"_s), u"Allowed"_s);
        QCOMPARE(result(dialog, u"List users"_s), u"Denied"_s);
        const QString why = cell(dialog, u"List users"_s, VerifyAccessDialog::WhyColumn);
        QVERIFY2(why.contains(u"owner"_s) && why.contains(u"\"erin@example.com\""_s),
                 qPrintable(why));
        dialog->close();
    }

private:
    static void clickRow(QTableView *view)
    {
        const QModelIndex index = view->model()->index(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }

    void signIn(const QString &mode, bool serviceAccountsOnly)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        options.serviceAccountsOnly = serviceAccountsOnly;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        fillSignInPage(m_window.get(), m_server->baseUrl(), options.adminEmail,
                       options.adminPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        m_window->tabs()->setCurrentWidget(m_window->applicationsPage());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
    }

    void selectApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        const int row = apps->model()->rowOfName(name);
        QVERIFY2(row >= 0, qPrintable(name));
        form<QTableView>(apps, "tableView")
                ->selectRow(apps->proxy()->mapFromSource(apps->model()->index(row, 0)).row());
    }

    VerifyAccessDialog *waitForDialog()
    {
        VerifyAccessDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<VerifyAccessDialog>(m_window.get())),
                                     kWaitMs);
        }();
        return dialog;
    }

    static void runAndWait(VerifyAccessDialog *dialog)
    {
        QSignalSpy done(dialog, &VerifyAccessDialog::checkFinished);
        click(form<QPushButton>(dialog, "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWaitMs);
    }

    // A call's cell: its title, then the request on a second line.
    static QString callOf(QTableWidget *table, int row)
    {
        return table->item(row, VerifyAccessDialog::CallColumn)->text().section(u'\n', 0, 0);
    }

    static QString cell(VerifyAccessDialog *dialog, const QString &call, int column)
    {
        QTableWidget *table = form<QTableWidget>(dialog, "resultsTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (callOf(table, row) == call)
                return table->item(row, column)->text();
        }
        return u"(no row %1)"_s.arg(call);
    }

    static QString result(VerifyAccessDialog *dialog, const QString &call)
    {
        return cell(dialog, call, VerifyAccessDialog::ResultColumn);
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestVerifyAccess)
#include "tst_verifyaccess.moc"
