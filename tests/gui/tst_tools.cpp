// SPDX-License-Identifier: MIT
// Issue 7, second half, through the real window against the in-process sandbox and the real
// Secret Service: the token inspector (session token, an application's last token, expired and
// non-JWT tokens, every copy format, the curl header accepted by the console), profiles (migration,
// switcher, status bar, deletion removing the console's keychain entries after a confirmation),
// proxies per profile (manual with a keychain password through an authenticating proxy,
// HTTPS_PROXY under "system", "none" ignoring it), and the activity log (recorded by the pages,
// survives a restart, holds no secret, exports to CSV).

#include "../api/ApiTestSupport.h"
#include "../support/FileMode.h"
#include "GuiTestSupport.h"
#include "ToolsTestProxy.h"

#include "api/ProxyCredentials.h"
#include "core/TokenFormat.h"
#include "gui/activity/ActivityLogPage.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/profiles/ProfileController.h"
#include "gui/profiles/ProfileSwitcher.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/tokens/TokenInspectorDialog.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretField.h"
#include "models/ActivityLog.h"
#include "models/ApplicationsModel.h"
#include "models/ProfileStore.h"
#include "sandbox/LocalSandbox.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretStore.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
QString fakeJwt(const QJsonObject &payload)
{
    const auto part = [](const QJsonObject &o) {
        return QString::fromLatin1(
                QJsonDocument(o)
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(QJsonObject{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}}) + u'.' + part(payload)
           + u".c2lnbmF0dXJl"_s;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestTools : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Its own settings and activity file: other GUI tests may run at the same time.
        QCoreApplication::setApplicationName(u"runai-access-tools-tests"_s);
        QSettings().clear();
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(name);
        QFile::remove(ActivityLog::defaultFilePath());
        ClipboardGuard::shared()->setClearDelay(20'000);
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(openWindow(QSize(1000, 720)));
    }

    void cleanup()
    {
        closeWindow();
        qunsetenv("HTTPS_PROXY");
    }

    void cleanupTestCase() { QFile::remove(ActivityLog::defaultFilePath()); }

    void profilesMigrateSwitchAndShow()
    {
        // Settings of the single-console version become the "Default" profile.
        m_window.reset();
        QSettings().clear();
        QSettings().setValue(u"signIn/consoleUrl"_s, u"https://legacy.example.com"_s);
        QSettings().setValue(u"signIn/email"_s, u"old@example.com"_s);
        QVERIFY(openWindow(QSize(1000, 720)));
        QCOMPARE(m_window->profiles()->profiles().size(), 1);
        QCOMPARE(m_window->profiles()->active().name, u"Default"_s);
        SignInPage *signIn = m_window->signInPage();
        QCOMPARE(form<QLineEdit>(signIn, "consoleUrlEdit")->text(),
                 u"https://legacy.example.com"_s);
        QCOMPARE(form<QLineEdit>(signIn, "emailEdit")->text(), u"old@example.com"_s);
        QVERIFY(m_window->profileLabel()->isVisible());
        QVERIFY(m_window->profileLabel()->text().contains(u"Default"_s));

        // Add one through the dialog, opened from the sign-in page's switcher.
        click(m_window->profileSwitcher()->manageButton());
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ProfilesDialog>(m_window.get())),
                                 kWaitMs);
        click(dialog->newButton());
        typeInto(dialog->nameEdit(), u"Staging"_s);
        typeInto(dialog->urlEdit(), u"staging.example.com/runai"_s);
        typeInto(dialog->emailEdit(), u"ops@example.com"_s);
        click(dialog->saveButton());
        QCOMPARE(dialog->list()->count(), 2);
        // A second profile with a taken name is refused with a reason.
        click(dialog->newButton());
        typeInto(dialog->nameEdit(), u"staging"_s);
        click(dialog->saveButton());
        QVERIFY(dialog->banner()->isVisible());
        QVERIFY(dialog->banner()->text().contains(u"already a profile"_s));
        QCOMPARE(dialog->list()->count(), 2);
        // A bad URL or PEM is refused before anything is saved.
        typeInto(dialog->nameEdit(), u"Broken"_s);
        typeInto(dialog->urlEdit(), u"https://bad host"_s);
        click(dialog->saveButton());
        QVERIFY(dialog->banner()->text().contains(u"console URL"_s));
        typeInto(dialog->urlEdit(), u"https://ok.example.com"_s);
        dialog->caPemEdit()->setPlainText(u"-----BEGIN CERTIFICATE-----\nnope\n"_s);
        click(dialog->saveButton());
        QVERIFY(dialog->banner()->text().contains(u"CA certificates"_s));
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY2(unnamedFocusableWidgets(dialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(dialog).join(u", "_s)));

        const QString stagingId = m_window->profiles()->profileNamed(u"Staging"_s).id;
        dialog->selectProfile(stagingId);
        click(dialog->useButton());
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ProfilesDialog>(m_window.get()), kWaitMs);
        QCOMPARE(m_window->profiles()->activeId(), stagingId);
        QVERIFY(m_window->profileLabel()->text().contains(u"Staging"_s));
        QCOMPARE(form<QLineEdit>(signIn, "consoleUrlEdit")->text(), u"staging.example.com/runai"_s);
        QCOMPARE(form<QLineEdit>(signIn, "emailEdit")->text(), u"ops@example.com"_s);
        QVERIFY(m_window->profileSwitcher()->combo()->currentText().startsWith(u"Staging"_s));

        // The menu lists both with the active one checked, and switches back.
        m_window->profileMenu()->rebuild();
        QAction *defaultAction = nullptr;
        for (QAction *a : m_window->profileMenu()->actions()) {
            if (a->text() == u"Staging"_s)
                QVERIFY(a->isChecked());
            if (a->text() == u"Default"_s)
                defaultAction = a;
        }
        QVERIFY(defaultAction && !defaultAction->isChecked());
        defaultAction->trigger();
        QCOMPARE(m_window->profiles()->active().name, u"Default"_s);
        QCOMPARE(form<QLineEdit>(signIn, "consoleUrlEdit")->text(),
                 u"https://legacy.example.com"_s);
        QVERIFY(m_window->profileLabel()->text().contains(u"Default"_s));

        // The switcher on the sign-in page switches too.
        QComboBox *combo = m_window->profileSwitcher()->combo();
        combo->setFocus();
        const int staging = combo->findData(stagingId);
        QVERIFY(staging >= 0);
        combo->setCurrentIndex(staging);
        Q_EMIT combo->activated(staging);
        QCOMPARE(m_window->profiles()->activeId(), stagingId);

        // Nothing secret reached the settings file.
        const QByteArray settings = readFile(QSettings().fileName());
        QVERIFY(settings.contains("Staging"));
        QVERIFY(!settings.toLower().contains("password="));
    }

    void signInRemembersConsoleAndSwitchingSignsOut()
    {
        signInToSandbox();
        const Profile active = m_window->profiles()->active();
        QCOMPARE(active.consoleUrl, m_window->sandbox()->baseUrl().toString());
        QCOMPARE(active.email, m_window->sandbox()->adminEmail());

        Profile other;
        other.name = u"Elsewhere"_s;
        other.consoleUrl = u"https://elsewhere.example.com"_s;
        QString error, id;
        QVERIFY(m_window->profiles()->save(other, &error, &id));
        m_window->profileMenu()->rebuild();
        for (QAction *a : m_window->profileMenu()->actions()) {
            if (a->text() == u"Elsewhere"_s)
                a->trigger();
        }
        // The session belonged to the other console: it ends, the sign-in page shows the new one.
        QVERIFY(!m_window->session());
        QCOMPARE(form<QLineEdit>(m_window->signInPage(), "consoleUrlEdit")->text(),
                 u"https://elsewhere.example.com"_s);
        QVERIFY(m_window->profileLabel()->text().contains(u"Elsewhere"_s));
    }

    void tokenInspectorOnSessionToken()
    {
        signInToSandbox();
        m_window->tokenInspectorAction()->trigger();
        TokenInspectorDialog *inspector = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((inspector = findOpenDialog<TokenInspectorDialog>(m_window.get())),
                                 kWaitMs);
        QCOMPARE(inspector->sourceCombo()->currentData().toString(), u"session"_s);
        const QString token = m_window->session()->revealAccessToken();
        QCOMPARE(inspector->tokenField()->text(), token);
        QCOMPARE(inspector->tokenField()->lineEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!inspector->issuerLabel()->text().isEmpty());
        QVERIFY2(inspector->subjectLabel()->text().contains(m_window->sandbox()->adminEmail()),
                 qPrintable(inspector->subjectLabel()->text()));
        QVERIFY(!inspector->issuedLabel()->text().isEmpty());
        QVERIFY2(inspector->expiryLabel()->text().contains(u"expires in"_s),
                 qPrintable(inspector->expiryLabel()->text()));
        QVERIFY(!inspector->isExpired());
        QCOMPARE(inspector->claimsTable()->findItems(u"exp"_s, Qt::MatchExactly).size(), 1);
        QCOMPARE(inspector->headerTable()->findItems(u"alg"_s, Qt::MatchExactly).size(), 1);
        // The countdown is live.
        const QString before = inspector->expiryLabel()->text();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->expiryLabel()->text() != before, 3000);
        QVERIFY2(unnamedFocusableWidgets(inspector).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(inspector).join(u", "_s)));

        // Every copy is a guarded secret in the documented shape.
        const QUrl console = m_window->session()->baseUrl();
        click(inspector->copyCurlButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), TokenFormat::curlCommand(console, token));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"/api/v1/users'"_s));
        QVERIFY(ClipboardGuard::shared()->isGuarding());
        click(inspector->copyEnvButton());
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 TokenFormat::environmentVariables(console, token));
        click(inspector->copyHeaderButton());
        const QString header = QGuiApplication::clipboard()->text();
        QCOMPARE(header, u"Authorization: Bearer "_s + token);
        QVERIFY(ClipboardGuard::shared()->isGuarding());

        // The copied header is what the console accepts.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(TokenFormat::apiUrl(console, u"/api/v1/users"_s)));
        const qsizetype colon = header.indexOf(u':');
        request.setRawHeader(header.left(colon).toLatin1(),
                             header.mid(colon + 1).trimmed().toLatin1());
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        // A pasted expired token is marked; a non-JWT is explained, not decoded.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString expired = fakeJwt({{u"iss"_s, u"https://issuer.example.com"_s},
                                         {u"sub"_s, u"bot"_s},
                                         {u"iat"_s, now - 7200},
                                         {u"exp"_s, now - 3600}});
        inspector->tokenField()->setText(expired);
        QCOMPARE(inspector->sourceCombo()->currentIndex(), 0); // now a pasted token
        QVERIFY(inspector->isExpired());
        QVERIFY(inspector->expiryLabel()->text().startsWith(u"EXPIRED"_s));
        QVERIFY(inspector->expiryLabel()->text().contains(u"ago"_s));
        QCOMPARE(inspector->issuerLabel()->text(), u"https://issuer.example.com"_s);
        click(inspector->copyHeaderButton());
        QVERIFY(inspector->banner()->text().contains(u"expired"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Authorization: Bearer "_s + expired);

        inspector->tokenField()->setText(u"opaque-token-123"_s);
        QVERIFY(inspector->banner()->isVisible());
        QVERIFY(inspector->banner()->text().contains(u"not a JWT"_s));
        QCOMPARE(inspector->claimsTable()->rowCount(), 0);
        QVERIFY(inspector->copyCurlButton()->isEnabled());

        // Picking the session's token again brings it back.
        const int session = inspector->sourceCombo()->findData(u"session"_s);
        inspector->sourceCombo()->setCurrentIndex(session);
        Q_EMIT inspector->sourceCombo()->activated(session);
        QCOMPARE(inspector->tokenField()->text(), token);

        // Closing forgets the token.
        inspector->reject();
        QVERIFY(inspector->tokenField()->text().isEmpty());
        ClipboardGuard::shared()->clearNow();
    }

    void tokenInspectorFromTokenDialog()
    {
        signInToSandbox();
        const QString name = u"inspect-me"_s;
        registerApplication(name);
        ApplicationsPage *apps = m_window->applicationsPage();
        selectApplication(name);
        click(form<QPushButton>(apps, "getTokenButton"));
        TokenDialog *tokenDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        const QString token = form<SecretField>(tokenDialog, "accessTokenField")->text();
        auto *inspect = tokenDialog->findChild<QPushButton *>(u"inspectButton"_s);
        QVERIFY(inspect);
        click(inspect);
        TokenInspectorDialog *inspector = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((inspector = findOpenDialog<TokenInspectorDialog>(m_window.get())),
                                 kWaitMs);
        QCOMPARE(inspector->tokenField()->text(), token);
        QCOMPARE(inspector->sourceCombo()->currentText(),
                 u"Last token of application %1"_s.arg(name));
        QCOMPARE(inspector->consoleUrl(), m_window->session()->baseUrl());
        QVERIFY(inspector->expiryLabel()->text().contains(u"expires in"_s));
        click(form<QDialogButtonBox>(tokenDialog, "buttonBox")->button(QDialogButtonBox::Close));
        inspector->reject();

        // Opened later from the menu, the application's last token can still be picked.
        m_window->tokenInspectorAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((inspector = findOpenDialog<TokenInspectorDialog>(m_window.get())),
                                 kWaitMs);
        const int index = inspector->sourceCombo()->findData(u"app:"_s + name);
        QVERIFY(index > 0);
        inspector->sourceCombo()->setCurrentIndex(index);
        Q_EMIT inspector->sourceCombo()->activated(index);
        QCOMPARE(inspector->tokenField()->text(), token);
        inspector->reject();

        // Signing out forgets applications' tokens.
        m_window->signOut();
        m_window->tokenInspectorAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((inspector = findOpenDialog<TokenInspectorDialog>(m_window.get())),
                                 kWaitMs);
        QCOMPARE(inspector->sourceCombo()->count(), 1);
        inspector->reject();
    }

    void activityLogRecordsSurvivesRestartAndHoldsNoSecret()
    {
        QFile::remove(ActivityLog::defaultFilePath());
        m_window.reset();
        QVERIFY(openWindow(QSize(1000, 720)));
        signInToSandbox();
        const QString token = m_window->session()->revealAccessToken();
        const QString adminPassword = m_window->sandbox()->adminPassword();
        const QString secret = registerApplication(u"audit-app"_s);
        // The same name again: the console answers 409, and the log says so.
        ApplicationsPage *apps = m_window->applicationsPage();
        typeInto(form<QLineEdit>(apps, "nameEdit"), u"audit-app"_s);
        click(form<QPushButton>(apps, "registerButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isRegistering(), kWaitMs);

        ActivityLog *log = m_window->activityLog();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 3, kWaitMs);
        const QList<ActivityEntry> entries = log->entries();
        QCOMPARE(entries.at(0).action, u"Sign in"_s);
        QCOMPARE(entries.at(0).identity, m_window->sandbox()->adminEmail());
        QCOMPARE(entries.at(1).action, u"Register application"_s);
        QCOMPARE(entries.at(1).object, u"audit-app"_s);
        QCOMPARE(entries.at(1).outcome, ActivityEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).profile, u"Default"_s);
        QCOMPARE(entries.at(1).identity, m_window->sandbox()->adminEmail());
        QCOMPARE(entries.at(2).outcome, ActivityEntry::Outcome::Failed);
        QVERIFY2(entries.at(2).serverMessage.startsWith(u"HTTP 409"_s),
                 qPrintable(entries.at(2).serverMessage));

        // The page shows them newest first.
        m_window->findChild<QAction *>(u"actionActivityLog"_s)->trigger();
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->activityPage());
        QTableView *view = m_window->activityPage()->view();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, ActivityLog::OutcomeColumn).data().toString(),
                 u"failed"_s);
        typeInto(m_window->activityPage()->filterEdit(), u"sign in"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        // Export through the page's save dialog: what the filter shows.
        typeInto(m_window->activityPage()->filterEdit(), u"audit-app"_s);
        QCOMPARE(view->model()->rowCount(), 2);
        const QString csvPath = m_dir.filePath(u"activity.csv"_s);
        click(m_window->activityPage()->exportButton());
        QFileDialog *save = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((save = findOpenDialog<QFileDialog>(m_window.get())), kWaitMs);
        save->selectFile(csvPath);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept is protected
        QTRY_VERIFY_WITH_TIMEOUT(m_window->activityPage()->banner()->text().contains(u"exported"_s),
                                 kWaitMs);
        const QByteArray csv = readFile(csvPath);
        // Values under the log file's field names (issue 15), newest first as shown.
        QVERIFY2(csv.startsWith(
                         "\xEF\xBB\xBFtime,profile,identity,action,object,outcome,message\r\n"),
                 csv.constData());
        QVERIFY(csv.contains(",Register application,audit-app,succeeded,"));
        QVERIFY(csv.indexOf(",audit-app,succeeded,") > csv.indexOf(",audit-app,failed,"));
        QVERIFY(!csv.contains(",Sign in,"));
        m_window->activityPage()->filterEdit()->clear();

        m_window->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 4, kWaitMs);

        // No secret in the file or the export.
        const QByteArray file = readFile(ActivityLog::defaultFilePath());
        QVERIFY(!file.isEmpty());
        for (const QString &s : {token, adminPassword, secret}) {
            QVERIFY(!s.isEmpty());
            QVERIFY(!file.contains(s.toUtf8()));
            QVERIFY(!csv.contains(s.toUtf8()));
        }

        // A restart reads it back.
        m_window.reset();
        QVERIFY(openWindow(QSize(1000, 720)));
        QCOMPARE(m_window->activityLog()->rowCount(), 4);
        QCOMPARE(m_window->activityLog()->entries().at(1).object, u"audit-app"_s);
        QCOMPARE(m_window->activityLog()->entries().at(3).action, u"Sign out"_s);
    }

    void deletingProfileRemovesItsKeychainEntries()
    {
        // Sign in with "remember password" and register an application: two keychain entries
        // on the sandbox's console.
        SignInPage *signIn = m_window->signInPage();
        click(form<QPushButton>(signIn, "sandboxButton"));
        form<QCheckBox>(signIn, "rememberPasswordCheck")->setChecked(true);
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const QString console = m_window->session()->baseUrl().toString();
        const SecretKey adminKey{console, QString(SecretKind::AdminPassword),
                                 m_window->sandbox()->adminEmail()};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(adminKey), kWaitMs);
        registerApplication(u"doomed-app"_s);
        const SecretKey appKey{console, QString(SecretKind::ClientSecret), u"doomed-app"_s};
        QVERIFY(m_store->isKnown(appKey));
        m_window->signOut();

        ProfileStore *profiles = m_window->profiles();
        const Profile sandboxProfile = profiles->active();
        QCOMPARE(sandboxProfile.consoleUrl, console);
        QCOMPARE(ProfileSecrets::keysOf(sandboxProfile, m_window->keychain()).size(), 2);

        // A twin profile for the same console shares the secrets: deleting it keeps them.
        Profile twin;
        twin.name = u"Twin"_s;
        twin.consoleUrl = console + u'/';
        QString error, twinId;
        QVERIFY(profiles->save(twin, &error, &twinId));
        m_window->showProfiles();
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ProfilesDialog>(m_window.get())),
                                 kWaitMs);
        dialog->selectProfile(twinId);
        click(dialog->deleteButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmation() && dialog->confirmation()->isVisible(),
                                 kWaitMs);
        QVERIFY(dialog->confirmation()->informativeText().contains(u"stay in the keychain"_s));
        click(dialog->confirmation()->findChild<QPushButton *>(u"confirmDeleteButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!profiles->profile(twinId).isValid(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->banner()->text().contains(u"Twin"_s), kWaitMs);
        QVERIFY(m_store->isKnown(adminKey));
        QVERIFY(m_store->isKnown(appKey));

        // The last profile cannot go; add another, then delete the sandbox profile.
        Profile spare;
        spare.name = u"Spare"_s;
        QVERIFY(profiles->save(spare, &error));
        dialog->selectProfile(sandboxProfile.id);
        // Cancel first: nothing happens.
        click(dialog->deleteButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmation() && dialog->confirmation()->isVisible(),
                                 kWaitMs);
        QVERIFY2(dialog->confirmation()->informativeText().contains(u"(2 in all)"_s),
                 qPrintable(dialog->confirmation()->informativeText()));
        click(dialog->confirmation()->button(QMessageBox::Cancel));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->confirmation(), kWaitMs);
        QVERIFY(profiles->profile(sandboxProfile.id).isValid());
        QVERIFY(m_store->isKnown(adminKey));

        click(dialog->deleteButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmation() && dialog->confirmation()->isVisible(),
                                 kWaitMs);
        click(dialog->confirmation()->findChild<QPushButton *>(u"confirmDeleteButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKnown(adminKey) && !m_store->isKnown(appKey), kWaitMs);
        QVERIFY(!profiles->profile(sandboxProfile.id).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(
                dialog->banner()->text().contains(u"keychain entries removed: 2"_s), kWaitMs);
        QVERIFY(m_window->profileLabel()->text().contains(u"Spare"_s));

        // Gone from the real keychain, not only from the index.
        for (const SecretKey &key : {adminKey, appKey}) {
            SecretJob *job = m_store->read(key);
            QSignalSpy done(job, &SecretJob::finished);
            SecretDiagnosis diagnosis;
            connect(job, &SecretJob::finished, this,
                    [&diagnosis](SecretJob *j) { diagnosis = j->diagnosis(); });
            QVERIFY(done.wait(kWaitMs));
            QCOMPARE(diagnosis.kind(), SecretDiagnosis::Kind::NotFound);
        }
        dialog->reject();
    }

    // Issue 12, items 6 and 8: a private key pasted with the CA certificates is refused with a
    // message (the text stays in the field) and never reaches the settings file; a CA path that
    // is a FIFO is refused at once; the settings file is 0600 in a 0700 folder.
    void profileCaKeepsOnlyCertificates()
    {
        TestCertificates certs;
        QVERIFY2(certs.create(), qPrintable(certs.error()));
        m_window->showProfiles();
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ProfilesDialog>(m_window.get())),
                                 kWaitMs);
        const int before = dialog->list()->count();
        click(dialog->newButton());
        typeInto(dialog->nameEdit(), u"Own CA"_s);
        typeInto(dialog->urlEdit(), u"https://ca.example.com"_s);
        const QString pasted = QString::fromLatin1(
                certs.caPem()
                + "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                  "-----END PRIVATE KEY-----\n");
        dialog->caPemEdit()->setPlainText(pasted);
        click(dialog->saveButton());
        QVERIFY2(dialog->banner()->text().contains(u"PRIVATE KEY"_s),
                 qPrintable(dialog->banner()->text()));
        QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(dialog->list()->count(), before);
        QCOMPARE(dialog->caPemEdit()->toPlainText(), pasted); // nothing typed is lost
        QVERIFY(!readFile(QSettings().fileName()).contains("PRIVATE KEY"));

#ifdef Q_OS_UNIX
        // A FIFO as the CA file: refused at once, the dialog never waits on it.
        dialog->caPemEdit()->setPlainText(QString::fromLatin1(certs.caPem()));
        const QString fifo = m_dir.filePath(u"ca-fifo.pem"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        typeInto(dialog->caPathEdit(), fifo);
        QElapsedTimer clock;
        clock.start();
        click(dialog->saveButton());
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY2(dialog->banner()->text().contains(u"not a regular file"_s),
                 qPrintable(dialog->banner()->text()));
        QCOMPARE(dialog->list()->count(), before);
        dialog->caPathEdit()->clear();
#endif
        // With the key removed it saves, certificates only.
        dialog->caPemEdit()->setPlainText(QString::fromLatin1(certs.caPem()));
        click(dialog->saveButton());
        QCOMPARE(dialog->list()->count(), before + 1);
        const Profile saved = m_window->profiles()->profileNamed(u"Own CA"_s);
        QVERIFY(saved.isValid());
        QVERIFY(saved.caBundlePem.contains("BEGIN CERTIFICATE"));
        const QString settingsFile = QSettings().fileName();
        QVERIFY(!readFile(settingsFile).contains("PRIVATE KEY"));
#ifdef Q_OS_UNIX
        QCOMPARE(fileModeOf(settingsFile), 0600u);
        QCOMPARE(fileModeOf(QFileInfo(settingsFile).absolutePath()), 0700u);
#endif
        dialog->close();
    }

    void manualProxyWithKeychainPasswordAndProfileCa()
    {
        // An HTTPS console with its own CA, reached only through a proxy that wants a password:
        // the profile carries the CA (pasted PEM), the proxy, and the password (keychain).
        TestCertificates certs;
        QVERIFY2(certs.create(), qPrintable(certs.error()));
        sandbox::SandboxOptions options;
        options.tlsCertificate = certs.certificate(u"localhost"_s);
        options.tlsKey = certs.key(u"localhost"_s);
        sandbox::SandboxServer console(options);
        QVERIFY(console.start());
        AuthProxy proxy("alice", "pr0xy-Passw0rd");
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));

        m_window->showProfiles();
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<ProfilesDialog>(m_window.get())),
                                 kWaitMs);
        click(dialog->newButton());
        typeInto(dialog->nameEdit(), u"Via proxy"_s);
        typeInto(dialog->urlEdit(), console.baseUrl().toString());
        dialog->caPemEdit()->setPlainText(QString::fromLatin1(certs.caPem()));
        dialog->proxyCombo()->setCurrentIndex(
                dialog->proxyCombo()->findData(int(Profile::Proxy::Manual)));
        QVERIFY(dialog->proxyHostEdit()->isEnabled());
        typeInto(dialog->proxyHostEdit(), u"127.0.0.1"_s);
        dialog->proxyPortSpin()->setValue(proxy.serverPort());
        typeInto(dialog->proxyUserEdit(), u"alice"_s);
        typeInto(dialog->proxyPasswordField()->lineEdit(), u"pr0xy-Passw0rd"_s);
        click(dialog->saveButton());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), kWaitMs);
        QVERIFY2(dialog->banner()->text().contains(u"keychain"_s),
                 qPrintable(dialog->banner()->text()));
        const Profile viaProxy = m_window->profiles()->profileNamed(u"Via proxy"_s);
        QCOMPARE(viaProxy.caBundlePem, certs.caPem().trimmed() + '\n');
        const SecretKey proxyKey = ProfileSecrets::proxyPasswordKey(viaProxy);
        QVERIFY(proxyKey.isValid());
        QVERIFY(m_store->isKnown(proxyKey));
        QVERIFY(!readFile(QSettings().fileName()).contains("pr0xy-Passw0rd"));
        click(dialog->useButton());
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ProfilesDialog>(m_window.get()), kWaitMs);

        // Applying the profile reads the password from the keychain (asynchronously).
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->profileController()->proxyCredentials()->hasCredentials(), kWaitMs);
        SignInPage *signIn = m_window->signInPage();
        QCOMPARE(form<QLineEdit>(signIn, "consoleUrlEdit")->text(), console.baseUrl().toString());
        typeInto(form<QLineEdit>(signIn, "emailEdit"), options.adminEmail);
        typeInto(form<QLineEdit>(signIn, "passwordEdit"), options.adminPassword);
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() || signIn->banner()->isVisible(), kWaitMs);
        QVERIFY2(m_window->session(), qPrintable(signIn->banner()->text()));
        QCOMPARE(m_window->session()->settings().proxyMode, ConnectionSettings::ProxyMode::Manual);
        QVERIFY(proxy.challenged >= 1);
        QVERIFY(proxy.forwarded >= 1);
        QCOMPARE(proxy.refused, 0);
        QVERIFY(proxy.requestLines.contains(
                u"CONNECT localhost:%1 HTTP/1.1"_s.arg(console.baseUrl().port())));
        QVERIFY(m_window->profileController()->proxyCredentials()->challengesAnswered() >= 1);
        // The pages' requests use the same way in.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
        QVERIFY(!m_window->applicationsPage()->loadFailed());
        m_window->signOut();

        // A wrong stored password fails the sign-in with a reason instead of looping.
        const int challenges = proxy.challenged + proxy.refused;
        m_window->profileController()->proxyCredentials()->set(u"alice"_s, u"wrong"_s);
        typeInto(form<QLineEdit>(signIn, "passwordEdit"), options.adminPassword);
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), kWaitMs);
        QVERIFY(!m_window->session());
        QVERIFY(proxy.refused >= 1);
        QVERIFY(proxy.challenged + proxy.refused - challenges
                <= 1 + ProxyCredentials::MaxAnswersPerMinute);
        QVERIFY2(signIn->banner()->text().contains(u"proxy"_s, Qt::CaseInsensitive),
                 qPrintable(signIn->banner()->text()));
    }

    void systemProxyHonoursHttpsProxyAndNoneIgnoresIt()
    {
        ConnectRecorder recorder;
        QVERIFY(recorder.listen(QHostAddress::LocalHost, 0));
        qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(recorder.serverPort()));

        Profile profile = m_window->profiles()->active();
        profile.consoleUrl = u"https://console.invalid"_s;
        profile.proxy = Profile::Proxy::System;
        QString error;
        QVERIFY(m_window->profiles()->save(profile, &error));
        m_window->profileController()->applyActive();
        SignInPage *signIn = m_window->signInPage();
        typeInto(form<QLineEdit>(signIn, "emailEdit"), u"admin@example.com"_s);
        typeInto(form<QLineEdit>(signIn, "passwordEdit"), u"whatever-123"_s);
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), kWaitMs);
        QVERIFY(!m_window->session());
        QVERIFY2(recorder.lines.contains(u"CONNECT console.invalid:443 HTTP/1.1"_s),
                 qPrintable(recorder.lines.join(u" | "_s)));

        // "No proxy" connects directly even though HTTPS_PROXY is set.
        recorder.lines.clear();
        profile.proxy = Profile::Proxy::None;
        QVERIFY(m_window->profiles()->save(profile, &error));
        m_window->profileController()->applyActive();
        typeInto(form<QLineEdit>(signIn, "passwordEdit"), u"whatever-123"_s);
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), kWaitMs);
        QVERIFY(!m_window->session());
        QVERIFY(signIn->banner()->isVisible());
        QVERIFY(recorder.lines.isEmpty());
    }

private:
    void signInToSandbox()
    {
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        QVERIFY(m_window->sandbox()->isRunning());
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QVERIFY(m_window->session()->isSignedIn());
    }

    // Registers through the page and returns the client secret shown once.
    QString registerApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        }();
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
            return {};
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                     kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        }();
        return secret;
    }

    void selectApplication(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(apps->model()->rowOfName(name) >= 0, kWaitMs);
        const QModelIndex index = apps->proxy()->mapFromSource(apps->model()->index(
                apps->model()->rowOfName(name), ApplicationsModel::NameColumn));
        QTableView *view = form<QTableView>(apps, "tableView");
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(form<SecretField>(apps, "clientIdField")->text(), name);
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
