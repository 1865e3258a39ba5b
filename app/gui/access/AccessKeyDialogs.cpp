// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeyDialogs.h"

#include "core/TokenSet.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/tokens/TokenDialog.h"

using namespace Qt::StringLiterals;

namespace runai {

ApplicationCredentialsDialog *AccessKeyDialogs::openSecret(QWidget *parent, const AccessKey &key,
                                                           const QString &secret, bool regenerated)
{
    auto *dialog = new ApplicationCredentialsDialog(key.name, key.clientId, secret, parent);
    dialog->setObjectName(u"accessKeySecretDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(regenerated ? tr("New secret for the access key \"%1\"").arg(key.name)
                                       : tr("Access key \"%1\" created").arg(key.name));
    dialog->setIntroText(
            regenerated ? tr("The access key <b>%1</b> has a new secret. The previous one and "
                             "the tokens obtained with it no longer work: update every script "
                             "that uses this key.")
                                  .arg(key.name.toHtmlEscaped())
                        : tr("The access key <b>%1</b> is ready. Scripts and the runai CLI sign "
                             "in as you with its Client ID and secret, with your access rules.")
                                  .arg(key.name.toHtmlEscaped()));
    dialog->open();
    return dialog;
}

void AccessKeyDialogs::openToken(QWidget *parent, const AccessKey &key, const TokenSet &tokens,
                                 const QString &identity)
{
    auto *dialog = new TokenDialog(key.name, tokens, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Access token from the access key %1").arg(key.name));
    dialog->setIntroText(
            tr("The console issued this token for the access key <b>%1</b>. It acts as "
               "<b>%2</b>, with your access rules. Send it as <tt>Authorization: Bearer "
               "&lt;token&gt;</tt>.")
                    .arg(key.name.toHtmlEscaped(), identity.toHtmlEscaped())
            // Which endpoint and grant issued it, as the dialog says for service accounts
            // (issue 11: "the token dialog says which endpoint and grant issued the token");
            // replacing the intro had dropped it. Technical words, the same in every
            // language: no new translation.
            + (tokens.issuer().isEmpty()
                       ? QString()
                       : u"<br><tt>%1</tt>"_s.arg(tokens.issuer().toHtmlEscaped())));
    // Working "as" the key would be working as yourself: nothing to switch to.
    dialog->setUseIdentityVisible(false);
    dialog->open();
}

} // namespace runai
