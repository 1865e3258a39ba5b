// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretJob.h"

#include <QPointer>

#include <functional>

namespace runai {

// A SecretJob for MemorySecretStore. Runs from the event loop like a keychain job, so callers
// cannot come to depend on the memory store finishing synchronously.
// The job does not know the store's type: the store hands it a function that does the work, and
// itself as the owner whose lifetime the function depends on (so the job depends on nothing
// above it, and the store alone knows how its secrets are kept).
class MemorySecretJob : public SecretJob
{
    Q_OBJECT
public:
    // Applies one operation to the store; fills *secretRead for a successful Read.
    using Apply
            = std::function<SecretDiagnosis(Operation operation, const SecretKey &key,
                                            const QString &secretToWrite, SecretBytes *secretRead)>;

    // apply is only called while owner is alive; once it is gone the job fails as "closed".
    MemorySecretJob(QObject *owner, Apply apply, Operation operation, const SecretKey &key,
                    const QString &secret, int stillWaitingDelayMs);
    ~MemorySecretJob() override;

protected:
    void start() override;

private:
    QPointer<QObject> m_owner;
    Apply m_apply;
    QString m_secretToWrite;
};

} // namespace runai
