// SPDX-License-Identifier: MIT
#pragma once

#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace runai {

class ClientSecretSaver;
class KeychainBridge;
class MessageBanner;
class Session;
struct Application;

// The secrets a rotation touches, through the program's usual doors: the successor's new secret
// shown once and kept in the keychain (ApplicationCredentialsDialog + ClientSecretSaver), its
// export in the usual formats (CredentialExportDialog, read back from the keychain), and the
// predecessor's stored secret erased once the predecessor is deleted.
class RotationCredentials : public QObject
{
    Q_OBJECT
public:
    RotationCredentials(KeychainBridge *keychain, ClientSecretSaver *saver, MessageBanner *banner,
                        QWidget *dialogParent);

    // Opens the credentials dialog (window-modal over the rotation) and saves the secret.
    void showOnce(Session *session, const Application &successor, const QString &secret);
    bool isStored(const Session *session, const QString &clientId) const;
    void exportCredentials(Session *session, const QString &name, const QString &clientId);
    void forget(const Session *session, const QString &clientId, const QString &name);

Q_SIGNALS:
    // The keychain answered a save, either way (isStored() may have changed).
    void saveAnswered();

private:
    QPointer<KeychainBridge> m_keychain;
    ClientSecretSaver *m_saver;
    MessageBanner *m_banner;
    QWidget *m_parent;
};

} // namespace runai
