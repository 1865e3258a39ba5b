// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ClientSecretDialog;
}

namespace runai {

// Asks for an application's client secret when the keychain does not hold it (for example
// an application registered elsewhere). The typed secret is used once and not stored.
class ClientSecretDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClientSecretDialog(const QString &applicationName, QWidget *parent = nullptr);
    ~ClientSecretDialog() override;

    QString secret() const;

private:
    std::unique_ptr<Ui::ClientSecretDialog> m_ui;
};

} // namespace runai
