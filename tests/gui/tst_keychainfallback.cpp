// SPDX-License-Identifier: MIT
// The keychain rows of the fault matrix (issue 5), through the window: when the keychain cannot
// be used, the sign-in and the application registration still work, every input stays, the
// window says why in words a user can act on, and one click keeps the secrets for this session
// only (in memory): the secrets that could not be saved are kept, and signing in again uses them.
//
// Real keychains in real broken states (no Secret Service, a locked login keyring, no login
// keyring) need a session bus of their own, and a process talks to the first bus it connects
// to: so this executable runs itself as a child inside each broken environment (a private
// dbus-daemon and gnome-keyring-daemon, see ../secrets/PrivateSessionBus.h). "Access denied by
// the user" cannot be produced by gnome-keyring without a display and a person, so that row uses
// a store that refuses every request: the one fake here, for the one fault a real part cannot
// produce on demand.

#include "GuiTestSupport.h"
#include "PrivateSessionBus.h"
#include "RefusingSecretStore.h"

#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/session/KeychainFallbackOffer.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainBridge.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

constexpr auto childModeVariable = "RUNAI_KEYCHAIN_FALLBACK_CHILD";
constexpr auto expectedWordsVariable = "RUNAI_KEYCHAIN_FALLBACK_WORDS";

// For the README and for looking at: build/screenshots, and resources/screenshots with
// RUNAI_UPDATE_SCREENSHOTS=1 (as tst_screenshots does).
void saveScreenshot(QWidget *widget, const QString &name)
{
    QStringList dirs{QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s};
    if (qEnvironmentVariableIntValue("RUNAI_UPDATE_SCREENSHOTS") == 1)
        dirs << QStringLiteral(RUNAI_TEST_DATA_DIR) + u"/../../resources/screenshots"_s;
    const QImage image = widget->grab().toImage();
    for (const QString &dir : std::as_const(dirs)) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(dir + u'/' + name + u".png"_s));
    }
}

// The whole user story against one store; `words` must appear in the keychain banner.
void fallbackThroughTheWindow(SecretStore *store, const QStringList &words,
                              bool screenshots = false)
{
    sandbox::SandboxServer sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    MainWindow window(store);
    QVERIFY(showTestWindow(&window, QSize(1000, 720)));
    MessageBanner *banner = window.keychainOffer()->banner();
    QLabel *sessionOnlyLabel = window.keychainOffer()->statusLabel();
    QVERIFY(!banner->isVisible());

    // --- Sign in, asking to remember the password: the sign-in works, the keychain does not.
    SignInPage *page = window.signInPage();
    const QString consoleUrl = sandbox.baseUrl().toString();
    const QString email = sandbox.options().adminEmail;
    typeInto(form<QLineEdit>(page, "consoleUrlEdit"), consoleUrl);
    typeInto(form<QLineEdit>(page, "emailEdit"), email);
    typeInto(form<QLineEdit>(page, "passwordEdit"), sandbox.options().adminPassword);
    if (!form<QCheckBox>(page, "rememberPasswordCheck")->isChecked())
        click(form<QCheckBox>(page, "rememberPasswordCheck"));
    click(form<QPushButton>(page, "signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(window.session(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    for (const QString &word : words)
        QVERIFY2(banner->text().contains(word, Qt::CaseInsensitive),
                 qPrintable(u"\"%1\" not in: %2"_s.arg(word, banner->text())));
    QVERIFY2(banner->text().contains("One secret could not be saved"_L1),
             qPrintable(banner->text()));
    QVERIFY(banner->actionButton() && banner->actionButton()->isVisible());
    QCOMPARE(banner->actionButton()->text(), u"Keep secrets for this session only"_s);
    QVERIFY(!sessionOnlyLabel->isVisible());

    // --- Register an application: shown once, not saved, and the dialog says so.
    ApplicationsPage *apps = window.applicationsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
    typeInto(form<QLineEdit>(apps, "nameEdit"), u"keychain-fallback-app"_s);
    click(form<QPushButton>(apps, "registerButton"));
    ApplicationCredentialsDialog *credentials = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((credentials = findOpenDialog<ApplicationCredentialsDialog>(&window)),
                             kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                              ApplicationCredentialsDialog::KeychainState::Failed, kWaitMs);
    const QString clientId = form<SecretField>(credentials, "clientIdField")->text();
    const QString clientSecret = form<SecretField>(credentials, "clientSecretField")->text();
    QVERIFY(!clientId.isEmpty());
    QVERIFY(clientSecret.size() >= 8);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains("2 secrets could not be saved"_L1), kWaitMs);
    if (screenshots) {
        saveScreenshot(credentials, u"28-keychain-unavailable-dialog"_s);
        saveScreenshot(&window, u"27-keychain-unavailable"_s);
    }

    // --- One click: both secrets are kept for this session, and the window says where.
    click(banner->actionButton());
    KeychainBridge *keychain = window.keychain();
    QVERIFY(keychain->isSessionOnly());
    QVERIFY(!keychain->isPersistent());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
    QVERIFY2(banner->text().contains("The 2 secrets that could not be saved are kept"_L1),
             qPrintable(banner->text()));
    QVERIFY(sessionOnlyLabel->isVisible());
    QCOMPARE(sessionOnlyLabel->text(), u"Secrets: this session only"_s);
    const SecretKey adminKey{window.session()->baseUrl().toString(),
                             QString(SecretKind::AdminPassword), email};
    const SecretKey appKey{window.session()->baseUrl().toString(),
                           QString(SecretKind::ClientSecret), clientId};
    QTRY_VERIFY_WITH_TIMEOUT(keychain->isKnown(adminKey) && keychain->isKnown(appKey), kWaitMs);
    QString kept;
    keychain->read(appKey, &window,
                   [&kept](const QString &secret, const SecretDiagnosis &) { kept = secret; });
    QTRY_COMPARE_WITH_TIMEOUT(kept, clientSecret, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(apps->model()->isSecretStored(clientId), kWaitMs);
    const int row = apps->model()->rowOfName(u"keychain-fallback-app"_s);
    QVERIFY(row >= 0);
    QCOMPARE(apps->model()->index(row, ApplicationsModel::ClientSecretColumn).data().toString(),
             u"•••••••• (this session)"_s);
    if (screenshots)
        saveScreenshot(&window, u"29-keychain-session-only"_s);
    click(form<QCheckBox>(credentials, "confirmCheck"));
    click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));

    // --- Sign out and in again with an empty password: the kept one is used.
    click(window.sessionStatus()->signOutButton());
    QVERIFY(!window.session());
    QCOMPARE(form<QLineEdit>(page, "consoleUrlEdit")->text(), consoleUrl); // input kept throughout
    QCOMPARE(form<QLineEdit>(page, "emailEdit")->text(), email);
    QCOMPARE(form<QLineEdit>(page, "passwordEdit")->placeholderText(),
             u"Kept for this session; leave empty to use it"_s);
    click(form<QPushButton>(page, "signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->isSignedIn(), kWaitMs);
}

} // namespace

// Runs inside a broken keychain environment (started by TestKeychainFallback).
class KeychainFallbackChild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void fallbackWithTheRealKeychain()
    {
        const QStringList words = qEnvironmentVariable(expectedWordsVariable).split(u'|');
        KeychainSecretStore store;
        fallbackThroughTheWindow(&store, words);
    }
};

