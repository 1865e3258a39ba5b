// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace runai {

class ApplicationCredentialsDialog;
class KeychainBridge;
class MessageBanner;

// The access keys' secrets on this computer, in the keychain (kind SecretKind::AccessKeySecret,
// by client ID, per console): a new one is shown once and kept, a deleted key's is forgotten,
// one is read back (or asked for) for a token or an export. What goes wrong is said in the
// page's banner, in the keychain's own words.
class AccessKeySecrets : public QObject
{
    Q_OBJECT
public:
    using Then = std::function<void(const QString &secret)>;

    // Dialogs open over `page`, which owns this.
    AccessKeySecrets(KeychainBridge *keychain, MessageBanner *banner, QWidget *page);

    // The console the secrets belong to; empty when signed out.
    void setConsole(const QString &consoleKey);
    bool isAvailable() const;
    QStringList storedClientIds() const;
    // A secret is being read from the keychain (a change in progress for the page).
    bool isReading() const { return m_reading; }

    // Shows the secret of a created key (or its `regenerated` one) once and keeps it.
    void showAndKeep(const AccessKey &key, const QString &secret, bool regenerated);
    // The key was deleted: its secret leaves the keychain.
    void forget(const AccessKey &key);
    // Calls `then` with the secret of `key`: from the keychain when it is `held` there, else
    // typed by the user if `mayAsk`; otherwise the banner says why there is none.
    void obtain(const AccessKey &key, bool held, bool mayAsk, Then then);

Q_SIGNALS:
    // What the keychain holds may have changed.
    void changed();
    // A read from the keychain started or ended.
    void readingChanged();

private:
    // `dialog` (it may close meanwhile) shows Saving, Waiting, Saved or Failed.
    void keep(const AccessKey &key, const QString &secret, ApplicationCredentialsDialog *dialog);
    void read(const AccessKey &key, Then then);

    QPointer<KeychainBridge> m_keychain;
    MessageBanner *m_banner;
    QWidget *m_page;
    QString m_console;
    bool m_reading = false;
};

} // namespace runai
