// SPDX-License-Identifier: MIT
#include "gui/credentials/ClientSecretDialog.h"
#include "ui_ClientSecretDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace runai {

ClientSecretDialog::ClientSecretDialog(const QString &applicationName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientSecretDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
            tr("The keychain does not hold the client secret of <b>%1</b>. Paste it to get a "
               "token; it is used once and not saved.")
                    .arg(applicationName.toHtmlEscaped()));
    m_ui->secretField->setLabelText(tr("Client secret"));
    m_ui->secretField->copyButton()->setVisible(false);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Get token"));
    ok->setEnabled(false);
    connect(m_ui->secretField, &SecretField::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ClientSecretDialog::~ClientSecretDialog() = default;

QString ClientSecretDialog::secret() const
{
    return m_ui->secretField->text();
}

} // namespace runai
