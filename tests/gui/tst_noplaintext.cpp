// SPDX-License-Identifier: MIT
// Proof, not promise: every path that handles a secret, through the real widgets against the
// HTTPS sandbox and the real Secret Service, with every logging category on; then every file the
// program could have written (HOME, the XDG directories, the keyring's directory, the temp dirs,
// /dev/shm, the settings file), every captured log line and the window's network log are
// searched for each secret, raw and encoded (tests/support/SecretSearch.h). Zero occurrences
// allowed, except in the files the test itself asked the program to save with a secret (the
// exported credentials, the import report with passwords), which must be 0600.
//
// The paths, in order, in one window: a failed sign-in behind the certificate dialog, a
// remembered password, an application and its token, the token inspector, every credential
// export format, a lost create of each kind and its recovery, a CSV import with its report saved
// with and without passwords, renewals (5 s tokens, a refresh refused and the grant repeated), the
// network log saved for a bug report, a profile with a manual proxy and its keychain password,
// and the session-only keychain mode; before the renewals, the access review's CSV and HTML
// exports (issue 15).
// The secrets: the admin's passwords (right and wrong), the proxy password, every client secret
// and temporary password shown, and every token the sandbox issued during the test (access,
// refresh and ID tokens of every identity, the admin's own included).
//
// The process runs in a fresh HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME / XDG_STATE_HOME / TMPDIR,
// set before QApplication exists. XDG_DATA_HOME and XDG_RUNTIME_DIR are inherited: the keyring
// daemon of the test harness lives there (its file is encrypted: the raw secret must not appear
// in it either). /tmp and /dev/shm are shared: only what appeared or changed during the test is
// searched there.

#include "../api/ApiTestSupport.h"
#include "../support/SecretSearch.h"
#include "GuiTestSupport.h"
#include "RefusingSecretStore.h"
#include "ToolsTestProxy.h"
#include "gui/review/AccessReviewPage.h" // issue 15
#include "gui/review/ReviewExportFlow.h"
#include "models/AccessReviewModel.h"

#include "api/BulkUserCreator.h"
#include "api/NetworkLog.h"
#include "api/ProxyCredentials.h"
#include "core/CredentialExport.h"
#include "gui/activity/NetworkLogDialog.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/profiles/ProfileController.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/session/CertificateDialog.h"
#include "gui/session/KeychainFallbackOffer.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/tokens/TokenInspectorDialog.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UserImportDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/verify/ApplicationVerification.h"
#include "gui/verify/VerifyAccessDialog.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "models/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainBridge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Everything any logging category prints, whatever the level. Written from any thread.
QMutex g_logMutex;
QByteArray g_log;
int g_logLines = 0;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": "
                 + message.toUtf8() + '\n';
        ++g_logLines;
    }
    // Only what a reader of the test output needs (warnings, the test's own lines); the rest
    // stays in the capture.
    const bool own = !context.category || qstrcmp(context.category, "default") == 0;
    if (g_previousHandler && type != QtDebugMsg && (type != QtInfoMsg || own))
        g_previousHandler(type, context, message);
}

QString randomWord(const char *prefix)
{
    return QString::fromLatin1(prefix)
           + QString::number(QRandomGenerator::global()->generate64(), 36);
}

// "access token of test@run.ai" from a sandbox JWT's claims, for the failure message.
QString tokenLabel(const QByteArray &token)
{
    const QJsonObject claims = QJsonDocument::fromJson(
                                       QByteArray::fromBase64(token.split('.').value(1),
                                                              QByteArray::Base64UrlEncoding))
                                       .object();
    const QString owner = claims.value(u"email"_s).toString(claims.value(u"clientId"_s).toString());
    return u"%1 token of %2"_s.arg(claims.value(u"typ"_s).toString(u"?"_s), owner);
}

} // namespace

