// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretStore.h"

#include "core/SecretBytes.h"

#include <QHash>

#include <map>

namespace runai {

// "Keep secrets for this session only": secrets live in this object's memory and are gone when
// it is destroyed. Same contract as KeychainSecretStore (asynchronous jobs, an index of keys),
// so the GUI can switch to it when no keychain works.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QString &secret) override;
    SecretJob *remove(const SecretKey &key) override;

    QString backendName() const override;
    bool isPersistent() const override { return false; }
    QList<SecretKey> knownKeys() const override;

private:
    SecretJob *makeJob(SecretJob::Operation operation, const SecretKey &key, const QString &secret);
    // Applies one operation; called by the job from the event loop, in the order jobs were made.
    SecretDiagnosis apply(SecretJob::Operation operation, const SecretKey &key,
                          const QString &secretToWrite, SecretBytes *secretRead);

    // storageKey -> secret. In session-only mode this holds the admin password that renewal
    // repeats the grant with: SecretBytes, zeroed when replaced, removed or at the end.
    std::map<QString, SecretBytes> m_secrets;
    QHash<QString, SecretKey> m_keys; // storageKey -> key
};

} // namespace runai
