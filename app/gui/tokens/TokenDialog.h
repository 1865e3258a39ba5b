// SPDX-License-Identifier: MIT
#pragma once

#include "core/TokenSet.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TokenDialog;
}

namespace runai {

// Shows the result of a token grant: the access token masked (reveal, copy), its expiry, the
// decoded claims, and the ID and refresh tokens when the server sent them. The claims are
// decoded for reading only; nothing here trusts them.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const QString &applicationName, const TokenSet &tokens, QWidget *parent = nullptr);
    ~TokenDialog() override;
    // The sentence above the token (rich text): who the token acts as, how it was issued.
    void setIntroText(const QString &text);
    // "Use this identity" makes no sense for a token that acts as the signed-in user already.
    void setUseIdentityVisible(bool visible);

    void done(int result) override;
    // The "Use this identity" button's tool tip, in the words of the page that got the token.
    void setUseIdentityToolTip(const QString &text);

Q_SIGNALS:
    void useIdentityRequested();

private:
    void fillClaims(const SecretBytes &accessToken);

    std::unique_ptr<Ui::TokenDialog> m_ui;
};

} // namespace runai
