// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace runai {

class ApplicationCredentialsDialog;
class KeychainBridge;

// The access keys' secrets in the keychain (kind SecretKind::AccessKeySecret, by client ID, per
// console): keeps a new one while its dialog shows the progress, forgets a deleted key's, reads
// one for a token or an export. Failures come back as the keychain's own explanation.
class AccessKeySecrets : public QObject
{
    Q_OBJECT
public:
    using Problem = std::function<void(const QString &problem)>;
    using ReadDone = std::function<void(const QString &secret, const QString &problem)>;

    AccessKeySecrets(KeychainBridge *keychain, QObject *parent);

    // The console the secrets belong to; empty when signed out.
    void setConsole(const QString &consoleKey) { m_console = consoleKey; }
    bool isAvailable() const;
    QStringList storedClientIds() const;

    // `dialog` (it may close meanwhile) shows Saving, Waiting, Saved or Failed.
    void keep(const AccessKey &key, const QString &secret, ApplicationCredentialsDialog *dialog,
              Problem failed);
    void forget(const AccessKey &key, Problem failed);
    void read(const AccessKey &key, ReadDone done);

Q_SIGNALS:
    // What the keychain holds may have changed.
    void changed();

private:
    QPointer<KeychainBridge> m_keychain;
    QString m_console;
};

} // namespace runai
