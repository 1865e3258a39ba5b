// SPDX-License-Identifier: MIT
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "ui_ApplicationCredentialsDialog.h"

#include "gui/widgets/Icons.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationCredentialsDialog::ApplicationCredentialsDialog(const QString &name,
                                                           const QString &clientId,
                                                           const QString &secret, QWidget *parent,
                                                           ObjectNoun noun)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApplicationCredentialsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(
            noun.pick(tr("Application \"%1\" registered"), tr("Service account \"%1\" registered"))
                    .arg(name));
    m_ui->introLabel->setText(
            noun.pick(tr("<b>%1</b> is registered. Programs sign in as this application with its "
                         "Client ID and Client secret (client credentials)."),
                      tr("<b>%1</b> is registered. Programs sign in as this service account with "
                         "its Client ID and Client secret (client credentials)."))
                    .arg(name.toHtmlEscaped()));
    m_ui->clientIdField->setMode(SecretField::Mode::Plain);
    m_ui->clientIdField->setLabelText(tr("Client ID"));
    m_ui->clientIdField->setReadOnly(true);
    m_ui->clientIdField->setText(clientId);
    m_ui->clientSecretField->setLabelText(tr("Client secret"));
    m_ui->clientSecretField->setReadOnly(true);
    m_ui->clientSecretField->setText(secret);
    QFont bold = m_ui->onceLabel->font();
    bold.setBold(true);
    m_ui->onceLabel->setFont(bold);

    connect(m_ui->confirmCheck, &QCheckBox::toggled, this,
            &ApplicationCredentialsDialog::updateCloseButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setKeychainState(KeychainState::Saving);
}

ApplicationCredentialsDialog::~ApplicationCredentialsDialog() = default;

void ApplicationCredentialsDialog::setKeychainState(KeychainState state, const QString &detail)
{
    m_state = state;
    QString iconName;
    switch (state) {
    case KeychainState::Saving:
        m_ui->keychainStatusLabel->setText(tr("Saving the client secret in the system keychain…"));
        iconName = u"info"_s;
        break;
    case KeychainState::Waiting:
        m_ui->keychainStatusLabel->setText(
                tr("Waiting for the keychain… It may be asking you to unlock it."));
        iconName = u"info"_s;
        break;
    case KeychainState::Saved:
        m_ui->keychainStatusLabel->setText(detail);
        iconName = u"keychain"_s;
        break;
    case KeychainState::Failed:
        m_ui->keychainStatusLabel->setText(
                tr("Not saved in the keychain: %1 Copy the secret now and store it safely.")
                        .arg(detail));
        iconName = u"warning"_s;
        break;
    }
    const QIcon icon = icons::icon(iconName);
    m_ui->keychainIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(20, 20));
    m_ui->keychainIcon->setVisible(!icon.isNull());
    updateCloseButton();
}

void ApplicationCredentialsDialog::updateCloseButton()
{
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(m_ui->confirmCheck->isChecked());
    close->setToolTip(m_ui->confirmCheck->isChecked()
                              ? QString()
                              : tr("Confirm above that you have stored the client secret"));
}

void ApplicationCredentialsDialog::done(int result)
{
    // Escape and the window's close button end up here too: the secret would be lost for good.
    if (!m_ui->confirmCheck->isChecked()) {
        m_ui->confirmCheck->setFocus();
        return;
    }
    // The secret leaves memory with the dialog.
    m_ui->clientSecretField->clear();
    QDialog::done(result);
}

void ApplicationCredentialsDialog::setIntroText(const QString &text)
{
    m_ui->introLabel->setText(text);
}

} // namespace runai