// Where the test lets the program write, and what the shared places held before.
struct SearchPlaces
{
    QList<QPair<QString, QString>> roots; // label, path: searched whole
    QList<QPair<QString, QString>> sharedRoots; // label, path: only what is new or changed
    QList<SecretSearch::Snapshot> before; // one per shared root
    QString home;
    QString tmp;
};

class TestNoPlaintext : public QObject
{
    Q_OBJECT
public:
    explicit TestNoPlaintext(SearchPlaces places)
        : m_places(std::move(places))
    { }

private Q_SLOTS:
    void initTestCase()
    {
        // QTest installs its own handler in qExec(): ours goes on top and passes warnings on.
        g_previousHandler = qInstallMessageHandler(captureMessage);
        ClipboardGuard::shared()->setClearDelay(20'000);
        QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
        sandbox::SandboxOptions options;
        options.adminPassword = randomWord("Adm1n-");
        options.tlsCertificate = m_certs.certificate(u"localhost"_s);
        options.tlsKey = m_certs.key(u"localhost"_s);
        // Short tokens: the session renews (by refresh token) all through the flow.
        options.tokenLifetimeSeconds = 5;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        m_sandbox->recordIssuedTokens();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        addSecret(u"admin password"_s, options.adminPassword);

        m_store = std::make_unique<KeychainSecretStore>();
        openWindow(m_store.get());
    }

    // The searcher finds a secret in each form it knows, inside other text at any alignment,
    // also with characters that every encoding escapes differently, and in a file's name.
    void searcherFindsEveryForm()
    {
        const QString secret = u"Pa ss/w\u00f6rd\"\\+%1"_s.arg(randomWord(""));
        SecretSearch search;
        QVERIFY(search.addSecret(u"probe"_s, secret));
        QVERIFY(!search.addSecret(u"too short"_s, u"abc"_s));
        const QList<SecretForm> forms = secretForms(secret);
        QVERIFY2(forms.size() >= 10, qPrintable(QString::number(forms.size())));
        for (const SecretForm &form : forms) {
            for (const QByteArray &before : {QByteArray(), QByteArray("x"), QByteArray("xy")}) {
                const QByteArray text = "prefix " + before + form.bytes + " suffix";
                QVERIFY2(!search.search(text, form.name).isEmpty(), qPrintable(form.name));
            }
        }
        // Whole encodings of longer data that holds the secret (the alignment cases).
        for (const QByteArray &before : {QByteArray("a"), QByteArray("ab"), QByteArray("abc")}) {
            const QByteArray data = before + secret.toUtf8() + "tail";
            QVERIFY(!search.search(data.toBase64(), u"base64"_s).isEmpty());
            QVERIFY(!search.search(data.toBase64(QByteArray::Base64UrlEncoding), u"url"_s)
                             .isEmpty());
        }
        QVERIFY(search.search("nothing to see", u"clean"_s).isEmpty());

        // Files: found by content and by name, an excluded path skipped exactly.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SecretSearch::Snapshot before = SecretSearch::snapshot(dir.path());
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QVERIFY(write(u"clean.txt"_s, "nothing"));
        QVERIFY(write(u"chosen-export.env"_s, secret.toUtf8()));
        QVERIFY(write(u"copy.env"_s, secret.toUtf8().toBase64()));
        QVERIFY(write(u"named-"_s + QString::fromLatin1(QUrl::toPercentEncoding(secret)), "x"));
        search.exclude(dir.filePath(u"chosen-export.env"_s));
        search.addRootSince(u"probe dir"_s, dir.path(), before);
        const QStringList found = search.searchRoots();
        const QString all = found.join(u'\n');
        QVERIFY2(all.contains(u"copy.env"_s) && all.contains(u"file name of"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"chosen-export"_s) && !all.contains(u"clean.txt"_s),
                 qPrintable(all));
    }

    // A wrong password, behind the certificate dialog of an untrusted console; then the right
    // one, remembered in the keychain, and a sign-in from the keychain.
    void failedSignInAndCertificateDialog()
    {
        const QString wrong = randomWord("Wr0ng-");
        addSecret(u"wrong admin password"_s, wrong);
        SignInPage *page = m_window->signInPage();
        fillSignInPage(m_window.get(), m_sandbox->baseUrl(), adminEmail(), wrong);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
                page->certificateDialog() && page->certificateDialog()->isVisible(), kWaitMs);
        const QString ca = m_places.tmp + u"/console-ca.pem"_s;
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(m_certs.caPem());
        caFile.close();
        QVERIFY(page->certificateDialog()->importFile(ca));
        // The sign-in is retried by itself, with the wrong password: refused, and said so.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->banner()->isVisible(), kWaitMs);
        QVERIFY(!m_window->session());

        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        if (!form<QCheckBox>(page, "rememberPasswordCheck")->isChecked())
            click(form<QCheckBox>(page, "rememberPasswordCheck"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::AdminPassword), adminEmail()};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(key), kWaitMs);
        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(form<QLineEdit>(page, "passwordEdit")->text().isEmpty());
        click(form<QPushButton>(page, "signInButton")); // empty password: read from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
    }

    // Register an application, get its token, look at both tokens in the inspector.
    void applicationTokenAndInspector()
    {
        QVERIFY(m_window->session());
        m_applicationName = randomWord("leak-probe-");
        registerApplication(m_applicationName);
        selectApplication(m_applicationName);
        ApplicationsPage *apps = m_window->applicationsPage();
        click(form<QPushButton>(apps, "getTokenButton"));
        TokenDialog *tokenDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        const QString appToken = form<SecretField>(tokenDialog, "accessTokenField")->text();
        QCOMPARE(appToken.count(u'.'), 2);
        addSecret(u"application token (dialog)"_s, appToken);
        click(form<SecretField>(tokenDialog, "accessTokenField")->copyButton());
        click(form<QDialogButtonBox>(tokenDialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);

        m_window->tokenInspectorAction()->trigger();
        TokenInspectorDialog *inspector = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((inspector = findOpenDialog<TokenInspectorDialog>(m_window.get())),
                                 kWaitMs);
        QCOMPARE(inspector->tokenField()->text(), m_window->session()->revealAccessToken());
        click(inspector->copyCurlButton());
        click(inspector->copyEnvButton());
        click(inspector->copyHeaderButton());
        const int app = inspector->sourceCombo()->findData(u"app:"_s + m_applicationName);
        QVERIFY(app > 0);
        inspector->sourceCombo()->setCurrentIndex(app);
        Q_EMIT inspector->sourceCombo()->activated(app);
        QCOMPARE(inspector->tokenField()->text(), appToken);
        click(inspector->copyHeaderButton());
        inspector->tokenField()->setText(appToken + u"x"_s); // pasted, not a valid JWT
        inspector->reject();
        ClipboardGuard::shared()->clearNow();
    }

    // issue 15: Verify access with the secret the keychain holds, then with it pasted: the
    // check's own tokens (recorded by the sandbox like every other) and the secret stay out of
    // every file and log line; the activity log gets the summary only.
    void verifyAccess()
    {
        QVERIFY(m_window->session());
        selectApplication(m_applicationName);
        m_window->applicationsPage()->verification()->action()->trigger();
        VerifyAccessDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<VerifyAccessDialog>(m_window.get())),
                                 kWaitMs);
        for (const bool pasted : {false, true}) {
            if (pasted) {
                click(form<QRadioButton>(dialog, "pasteRadio"));
                typeInto(form<SecretField>(dialog, "secretField")->lineEdit(), m_clientSecret);
            }
            QSignalSpy done(dialog, &VerifyAccessDialog::checkFinished);
            click(form<QPushButton>(dialog, "runButton"));
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWaitMs);
            QVERIFY2(!dialog->check()->tokenError().isError(),
                     qPrintable(dialog->banner()->text()));
        }
        dialog->close();
    }

    // Every format, copied and saved (the saved files hold the secret by design: 0600, and
    // excluded from the search by exact path), for both CLI flavours.
    void everyExportFormat()
    {
        QVERIFY(m_window->session());
        selectApplication(m_applicationName);
        ApplicationActions *actions = m_window->applicationsPage()->actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->exportAction()->isEnabled(), kWaitMs);
        actions->exportAction()->trigger();
        CredentialExportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<CredentialExportDialog>(m_window.get())),
                                 kWaitMs);
        QSet<CredentialExport::Format> covered;
        exportEveryFormat(dialog, covered);
        // The sandbox's client IDs are the applications' names.
        const ExportedCredentials credentials{m_window->session()->baseUrl().toString(),
                                              m_applicationName, m_applicationName, m_clientSecret};
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<CredentialExportDialog>(m_window.get()), kWaitMs);
        // The formats of the other CLI flavour, through the same dialog.
        for (auto flavour :
             {CredentialExport::CliFlavour::Application, CredentialExport::CliFlavour::AccessKey}) {
            CredentialExportDialog other(credentials, flavour, m_window.get());
            other.show();
            exportEveryFormat(&other, covered);
            other.close();
        }
        QSet<CredentialExport::Format> every;
        for (auto flavour :
             {CredentialExport::CliFlavour::Application, CredentialExport::CliFlavour::AccessKey}) {
            const auto formats = CredentialExport::formatsFor(flavour);
            every.unite(QSet<CredentialExport::Format>(formats.cbegin(), formats.cend()));
        }
        QCOMPARE(covered, every);
        QCOMPARE(m_exported.size(), every.size());
        ClipboardGuard::shared()->clearNow();
    }

    // A create whose answer is lost, of each kind, and the one-click recovery.
    void lostCreateAndRecovery()
    {
        QVERIFY(m_window->session());
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const QString name = randomWord("lost-");
        m_sandbox->faults().dropAfterHandlingNext(u"/api/v1/apps"_s);
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apps->banner()->actionButton()->isVisible(), kWaitMs);
        QCOMPARE(apps->banner()->actionButton()->text(), u"&Regenerate secret"_s);
        click(apps->banner()->actionButton());
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        addSecret(u"client secret after a lost create"_s,
                  form<SecretField>(credentials, "clientSecretField")->text());
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));

        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        m_sandbox->faults().truncateNext(u"/api/v1/users"_s);
        typeInto(form<QLineEdit>(users, "emailEdit"), randomWord("lost.user") + u"@example.com"_s);
        click(form<QPushButton>(users, "createButton"));
        QTRY_VERIFY_WITH_TIMEOUT(users->banner()->actionButton()->isVisible(), kWaitMs);
        QCOMPARE(users->banner()->actionButton()->text(), u"&Reset password"_s);
        click(users->banner()->actionButton());
        TemporaryPasswordDialog *password = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (password = findOpenDialog<TemporaryPasswordDialog>(m_window.get())), kWaitMs);
        addSecret(u"temporary password after a lost create"_s,
                  form<SecretField>(password, "passwordField")->text());
        click(form<SecretField>(password, "passwordField")->copyButton());
        click(form<QCheckBox>(password, "confirmCheck"));
        click(form<QDialogButtonBox>(password, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        ClipboardGuard::shared()->clearNow();
    }

    // Users from a CSV file; the report saved without passwords (searched like any file) and
    // with them (the user asked for it: excluded, 0600).
    void csvImportWithReports()
    {
        QVERIFY(m_window->session());
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        click(form<QPushButton>(users, "importButton"));
        UserImportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<UserImportDialog>(m_window.get())),
                                 kWaitMs);
        const QString csv = m_places.home + u"/users.csv"_s;
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString tag = randomWord("");
        file.write(u"email\nimport1.%1@example.com\nimport2.%1@example.com\n"_s.arg(tag).toUtf8());
        file.close();
        QSignalSpy ready(dialog, &UserImportDialog::previewReady);
        dialog->loadFile(csv);
        QVERIFY(ready.wait(kWaitMs));
        QSignalSpy finished(dialog, &UserImportDialog::importFinished);
        click(form<QPushButton>(dialog, "startButton"));
        QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
        QCOMPARE(dialog->creator()->count(BulkUserCreator::Outcome::Created), 2);
        for (int i = 0; i < 2; ++i)
            addSecret(u"temporary password of imported row %1"_s.arg(i + 1),
                      dialog->creator()->row(i).tempPassword);
        QSignalSpy saved(dialog, &UserImportDialog::reportSaved);
        const QString without = m_places.home + u"/import-report.csv"_s;
        dialog->saveReport(without, false);
        QVERIFY(saved.count() > 0 || saved.wait(kWaitMs));
        const QString with = m_places.home + u"/import-report-with-passwords.csv"_s;
        saved.clear();
        dialog->saveReport(with, true);
        QVERIFY(saved.count() > 0 || saved.wait(kWaitMs));
        expectSavedSecretFile(with, dialog->creator()->row(0).tempPassword);
        QVERIFY(QFile::exists(without)); // searched with the rest
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<UserImportDialog>(m_window.get()), kWaitMs);
    }

    // issue 15: the access review exported to CSV and HTML (every identity of this console,
    // the applications whose secrets were shown above among them).
    void accessReviewExported()
    {
        AccessReviewPage *page = m_window->accessReviewPage();
        m_window->tabs()->setCurrentWidget(page);
        if (!page->hasLoaded())
            page->load(); // this test's window may not be on screen, so no first show loads it
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !page->isLoading(), kWaitMs);
        QVERIFY(page->model()->rowCount() > 1);
        for (const auto format : {ReviewExportFlow::Format::Csv, ReviewExportFlow::Format::Html}) {
            const bool csv = format == ReviewExportFlow::Format::Csv;
            const QString path = m_places.home + (csv ? u"/review.csv"_s : u"/review.html"_s);
            QSignalSpy written(page->exports(), &ReviewExportFlow::finished);
            page->exports()->exportTo(format, path);
            QVERIFY(written.wait(kWaitMs));
            QVERIFY2(QFileInfo(path).size() > 200, qPrintable(page->banner()->text()));
            m_reviewExports << path;
        }
    }

    // Renewal by refresh token (5 s tokens also renew by themselves all along), then a refresh
    // refused (401), renewed by repeating the password grant with the keychain's password.
    void renewal()
    {
        QVERIFY(m_window->session());
        Session *session = m_window->session();
        QSignalSpy renewed(session, &Session::tokenRenewed);
        session->renewNow();
        QVERIFY(renewed.count() > 0 || renewed.wait(kWaitMs));
        QVERIFY(session->hasRefreshToken());
        m_sandbox->faults().failNext(u"/api/v1/token"_s, 401);
        renewed.clear();
        session->renewNow();
        QVERIFY(renewed.count() > 0 || renewed.wait(kWaitMs));
        QVERIFY(m_sandbox->faults().isEmpty()); // the refresh was refused
        QVERIFY(session->isSignedIn());
        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(!m_window->session());
    }

    // Tools → Network log → Save for a bug report: a file the user shares, so it is searched.
    void networkLogSavedForABugReport()
    {
        m_window->networkLogAction()->trigger();
        NetworkLogDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->networkLogDialog()), kWaitMs);
        const QString path = m_places.home + u"/network-log.jsonl"_s;
        dialog->saveTo(path); // written on a pool thread
        QTRY_VERIFY_WITH_TIMEOUT(dialog->banner()->kind() == MessageBanner::Kind::Success, kWaitMs);
        QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(dialog->banner()->text()));
        dialog->close();
        m_savedNetworkLog = path;
    }

    // A profile reaching the console only through a proxy that wants a password, kept in the
    // keychain and answered from memory.
    void proxyPassword()
    {
        const QString proxyPassword = randomWord("Pr0xy-");
        addSecret(u"proxy password"_s, proxyPassword);
        AuthProxy proxy("alice", proxyPassword.toLatin1());
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
        const QString defaultId = m_window->profiles()->active().id;

        m_window->showProfiles();
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ProfilesDialog>(m_window.get())),
                                 kWaitMs);
        click(dialog->newButton());
        typeInto(dialog->nameEdit(), u"Via proxy"_s);
        typeInto(dialog->urlEdit(), m_sandbox->baseUrl().toString());
        dialog->caPemEdit()->setPlainText(QString::fromLatin1(m_certs.caPem()));
        dialog->proxyCombo()->setCurrentIndex(
                dialog->proxyCombo()->findData(int(Profile::Proxy::Manual)));
        typeInto(dialog->proxyHostEdit(), u"127.0.0.1"_s);
        dialog->proxyPortSpin()->setValue(proxy.serverPort());
        typeInto(dialog->proxyUserEdit(), u"alice"_s);
        typeInto(dialog->proxyPasswordField()->lineEdit(), proxyPassword);
        click(dialog->saveButton());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), kWaitMs);
        click(dialog->useButton());
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ProfilesDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->profileController()->proxyCredentials()->hasCredentials(), kWaitMs);

        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "emailEdit"), adminEmail());
        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() || page->banner()->isVisible(), kWaitMs);
        QVERIFY2(m_window->session(), qPrintable(page->banner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
        QVERIFY(proxy.challenged >= 1);
        QVERIFY(proxy.forwarded >= 1);
        click(m_window->sessionStatus()->signOutButton());
        m_window->profiles()->setActive(defaultId);
        m_window->profileController()->applyActive();
    }

    // No keychain at all (every request refused): the secrets kept for this session only.
    void sessionOnlyKeychain()
    {
        closeWindow();
        m_refusingStore = std::make_unique<RefusingSecretStore>();
        openWindow(m_refusingStore.get());
        SignInPage *page = m_window->signInPage();
        fillSignInPage(m_window.get(), m_sandbox->baseUrl(), adminEmail(), adminPassword());
        if (!form<QCheckBox>(page, "rememberPasswordCheck")->isChecked())
            click(form<QCheckBox>(page, "rememberPasswordCheck"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        MessageBanner *banner = m_window->keychainOffer()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->actionButton()->isVisible(),
                                 kWaitMs);
        click(banner->actionButton());
        QVERIFY(m_window->keychain()->isSessionOnly());
        registerApplication(randomWord("session-only-"),
                            ApplicationCredentialsDialog::KeychainState::Saved);
        click(m_window->sessionStatus()->signOutButton());
        click(form<QPushButton>(page, "signInButton")); // the password kept for this session
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        click(m_window->sessionStatus()->signOutButton());
        closeWindow();
    }

    // The search itself, after everything that might still be buffered went to disk.
    void noSecretInAnyFileOrLog()
    {
        closeWindow();
        m_store.reset();
        QSettings().sync();
        const QList<QByteArray> tokens = m_sandbox->issuedTokens();
        int adminTokens = 0;
        for (const QByteArray &token : tokens) {
            const QString label = tokenLabel(token);
            adminTokens += label.endsWith(adminEmail());
            addSecret(label, QString::fromLatin1(token));
        }
        // The admin's access, refresh and ID tokens, renewed many times over.
        QVERIFY2(adminTokens >= 9, qPrintable(QString::number(adminTokens)));
        qInfo("%lld secrets (%lld tokens issued), each in %lld forms", m_search.secretCount(),
              qint64(tokens.size()), qint64(secretForms(adminPassword()).size()));

        const QString settingsFile = QSettings().fileName();
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
        m_search.addRoot(u"settings"_s, settingsFile);
        for (const auto &[label, path] : std::as_const(m_places.roots))
            m_search.addRoot(label, path);
        for (qsizetype i = 0; i < m_places.sharedRoots.size(); ++i)
            m_search.addRootSince(m_places.sharedRoots[i].first, m_places.sharedRoots[i].second,
                                  m_places.before[i]);
        QStringList leaks = m_search.searchRoots();
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.contains(m_applicationName.toUtf8()), "the flow was not logged");
        QVERIFY2(log.contains("runai.api"), "the api categories did not log");
        QVERIFY2(m_networkLog.size() > 1000, "the network log recorded nothing?");
        leaks << m_search.search(log, u"captured log output"_s);
        leaks << m_search.search(m_networkLog, u"the window's network log"_s);
        qInfo("searched %d files (%lld bytes), %d log lines (%lld bytes) and the network log",
              m_search.filesSearched(), m_search.bytesSearched(), g_logLines, qint64(log.size()));
        for (const QString &skipped : m_search.skippedFiles())
            qInfo("not searched (too big to be ours): %s", qPrintable(skipped));
        QVERIFY2(m_search.wasSearched(settingsFile), "the settings file was not searched");
        QVERIFY2(m_search.wasSearched(m_places.home + u"/import-report.csv"_s),
                 "the report without passwords was not searched");
        QVERIFY2(m_search.wasSearched(m_savedNetworkLog), "the saved network log was not searched");
        for (const QString &review : std::as_const(m_reviewExports)) // issue 15
            QVERIFY2(m_search.wasSearched(review), qPrintable(review));
        QCOMPARE(m_reviewExports.size(), 2);
        // QTest cuts long failure messages: every leak on its own line first.
        for (const QString &leak : std::as_const(leaks))
            fprintf(stderr, "LEAK: %s\n", qPrintable(leak));
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(
                         u"%1 leaks (each on a LEAK: line above), the first: %2"_s.arg(leaks.size())
                                 .arg(leaks.value(0))));
    }

    void cleanupTestCase()
    {
        closeWindow();
        m_store.reset();
        m_sandbox.reset();
        qInstallMessageHandler(g_previousHandler);
    }

