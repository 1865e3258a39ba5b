// SPDX-License-Identifier: MIT
#include "gui/users/TemporaryPasswordDialog.h"
#include "ui_TemporaryPasswordDialog.h"

#include <QPushButton>

namespace runai {

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &email,
                                                 const QString &temporaryPassword, bool mustChange,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemporaryPasswordDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("User %1 created").arg(email));
    m_ui->introLabel->setText(
            mustChange ? tr("The local user <b>%1</b> was created. They sign in with this "
                            "temporary password and must choose a new one.")
                                 .arg(email.toHtmlEscaped())
                       : tr("The local user <b>%1</b> was created. They sign in with this "
                            "temporary password.")
                                 .arg(email.toHtmlEscaped()));
    m_ui->emailValue->setText(email);
    m_ui->passwordField->setLabelText(tr("Temporary password"));
    m_ui->passwordField->setReadOnly(true);
    m_ui->passwordField->setText(temporaryPassword);
    QFont bold = m_ui->onceLabel->font();
    bold.setBold(true);
    m_ui->onceLabel->setFont(bold);

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, close, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TemporaryPasswordDialog::~TemporaryPasswordDialog() = default;

void TemporaryPasswordDialog::done(int result)
{
    if (!m_ui->confirmCheck->isChecked()) {
        m_ui->confirmCheck->setFocus();
        return;
    }
    m_ui->passwordField->clear();
    QDialog::done(result);
}

void TemporaryPasswordDialog::setIntroText(const QString &text)
{
    m_ui->introLabel->setText(text);
}

} // namespace runai
