// SPDX-License-Identifier: MIT
#include "gui/credentials/CredentialExportDialog.h"
#include "ui_CredentialExportDialog.h"

#include "core/LogCategories.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace runai {

CredentialExportDialog::CredentialExportDialog(const ExportedCredentials &credentials,
                                               CredentialExport::CliFlavour flavour,
                                               QWidget *parent, ObjectNoun noun)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialExportDialog>())
    , m_credentials(credentials)
    , m_secret(SecretBytes::fromString(credentials.clientSecret))
    , m_flavour(flavour)
    , m_noun(noun)
{
    // The caller's ExportedCredentials is the caller's; this copy of its QString is dropped here
    // (it shares the caller's buffer, so there is nothing this dialog alone could zero).
    m_credentials.clientSecret.clear();
    m_ui->setupUi(this);
    setWindowTitle(tr("Export the credentials of %1").arg(credentials.name));
    m_ui->introLabel->setText(
            tr("The console URL, Client ID and Client secret of <b>%1</b>, ready for a pipeline, "
               "a cluster or the <tt>runai</tt> CLI.")
                    .arg(credentials.name.toHtmlEscaped()));
    m_ui->warningLabel->setText(
            tr("Whoever reads this text can act as %1. The clipboard is cleared after %n "
               "second(s); a saved file is readable by you only. Delete it when it has served.",
               nullptr, ClipboardGuard::shared()->clearDelay() / 1000)
                    .arg(credentials.name));
    for (CredentialExport::Format f : CredentialExport::formatsFor(flavour))
        m_ui->formatCombo->addItem(CredentialExport::formatName(f), int(f));
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->showSecretCheck->setAccessibleName(tr("Show the secret in the preview"));
    m_ui->copyButton->setAccessibleName(tr("Copy to clipboard"));
    m_ui->saveButton->setAccessibleName(tr("Save to file"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &CredentialExportDialog::updatePreview);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this,
            &CredentialExportDialog::updatePreview);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            &CredentialExportDialog::copyToClipboard);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CredentialExportDialog::saveToFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The preview's own menu would offer an unguarded Copy and Select All.
    m_ui->previewEdit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->previewEdit, &QWidget::customContextMenuRequested, this,
            &CredentialExportDialog::showPreviewMenu);
    m_ui->previewEdit->installEventFilter(this);
    updatePreview();
}

CredentialExportDialog::~CredentialExportDialog() = default; // m_secret zeroes itself

MessageBanner *CredentialExportDialog::banner() const
{
    return m_ui->banner;
}

