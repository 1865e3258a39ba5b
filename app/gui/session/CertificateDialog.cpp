// SPDX-License-Identifier: MIT
#include "gui/session/CertificateDialog.h"
#include "ui_CertificateDialog.h"

#include "api/ConnectionSettings.h"
#include "core/BoundedFile.h"

#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace runai {

CertificateDialog::CertificateDialog(const TlsFailure &failure, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QLocale locale;
    const auto none = [this](const QString &s) {
        return s.isEmpty() ? tr("(unknown)") : s;
    };
    m_ui->hostValue->setText(none(failure.host));
    m_ui->subjectValue->setText(none(failure.subject));
    m_ui->issuerValue->setText(none(failure.issuer));
    m_ui->validityValue->setText(
            failure.notBefore.isValid() && failure.notAfter.isValid()
                    ? tr("from %1 to %2")
                              .arg(locale.toString(failure.notBefore.toLocalTime(),
                                                   QLocale::ShortFormat),
                                   locale.toString(failure.notAfter.toLocalTime(),
                                                   QLocale::ShortFormat))
                    : tr("(unknown)"));
    m_ui->fingerprintValue->setText(none(failure.sha256Fingerprint));
    m_ui->errorsValue->setText(failure.errors.isEmpty() ? tr("(none reported)")
                                                        : failure.errors.join(u'\n'));
    // The fingerprint is what an administrator compares by phone or chat: keep it fixed-width.
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->fingerprintValue->setFont(mono);

    if (failure.caImportCouldFix) {
        m_ui->explanationLabel->setText(
                tr("The certificate of %1 is not trusted: it was issued by a certificate "
                   "authority (CA) this computer does not know, such as your company's private "
                   "CA. Compare the fingerprint below with the one your administrator gives you. "
                   "If they match, import the CA certificate (a PEM file) for this console; it is "
                   "then used for this console together with the system's trusted CAs.")
                        .arg(failure.host));
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool outOfDate = (failure.notAfter.isValid() && failure.notAfter < now)
                               || (failure.notBefore.isValid() && failure.notBefore > now);
        m_ui->explanationLabel->setText(
                outOfDate ? tr("The certificate of %1 cannot be accepted: it has expired (or is "
                               "not valid yet). Importing a CA would not fix that. Ask the "
                               "console's administrator to renew the certificate, and check the "
                               "date and time of this computer.")
                                    .arg(failure.host)
                          : tr("The certificate of %1 cannot be accepted: it was issued for "
                               "another host name, so this may not be the console you meant, or "
                               "the connection is being intercepted. Importing a CA would not fix "
                               "that. Check the console address, or ask the console's "
                               "administrator to correct the certificate.")
                                    .arg(failure.host));
    }
    // Not only hidden: without the button there is no way to reach the import at all.
    m_ui->importButton->setVisible(failure.caImportCouldFix);
    m_ui->importButton->setEnabled(failure.caImportCouldFix);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CertificateDialog::chooseFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    (failure.caImportCouldFix ? m_ui->importButton : m_ui->closeButton)->setDefault(true);
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::chooseFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    m_fileDialog = new QFileDialog(this, tr("Import CA Certificate"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setFileMode(QFileDialog::ExistingFile);
    m_fileDialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &CertificateDialog::importFile);
    m_fileDialog->open(); // never exec(): no nested event loop
}

bool CertificateDialog::importFile(const QString &path)
{
    // A CA bundle is a few kB; refusing anything huge keeps a wrong pick from filling QSettings,
    // and a FIFO or device is refused before it is read (it would block or never end).
    const auto read = BoundedFile::read(path, ConnectionSettings::MaxCaBundleBytes);
    if (!read) {
        m_ui->banner->showError(read.error());
        return false;
    }
    // Only the certificates are kept, re-encoded: a private key pasted into the same file by
    // mistake must not end up in the profile.
    const QByteArray pem = ConnectionSettings::caCertificatesOf(read.value());
    if (pem.isEmpty()) {
        m_ui->banner->showError(tr("%1 holds no certificate. Choose a PEM file that begins with "
                                   "“-----BEGIN CERTIFICATE-----”.")
                                        .arg(path));
        return false;
    }
    const auto parsed = ConnectionSettings::parseCaBundle(pem);
    if (!parsed) {
        m_ui->banner->showError(parsed.error());
        return false;
    }
    Q_EMIT caImported(pem);
    accept();
    return true;
}

} // namespace runai
