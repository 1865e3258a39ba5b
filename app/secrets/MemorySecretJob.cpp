// SPDX-License-Identifier: MIT
#include "secrets/MemorySecretJob.h"

#include "secrets/MemorySecretStore.h"

using namespace Qt::StringLiterals;

namespace runai {

MemorySecretJob::MemorySecretJob(MemorySecretStore *store, Operation operation,
                                 const SecretKey &key, const QString &secret,
                                 int stillWaitingDelayMs)
    : SecretJob(operation, key, stillWaitingDelayMs)
    , m_store(store)
    , m_secretToWrite(secret)
{ }

MemorySecretJob::~MemorySecretJob() = default;

void MemorySecretJob::start()
{
    countAttempt();
    if (!m_store) {
        finish(SecretDiagnosis(SecretDiagnosis::Kind::Other,
                               u"the session-only secret store was closed"_s));
        return;
    }
    SecretBytes secret;
    const SecretDiagnosis diagnosis = m_store->apply(operation(), key(), m_secretToWrite, &secret);
    SecretBytes::wipeOwned(m_secretToWrite);
    finish(diagnosis, std::move(secret));
}

} // namespace runai
