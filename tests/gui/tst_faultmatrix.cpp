// SPDX-License-Identifier: MIT
// The fault matrix, through the real widgets: each row makes one thing go wrong (network, TLS,
// HTTP status, broken body, lost answer) while the user signs in or registers an application,
// then checks the words the user reads, that the typed input is still there, that the window is
// usable again, and that nothing was created twice. The README's "Fault matrix" is the same table
// in prose. Keychain faults and the token expiring mid-session have their own tests (see there).

#include "GuiTestSupport.h"

#include "api/ConnectionSettings.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ApplicationsModel.h"
#include "sandbox/LocalSandbox.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Answers every request with the same bytes, or never (a server that hangs).
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response, bool answer = true)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this, answer] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                if (!answer)
                    continue;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->setProperty("seen", s->property("seen").toByteArray() + s->readAll());
                    if (!s->property("seen").toByteArray().contains("\r\n\r\n")
                        || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    s->write(m_response);
                    s->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray m_response;
};

QByteArray jsonResponse(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
           "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A private CA, a server certificate for localhost, one for another name, one that expired.
class Certificates
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        QFile conf(path(u"ca.cnf"_s));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        // `openssl ca` is the one CLI that signs with explicit start and end dates (expired).
        conf.write("[ca]\ndefault_ca=test\n[test]\ndatabase=" + path(u"index.txt"_s).toLocal8Bit()
                   + "\nnew_certs_dir=" + m_dir.path().toLocal8Bit()
                   + "\nserial=" + path(u"serial"_s).toLocal8Bit()
                   + "\ndefault_md=sha256\npolicy=any\nunique_subject=no\n"
                     "[any]\ncommonName=supplied\n[ext]\nsubjectAltName=DNS:localhost,IP:127.0."
                     "0.1\nextendedKeyUsage=serverAuth\n");
        conf.close();
        QFile(path(u"index.txt"_s)).open(QIODevice::WriteOnly);
        QFile serial(path(u"serial"_s));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
        serial.close();
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                        u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s,
                        u"2"_s, u"-subj"_s, u"/CN=Fault Matrix Test CA"_s, u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s})
               && server(u"localhost"_s, u"DNS:localhost,IP:127.0.0.1"_s, {})
               && server(u"other"_s, u"DNS:other.example"_s, {})
               && server(u"expired"_s, {}, {u"20200101000000Z"_s, u"20200102000000Z"_s});
    }
    QByteArray caPem() const
    {
        QFile f(path(u"ca.pem"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QSslCertificate certificate(const QString &name) const
    {
        const auto list = QSslCertificate::fromPath(path(name + u".pem"_s));
        return list.isEmpty() ? QSslCertificate() : list.first();
    }
    QSslKey key(const QString &name) const
    {
        QFile f(path(name + u".key"_s));
        return f.open(QIODevice::ReadOnly) ? QSslKey(f.readAll(), QSsl::Rsa, QSsl::Pem) : QSslKey();
    }
    QString error() const { return m_error; }

private:
    bool server(const QString &name, const QString &san, const QStringList &dates)
    {
        if (!openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                      path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                      u"/CN="_s + name}))
            return false;
        if (!dates.isEmpty())
            return openssl({u"ca"_s, u"-batch"_s, u"-config"_s, path(u"ca.cnf"_s), u"-cert"_s,
                            path(u"ca.pem"_s), u"-keyfile"_s, path(u"ca.key"_s), u"-in"_s,
                            path(name + u".csr"_s), u"-out"_s, path(name + u".pem"_s),
                            u"-startdate"_s, dates.at(0), u"-enddate"_s, dates.at(1),
                            u"-extensions"_s, u"ext"_s, u"-notext"_s});
        QFile ext(path(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + san.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
        ext.close();
        return openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s,
                        path(u"ca.pem"_s), u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s,
                        u"-out"_s, path(name + u".pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s,
                        path(name + u".ext"_s)});
    }
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(u"openssl"_s, args);
        // A test may wait for a child process; app code never does.
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            m_error = args.join(u' ') + u": "_s + QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_error;
};

enum class SignInFault {
    Refused,
    UnknownHost,
    Timeout,
    TlsUntrusted,
    TlsHostname,
    TlsExpired,
    WrongTypes,
    Oversized,
    WrongPassword
};

enum class CreateFault {
    Status,
    Html502,
    NonJson,
    Truncated,
    DropBeforeHandling,
    DropAfterHandling
};

} // namespace

