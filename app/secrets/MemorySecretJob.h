// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretJob.h"

#include <QPointer>

namespace runai {

class MemorySecretStore;

// A SecretJob for MemorySecretStore. Runs from the event loop like a keychain job, so callers
// cannot come to depend on the memory store finishing synchronously.
class MemorySecretJob : public SecretJob
{
    Q_OBJECT
public:
    MemorySecretJob(MemorySecretStore *store, Operation operation, const SecretKey &key,
                    const QString &secret, int stillWaitingDelayMs);
    ~MemorySecretJob() override;

protected:
    void start() override;

private:
    QPointer<MemorySecretStore> m_store;
    QString m_secretToWrite;
};

} // namespace runai
