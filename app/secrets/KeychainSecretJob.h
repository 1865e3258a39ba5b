// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretJob.h"

namespace QKeychain {
class Job;
}

namespace runai {

// A SecretJob backed by one QtKeychain job (and one more after a transient failure).
// The QtKeychain job has no parent and deletes itself when it finishes, so deleting this object
// (or the store) never deletes a keychain job that libsecret still holds a pointer to
// (QtKeychain issue 261); the connection to it simply goes away with us.
class KeychainSecretJob : public SecretJob
{
    Q_OBJECT
public:
    KeychainSecretJob(Operation operation, const SecretKey &key, const QString &secret,
                      const QString &service, int stillWaitingDelayMs, int retryDelayMs,
                      QObject *parent = nullptr);
    ~KeychainSecretJob() override;

protected:
    void start() override;

private:
    void onKeychainFinished(QKeychain::Job *job);

    QString m_secretToWrite;
    QString m_service;
    int m_retryDelayMs;
};

} // namespace runai