void CredentialExportDialog::setFormat(CredentialExport::Format format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

CredentialExport::Format CredentialExportDialog::format() const
{
    return CredentialExport::Format(m_ui->formatCombo->currentData().toInt());
}

QString CredentialExportDialog::exportText() const
{
    // CredentialExport formats QStrings, so the secret must be one for this call. That copy is
    // ours alone and zeroed once the text is built (the returned text is the caller's).
    ExportedCredentials withSecret = m_credentials;
    withSecret.clientSecret = m_secret.revealAsQString();
    QString text = CredentialExport::format(format(), withSecret, m_flavour);
    SecretBytes::wipeOwned(withSecret.clientSecret);
    return text;
}

bool CredentialExportDialog::isSecretShown() const
{
    return m_ui->showSecretCheck->isChecked();
}

void CredentialExportDialog::updatePreview()
{
    // Says how this format keeps the secret off command lines, and what it cannot avoid.
    m_ui->commandLineNoteLabel->setText(CredentialExport::commandLineNote(format()));
    if (isSecretShown()) {
        // Shown, the text cannot be selected: on X11 a selection goes to PRIMARY at once, past
        // the guard. Copy (button, Ctrl+C, menu) copies the whole text through the guard.
        m_ui->previewEdit->setTextInteractionFlags(Qt::NoTextInteraction);
        m_ui->previewEdit->setPlainText(exportText());
        return;
    }
    m_ui->previewEdit->setTextInteractionFlags(Qt::TextSelectableByMouse
                                               | Qt::TextSelectableByKeyboard);
    // The same text with a stand-in of the secret: the layout is visible, the secret is not.
    ExportedCredentials masked = m_credentials;
    masked.clientSecret = QString(12, u'•');
    m_ui->previewEdit->setPlainText(CredentialExport::format(format(), masked, m_flavour));
}

bool CredentialExportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->previewEdit && isSecretShown()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copyKey = key->matches(QKeySequence::Copy)
                             || (key->key() == Qt::Key_Insert
                                 && key->modifiers() == Qt::ControlModifier);
        if (copyKey) {
            // Accepting the override keeps a window shortcut from taking the key first.
            if (event->type() == QEvent::KeyPress)
                copyToClipboard();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CredentialExportDialog::showPreviewMenu(const QPoint &pos)
{
    auto *menu = new QMenu(m_ui->previewEdit);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Masked, there is no secret in the preview to copy by hand: the button's copy is the one.
    QAction *copy = menu->addAction(tr("&Copy to clipboard (cleared soon)"), this,
                                    &CredentialExportDialog::copyToClipboard);
    copy->setObjectName(u"guardedCopyAction"_s);
    menu->popup(m_ui->previewEdit->viewport()->mapToGlobal(pos));
}

void CredentialExportDialog::copyToClipboard()
{
    ClipboardGuard *guard = ClipboardGuard::shared();
    guard->copySecret(exportText());
    m_ui->banner->showSuccess(tr("Copied (%1). The clipboard is cleared in %n second(s).", nullptr,
                                 guard->secondsLeft())
                                      .arg(m_ui->formatCombo->currentText()));
}

void CredentialExportDialog::saveToFile()
{
    ConfirmationDialog::ask(
            this, tr("Save the secret to a file?"),
            m_noun.pick(tr("The file will hold the client secret of <b>%1</b> in plain text. "
                           "Anyone who can read it can act as this application.<br><br>It is "
                           "written readable by you only (permissions 0600). Keep it out of "
                           "version control and delete it when done."),
                        tr("The file will hold the client secret of <b>%1</b> in plain text. "
                           "Anyone who can read it can act as this service account.<br><br>It "
                           "is written readable by you only (permissions 0600). Keep it out of "
                           "version control and delete it when done."))
                    .arg(m_credentials.name.toHtmlEscaped()),
            tr("&Choose a file…"), [this] {
                auto *dialog = new QFileDialog(
                        this, tr("Save the credentials of %1").arg(m_credentials.name),
                        QDir::homePath());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setAcceptMode(QFileDialog::AcceptSave);
                dialog->setFileMode(QFileDialog::AnyFile);
                // The non-native dialog opens with open() everywhere and is reachable in tests.
                dialog->setOption(QFileDialog::DontUseNativeDialog);
                dialog->selectFile(
                        CredentialExport::suggestedFileName(format(), m_credentials.name));
                m_fileDialog = dialog;
                connect(dialog, &QFileDialog::fileSelected, this,
                        &CredentialExportDialog::writeFile);
                dialog->open();
            });
}

bool CredentialExportDialog::writeFile(const QString &path)
{
    QSaveFile file(path);
    // Owner-only before a single byte is written; QSaveFile renames the finished temporary
    // file over the target, so no reader ever sees a partial or wider-readable secret.
    bool ok = file.open(QIODevice::WriteOnly)
              && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (ok) {
        // Encoded straight into an owned buffer; the QString text is ours alone and is zeroed.
        QString text = exportText();
        const SecretBytes data = SecretBytes::fromString(text);
        SecretBytes::wipeOwned(text);
        ok = file.write(data.reveal().data(), data.size()) == data.size();
    }
    ok = ok && file.commit();
    if (!ok) {
        const QString reason = file.errorString();
        file.cancelWriting();
        qCInfo(lcExport) << "writing" << path << "failed:" << reason;
        m_ui->banner->showError(tr("The file %1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    qCInfo(lcExport) << "credentials written to" << path;
    m_ui->banner->showSuccess(
            tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CredentialExportDialog::done(int result)
{
    m_ui->previewEdit->clear();
    QDialog::done(result);
}

} // namespace runai
