// SPDX-License-Identifier: MIT
// The admin lifecycle through the real pages, against an in-process sandbox in 2.20 and 2.24
// modes and the real Secret Service: regenerate, disable/enable, delete and export applications;
// reset the password of, sign out and delete users; grant roles right after creation and manage
// access rules; and the failure paths: 403 without an access rule, 404 after a concurrent delete
// (made through the API behind the GUI's back), 409.

#include "GuiTestSupport.h"
#include "SandboxAdmin.h"

#include "api/AccessSubject.h"
#include "api/ConsoleCapabilities.h"
#include "api/Session.h"
#include "gui/access/AccessRulesDialog.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UserActions.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "models/ProfileStore.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
const QString kAdmin = u"test@run.ai"_s;
const QString kPassword = u"Abcd!234"_s;
} // namespace

class TestLifecycle : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ConfirmationDialog::clearNextAnswer();
        QVERIFY(openWindow(QSize(1040, 760)));
    }

    void cleanup()
    {
        closeWindow();
        m_admin.reset();
        m_server.reset();
    }

    void consoleGeneration_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("generation");
        QTest::newRow("2.18") << u"2.18"_s << u"2.18–2.19"_s;
        QTest::newRow("2.20") << u"2.20"_s << u"2.20–2.23"_s;
        QTest::newRow("2.24") << u"2.24"_s << u"2.24–2.26"_s;
        QTest::newRow("3.0") << u"3.0"_s << u"3.0"_s;
    }
    void consoleGeneration()
    {
        // After sign-in the console is probed once: the status bar says what it offers and the
        // profile caches it (no secret); a pinned profile is not probed and says so.
        QFETCH(QString, mode);
        QFETCH(QString, generation);
        // The pin this test sets must not outlive it (the settings are shared by the rows).
        const auto unpin = qScopeGuard([this] {
            Profile p = m_window->profiles()->active();
            p.apiGeneration.clear();
            QString ignored;
            m_window->profiles()->save(p, &ignored);
        });
        startAndSignIn(mode);
        Session *session = m_window->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->capabilities().source(),
                                  ConsoleCapabilities::Source::Probed, kWaitMs);
        const QString described = m_window->sessionStatus()->consoleDescription();
        QVERIFY2(described.startsWith(u"Run:ai %1 API"_s.arg(generation)), qPrintable(described));
        Profile profile = m_window->profiles()->active();
        QTRY_VERIFY_WITH_TIMEOUT(
                !(profile = m_window->profiles()->active()).capabilitiesCache.isEmpty(), kWaitMs);
        QCOMPARE(profile.capabilitiesCache, session->capabilities().toSettingsString());
        QCOMPARE(profile.capabilitiesUrl, m_server->baseUrl().toString());
        QVERIFY(!profile.capabilitiesCache.contains(kPassword));
        // Help → About says it too.
        m_window->showAbout();
        QDialog *about = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((about = m_window->findChild<QDialog *>(u"aboutDialog"_s)),
                                 kWaitMs);
        auto *console = about->findChild<QLabel *>(u"aboutConsole"_s);
        QVERIFY(console && console->isVisible());
        QVERIFY2(console->text().contains(described), qPrintable(console->text()));
        about->close();
        delete about;

        // Pinned to another generation (one whose sign-in still works here): the next session
        // follows the pin and is not probed.
        m_window->signOut();
        const QHash<QString, QString> pins{{u"2.18"_s, u"2.20"_s},
                                           {u"2.20"_s, u"2.18"_s},
                                           {u"2.24"_s, u"2.20"_s},
                                           {u"3.0"_s, u"2.24"_s}};
        profile.apiGeneration = pins.value(mode);
        QString error;
        QVERIFY2(m_window->profiles()->save(profile, &error), qPrintable(error));
        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "passwordEdit"), kPassword);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        session = m_window->session();
        QCOMPARE(session->capabilities().source(), ConsoleCapabilities::Source::Pinned);
        QCOMPARE(ConsoleCapabilities::generationKey(session->capabilities().generation()),
                 profile.apiGeneration);
        QVERIFY(m_window->sessionStatus()->consoleDescription().contains(u"pinned"_s));
        QTest::qWait(100);
        QCOMPARE(session->capabilities().source(), ConsoleCapabilities::Source::Pinned);
    }

    void applicationLifecycle_data() { modes(); }
    void applicationLifecycle()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        ApplicationsPage *apps = m_window->applicationsPage();
        ApplicationActions *actions = apps->actions();

        // --- Register: after the credentials dialog, a role is offered right away.
        QString secret;
        GrantAccessDialog *offer = registerApplication(u"life-app"_s, &secret);
        QVERIFY(offer);
        QVERIFY(form<QLabel>(offer, "introLabel")->text().contains(u"no access rule"_s));
        QCOMPARE(form<QDialogButtonBox>(offer, "buttonBox")
                         ->button(QDialogButtonBox::Cancel)
                         ->text(),
                 u"&Not now"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isLoadingRoles(), kWaitMs);
        QVERIFY(form<QComboBox>(offer, "roleCombo")->count() > 10);
        // Nothing is granted until a role is chosen on purpose.
        QVERIFY(!form<QDialogButtonBox>(offer, "buttonBox")
                         ->button(QDialogButtonBox::Ok)
                         ->isEnabled());
        QVERIFY(offer->selectRole(u"Viewer"_s));
        offer->selectScopeType(u"tenant"_s);
        QTRY_COMPARE_WITH_TIMEOUT(form<QLineEdit>(offer, "scopeIdEdit")->text(), u"1001"_s,
                                  kWaitMs);
        QVERIFY2(unnamedFocusableWidgets(offer).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(offer).join(u", "_s)));
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(apps->banner()->text().contains(u"Viewer"_s), qPrintable(apps->banner()->text()));

        // The console holds the rule, naming the application by its client ID.
        const QString subjectType = mode != u"2.20"_s ? u"service-account"_s : u"app"_s;
        QList<AccessRule> rules = rulesOf(u"life-app"_s);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().subjectType, subjectType);
        QCOMPARE(rules.first().roleName, u"Viewer"_s);
        QCOMPARE(rules.first().scopeType, u"tenant"_s);
        QCOMPARE(rules.first().scopeId, u"1001"_s);

        // --- Access rules dialog: listed, add one, delete one.
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        selectApplication(u"life-app"_s);
        QVERIFY(actions->accessRulesAction()->isEnabled());
        actions->accessRulesAction()->trigger();
        AccessRulesDialog *rulesDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((rulesDialog = findOpenDialog<AccessRulesDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isLoading(), kWaitMs);
        QCOMPARE(ownRuleCount(rulesDialog), 1);
        QCOMPARE(form<QTableWidget>(rulesDialog, "rulesTable")->item(0, 0)->text(), u"Viewer"_s);
        if (mode == u"3.0"_s) {
            // The console's built-in rule is listed, named for whom it applies to, and never
            // offered for deletion from one subject's rules.
            selectRuleRow(rulesDialog, u"Viewer (All authenticated users)"_s);
            QVERIFY(!form<QPushButton>(rulesDialog, "deleteButton")->isEnabled());
            selectRuleRow(rulesDialog, u"Viewer"_s);
            QVERIFY(form<QPushButton>(rulesDialog, "deleteButton")->isEnabled());
        }
        click(form<QPushButton>(rulesDialog, "addButton"));
        GrantAccessDialog *add = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((add = rulesDialog->grantDialog()) && add->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!add->isLoadingRoles(), kWaitMs);
        QVERIFY(add->selectRole(u"ML engineer"_s));
        add->selectScopeType(u"project"_s);
        typeInto(form<QLineEdit>(add, "scopeIdEdit"), u"proj-7"_s);
        click(form<QDialogButtonBox>(add, "buttonBox")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->grantDialog(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isLoading() && ownRuleCount(rulesDialog) == 2,
                                 kWaitMs);
        QCOMPARE(rulesOf(u"life-app"_s).size(), 2);
        QVERIFY2(unnamedFocusableWidgets(rulesDialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(rulesDialog).join(u", "_s)));

        // Del on the table asks first; Cancel keeps the rule.
        selectRuleRow(rulesDialog, u"Viewer"_s);
        activate(rulesDialog);
        form<QTableWidget>(rulesDialog, "rulesTable")->setFocus();
        QTest::keyClick(form<QTableWidget>(rulesDialog, "rulesTable"), Qt::Key_Delete);
        ConfirmationDialog *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"Viewer"_s), qPrintable(confirm->text()));
        QCOMPARE(confirm->defaultButton(), confirm->cancelButton());
        click(confirm->cancelButton());
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QCOMPARE(rulesOf(u"life-app"_s).size(), 2);
        click(form<QPushButton>(rulesDialog, "deleteButton"));
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        click(confirm->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isDeleting() && !rulesDialog->isLoading()
                                         && ownRuleCount(rulesDialog) == 1,
                                 kWaitMs);
        QCOMPARE(rulesDialog->rules().first().roleName, u"ML engineer"_s);
        QCOMPARE(rulesOf(u"life-app"_s).size(), 1);
        click(form<QDialogButtonBox>(rulesDialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<AccessRulesDialog>(m_window.get()), kWaitMs);

        // --- Disable (asks), then enable (does not).
        selectApplication(u"life-app"_s);
        QCOMPARE(actions->toggleEnabledAction()->text(), u"&Disable…"_s);
        ConfirmationDialog::answerNext(true);
        actions->toggleEnabledAction()->trigger();
        answered();
        QVERIFY(ConfirmationDialog::lastText().contains(u"life-app"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy() && !apps->isLoading(), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Success);
        const QString id = m_admin->applicationNamed(u"life-app"_s)->id;
        QCOMPARE(m_admin->application(id)->enabled, false);
        // The console refuses a disabled application's sign-in ("Application is disabled").
        QCOMPARE(m_admin->clientCredentials(u"life-app"_s, secret, u"life-app"_s).kind(),
                 ApiError::Kind::Forbidden);
        selectApplication(u"life-app"_s);
        QCOMPARE(actions->toggleEnabledAction()->text(), u"&Enable"_s);
        actions->toggleEnabledAction()->trigger();
        QVERIFY(!findOpenDialog<ConfirmationDialog>(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy() && !apps->isLoading(), kWaitMs);
        QCOMPARE(m_admin->application(id)->enabled, true);
        QCOMPARE(m_admin->clientCredentials(u"life-app"_s, secret, u"life-app"_s).kind(),
                 ApiError::Kind::None);

        // --- Export: masked preview, guarded clipboard, the CLI of this version, a 0600 file.
        selectApplication(u"life-app"_s);
        QVERIFY(actions->exportAction()->isEnabled());
        actions->exportAction()->trigger();
        CredentialExportDialog *exporter = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (exporter = findOpenDialog<CredentialExportDialog>(m_window.get())), kWaitMs);
        QVERIFY(!form<QPlainTextEdit>(exporter, "previewEdit")->toPlainText().contains(secret));
        exporter->setFormat(CredentialExport::Format::DotEnv);
        QVERIFY(exporter->exportText().contains(u"RUNAI_CLIENT_SECRET="_s + secret));
        QVERIFY(exporter->exportText().contains(u"RUNAI_CONSOLE_URL="_s
                                                + m_server->baseUrl().toString()));
        click(form<QCheckBox>(exporter, "showSecretCheck"));
        QVERIFY(form<QPlainTextEdit>(exporter, "previewEdit")->toPlainText().contains(secret));
        click(form<QPushButton>(exporter, "copyButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), exporter->exportText());
        QVERIFY(ClipboardGuard::shared()->isGuarding());
        exporter->setFormat(CredentialExport::Format::CliLogin);
        const QString cli = exporter->exportText();
        // The secret goes to a file first, never onto the CLI's command line.
        QVERIFY2(!cli.contains(u"--secret="_s), qPrintable(cli));
        QVERIFY2(cli.contains(u"printf '%s' "_s + secret), qPrintable(cli));
        if (mode != u"2.20"_s)
            QVERIFY2(cli.contains(u"runai login access-key --client-id=life-app --secret-file="_s),
                     qPrintable(cli));
        else
            QVERIFY2(cli.contains(u"runai login app --name=life-app --secret-file="_s),
                     qPrintable(cli));
        exporter->setFormat(CredentialExport::Format::KubernetesSecret);
        // One folder per mode: the file dialog proposes the same name each time.
        QVERIFY(QDir(m_dir.path()).mkpath(mode));
        const QString folder = m_dir.filePath(mode);
        const QString path = folder + u"/life-app-secret.yaml"_s;
        ConfirmationDialog::answerNext(true); // "the file will hold the secret"
        click(form<QPushButton>(exporter, "saveButton"));
        answered();
        QVERIFY(ConfirmationDialog::lastText().contains(u"plain text"_s));
        QTRY_VERIFY_WITH_TIMEOUT(exporter->fileDialog() && exporter->fileDialog()->isVisible(),
                                 kWaitMs);
        exporter->fileDialog()->setDirectory(folder); // the proposed name is kept
        static_cast<QDialog *>(exporter->fileDialog())->accept(); // as the Save button does
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kWaitMs);
        // 0600: nobody but the owner (ReadUser/WriteUser mirror the owner bits for the owner).
        QCOMPARE(QFileInfo(path).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ReadUser
                                                        | QFileDevice::WriteUser);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), exporter->exportText());
        QVERIFY(exporter->exportText().contains(u"kind: Secret"_s));
        QCOMPARE(exporter->banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(unnamedFocusableWidgets(exporter).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(exporter).join(u", "_s)));
        click(form<QDialogButtonBox>(exporter, "buttonBox")->button(QDialogButtonBox::Close));

        // --- Regenerate: asks, shows the new secret once, keeps it, the old one stops working.
        selectApplication(u"life-app"_s);
        actions->regenerateAction()->trigger();
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"stops working"_s), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        ApplicationCredentialsDialog *fresh = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (fresh = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())), kWaitMs);
        QVERIFY(fresh->windowTitle().contains(u"New client secret"_s));
        const QString newSecret = form<SecretField>(fresh, "clientSecretField")->text();
        QVERIFY(!newSecret.isEmpty());
        QVERIFY(newSecret != secret);
        QTRY_COMPARE_WITH_TIMEOUT(fresh->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        click(form<QCheckBox>(fresh, "confirmCheck"));
        click(form<QDialogButtonBox>(fresh, "buttonBox")->button(QDialogButtonBox::Close));
        QCOMPARE(m_admin->clientCredentials(u"life-app"_s, secret, u"life-app"_s).kind(),
                 ApiError::Kind::Unauthorized);
        QCOMPARE(m_admin->clientCredentials(u"life-app"_s, newSecret, u"life-app"_s).kind(),
                 ApiError::Kind::None);
        // The keychain holds the new one (read back through the page's on-demand field).
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        selectApplication(u"life-app"_s);
        click(form<SecretField>(apps, "clientSecretField")->revealButton());
        QTRY_COMPARE_WITH_TIMEOUT(form<SecretField>(apps, "clientSecretField")->text(), newSecret,
                                  kWaitMs);

        // --- Delete: named in the question; Cancel keeps it; Delete removes row and secret.
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::ClientSecret), u"life-app"_s};
        QVERIFY(m_store->isKnown(key));
        selectApplication(u"life-app"_s);
        activate(m_window.get());
        form<QTableView>(apps, "tableView")->setFocus();
        QTest::keyClick(form<QTableView>(apps, "tableView"), Qt::Key_Delete);
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"<b>life-app</b>"_s), qPrintable(confirm->text()));
        QVERIFY(confirm->text().contains(u"keychain"_s));
        QTest::keyClick(confirm, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QVERIFY(m_admin->applicationNamed(u"life-app"_s));
        ConfirmationDialog::answerNext(true);
        actions->deleteAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(apps->model()->rowOfName(u"life-app"_s), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKnown(key), kWaitMs);
        ApiError error;
        QVERIFY(!m_admin->application(id, &error));
        QCOMPARE(error.kind(), ApiError::Kind::NotFound);
        QVERIFY(rulesOf(u"life-app"_s).isEmpty());
        QVERIFY2(unnamedFocusableWidgets(m_window.get()).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(m_window.get()).join(u", "_s)));
    }

    void concurrentDeleteGives404_data() { modes(); }
    void concurrentDeleteGives404()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        ApplicationsPage *apps = m_window->applicationsPage();
        ApplicationActions *actions = apps->actions();
        for (const QString &name : {u"gone-a"_s, u"gone-b"_s}) {
            GrantAccessDialog *offer = registerApplication(name);
            QVERIFY(offer);
            click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
            QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        }
        QVERIFY(rulesOf(u"gone-a"_s).isEmpty()); // "Not now" granted nothing

        // Regenerate an application deleted behind the GUI's back: 404, said plainly.
        QCOMPARE(m_admin->deleteApplication(m_admin->applicationNamed(u"gone-a"_s)->id).kind(),
                 ApiError::Kind::None);
        selectApplication(u"gone-a"_s);
        ConfirmationDialog::answerNext(true);
        actions->regenerateAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(apps->banner()->text().contains(u"no longer exists"_s),
                 qPrintable(apps->banner()->text()));
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        QCOMPARE(apps->model()->rowOfName(u"gone-a"_s), -1);

        // Disable one that is gone: same.
        const QString idB = m_admin->applicationNamed(u"gone-b"_s)->id;
        selectApplication(u"gone-b"_s);
        QCOMPARE(m_admin->deleteApplication(idB).kind(), ApiError::Kind::None);
        ConfirmationDialog::answerNext(true);
        actions->toggleEnabledAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QVERIFY2(apps->banner()->text().contains(u"no longer exists"_s),
                 qPrintable(apps->banner()->text()));

        // Delete one that is gone: the wanted outcome, reported, and its secret forgotten.
        GrantAccessDialog *offer = registerApplication(u"gone-c"_s);
        QVERIFY(offer);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::ClientSecret), u"gone-c"_s};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(key), kWaitMs);
        selectApplication(u"gone-c"_s);
        QCOMPARE(m_admin->deleteApplication(m_admin->applicationNamed(u"gone-c"_s)->id).kind(),
                 ApiError::Kind::None);
        ConfirmationDialog::answerNext(true);
        actions->deleteAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(apps->banner()->text().contains(u"already been deleted"_s),
                 qPrintable(apps->banner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKnown(key), kWaitMs);

        // A user deleted behind the GUI's back.
        UsersPage *users = m_window->usersPage();
        createUser(u"gone.user@example.com"_s, /*grant*/ false);
        QCOMPARE(m_admin->deleteUser(m_admin->userId(u"gone.user@example.com"_s)).kind(),
                 ApiError::Kind::None);
        selectUser(u"gone.user@example.com"_s);
        ConfirmationDialog::answerNext(true);
        users->actions()->resetPasswordAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!users->actions()->isBusy(), kWaitMs);
        QVERIFY2(users->banner()->text().contains(u"no longer exists"_s),
                 qPrintable(users->banner()->text()));
        QVERIFY(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()));
    }

    void forbiddenWithoutAccessRule_data() { modes(); }
    void forbiddenWithoutAccessRule()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        ApplicationsPage *apps = m_window->applicationsPage();
        QString secret;
        GrantAccessDialog *offer = registerApplication(u"no-rules"_s, &secret);
        QVERIFY(offer);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);

        // Work as the application, which has no access rule; the page keeps its rows.
        QCOMPARE(SandboxAdmin::signInAsApplication(m_window->session(), u"no-rules"_s, secret,
                                                   u"no-rules"_s)
                         .kind(),
                 ApiError::Kind::None);
        selectApplication(u"no-rules"_s);
        ConfirmationDialog::answerNext(true);
        apps->actions()->deleteAction()->trigger();
        answered();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->actions()->isBusy(), kWaitMs);
        QCOMPARE(apps->banner()->kind(), MessageBanner::Kind::Error);
        const QString permission = mode != u"2.20"_s ? u"Service accounts"_s : u"Applications"_s;
        QString text = apps->banner()->text();
        // The words follow the console (ObjectNoun): 2.24 has service accounts.
        const QString object = mode == u"2.20"_s ? u"application"_s : u"service account"_s;
        QVERIFY2(text.contains(u"\"no-rules\" is not allowed to delete the %1."_s.arg(object)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"System administrator role on the tenant scope"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\"%1\" permission to delete"_s.arg(permission)), qPrintable(text));
        QVERIFY(m_admin->applicationNamed(u"no-rules"_s)); // nothing was deleted

        // Its own access rules cannot be read either: the dialog says so, never "no rules".
        apps->actions()->accessRulesAction()->trigger();
        AccessRulesDialog *rulesDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((rulesDialog = findOpenDialog<AccessRulesDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isLoading(), kWaitMs);
        QVERIFY(rulesDialog->loadFailed());
        QVERIFY2(rulesDialog->banner()->text().contains(u"\"Access rules\" permission to read"_s),
                 qPrintable(rulesDialog->banner()->text()));
        QCOMPARE(form<QStackedWidget>(rulesDialog, "tableStack")->currentWidget(),
                 form<QWidget>(rulesDialog, "placeholderPage"));
        QVERIFY(form<QLabel>(rulesDialog, "placeholderLabel")->text().contains(u"unknown"_s));
        click(form<QDialogButtonBox>(rulesDialog, "buttonBox")->button(QDialogButtonBox::Close));

        // Reloading the users: the same advice on the Users page.
        m_window->tabs()->setCurrentWidget(m_window->usersPage());
        m_window->usersPage()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->usersPage()->isLoading(), kWaitMs);
        text = m_window->usersPage()->banner()->text();
        QVERIFY2(text.contains(u"\"no-rules\" is not allowed to list users."_s), qPrintable(text));
        QVERIFY2(text.contains(u"\"Users\" permission to read"_s), qPrintable(text));
    }

    void grantConflict409_data() { modes(); }
    void grantConflict409()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        GrantAccessDialog *offer = registerApplication(u"conflict-app"_s);
        QVERIFY(offer);
        // Roles and the tenant look-up are done: the fault below only meets the grant.
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isBusy(), kWaitMs);
        QVERIFY(offer->selectRole(u"L1 researcher"_s));
        offer->selectScopeType(u"department"_s);
        typeInto(form<QLineEdit>(offer, "scopeIdEdit"), u"dept-3"_s);
        m_server->faults().failNext(u"/api/v1/authorization/access-rules"_s, 409);
        click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isGranting(), kWaitMs);
        QVERIFY(offer->isVisible()); // kept open to correct or retry
        QCOMPARE(offer->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(offer->banner()->text().contains(u"already has this role"_s),
                 qPrintable(offer->banner()->text()));
        QVERIFY(rulesOf(u"conflict-app"_s).isEmpty());
        click(form<QDialogButtonBox>(offer, "buttonBox")
                      ->button(QDialogButtonBox::Ok)); // the retry goes through
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QCOMPARE(rulesOf(u"conflict-app"_s).size(), 1);
        QCOMPARE(rulesOf(u"conflict-app"_s).first().scopeId, u"dept-3"_s);
    }

    void userLifecycle_data() { modes(); }
    void userLifecycle()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        UsersPage *users = m_window->usersPage();
        UserActions *actions = users->actions();
        const QString email = u"life.user@example.com"_s;

        // Created, then offered a role: granted by user id.
        createUser(email, /*grant*/ true);
        const QString userId = m_admin->userId(email);
        QVERIFY(!userId.isEmpty());
        QList<AccessRule> rules;
        for (const AccessRule &rule : m_admin->rules()) {
            if (rule.subjectType == u"user"_s && rule.subjectId == userId)
                rules.append(rule);
        }
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().roleName, u"L2 researcher"_s);

        // Access rules of the user list it.
        selectUser(email);
        actions->accessRulesAction()->trigger();
        AccessRulesDialog *rulesDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((rulesDialog = findOpenDialog<AccessRulesDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rulesDialog->isLoading(), kWaitMs);
        QCOMPARE(ownRuleCount(rulesDialog), 1);
        click(form<QDialogButtonBox>(rulesDialog, "buttonBox")->button(QDialogButtonBox::Close));

        // Reset password: asked, the new temporary password shown once, and it works.
        selectUser(email);
        actions->resetPasswordAction()->trigger();
        ConfirmationDialog *confirm = waitForConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(email), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        TemporaryPasswordDialog *passwordDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (passwordDialog = findOpenDialog<TemporaryPasswordDialog>(m_window.get())),
                kWaitMs);
        QVERIFY(passwordDialog->windowTitle().contains(u"New temporary password"_s));
        const QString temporary = form<SecretField>(passwordDialog, "passwordField")->text();
        QVERIFY(!temporary.isEmpty());
        QCOMPARE(m_admin->password(email, temporary).kind(), ApiError::Kind::None);
        click(form<QCheckBox>(passwordDialog, "confirmCheck"));
        click(form<QDialogButtonBox>(passwordDialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()), kWaitMs);

        // Force sign-out.
        selectUser(email);
        ConfirmationDialog::answerNext(true);
        actions->logoutAction()->trigger();
        answered();
        QVERIFY(ConfirmationDialog::lastText().contains(u"out everywhere"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Success);

        // Deleting the signed-in admin is warned about specially (the sandbox refuses it).
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        selectUser(kAdmin);
        QVERIFY(actions->isSignedInUser(
                users->model()->user(users->model()->rowOfUsername(kAdmin))));
        actions->deleteAction()->trigger();
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        QCOMPARE(confirm->windowTitle(), u"Delete your own account?"_s);
        QVERIFY2(confirm->text().contains(u"signed in with"_s), qPrintable(confirm->text()));
        QVERIFY(confirm->acceptButton()->text().contains(u"my own account"_s));
        click(confirm->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_window->session()->isSignedIn());

        // Delete: named; the row goes, the console no longer has the user nor its rules.
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        selectUser(email);
        activate(m_window.get());
        form<QTableView>(users, "tableView")->setFocus();
        QTest::keyClick(form<QTableView>(users, "tableView"), Qt::Key_Delete);
        confirm = waitForConfirmation();
        QVERIFY(confirm);
        QCOMPARE(confirm->windowTitle(), u"Delete user"_s);
        QVERIFY2(confirm->text().contains(u"<b>%1</b>"_s.arg(email)), qPrintable(confirm->text()));
        click(confirm->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), kWaitMs);
        QCOMPARE(users->banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(users->model()->rowOfUsername(email), -1);
        QCOMPARE(m_admin->userExists(userId).kind(), ApiError::Kind::NotFound);
        QVERIFY2(unnamedFocusableWidgets(m_window.get()).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(m_window.get()).join(u", "_s)));
    }