private:
    QString adminEmail() const { return m_sandbox->options().adminEmail; }
    QString adminPassword() const { return m_sandbox->options().adminPassword; }

    void addSecret(const QString &label, const QString &value)
    {
        QVERIFY2(m_search.addSecret(label, value), qPrintable(label + u" not captured"_s));
    }

    void openWindow(SecretStore *store)
    {
        m_window = std::make_unique<MainWindow>(store);
        QVERIFY(showTestWindow(m_window.get(), QSize(1100, 760)));
    }

    // Keeps what the window's network log recorded (it lives in memory only, and is searched
    // like the log), then closes the window.
    void closeWindow()
    {
        if (!m_window)
            return;
        for (const NetworkLogEntry &entry : m_window->networkLog()->entries())
            m_networkLog += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
        m_window.reset();
    }

    void registerApplication(const QString &name,
                             ApplicationCredentialsDialog::KeychainState expected
                             = ApplicationCredentialsDialog::KeychainState::Saved)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(), expected, kWaitMs);
        m_clientSecret = form<SecretField>(credentials, "clientSecretField")->text();
        addSecret(u"client secret of "_s + name, m_clientSecret);
        click(form<SecretField>(credentials, "clientSecretField")->copyButton());
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        ClipboardGuard::shared()->clearNow();
    }

    void selectApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowOfName(name) >= 0,
                                 kWaitMs);
        const QModelIndex index = apps->proxy()->mapFromSource(apps->model()->index(
                apps->model()->rowOfName(name), ApplicationsModel::NameColumn));
        QTableView *view = form<QTableView>(apps, "tableView");
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Copies and saves each format the dialog offers that is not covered yet.
    void exportEveryFormat(CredentialExportDialog *dialog, QSet<CredentialExport::Format> &covered)
    {
        for (int i = 0; i < form<QComboBox>(dialog, "formatCombo")->count(); ++i) {
            const auto format = CredentialExport::Format(
                    form<QComboBox>(dialog, "formatCombo")->itemData(i).toInt());
            if (covered.contains(format))
                continue;
            covered.insert(format);
            dialog->setFormat(format);
            // A format may keep the secret out (a command line that reads it from elsewhere):
            // then its file is searched like any other.
            const bool holdsSecret = dialog->exportText().contains(m_clientSecret);
            dialog->copyToClipboard();
            const QString path = m_places.home + u"/exports/"_s
                                 + CredentialExport::suggestedFileName(format, m_applicationName);
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QVERIFY(dialog->writeFile(path));
            if (holdsSecret)
                expectSavedSecretFile(path, m_clientSecret);
            else
                expectOwnerOnly(path);
            m_exported << path;
        }
    }

    // A file the user asked for with the secret in it: there, owner-only, and not searched.
    void expectSavedSecretFile(const QString &path, const QString &secret)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(file.readAll().contains(secret.toUtf8()), qPrintable(path));
        expectOwnerOnly(path);
        m_search.exclude(path);
    }

    static void expectOwnerOnly(const QString &path)
    {
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    SearchPlaces m_places;
    TestCertificates m_certs;
    SecretSearch m_search;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<RefusingSecretStore> m_refusingStore;
    // After the stores: a window never outlives the store it was given, even after a failure.
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_networkLog;
    QString m_applicationName;
    QString m_clientSecret;
    QString m_savedNetworkLog;
    QStringList m_exported;
    QStringList m_reviewExports; // issue 15: the access review's CSV and HTML
};

