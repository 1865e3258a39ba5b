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
    return makeJob(SecretJob::Operation::Read, key, {});
}

SecretJob *MemorySecretStore::write(const SecretKey &key, const QString &secret)
{
    return makeJob(SecretJob::Operation::Write, key, secret);
}

SecretJob *MemorySecretStore::remove(const SecretKey &key)
{
    return makeJob(SecretJob::Operation::Remove, key, {});
}

SecretJob *MemorySecretStore::makeJob(SecretJob::Operation operation, const SecretKey &key,
                                      const QString &secret)
{
    // The job calls back only while this store is alive (it holds `this` as its owner).
    auto apply = [this](SecretJob::Operation op, const SecretKey &k, const QString &toWrite,
                        SecretBytes *read) {
        return this->apply(op, k, toWrite, read);
    };
    return new MemorySecretJob(this, std::move(apply), operation, key, secret,
                               stillWaitingDelayMs());
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
