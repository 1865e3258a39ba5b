// SPDX-License-Identifier: MIT
#pragma once

#include "core/TlsFailure.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QFileDialog;

namespace Ui {
class CertificateDialog;
}

namespace runai {

// Explains why the console's certificate was not accepted (host, subject, issuer, validity,
// SHA-256 fingerprint, Qt's errors). Only when a missing CA is the whole problem does it offer
// "Import CA certificate…": a hostname mismatch or an expired certificate cannot be accepted,
// because trusting a CA would not make that connection safe. There is deliberately no way to
// turn verification off.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(const TlsFailure &failure, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    // Reads and validates a PEM file; on success emits caImported() and accepts. Also the test
    // seam: the real QFileDialog ends up here.
    bool importFile(const QString &path);

Q_SIGNALS:
    // `pem` holds at least one valid certificate (only certificates, re-encoded).
    void caImported(const QByteArray &pem);

private:
    void chooseFile();

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace runai
