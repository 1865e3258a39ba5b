// SPDX-License-Identifier: MIT
#pragma once

#include "core/CredentialExport.h"
#include "core/ObjectNoun.h"
#include "core/SecretBytes.h"

#include <QDialog>
#include <QFileDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CredentialExportDialog;
}

namespace runai {

class MessageBanner;

// Hands an application's credentials to the place that needs them, in one of the
// CredentialExport formats: to the clipboard (guarded as a secret by ClipboardGuard) or to a
// file the user picks after a warning, written atomically with QSaveFile and readable by the
// owner only (0600). The preview masks the secret unless "Show the secret" is ticked; shown, it
// cannot be selected (X11 would put a selection on PRIMARY past the guard) and its Copy goes
// through the guard. The secret lives in this dialog's memory only while it is open.
class CredentialExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `noun`: what the console calls the owner of the credentials (its warning names it).
    CredentialExportDialog(const ExportedCredentials &credentials,
                           CredentialExport::CliFlavour flavour, QWidget *parent = nullptr,
                           ObjectNoun noun = {});
    ~CredentialExportDialog() override;

    MessageBanner *banner() const;
    void setFormat(CredentialExport::Format format);
    CredentialExport::Format format() const;
    // The full text of the current format, secret included.
    QString exportText() const;
    // The save dialog while it is open (a test seam: tests pick the file through it).
    QFileDialog *fileDialog() const { return m_fileDialog; }

public Q_SLOTS:
    void copyToClipboard();
    // Warns, then asks for a file name, then writes.
    void saveToFile();
    // Writes the current format to `path` (0600, atomic); reports in the banner.
    bool writeFile(const QString &path);

    void done(int result) override;

protected:
    // Ctrl+C / Ctrl+Insert on the shown preview copy through the guard (see updatePreview()).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();
    void showPreviewMenu(const QPoint &pos);
    bool isSecretShown() const;

    std::unique_ptr<Ui::CredentialExportDialog> m_ui;
    // Everything but the secret (its clientSecret stays empty); the secret is m_secret, owned
    // and zeroed when the dialog goes, and exposed only while a format is built.
    ExportedCredentials m_credentials;
    SecretBytes m_secret;
    CredentialExport::CliFlavour m_flavour;
    ObjectNoun m_noun;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace runai