class TestKeychainFallback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void realKeychainStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("keychain missing (no Secret Service)")
                << u"none"_s << QStringList{u"keychain"_s, u"running"_s};
        QTest::newRow("keychain locked") << u"locked"_s << QStringList{u"locked"_s, u"unlock"_s};
        QTest::newRow("no login keyring") << u"missing"_s << QStringList{u"keyring"_s};
    }

    void realKeychainStates()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, words);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        testing::PrivateSessionBus bus(dir.path());
        if (state == "locked"_L1) {
            // A login keyring made with one password, then opened with another.
            testing::PrivateSessionBus first(dir.filePath(u"first"_s), bus.dataHome());
            QVERIFY(first.start());
            QVERIFY(first.startKeyring({u"--unlock"_s, u"--components=secrets"_s}, "right"));
            QVERIFY(writeOneSecret(first.environment(), dir.filePath(u"probe-index"_s)));
            first.stop();
            QVERIFY(bus.start());
            QVERIFY(bus.startKeyring({u"--unlock"_s, u"--components=secrets"_s}, "wrong"));
        } else {
            QVERIFY(bus.start());
            if (state == "missing"_L1)
                QVERIFY(bus.startKeyring({u"--start"_s, u"--components=secrets"_s}));
        }
        const QString failure = runChild(bus.environment(), words);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void keychainDenied()
    {
        RefusingSecretStore store;
        fallbackThroughTheWindow(&store, {u"refused"_s}, /*screenshots=*/true);
    }

private:
    // The first write to a fresh gnome-keyring creates its login keyring (with the password the
    // daemon was unlocked with).
    static bool writeOneSecret(const QProcessEnvironment &env, const QString &indexFile)
    {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(SECRET_PROBE_PATH), {u"write"_s, u"--index"_s, indexFile});
        return probe.waitForFinished(testing::processTimeoutMs)
               && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }

    // Runs this executable as KeychainFallbackChild; returns what went wrong, or nothing.
    static QString runChild(QProcessEnvironment env, const QStringList &words)
    {
        env.insert(QString::fromLatin1(childModeVariable), u"1"_s);
        env.insert(QString::fromLatin1(expectedWordsVariable), words.join(u'|'));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(60'000)) {
            child.kill();
            child.waitForFinished(5000);
            return u"the child did not finish: "_s + QString::fromLocal8Bit(child.readAll());
        }
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return u"the child failed (exit %1):\n%2"_s.arg(child.exitCode()).arg(output);
        return {};
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childModeVariable)) {
        KeychainFallbackChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestKeychainFallback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainfallback.moc"