int main(int argc, char **argv)
{
    // A fresh tree for everything this process may write, set before Qt reads the environment.
    const QString systemTmp = QDir::tempPath();
    const QString base = systemTmp + u"/runai-noplaintext-"_s
                         + QString::number(QRandomGenerator::global()->generate64(), 36);
    SearchPlaces places;
    const QList<QPair<const char *, QString>> fresh{{"HOME", u"home"_s},
                                                    {"XDG_CONFIG_HOME", u"config"_s},
                                                    {"XDG_CACHE_HOME", u"cache"_s},
                                                    {"XDG_STATE_HOME", u"state"_s},
                                                    {"TMPDIR", u"tmp"_s}};
    for (const auto &[var, dir] : fresh) {
        const QString path = base + u'/' + dir;
        if (!QDir().mkpath(path))
            qFatal("cannot create %s", qPrintable(path));
        qputenv(var, path.toLocal8Bit());
        places.roots.append({QLatin1StringView(var), path});
    }
    places.home = base + u"/home"_s;
    places.tmp = base + u"/tmp"_s;
    // The keyring and the session bus of the harness: searched, not replaced.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        places.roots.append({u"XDG_DATA_HOME (keyring)"_s, dataHome});
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty())
        places.roots.append({u"XDG_RUNTIME_DIR"_s, runtimeDir});
    // Shared by every process: only what appears or changes during the test is searched.
    for (const QString &shared : {systemTmp, u"/dev/shm"_s}) {
        if (!QFileInfo(shared).isDir())
            continue;
        places.sharedRoots.append({shared, shared});
        places.before.append(SecretSearch::snapshot(shared));
    }
    qputenv("QT_LOGGING_RULES", "*=true");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"runai-access-console"_s);
    QApplication::setApplicationName(u"runai-access"_s);
    TestNoPlaintext test(places);
    const int rc = QTest::qExec(&test, argc, argv);
    if (rc == 0)
        QDir(base).removeRecursively(); // kept after a failure, to look at
    else
        fprintf(stderr, "files kept in %s\n", qPrintable(base));
    return rc;
}

#include "tst_noplaintext.moc"