class TestFaultMatrix : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.create(), qPrintable(m_certs.error())); }

    void init() { QVERIFY(openWindow(QSize(1000, 720))); }

    void cleanup() { closeWindow(); }

    void signIn_data()
    {
        QTest::addColumn<SignInFault>("fault");
        QTest::addColumn<QStringList>("words"); // all must appear in the banner
        QTest::newRow("connection refused")
                << SignInFault::Refused << QStringList{u"Could not reach"_s};
        QTest::newRow("unknown host")
                << SignInFault::UnknownHost << QStringList{u"Could not reach"_s, u"address"_s};
        QTest::newRow("timeout") << SignInFault::Timeout
                                 << QStringList{u"did not answer in time"_s};
        QTest::newRow("TLS untrusted (private CA)")
                << SignInFault::TlsUntrusted
                << QStringList{u"not trusted"_s, u"Fault Matrix Test CA"_s, u"import"_s};
        QTest::newRow("TLS hostname mismatch")
                << SignInFault::TlsHostname << QStringList{u"cannot be accepted"_s, u"host name"_s};
        QTest::newRow("TLS expired")
                << SignInFault::TlsExpired << QStringList{u"cannot be accepted"_s, u"expired"_s};
        QTest::newRow("JSON of the wrong types")
                << SignInFault::WrongTypes << QStringList{u"could not be understood"_s};
        QTest::newRow("oversized body")
                << SignInFault::Oversized << QStringList{u"could not be understood"_s, u"16 MiB"_s};
        QTest::newRow("401 wrong password")
                << SignInFault::WrongPassword << QStringList{u"password is wrong"_s};
    }

    void signIn()
    {
        QFETCH(SignInFault, fault);
        QFETCH(QStringList, words);
        std::unique_ptr<QTcpServer> canned;
        std::unique_ptr<sandbox::SandboxServer> tls;
        ConnectionSettings settings;
        settings.transferTimeout = std::chrono::milliseconds(1500);
        QByteArray caBundle;
        QString url;
        QString password = u"Abcd!234"_s;
        const auto tlsSandbox = [&](const QString &cert) {
            sandbox::SandboxOptions o;
            o.tlsCertificate = m_certs.certificate(cert);
            o.tlsKey = m_certs.key(cert);
            tls = std::make_unique<sandbox::SandboxServer>(o);
            return tls->start();
        };
        switch (fault) {
        case SignInFault::Refused: {
            QTcpServer reserve;
            QVERIFY(reserve.listen(QHostAddress::LocalHost));
            url = u"http://127.0.0.1:%1"_s.arg(reserve.serverPort());
            break;
        }
        case SignInFault::UnknownHost:
            url = u"https://console.runai-faults.invalid"_s;
            break;
        case SignInFault::Timeout:
            canned = std::make_unique<CannedServer>(QByteArray(), false);
            QVERIFY(canned->listen(QHostAddress::LocalHost));
            url = u"http://127.0.0.1:%1"_s.arg(canned->serverPort());
            break;
        case SignInFault::TlsUntrusted:
            QVERIFY(tlsSandbox(u"localhost"_s));
            url = u"https://localhost:%1"_s.arg(tls->port());
            break;
        case SignInFault::TlsHostname:
            QVERIFY(tlsSandbox(u"other"_s));
            caBundle = m_certs.caPem(); // trusted: only the name is wrong
            url = u"https://localhost:%1"_s.arg(tls->port());
            break;
        case SignInFault::TlsExpired:
            QVERIFY2(!m_certs.certificate(u"expired"_s).isNull(), "no expired certificate");
            QVERIFY(tlsSandbox(u"expired"_s));
            caBundle = m_certs.caPem();
            url = u"https://localhost:%1"_s.arg(tls->port());
            break;
        case SignInFault::WrongTypes:
            canned = std::make_unique<CannedServer>(
                    jsonResponse(R"({"accessToken":42,"refreshToken":[],"expiresIn":"soon"})"));
            QVERIFY(canned->listen(QHostAddress::LocalHost));
            url = u"http://127.0.0.1:%1"_s.arg(canned->serverPort());
            break;
        case SignInFault::Oversized:
            canned = std::make_unique<CannedServer>(
                    jsonResponse(QByteArray(17 * 1024 * 1024, ' ')));
            QVERIFY(canned->listen(QHostAddress::LocalHost));
            url = u"http://127.0.0.1:%1"_s.arg(canned->serverPort());
            break;
        case SignInFault::WrongPassword:
            click(form<QPushButton>(m_window->signInPage(), "sandboxButton"));
            url = m_window->sandbox()->baseUrl().toString();
            password = u"not-the-password"_s;
            break;
        }

        SignInPage *page = m_window->signInPage();
        page->setConnectionTemplate(settings);
        // As with --ca-file or a profile's imported CA; the window outlives the rows: always set.
        page->setCaBundle(caBundle);
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"), url);
        typeInto(form<QLineEdit>(page, "emailEdit"), u"admin@example.com"_s);
        typeInto(form<QLineEdit>(page, "passwordEdit"), password);
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20'000);

        QVERIFY(!m_window->session());
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        const QString text = page->banner()->text();
        for (const QString &word : std::as_const(words))
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        // A sign-in creates nothing: no "the console may have done it anyway" after a timeout.
        QVERIFY2(!text.contains("anyway"_L1), qPrintable(text));
        // Input kept (except the password, cleared after use) and the form usable again.
        QCOMPARE(form<QLineEdit>(page, "consoleUrlEdit")->text(), url);
        QCOMPARE(form<QLineEdit>(page, "emailEdit")->text(), u"admin@example.com"_s);
        QVERIFY(form<QPushButton>(page, "signInButton")->isEnabled());
        qInfo().noquote() << "user sees:" << text;
    }

    void registerApplication_data()
    {
        QTest::addColumn<CreateFault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("created"); // objects with that name afterwards
        QTest::addColumn<bool>("inputKept");
        const auto status = [](const char *name, int code, QStringList words) {
            QTest::newRow(name) << CreateFault::Status << code << words << 0 << true;
        };
        status("400", 400, {u"rejected the request"_s, u"The server said"_s});
        status("401", 401, {u"refused the credentials"_s, u"Sign in again"_s});
        status("403", 403, {u"not allowed"_s, u"access rule"_s});
        status("404", 404, {u"could not find"_s});
        status("409", 409, {u"already exists"_s, u"another name"_s});
        status("415", 415, {u"rejected the request"_s});
        status("429 Retry-After", 429, {u"busy"_s, u"7 second"_s});
        status("500", 500, {u"failed to"_s, u"HTTP 500"_s});
        status("503", 503, {u"HTTP 503"_s});
        QTest::newRow("502 HTML page (handler not run)")
                << CreateFault::Html502 << 502 << QStringList{u"was not created"_s, u"try again"_s}
                << 0 << true;
        QTest::newRow("malformed JSON")
                << CreateFault::NonJson << 200 << QStringList{u"was not created"_s} << 0 << true;
        QTest::newRow("connection dropped before handling")
                << CreateFault::DropBeforeHandling << 0 << QStringList{u"was not created"_s} << 0
                << true;
        QTest::newRow("truncated body (dropped mid-body)")
                << CreateFault::Truncated << 200
                << QStringList{u"was created"_s, u"secret was lost"_s} << 1 << false;
        QTest::newRow("lost create response")
                << CreateFault::DropAfterHandling << 0
                << QStringList{u"was created"_s, u"secret was lost"_s, u"Regenerate"_s} << 1
                << false;
    }

    void registerApplication()
    {
        QFETCH(CreateFault, fault);
        QFETCH(int, status);
        QFETCH(QStringList, words);
        QFETCH(int, created);
        QFETCH(bool, inputKept);
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);

        const QString name = u"matrix-%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
        sandbox::FaultInjector &faults = m_window->sandbox()->server()->faults();
        const QString path = u"/api/v1/apps"_s;
        switch (fault) {
        case CreateFault::Status:
            if (status == 409) {
                // A real conflict: the name exists already.
                typeInto(form<QLineEdit>(apps, "nameEdit"), name);
                click(form<QPushButton>(apps, "registerButton"));
                ApplicationCredentialsDialog *d = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT(
                        (d = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                        kWaitMs);
                QTRY_VERIFY_WITH_TIMEOUT(
                        d->keychainState() != ApplicationCredentialsDialog::KeychainState::Saving,
                        kWaitMs);
                click(form<QCheckBox>(d, "confirmCheck"));
                click(form<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Close));
                QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
                created = 1;
            } else {
                faults.failNext(path, status, 1, status == 429 ? QByteArray("7") : QByteArray());
            }
            break;
        case CreateFault::Html502:
            faults.html502Next(path);
            break;
        case CreateFault::NonJson:
            faults.nonJsonNext(path);
            break;
        case CreateFault::Truncated:
            faults.truncateNext(path);
            break;
        case CreateFault::DropBeforeHandling:
            faults.dropNext(path);
            break;
        case CreateFault::DropAfterHandling:
            faults.dropAfterHandlingNext(path);
            break;
        }
        typeInto(form<QLineEdit>(apps, "nameEdit"), name);
        click(form<QPushButton>(apps, "registerButton"));
        // Settled: no request running, no lookup running, a message that is not "working on it".
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isRegistering()
                                         && apps->banner()->kind() != MessageBanner::Kind::Info,
                                 kWaitMs);
        QVERIFY(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()));
        const QString text = apps->banner()->text();
        qInfo().noquote() << "user sees:" << text;
        for (const QString &word : std::as_const(words))
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(apps->banner()->kind() == MessageBanner::Kind::Error
                || apps->banner()->kind() == MessageBanner::Kind::Warning);
        if (inputKept)
            QCOMPARE(form<QLineEdit>(apps, "nameEdit")->text(), name);
        // The window is usable: the form takes input, the list loads.
        QVERIFY(form<QLineEdit>(apps, "nameEdit")->isEnabled());
        QCOMPARE(countOnServer(name), created);
    }

private:
    // Asks the console itself (a fresh list), not the table.
    int countOnServer(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        bool ok = false;
        const auto settle = [&] {
            ok = false;
            QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
            ok = true;
        };
        settle();
        apps->refresh();
        settle();
        if (!ok || apps->loadFailed())
            return -1;
        int n = 0;
        for (int r = 0; r < apps->model()->rowCount(); ++r) {
            if (apps->model()->index(r, ApplicationsModel::NameColumn).data().toString() == name)
                ++n;
        }
        return n;
    }

    Certificates m_certs;
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
