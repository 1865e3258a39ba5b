// SPDX-License-Identifier: MIT
// Plain http:// to a console that is not this machine (issue 12, item 3): a warning beside the
// console URL field as soon as such an address is typed, a question before the first request
// naming what would travel in clear, the answer remembered per profile, and never a password
// from the keychain sent by itself over it (sign-in, and the 3.0 renewal that repeats the
// password grant: the re-auth dialog asks instead).
//
// A remote host cannot be reached in a test, so the console is "console.test", a name that is
// not loopback, reached through the profile's manual HTTP proxy: a small forwarder on loopback
// that sends every request on to the sandbox and records what it carried. The URL the program
// judges is the remote-looking one, the bytes reach the real sandbox, and the forwarder counts
// every request (and every one that carried the password) that crossed "the network".

#include "GuiTestSupport.h"

#include "ToolsTestProxy.h"
#include "gui/profiles/ProfileController.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/session/ReauthDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "models/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainBridge.h"
#include "secrets/SecretKey.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

const QString kConsole = u"http://console.test:8080"_s;

// An HTTP proxy for plain-http requests (absolute-form, as Qt sends them to a proxy): each
// request goes to `target` whatever host it names, one request per connection.
class ForwardingProxy : public QTcpServer
{
public:
    explicit ForwardingProxy(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    QStringList requestLines;
    QList<QByteArray> bodies;

    int requestsCarrying(const QByteArray &secret) const
    {
        const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(secret));
        return int(std::count_if(bodies.cbegin(), bodies.cend(), [&](const QByteArray &body) {
            return body.contains(secret) || body.contains(encoded);
        }));
    }

private:
    void serve(QTcpSocket *client)
    {
        readOneRequest(client, [this, client](const ProxyRequest &request) {
            requestLines.append(QString::fromLatin1(request.requestLine()));
            bodies.append(request.body);
            forwardPlainRequest(client, request.lines, request.body, u"127.0.0.1"_s, m_targetPort);
        });
    }

    quint16 m_targetPort;
};

} // namespace

