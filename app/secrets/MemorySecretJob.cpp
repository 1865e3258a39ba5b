// SPDX-License-Identifier: MIT
#include "secrets/MemorySecretJob.h"

using namespace Qt::StringLiterals;

namespace runai {

MemorySecretJob::MemorySecretJob(QObject *owner, Apply apply, Operation operation,
                                 const SecretKey &key, const QString &secret,
                                 int stillWaitingDelayMs)
    : SecretJob(operation, key, stillWaitingDelayMs)
    , m_owner(owner)
    , m_apply(std::move(apply))
    , m_secretToWrite(secret)
{ }

MemorySecretJob::~MemorySecretJob() = default;

void MemorySecretJob::start()
{
    countAttempt();
    if (!m_owner) {
        finish(SecretDiagnosis(SecretDiagnosis::Kind::Other,
                               u"the session-only secret store was closed"_s));
        return;
    }
    SecretBytes secret;
    const SecretDiagnosis diagnosis = m_apply(operation(), key(), m_secretToWrite, &secret);
    SecretBytes::wipeOwned(m_secretToWrite);
    finish(diagnosis, std::move(secret));
}

} // namespace runai
