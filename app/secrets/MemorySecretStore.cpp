// SPDX-License-Identifier: MIT
#include "secrets/MemorySecretStore.h"

#include "secrets/MemorySecretJob.h"

namespace runai {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

// The secrets are SecretBytes: zeroed as the map goes. (Copies handed out are zeroed by
// their own SecretBytes.)
MemorySecretStore::~MemorySecretStore() = default;

SecretJob *MemorySecretStore::read(const SecretKey &key)
{
    return new MemorySecretJob(this, SecretJob::Operation::Read, key, {}, stillWaitingDelayMs());
}

SecretJob *MemorySecretStore::write(const SecretKey &key, const QString &secret)
{
    return new MemorySecretJob(this, SecretJob::Operation::Write, key, secret,
                               stillWaitingDelayMs());
}

SecretJob *MemorySecretStore::remove(const SecretKey &key)
{
    return new MemorySecretJob(this, SecretJob::Operation::Remove, key, {}, stillWaitingDelayMs());
}

QString MemorySecretStore::backendName() const
{
    return tr("this session only (memory)");
}

QList<SecretKey> MemorySecretStore::knownKeys() const
{
    return m_keys.values();
}

SecretDiagnosis MemorySecretStore::apply(SecretJob::Operation operation, const SecretKey &key,
                                         const QString &secretToWrite, SecretBytes *secretRead)
{
    using Kind = SecretDiagnosis::Kind;
    const QString name = key.storageKey();
    switch (operation) {
    case SecretJob::Operation::Read: {
        const auto it = m_secrets.find(name);
        if (it == m_secrets.end())
            return SecretDiagnosis(Kind::NotFound);
        *secretRead = it->second.duplicate();
        return SecretDiagnosis(Kind::Ok);
    }
    case SecretJob::Operation::Write: {
        const bool isNew = !m_keys.contains(name);
        m_secrets.insert_or_assign(name, SecretBytes::fromString(secretToWrite));
        m_keys.insert(name, key);
        if (isNew)
            Q_EMIT indexChanged();
        return SecretDiagnosis(Kind::Ok);
    }
    case SecretJob::Operation::Remove:
        m_secrets.erase(name);
        if (m_keys.remove(name) > 0)
            Q_EMIT indexChanged();
        return SecretDiagnosis(Kind::Ok);
    }
    return SecretDiagnosis(Kind::Other);
}

} // namespace runai
