// SPDX-License-Identifier: MIT
// The certificate dialog (issue 5, TLS) against the HTTPS sandbox with a throwaway CA: an untrusted
// certificate opens the dialog with the server's real fingerprint, importing the CA PEM signs in
// (retried once by itself) and is remembered in the active profile; a file without a certificate
// is refused with a reason; a hostname mismatch is explained and offers no import at all.
#include "../api/ApiTestSupport.h"
#include "GuiTestSupport.h"

#include "gui/session/CertificateDialog.h"
#include "gui/session/SignInPage.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ProfileStore.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestCertificateDialog : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.create(), qPrintable(m_certs.error())); }

    void init() { QVERIFY(openWindow(QSize(1000, 720))); }

    void cleanup()
    {
        closeWindow();
        m_server.reset();
    }

    void untrustedThenImport()
    {
        startServer(u"localhost"_s);
        signIn();
        CertificateDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!m_window->session());

        // The fingerprint shown is the one of the certificate the server really uses.
        const QByteArray digest = m_certs.certificate(u"localhost"_s)
                                          .digest(QCryptographicHash::Sha256)
                                          .toHex(':')
                                          .toUpper();
        QCOMPARE(form<QLabel>(dialog, "fingerprintValue")->text(), QString::fromLatin1(digest));
        QVERIFY(form<QLabel>(dialog, "issuerValue")->text().contains(u"Runai Test CA"_s));
        QVERIFY(form<QLabel>(dialog, "subjectValue")->text().contains(u"localhost"_s));
        QVERIFY(form<QLabel>(dialog, "hostValue")->text().contains(u"localhost"_s));
        QVERIFY(!form<QLabel>(dialog, "errorsValue")->text().isEmpty());
        QVERIFY(form<QPushButton>(dialog, "importButton")->isVisible());
        QVERIFY(form<QPushButton>(dialog, "importButton")->isEnabled());
        grab(dialog, u"24-certificate.png"_s);

        // A file without a certificate is refused, and says so; the dialog stays open.
        const QString junk = m_dir.filePath(u"junk.pem"_s);
        writeFile(junk, "this is not a certificate\n");
        QVERIFY(!dialog->importFile(junk));
        QCOMPARE(form<MessageBanner>(dialog, "banner")->kind(), MessageBanner::Kind::Error);
        QVERIFY2(form<MessageBanner>(dialog, "banner")->text().contains(u"no certificate"_s),
                 qPrintable(form<MessageBanner>(dialog, "banner")->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_window->signInPage()->isBusy());
#ifdef Q_OS_UNIX
        // Issue 12, item 8: a device says size() 0 and never ends; refused before it is read.
        QVERIFY(!dialog->importFile(u"/dev/zero"_s));
        QVERIFY2(form<MessageBanner>(dialog, "banner")->text().contains(u"not a regular file"_s),
                 qPrintable(form<MessageBanner>(dialog, "banner")->text()));
        QVERIFY(dialog->isVisible());
#endif

        // The real CA: the sign-in is retried by itself and succeeds.
        const QString ca = m_dir.filePath(u"ca.pem"_s);
        writeFile(ca, m_certs.caPem());
        QVERIFY(dialog->importFile(ca));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), 20'000);

        // Remembered for the console's profile (QSettings, not a secret).
        ProfileStore reread;
        const QByteArray saved = reread.active().caBundlePem;
        QVERIFY(!saved.isEmpty());
        QCOMPARE(QSslCertificate::fromData(saved, QSsl::Pem).value(0),
                 QSslCertificate::fromData(m_certs.caPem(), QSsl::Pem).value(0));
    }

    void hostnameMismatchOffersNoImport()
    {
        startServer(u"other"_s);
        // The CA is trusted already: only the name is wrong, which no CA can fix.
        ConnectionSettings settings;
        settings.caBundlePem = m_certs.caPem();
        m_window->signInPage()->setConnectionTemplate(settings);
        m_window->signInPage()->setCaBundle(m_certs.caPem());
        signIn();
        CertificateDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!form<QPushButton>(dialog, "importButton")->isVisible());
        QVERIFY(!form<QPushButton>(dialog, "importButton")->isEnabled());
        const QString text = form<QLabel>(dialog, "explanationLabel")->text();
        QVERIFY2(text.contains(u"cannot be accepted"_s) && text.contains(u"host name"_s),
                 qPrintable(text));
        QVERIFY(form<QLabel>(dialog, "issuerValue")->text().contains(u"Runai Test CA"_s));
        QVERIFY(!m_window->session());
        grab(dialog, u"certificate-mismatch.png"_s);
        form<QPushButton>(dialog, "closeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->signInPage()->certificateDialog(), kWaitMs);
        QVERIFY(!m_window->session());
    }

private:
    void startServer(const QString &cert)
    {
        sandbox::SandboxOptions o;
        o.tlsCertificate = m_certs.certificate(cert);
        o.tlsKey = m_certs.key(cert);
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        QVERIFY(m_server->start());
    }

    void signIn()
    {
        SignInPage *page = m_window->signInPage();
        typeInto(form<QLineEdit>(page, "consoleUrlEdit"),
                 u"https://localhost:%1"_s.arg(m_server->port()));
        typeInto(form<QLineEdit>(page, "emailEdit"), u"test@run.ai"_s);
        typeInto(form<QLineEdit>(page, "passwordEdit"), u"Abcd!234"_s);
        click(form<QPushButton>(page, "signInButton"));
    }

    CertificateDialog *waitForDialog()
    {
        SignInPage *page = m_window->signInPage();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(page->certificateDialog(), 20'000);
        }();
        CertificateDialog *dialog = page->certificateDialog();
        if (dialog)
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
            }();
        return dialog;
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    // RUNAI_GRAB_DIR=/some/dir: the dialog as PNG, to look at.
    static void grab(QWidget *dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("RUNAI_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(dialog->grab().save(QDir(dir).filePath(name)));
    }

    TestCertificates m_certs;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
