// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QCoreApplication>

class QWidget;

namespace runai {

class ApplicationCredentialsDialog;
struct TokenSet;

// How the Access keys page shows what the console issues for a key: its secret (once, with the
// keychain's progress) and a token got with it. The dialogs are the applications' ones, worded
// for a key that acts as the signed-in user.
class AccessKeyDialogs
{
    Q_DECLARE_TR_FUNCTIONS(runai::AccessKeyDialogs)
public:
    // Opens the secret of a created key, or (`regenerated`) its new secret; deleted on close.
    static ApplicationCredentialsDialog *openSecret(QWidget *parent, const AccessKey &key,
                                                    const QString &secret, bool regenerated);
    // Opens a token got with `key`, which acts as `identity`; deleted on close.
    static void openToken(QWidget *parent, const AccessKey &key, const TokenSet &tokens,
                          const QString &identity);
};

} // namespace runai
