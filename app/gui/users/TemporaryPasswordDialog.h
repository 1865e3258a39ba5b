// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TemporaryPasswordDialog;
}

namespace runai {

// Shows a new user's temporary password once, with copy, and closes only after confirmation.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryPasswordDialog(const QString &email, const QString &temporaryPassword, bool mustChange,
                            QWidget *parent = nullptr);
    ~TemporaryPasswordDialog() override;

    Ui::TemporaryPasswordDialog *ui() const { return m_ui.get(); }
    void done(int result) override;
    // The sentence above the password (rich text), when it is not a new user's: e.g. a reset.
    void setIntroText(const QString &text);

private:
    std::unique_ptr<Ui::TemporaryPasswordDialog> m_ui;
};

} // namespace runai