private:
    static void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2.20") << u"2.20"_s;
        QTest::newRow("2.24") << u"2.24"_s;
        QTest::newRow("3.0") << u"3.0"_s;
    }

    void startAndSignIn(const QString &mode)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(m_server->baseUrl(), kAdmin, kPassword);
        QVERIFY(m_admin->isSignedIn());
        fillSignInPage(m_window.get(), m_server->baseUrl(), kAdmin, kPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
    }

    // Registers through the page and closes the credentials dialog; returns the role offer.
    GrantAccessDialog *registerApplication(const QString &name, QString *secret = nullptr)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *credentials = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                    (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                    kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                      ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        }();
        if (!credentials)
            return nullptr;
        if (secret)
            *secret = form<SecretField>(credentials, "clientSecretField")->text();
        // No role is offered while the secret is still on screen.
        if (findOpenDialog<GrantAccessDialog>(m_window.get()))
            return nullptr;
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        GrantAccessDialog *offer = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                     kWaitMs);
        }();
        return offer;
    }

    void createUser(const QString &email, bool grant)
    {
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(users, "emailEdit"), email);
        click(form<QPushButton>(users, "createButton"));
        TemporaryPasswordDialog *passwordDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (passwordDialog = findOpenDialog<TemporaryPasswordDialog>(m_window.get())),
                kWaitMs);
        click(form<QCheckBox>(passwordDialog, "confirmCheck"));
        click(form<QDialogButtonBox>(passwordDialog, "buttonBox")->button(QDialogButtonBox::Close));
        GrantAccessDialog *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        QVERIFY(form<QLabel>(offer, "introLabel")->text().contains(email));
        if (grant) {
            QTRY_VERIFY_WITH_TIMEOUT(!offer->isLoadingRoles(), kWaitMs);
            QVERIFY(offer->selectRole(u"L2 researcher"_s));
            offer->selectScopeType(u"project"_s);
            typeInto(form<QLineEdit>(offer, "scopeIdEdit"), u"proj-1"_s);
            click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Ok));
        } else {
            click(form<QDialogButtonBox>(offer, "buttonBox")->button(QDialogButtonBox::Cancel));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<GrantAccessDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
    }

    // The auto-answer is queued: wait until the question is gone (its action has started).
    void answered()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
    }

    // Shortcuts only reach the active window (the offscreen platform activates on request).
    static void activate(QWidget *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
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

    QList<AccessRule> rulesOf(const QString &appName)
    {
        QList<AccessRule> result;
        for (const AccessRule &rule : m_admin->rules()) {
            if ((rule.subjectType == u"app"_s || rule.subjectType == u"service-account"_s)
                && rule.subjectId == appName)
                result.append(rule);
        }
        return result;
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

    void selectUser(const QString &email)
    {
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        const int row = users->model()->rowOfUsername(email);
        QVERIFY2(row >= 0, qPrintable(email));
        form<QTableView>(users, "tableView")
                ->selectRow(users->proxy()->mapFromSource(users->model()->index(row, 0)).row());
        QCOMPARE(form<QTableView>(users, "tableView")->selectionModel()->selectedRows().size(), 1);
    }

    // The subject's own rules; a 3.0 console also lists its built-in rule for all authenticated
    // users, which the dialog shows (named as such) but never offers to delete.
    static int ownRuleCount(AccessRulesDialog *dialog)
    {
        const auto &rules = dialog->rules();
        return int(std::count_if(rules.cbegin(), rules.cend(), [](const AccessRule &rule) {
            return !AccessSubject::appliesToEveryone(rule);
        }));
    }

    void selectRuleRow(AccessRulesDialog *dialog, const QString &roleName)
    {
        QTableWidget *table = form<QTableWidget>(dialog, "rulesTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == roleName) {
                table->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(u"no rule with role "_s + roleName));
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxAdmin> m_admin;
};

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