class TestPlainHttp : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ConfirmationDialog::clearNextAnswer();
        startConsole({});
        QVERIFY(openWindow(QSize(1100, 760)));
    }

    void cleanup()
    {
        closeWindow();
        m_proxy.reset();
        m_sandbox.reset();
        QSettings().clear();
    }

    void warningBesideTheUrlField()
    {
        SignInPage *page = m_window->signInPage();
        QLabel *hint = form<QLabel>(page, "consoleUrlHint");
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"), u"http://example.test:8080"_s);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"Not encrypted"_s), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(u"example.test"_s), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(u"password"_s), qPrintable(hint->text()));
        QTest::qWait(100);
        grab(m_window.get(), u"plainhttp-signin-warning"_s);
        // Loopback and https:// are not warned about.
        for (const QString &quiet : {u"http://127.0.0.1:8080"_s, u"http://localhost:8080"_s,
                                     u"https://example.test"_s, u"example.test"_s}) {
            typeInto(form<QLineEdit>(page, "consoleUrlEdit"), quiet);
            QVERIFY2(!hint->text().contains(u"Not encrypted"_s), qPrintable(quiet));
        }

        // As `runai-access --console-url http://…` fills it in (main.cpp): warned the same way.
        page->setConsoleUrl(u"http://cli.example.test:8080"_s);
        QVERIFY2(hint->isVisible() && hint->text().contains(u"cli.example.test"_s),
                 qPrintable(hint->text()));

        // The Profiles dialog says the same beside its URL field.
        m_window->showProfiles();
        ProfilesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = findOpenDialog<ProfilesDialog>(m_window.get())));
        QVERIFY(!dialog->urlWarning()->isVisible());
        typeInto(dialog->urlEdit(), u"http://10.20.30.40:8080"_s);
        QVERIFY(dialog->urlWarning()->isVisible());
        QVERIFY2(dialog->urlWarning()->text().contains(u"10.20.30.40"_s),
                 qPrintable(dialog->urlWarning()->text()));
        grab(dialog, u"plainhttp-profiles-warning"_s);
        typeInto(dialog->urlEdit(), u"https://10.20.30.40"_s);
        QVERIFY(!dialog->urlWarning()->isVisible());
        dialog->close();
    }

    void asksBeforeSendingAnythingAndRemembersPerProfile()
    {
        useProxyProfile();
        if (QTest::currentTestFailed())
            return;
        SignInPage *page = m_window->signInPage();
        fillSignInPage(m_window.get(), QUrl(kConsole), adminEmail(), adminPassword());
        click(form<QPushButton>(page, "signInButton"));
        ConfirmationDialog *question = page->cleartextQuestion();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->windowModality() != Qt::NonModal);
        const QString text = question->text();
        for (const QString &named :
             {u"administrator password"_s, u"access tokens"_s, u"client secrets"_s,
              u"temporary passwords"_s, u"console.test"_s})
            QVERIFY2(text.contains(named), qPrintable(named + u" missing from: "_s + text));
        QCOMPARE(question->defaultButton(), question->cancelButton()); // Enter does not connect
        grab(m_window.get(), u"plainhttp-question-window"_s);
        grab(question, u"plainhttp-question"_s);
        QTest::qWait(200);
        QCOMPARE(m_proxy->requestLines.size(), 0); // nothing sent while the question is open

        // No: nothing is sent, and the page says so.
        click(question->cancelButton());
        QTRY_VERIFY(!page->cleartextQuestion());
        QTest::qWait(200);
        QCOMPARE(m_proxy->requestLines.size(), 0);
        QVERIFY(!m_window->session());
        QVERIFY2(page->banner()->text().contains(u"nothing was sent"_s),
                 qPrintable(page->banner()->text()));
        QVERIFY(m_window->profiles()->active().cleartextAllowedUrl.isEmpty());

        // Asked again; yes: it signs in (through "the network") and the profile remembers.
        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY(page->cleartextQuestion() && page->cleartextQuestion()->isVisible());
        QCOMPARE(m_proxy->requestLines.size(), 0);
        click(page->cleartextQuestion()->acceptButton());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QVERIFY(!m_proxy->requestLines.isEmpty());
        QCOMPARE(m_window->profiles()->active().cleartextAllowedUrl, kConsole);

        // Remembered across a restart of the window: no question this time.
        m_window.reset();
        QVERIFY(openWindow(QSize(1100, 760)));
        page = m_window->signInPage();
        QCOMPARE(form<QLineEdit>(page, "consoleUrlEdit")->text(), kConsole);
        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        click(form<QPushButton>(page, "signInButton"));
        QVERIFY(!page->cleartextQuestion());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);

        // Per profile: another profile of the same console has not agreed to anything.
        Profile other = m_window->profiles()->active();
        other.id.clear();
        other.name = u"Second"_s;
        other.cleartextAllowedUrl.clear();
        QString error, id;
        QVERIFY2(m_window->profiles()->save(other, &error, &id), qPrintable(error));
        m_window->profiles()->setActive(id);
        QTRY_VERIFY(!m_window->session()); // switching profiles signs out
        // Counted by the password they carry: the ended session's list loads may still be on
        // their way through the proxy.
        const int before = m_proxy->requestsCarrying(adminPassword().toUtf8());
        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY(page->cleartextQuestion() && page->cleartextQuestion()->isVisible());
        QVERIFY2(page->cleartextQuestion()->text().contains(u"Second"_s),
                 qPrintable(page->cleartextQuestion()->text()));
        click(page->cleartextQuestion()->cancelButton());
        QTRY_VERIFY(!page->cleartextQuestion());
        QCOMPARE(m_proxy->requestsCarrying(adminPassword().toUtf8()), before);
    }

    void keychainPasswordIsNotSentByItself()
    {
        useProxyProfile(/*agreed=*/true);
        if (QTest::currentTestFailed())
            return;
        signInRememberingPassword();
        if (QTest::currentTestFailed())
            return;
        m_window->signOut();
        QTest::qWait(300); // the pages' loads end with the session
        const int before = int(m_proxy->requestLines.size());
        const int carried = m_proxy->requestsCarrying(adminPassword().toUtf8()); // typed sign-in
        QVERIFY(carried > 0); // the forwarder sees what crosses the network

        // The password is in the keychain; over https:// an empty field would use it. Not here.
        SignInPage *page = m_window->signInPage();
        QVERIFY(form<QLineEdit>(page, "passwordEdit")->text().isEmpty());
        QVERIFY2(form<QLineEdit>(page, "passwordEdit")->placeholderText().contains(u"not sent"_s),
                 qPrintable(form<QLineEdit>(page, "passwordEdit")->placeholderText()));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY(!page->isBusy());
        QTest::qWait(200);
        QVERIFY(!m_window->session());
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(page->banner()->text().contains(u"not encrypted"_s),
                 qPrintable(page->banner()->text()));
        QCOMPARE(int(m_proxy->requestLines.size()), before);
        QCOMPARE(m_proxy->requestsCarrying(adminPassword().toUtf8()), carried);
    }

    // 3.0 refuses refresh_token, so its renewal silently repeats the password grant with the
    // keychain's password. Over plain http:// to a remote host it asks the user instead.
    void renewalAsksInsteadOfResendingThePassword()
    {
        m_window.reset();
        startConsole(u"3.0"_s, 3);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(openWindow(QSize(1100, 760)));
        useProxyProfile(/*agreed=*/true);
        if (QTest::currentTestFailed())
            return;
        signInRememberingPassword();
        if (QTest::currentTestFailed())
            return;
        const int carried = m_proxy->requestsCarrying(adminPassword().toUtf8()); // typed sign-in
        QVERIFY(carried > 0);

        QTRY_VERIFY_WITH_TIMEOUT(m_window->reauthDialog() && m_window->reauthDialog()->isVisible(),
                                 12'000);
        ReauthDialog *dialog = m_window->reauthDialog();
        QVERIFY2(dialog->banner()->text().contains(u"not encrypted"_s),
                 qPrintable(dialog->banner()->text()));
        grab(dialog, u"plainhttp-reauth"_s);
        QCOMPARE(m_proxy->requestsCarrying(adminPassword().toUtf8()), carried); // not resent
        // The user decides to type it: the same session goes on.
        Session *session = m_window->session();
        QTest::keyClicks(dialog->secretField()->lineEdit(), adminPassword());
        click(dialog->signInButton());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->reauthDialog(), kWaitMs);
        QCOMPARE(m_window->session(), session);
        QVERIFY(session->isSignedIn());
        QCOMPARE(m_proxy->requestsCarrying(adminPassword().toUtf8()), carried + 1);
    }

private:
    void startConsole(const QString &apiVersion, int tokenLifetime = 3600)
    {
        m_proxy.reset();
        sandbox::SandboxOptions options;
        if (!apiVersion.isEmpty())
            options.apiVersion = apiVersion;
        options.tokenLifetimeSeconds = tokenLifetime;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_proxy = std::make_unique<ForwardingProxy>(quint16(m_sandbox->baseUrl().port()));
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0));
    }

    // The active profile: console.test over plain http://, through the forwarder.
    void useProxyProfile(bool agreed = false)
    {
        Profile profile = m_window->profiles()->active();
        profile.consoleUrl = kConsole;
        profile.proxy = Profile::Proxy::Manual;
        profile.proxyHost = u"127.0.0.1"_s;
        profile.proxyPort = m_proxy->serverPort();
        profile.email = adminEmail();
        if (agreed)
            profile.cleartextAllowedUrl = kConsole;
        QString error;
        QVERIFY2(m_window->profiles()->save(profile, &error), qPrintable(error));
        m_window->profileController()->applyActive();
    }

    void signInRememberingPassword()
    {
        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "passwordEdit"), adminPassword());
        form<QCheckBox>(page, "rememberPasswordCheck")->setChecked(true);
        click(form<QPushButton>(page, "signInButton"));
        QVERIFY(!page->cleartextQuestion());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const SecretKey key{kConsole, QString(SecretKind::AdminPassword), adminEmail()};
        QTRY_VERIFY_WITH_TIMEOUT(m_window->keychain()->isKnown(key), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
    }

    QString adminEmail() const { return m_sandbox->options().adminEmail; }
    QString adminPassword() const { return m_sandbox->options().adminPassword; }

    // For a person to look at: RUNAI_GRAB_DIR=/tmp/shots.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("RUNAI_GRAB_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ForwardingProxy> m_proxy;
};

QTEST_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
